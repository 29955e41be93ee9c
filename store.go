package marsad

import (
	"context"
	"errors"
)

// ErrNotFound is returned (wrapped) by a Store when the requested record does not exist.
var ErrNotFound = errors.New("not found")

// ErrIDConflict is returned (wrapped) by Store.Put when the article id is already used by an
// article with different text.
var ErrIDConflict = errors.New("article id already used by a different text")

// Store persists analyses and answers queries over them. Implementations live in store/…
// and all pass the shared suite in store/storetest.
type Store interface {
	// Put stores an analysis (article, entities, events, quotes) in one transaction. Storing a
	// text whose content hash is already stored adds nothing and reports Inserted == false.
	Put(ctx context.Context, a *Analysis) (PutResult, error)
	// Article returns a stored analysis by article id, or an error wrapping ErrNotFound.
	Article(ctx context.Context, id string) (*Analysis, error)
	// Events lists stored events matching the query, newest article date first.
	Events(ctx context.Context, q EventQuery) ([]StoredEvent, error)
	// Close releases the store.
	Close() error
}

// PutResult tells what Store.Put did.
type PutResult struct {
	ID       string // article id (the existing one when the text was already stored)
	Inserted bool   // false when the same text was already stored
}

// EventQuery filters stored events. Zero fields do not filter.
type EventQuery struct {
	Actor     string // CAMEO actor code prefix matched against source or target ("USA", "USAGOV")
	Source    string // CAMEO actor code prefix of the source
	Target    string // CAMEO actor code prefix of the target
	Code      string // CAMEO code prefix ("04", "044")
	Quad      int    // QuadClass 1..4
	Modality  string // asserted, negated, planned, hypothetical, unlikely
	Country   string // ISO3 of the event location
	Since     string // article (or event) date ≥ Since, YYYY-MM-DD
	Until     string // date ≤ Until, YYYY-MM-DD
	ArticleID string
	Outlet    string // news outlet (Article.Source)
	Limit     int    // 0 means a default page size
	Offset    int
}

// StoredEvent is an event together with the article it was found in.
type StoredEvent struct {
	ArticleID   string `json:"article_id"`
	ArticleDate string `json:"article_date,omitempty"`
	Event
}
