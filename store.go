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

// ErrInvalid is returned (wrapped) by Store.Put for an analysis that cannot be stored as it is:
// no id, a span outside the text, a QuadClass outside 0..4, … Nothing of it is stored.
var ErrInvalid = errors.New("invalid analysis")

// ErrBadQuery is returned (wrapped) by Store queries for a malformed query: a date that is not
// YYYY-MM-DD, a negative page, a search text with no searchable word, an unknown interval, …
// It is the only error a user-typed query can cause; anything else is a storage failure.
var ErrBadQuery = errors.New("bad query")

// Store persists analyses and answers queries over them. Implementations live in store/…
// (store/sqlite, the embedded default, and store/postgres) and all pass the shared suite in
// store/storetest, so they give the same answers to the same queries.
type Store interface {
	// Put stores an analysis (article, entities, events, quotes) in one transaction. Storing a
	// text whose content hash is already stored adds nothing and reports Inserted == false.
	// Storing a different text under a stored id fails with an error wrapping ErrIDConflict.
	Put(ctx context.Context, a *Analysis) (PutResult, error)
	// Article returns a stored analysis by article id, or an error wrapping ErrNotFound.
	Article(ctx context.Context, id string) (*Analysis, error)
	// Articles lists stored articles (without their analyses), newest date first.
	Articles(ctx context.Context, q ArticleQuery) (ArticleList, error)
	// Events lists stored events matching the query, newest first: by the event's date (the
	// article's date when the event has none), then article id and position in the article.
	Events(ctx context.Context, q EventQuery) ([]StoredEvent, error)
	// CountEvents counts the events matching the query, ignoring Limit and Offset.
	CountEvents(ctx context.Context, q EventQuery) (int, error)
	// Search finds articles whose title or text match an Arabic full-text query. Words match
	// across clitics and spelling variants (والرئيس matches الرئيس, أميركا matches أمريكا).
	Search(ctx context.Context, q SearchQuery) (SearchResult, error)
	// Dyad counts the events between two actors over time.
	Dyad(ctx context.Context, q DyadQuery) (DyadResult, error)
	// Network returns the source → target actor pairs of the matching events.
	Network(ctx context.Context, q NetworkQuery) ([]Edge, error)
	// Places returns the event locations of the matching events with their counts.
	Places(ctx context.Context, q EventQuery) ([]PlaceCount, error)
	// Stats summarises the whole store.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store.
	Close() error
}

// BulkPutter is a Store that can store many analyses in one transaction, for bulk loads (marsad
// bench-data, large ingests): far faster than a Put each. Both stores in store/… implement it.
type BulkPutter interface {
	// PutMany stores each analysis as Put would, all in one transaction. An analysis that Put
	// would refuse (ErrInvalid, ErrIDConflict) is left out, with a zero PutResult, and its error
	// is joined into the returned error; the others are stored. Any other failure stores none.
	// The results are in the order of as.
	PutMany(ctx context.Context, as []*Analysis) ([]PutResult, error)
}

// CappedCounter is a Store that can count events without counting past a bound, so that a
// count over millions of events costs no more than the bound. Both stores in store/… implement
// it.
type CappedCounter interface {
	// CountEventsUpTo counts the events matching q (ignoring Limit and Offset), stopping at
	// max: the count is exact when it is below max, and also when the store knows it exactly
	// (the count of all events); otherwise it is max, a lower bound. max must be positive.
	CountEventsUpTo(ctx context.Context, q EventQuery, max int) (n int, exact bool, err error)
}

// PutResult tells what Store.Put did.
type PutResult struct {
	ID       string `json:"id"`       // article id (the existing one when the text was already stored)
	Inserted bool   `json:"inserted"` // false when the same text was already stored
}

// Page sizes of the list queries.
const (
	DefaultLimit = 100   // page size when a query's Limit is 0
	MaxLimit     = 10000 // larger limits are cut to this
)

