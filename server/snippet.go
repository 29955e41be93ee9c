package server

import (
	"context"
	"sync"

	"golang.org/x/sync/errgroup"

	"marsad"
)

// The stores in store/… give the text of a hit's snippet; for a store that gives only its span,
// reading a whole stored analysis for it costs milliseconds, so snippetCache reads the missing
// ones concurrently
// and keeps them, keyed by content hash and span (so a changed text can never be served an old
// snippet). It holds at most snippetCacheSize entries of ~240 characters and starts afresh when
// full.
type snippetCache struct {
	mu sync.Mutex
	m  map[snippetKey]string
}

type snippetKey struct {
	hash string
	span marsad.Span
}

const (
	snippetCacheSize = 8192
	snippetWorkers   = 4
)

func (c *snippetCache) get(k snippetKey) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[k]
	return s, ok
}

func (c *snippetCache) put(k snippetKey, s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= snippetCacheSize {
		clear(c.m)
	}
	c.m[k] = s
}

// fill sets the SnippetText of every hit that has a snippet.
func (c *snippetCache) fill(ctx context.Context, st marsad.Store, hits []ArticleHit) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(snippetWorkers)
	for i := range hits {
		h := &hits[i]
		if h.Snippet.End <= h.Snippet.Start {
			continue
		}
		if h.SearchHit.SnippetText != "" { // the store gave it
			h.SnippetText = h.SearchHit.SnippetText
			continue
		}
		k := snippetKey{h.Hash, h.Snippet}
		if s, ok := c.get(k); ok {
			h.SnippetText = s
			continue
		}
		g.Go(func() error {
			a, err := st.Article(ctx, h.ID)
			if err != nil {
				return err
			}
			h.SnippetText = marsad.SliceRunes(a.Text, h.Snippet)
			c.put(k, h.SnippetText)
			return nil
		})
	}
	return g.Wait()
}
