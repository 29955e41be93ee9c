package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/gob"
	"fmt"
	"io"
	"sync"

	"marsad/cluster"
)

const modelVersion = 1

type weightsFile struct {
	Keys  []uint64
	W     []float32
	Trans []float32
	Dim   int
	Dense []float32
}

type modelFile struct {
	Version  int
	Labels   []string
	Passes   []weightsFile
	Clusters map[string]cluster.Path
	EmbDim   int
	EmbWords []string
	EmbData  []int8
	Gaz      *phraseSet
	Lex      *lexicon
	Silver   *lexicon
	CharLM   *CharLM
	Info     map[string]string
}

// Save writes the tagger as a gzip-compressed model file.
func (t *Tagger) Save(w io.Writer) error {
	mf := modelFile{Version: modelVersion, Labels: labelNames, Clusters: t.res.clusters.Map(),
		Gaz: t.res.gaz, Lex: t.res.lex, Silver: t.res.silver, CharLM: t.res.clm, Info: t.info}
	if e := t.res.emb; e != nil {
		mf.EmbDim, mf.EmbWords, mf.EmbData = e.Dim, e.Words, e.Data
	}
	for _, p := range t.passes {
		wf := weightsFile{Keys: make([]uint64, len(p.w)/nL), W: p.w, Dim: p.dim, Dense: p.dense}
		for k, r := range p.index {
			wf.Keys[r] = k
		}
		for _, row := range p.trans {
			wf.Trans = append(wf.Trans, row[:]...)
		}
		mf.Passes = append(mf.Passes, wf)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	if err := gob.NewEncoder(zw).Encode(&mf); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	defer zr.Close()
	var mf modelFile
	if err := gob.NewDecoder(zr).Decode(&mf); err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	if mf.Version != modelVersion {
		return nil, fmt.Errorf("ner: load: model version %d, want %d", mf.Version, modelVersion)
	}
	if len(mf.Labels) != nL {
		return nil, fmt.Errorf("ner: load: %d labels, want %d", len(mf.Labels), nL)
	}
	for i, l := range mf.Labels {
		if l != labelNames[i] {
			return nil, fmt.Errorf("ner: load: label %d is %q, want %q", i, l, labelNames[i])
		}
	}
	if len(mf.Passes) == 0 || len(mf.Passes) > 2 {
		return nil, fmt.Errorf("ner: load: %d passes", len(mf.Passes))
	}
	t := &Tagger{info: mf.Info}
	t.res.clusters = cluster.New(mf.Clusters)
	if mf.EmbDim > 0 {
		e, err := cluster.EmbeddingsFrom(mf.EmbDim, mf.EmbWords, mf.EmbData)
		if err != nil {
			return nil, fmt.Errorf("ner: load: %w", err)
		}
		t.res.emb = e
	}
	t.res.silver = mf.Silver
	t.res.clm = mf.CharLM
	if t.res.silver != nil && (t.res.silver.Phr == nil || t.res.silver.Counts == nil) {
		return nil, fmt.Errorf("ner: load: incomplete silver lexicon")
	}
	t.res.gaz = mf.Gaz
	t.res.lex = mf.Lex
	if t.res.gaz == nil {
		t.res.gaz = newPhraseSet()
	}
	if t.res.lex == nil {
		t.res.lex = &lexicon{Counts: map[uint64][5]uint16{}, Phr: newPhraseSet()}
	}
	for i, wf := range mf.Passes {
		if len(wf.W) != len(wf.Keys)*nL || len(wf.Trans) != (nL+1)*nL {
			return nil, fmt.Errorf("ner: load: pass %d: inconsistent sizes", i+1)
		}
		if wf.Dim != mf.EmbDim || len(wf.Dense) != nSlots*wf.Dim*nL {
			return nil, fmt.Errorf("ner: load: pass %d: word-vector weights do not match the embeddings", i+1)
		}
		m := &weights{index: make(map[uint64]int32, len(wf.Keys)), w: wf.W, dim: wf.Dim, dense: wf.Dense}
		for r, k := range wf.Keys {
			m.index[k] = int32(r)
		}
		for p := range nL + 1 {
			copy(m.trans[p][:], wf.Trans[p*nL:(p+1)*nL])
		}
		t.passes = append(t.passes, m)
	}
	t.res.prepare()
	t.fast = compile(t.passes)
	return t, nil
}

//go:embed model/ner.model.gz
var embedded []byte

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the embedded model, loaded once.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = Load(bytes.NewReader(embedded))
	})
	return defaultTagger, defaultErr
}