// EventQuery filters stored events. Zero fields do not filter; the filters that are set must
// all hold. Actor codes match by prefix ("USA" matches "USAGOV"); names match exactly.
type EventQuery struct {
	Actor    string `json:"actor,omitempty"`    // CAMEO actor code prefix matched against source or target ("USA", "USAGOV")
	Source   string `json:"source,omitempty"`   // CAMEO actor code prefix of the source
	Target   string `json:"target,omitempty"`   // CAMEO actor code prefix of the target
	Code     string `json:"code,omitempty"`     // CAMEO code prefix ("04", "044"); a root is a two-digit prefix
	Quad     int    `json:"quad,omitempty"`     // QuadClass 1..4
	Plover   string `json:"plover,omitempty"`   // PLOVER category, e.g. "CONSULT"
	Modality string `json:"modality,omitempty"` // asserted, negated, planned, hypothetical, unlikely
	Country  string `json:"country,omitempty"`  // ISO3 of the event location
	// Place matches the event location by its English name, Arabic name or admin1 code.
	Place string `json:"place,omitempty"`
	// Since and Until bound the event date (the article date when the event has none),
	// inclusive, YYYY-MM-DD.
	Since     string `json:"since,omitempty"`
	Until     string `json:"until,omitempty"`
	ArticleID string `json:"article_id,omitempty"`
	Outlet    string `json:"outlet,omitempty"` // news outlet (Article.Source)
	Limit     int    `json:"limit,omitempty"`  // 0 means DefaultLimit
	Offset    int    `json:"offset,omitempty"`
}

// StoredEvent is an event together with the article it was found in.
type StoredEvent struct {
	ArticleID   string `json:"article_id"`
	ArticleDate string `json:"article_date,omitempty"`
	// Index is the position of the event in its analysis' Events.
	Index int `json:"index"`
	Event
}

// ArticleQuery filters the article listing.
type ArticleQuery struct {
	Since  string `json:"since,omitempty"` // article date ≥ Since, YYYY-MM-DD
	Until  string `json:"until,omitempty"` // article date ≤ Until
	Outlet string `json:"outlet,omitempty"`
	// Actor keeps articles with an event whose source or target code has this prefix.
	Actor  string `json:"actor,omitempty"`
	Limit  int    `json:"limit,omitempty"` // 0 means DefaultLimit
	Offset int    `json:"offset,omitempty"`
}

// ArticleSummary is an article as listed: its metadata and sizes, without the text.
type ArticleSummary struct {
	ID       string   `json:"id"`
	Title    string   `json:"title,omitempty"`
	URL      string   `json:"url,omitempty"`
	Source   string   `json:"source,omitempty"`
	Date     string   `json:"date,omitempty"`
	Hash     string   `json:"hash"`
	Language string   `json:"language"`
	Tone     *float64 `json:"tone,omitempty"`
	Events   int      `json:"events"`
	Created  string   `json:"created"` // when it was stored, RFC 3339 UTC
}

// ArticleList is a page of articles and the number of all that match.
type ArticleList struct {
	Total    int              `json:"total"`
	Articles []ArticleSummary `json:"articles"`
}

// SearchQuery is a full-text search with filters.
//
// Text syntax: words are ANDed; "double quotes" make a phrase; a leading - excludes a word or
// phrase; OR between two groups gives either. Every word is analysed as the stored text is
// (clitics stripped, spelling folded), so a query never fails on syntax: only a text with no
// searchable word at all is a bad query.
type SearchQuery struct {
	Text   string `json:"q"`
	Since  string `json:"since,omitempty"` // article date ≥ Since, YYYY-MM-DD
	Until  string `json:"until,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	// Actor keeps articles with an event whose source or target code has this prefix.
	Actor  string `json:"actor,omitempty"`
	Limit  int    `json:"limit,omitempty"` // 0 means DefaultLimit
	Offset int    `json:"offset,omitempty"`
	// MaxTotal, if positive, lets the store stop counting hits at MaxTotal (setting
	// SearchResult.TotalCapped), so that a word found in most articles costs no more than the
	// page; 0 counts every hit.
	MaxTotal int `json:"max_total,omitempty"`
}

// SearchResult is a page of search hits, newest article first (then by id), and the number of
// all hits.
type SearchResult struct {
	Total int `json:"total"`
	// TotalCapped says the store stopped counting at Total (SearchQuery.MaxTotal): at least
	// that many articles match.
	TotalCapped bool        `json:"total_capped,omitempty"`
	Hits        []SearchHit `json:"hits"`
}

// SearchHit is an article that matched a search, with where it matched.
type SearchHit struct {
	ArticleSummary
	// Highlights are the words of the original text that matched, as code-point spans into
	// Analysis.Text; TitleHighlights the same for the title. A phrase is one span.
	Highlights      []Span `json:"highlights"`
	TitleHighlights []Span `json:"title_highlights,omitempty"`
	// Snippet is a stretch of the text around the first highlight, a span into the text, and
	// SnippetText the text of that stretch.
	Snippet     Span   `json:"snippet"`
	SnippetText string `json:"snippet_text,omitempty"`
}

// Intervals of a DyadQuery.
const (
	Day   = "day"
	Week  = "week" // ISO weeks, labelled by their Monday
	Month = "month"
)

// DyadQuery asks how two actors behaved towards each other over time.
type DyadQuery struct {
	A string `json:"a"` // CAMEO actor code prefix of one side
	B string `json:"b"` // CAMEO actor code prefix of the other side
	// Directed counts only A → B (A the source, B the target); otherwise both directions.
	Directed bool `json:"directed,omitempty"`
	// Interval is Day, Week or Month ("" means Day).
	Interval string `json:"interval,omitempty"`
	// Filter narrows the events further (code, quad, modality, dates, …); its actor and page
	// fields are ignored.
	Filter EventQuery `json:"filter"`
}

// DyadResult is the time series of a dyad, oldest period first; periods without events are
// left out.
type DyadResult struct {
	A        string        `json:"a"`
	B        string        `json:"b"`
	Interval string        `json:"interval"`
	Periods  []DyadPeriod  `json:"periods"`
	Total    DyadAggregate `json:"total"`
}

// DyadPeriod is the dyad's events in one day, week or month.
type DyadPeriod struct {
	Period string `json:"period"` // first day of the period, YYYY-MM-DD
	DyadAggregate
}

// DyadAggregate sums the events of a dyad.
type DyadAggregate struct {
	Count         int     `json:"count"`
	AToB          int     `json:"a_to_b"` // events with A the source and B the target
	BToA          int     `json:"b_to_a"`
	MeanGoldstein float64 `json:"mean_goldstein"`
	// Quad counts the events per QuadClass: Quad[0] verbal cooperation … Quad[3] material
	// conflict.
	Quad [4]int `json:"quad"`
}

// NetworkQuery asks for the actor network of the matching events.
type NetworkQuery struct {
	Filter EventQuery `json:"filter"` // its page fields are ignored
	// Level cuts actor codes to their first Level characters before pairing (3 gives the
	// country or IGO); 0 keeps whole codes.
	Level    int `json:"level,omitempty"`
	MinCount int `json:"min_count,omitempty"` // leave out edges with fewer events
	Limit    int `json:"limit,omitempty"`     // most frequent edges first; 0 means DefaultLimit
}

// Edge is a source → target actor pair of the network.
type Edge struct {
	Source        string  `json:"source"`
	Target        string  `json:"target"`
	Count         int     `json:"count"`
	MeanGoldstein float64 `json:"mean_goldstein"`
	MeanTone      float64 `json:"mean_tone"`
}

// PlaceCount is an event location and the number of matching events there.
type PlaceCount struct {
	Name          string  `json:"name"`
	NameAr        string  `json:"name_ar,omitempty"`
	Country       string  `json:"country,omitempty"`
	Admin1        string  `json:"admin1,omitempty"`
	Lat           float64 `json:"lat"`
	Lon           float64 `json:"lon"`
	Count         int     `json:"count"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

// Stats summarises a store.
type Stats struct {
	Articles  int    `json:"articles"`
	Sentences int    `json:"sentences"`
	Entities  int    `json:"entities"`
	Events    int    `json:"events"`
	Quotes    int    `json:"quotes"`
	Actors    int    `json:"actors"` // distinct actor codes known
	Places    int    `json:"places"` // distinct places known
	Outlets   int    `json:"outlets"`
	FirstDate string `json:"first_date,omitempty"` // oldest article date
	LastDate  string `json:"last_date,omitempty"`
	// Quad counts the events per QuadClass, Quad[0] being QuadClass 1.
	Quad [4]int `json:"quad"`
}
