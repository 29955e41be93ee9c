package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"marsad"
)

// Format names an export layout.
type Format string

// The export formats.
const (
	GDELTEvents   Format = "gdelt-events"
	GDELTMentions Format = "gdelt-mentions"
	PLOVER        Format = "plover"
	CSV           Format = "csv"
	JSONL         Format = "jsonl"
)

// Formats lists every format, in the order the command line shows them.
func Formats() []Format { return []Format{GDELTEvents, GDELTMentions, PLOVER, CSV, JSONL} }

// ErrFormat is returned (wrapped) for a format name that is not one of Formats.
var ErrFormat = errors.New("unknown export format")

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(Formats(), f) {
		return f, nil
	}
	return "", fmt.Errorf("export: %w %q (want one of %s)", ErrFormat, s, formatList())
}

func formatList() string {
	var names []string
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

// isGDELT reports whether the format is one of GDELT's tables.
func (f Format) isGDELT() bool { return f == GDELTEvents || f == GDELTMentions }

// Source is what Export reads: the part of marsad.Store it needs. Every marsad.Store is one.
type Source interface {
	// Events lists events matching the query, a page at a time (Limit, Offset), in an order
	// that does not change between pages.
	Events(ctx context.Context, q marsad.EventQuery) ([]marsad.StoredEvent, error)
	// Article returns a stored analysis.
	Article(ctx context.Context, id string) (*marsad.Analysis, error)
	// Articles lists stored articles, a page at a time.
	Articles(ctx context.Context, q marsad.ArticleQuery) (marsad.ArticleList, error)
}

// Options control an export.
type Options struct {
	// Query selects the events (every format) or the articles that have a matching event
	// (jsonl). Its Limit and Offset are ignored: Export pages through all matches itself.
	Query marsad.EventQuery
	// Modalities are the modalities the GDELT layouts write; empty means asserted only.
	// AllModalities writes every event whatever its modality. Neither affects plover, csv or
	// jsonl, which carry the modality.
	Modalities    []string
	AllModalities bool
	// Header writes the column names as a first line of the GDELT tables (GDELT's own files
	// have none). The CSV always has its header.
	Header bool
	// BOM starts the CSV with a UTF-8 byte-order mark, so that Excel reads the Arabic right.
	BOM bool
	// Version is written as the data-set version in PLOVER records' cite_info.
	Version string
	// Limit stops after this many events (articles for jsonl) have been read; 0 means all.
	Limit int
	// PageSize is the number of events asked of the store at a time; 0 means marsad.MaxLimit.
	PageSize int
}

// Stats counts what an export did.
type Stats struct {
	Events   int `json:"events"`   // events read from the source
	Articles int `json:"articles"` // articles read from the source
	Records  int `json:"records"`  // rows or lines written (not counting headers)
	Skipped  int `json:"skipped"`  // events left out of a GDELT table for their modality
}

// Writer formats events or analyses in one format onto an io.Writer. It buffers; call Flush at
// the end. A Writer is not safe for concurrent use.
type Writer struct {
	f       Format
	opt     Options
	bw      *bufio.Writer
	cw      *csv.Writer
	enc     *json.Encoder
	allowed map[string]bool // nil: every modality
	d       doc
	row     []string
	stats   Stats
}

// NewWriter returns a Writer of format f onto w. The CSV header (and the GDELT header, if
// asked for) is written at once.
func NewWriter(w io.Writer, f Format, opt Options) (*Writer, error) {
	if _, err := ParseFormat(string(f)); err != nil {
		return nil, err
	}
	x := &Writer{f: f, opt: opt, bw: bufio.NewWriterSize(w, 64<<10)}
	if f.isGDELT() && !opt.AllModalities {
		x.allowed = map[string]bool{}
		for _, m := range opt.Modalities {
			x.allowed[m] = true
		}
		if len(x.allowed) == 0 {
			x.allowed[marsad.Asserted] = true
		}
	}
	switch f {
	case GDELTEvents, GDELTMentions:
		if opt.Header {
			cols := EventColumns
			if f == GDELTMentions {
				cols = MentionColumns
			}
			x.writeTSV(cols)
		}
	case CSV:
		if opt.BOM {
			x.bw.WriteString("\uFEFF")
		}
		x.cw = csv.NewWriter(x.bw)
		x.cw.UseCRLF = true // RFC 4180
		if err := x.cw.Write(CSVColumns); err != nil {
			return nil, fmt.Errorf("export: csv header: %w", err)
		}
	case PLOVER, JSONL:
		x.enc = json.NewEncoder(x.bw)
		x.enc.SetEscapeHTML(false)
	}
	return x, nil
}

// Stats returns what the Writer has written so far.
func (x *Writer) Stats() Stats { return x.stats }

// Writes reports whether an event of this modality goes into the output.
func (x *Writer) Writes(modality string) bool {
	return x.allowed == nil || x.allowed[modality]
}

// WriteEvent writes one event of analysis a (one row, or one row per mention for
// gdelt-mentions). a gives the article's URL, outlet, tone and text; it may be nil, and then
// the fields that need it are left empty. For jsonl, WriteEvent writes a (once per article, so
// call it with the events of one article in a row).
func (x *Writer) WriteEvent(a *marsad.Analysis, ev marsad.StoredEvent) error {
	if a == nil {
		a = &marsad.Analysis{ID: ev.ArticleID, Date: ev.ArticleDate}
	}
	if x.f == JSONL {
		if x.d.a != nil && x.d.a.ID == a.ID {
			return nil
		}
		x.d.reset(a)
		return x.WriteAnalysis(a)
	}
	if !x.Writes(ev.Modality) {
		x.stats.Skipped++
		return nil
	}
	if x.d.a != a || x.d.text != a.Text {
		x.d.reset(a) // a new analysis, or the caller reused the old one for another text
	}
	switch x.f {
	case GDELTEvents:
		x.row = x.d.eventRow(&ev, x.row)
		x.writeTSV(x.row)
		x.stats.Records++
	case GDELTMentions:
		for m, sp := range mentions(&ev.Event) {
			x.row = x.d.mentionRow(&ev, m, sp, x.row)
			x.writeTSV(x.row)
			x.stats.Records++
		}
	case PLOVER:
		if err := x.enc.Encode(x.d.plover(&ev, x.opt.Version)); err != nil {
			return fmt.Errorf("export: plover %s/%d: %w", ev.ArticleID, ev.Index, err)
		}
		x.stats.Records++
	case CSV:
		x.row = x.d.csvRow(&ev, x.row)
		if err := x.cw.Write(x.row); err != nil {
			return fmt.Errorf("export: csv %s/%d: %w", ev.ArticleID, ev.Index, err)
		}
		x.stats.Records++
	}
	return nil
}

// WriteAnalysis writes a whole analysis: the analysis itself for jsonl, else each of its events
// as WriteEvent does.
func (x *Writer) WriteAnalysis(a *marsad.Analysis) error {
	if a == nil {
		return nil
	}
	if x.f == JSONL {
		if err := x.enc.Encode(a); err != nil {
			return fmt.Errorf("export: jsonl %s: %w", a.ID, err)
		}
		x.stats.Records++
		return nil
	}
	for i, e := range a.Events {
		if err := x.WriteEvent(a, marsad.StoredEvent{ArticleID: a.ID, ArticleDate: a.Date, Index: i, Event: e}); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes out what is buffered and reports the first write error met.
func (x *Writer) Flush() error {
	if x.cw != nil {
		x.cw.Flush()
		if err := x.cw.Error(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if err := x.bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func (x *Writer) writeTSV(row []string) {
	for i, f := range row {
		if i > 0 {
			x.bw.WriteByte('\t')
		}
		x.bw.WriteString(clean(f))
	}
	x.bw.WriteByte('\n')
}

// Export writes the events (or, for jsonl, the analyses) of src that match opt.Query to w in
// format f, reading the store a page at a time. It returns what it did, also on error.
func Export(ctx context.Context, w io.Writer, src Source, f Format, opt Options) (Stats, error) {
	x, err := NewWriter(w, f, opt)
	if err != nil {
		return Stats{}, err
	}
	if f == JSONL {
		err = x.exportAnalyses(ctx, src)
	} else {
		err = x.exportEvents(ctx, src)
	}
	if ferr := x.Flush(); err == nil {
		err = ferr
	}
	return x.stats, err
}

func (x *Writer) pageSize() int {
	n := x.opt.PageSize
	if n <= 0 || n > marsad.MaxLimit {
		n = marsad.MaxLimit
	}
	return n
}

// eachEvent calls fn for every event matching q, page by page, until fn returns false.
func (x *Writer) eachEvent(ctx context.Context, src Source, q marsad.EventQuery, fn func(*marsad.StoredEvent) (bool, error)) error {
	q.Limit, q.Offset = x.pageSize(), 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		page, err := src.Events(ctx, q)
		if err != nil {
			return fmt.Errorf("export: events from %d: %w", q.Offset, err)
		}
		if len(page) == 0 {
			return nil
		}
		for i := range page {
			x.stats.Events++
			more, err := fn(&page[i])
			if err != nil {
				return err
			}
			if !more {
				return nil
			}
		}
		q.Offset += len(page)
	}
}

func (x *Writer) exportEvents(ctx context.Context, src Source) error {
	q := x.opt.Query
	if len(x.allowed) == 1 && q.Modality == "" {
		for m := range x.allowed {
			q.Modality = m // let the store filter: GDELT tables take one modality by default
		}
	}
	cache := newArticleCache(src)
	return x.eachEvent(ctx, src, q, func(ev *marsad.StoredEvent) (bool, error) {
		if !x.Writes(ev.Modality) {
			x.stats.Skipped++
			return x.opt.Limit <= 0 || x.stats.Events < x.opt.Limit, nil
		}
		a, fresh, err := cache.get(ctx, ev.ArticleID)
		if err != nil {
			return false, err
		}
		if fresh {
			x.stats.Articles++
		}
		if err := x.WriteEvent(a, *ev); err != nil {
			return false, err
		}
		return x.opt.Limit <= 0 || x.stats.Events < x.opt.Limit, nil
	})
}

// eventFilters reports whether q filters events (rather than only naming an outlet).
func eventFilters(q marsad.EventQuery) bool {
	q.Outlet, q.Limit, q.Offset = "", 0, 0
	return q != marsad.EventQuery{}
}

// exportAnalyses writes the analyses: all articles (of the outlet, if one is named) when the
// query filters no events, else the articles that have at least one matching event, each once.
// The events of one article need not come together (a store lists them by date), so the
// articles already written are remembered by a 64-bit hash of their id: 8 bytes an article,
// whatever the number of events.
func (x *Writer) exportAnalyses(ctx context.Context, src Source) error {
	q := x.opt.Query
	if eventFilters(q) {
		last, seen := "", map[uint64]struct{}{}
		return x.eachEvent(ctx, src, q, func(ev *marsad.StoredEvent) (bool, error) {
			if ev.ArticleID == last {
				return true, nil
			}
			last = ev.ArticleID
			h := idHash(ev.ArticleID)
			if _, dup := seen[h]; dup {
				return true, nil
			}
			seen[h] = struct{}{}
			a, err := src.Article(ctx, ev.ArticleID)
			if err != nil {
				return false, fmt.Errorf("export: article %s: %w", ev.ArticleID, err)
			}
			x.stats.Articles++
			if err := x.WriteAnalysis(a); err != nil {
				return false, err
			}
			return x.opt.Limit <= 0 || x.stats.Articles < x.opt.Limit, nil
		})
	}
	aq := marsad.ArticleQuery{Outlet: q.Outlet, Limit: x.pageSize()}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		list, err := src.Articles(ctx, aq)
		if err != nil {
			return fmt.Errorf("export: articles from %d: %w", aq.Offset, err)
		}
		if len(list.Articles) == 0 {
			return nil
		}
		for _, s := range list.Articles {
			a, err := src.Article(ctx, s.ID)
			if err != nil {
				return fmt.Errorf("export: article %s: %w", s.ID, err)
			}
			x.stats.Articles++
			if err := x.WriteAnalysis(a); err != nil {
				return err
			}
			if x.opt.Limit > 0 && x.stats.Articles >= x.opt.Limit {
				return nil
			}
		}
		aq.Offset += len(list.Articles)
	}
}

// idHash is the FNV-1a 64 hash of an article id.
func idHash(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()
}

// articleCache keeps the few analyses most recently read: a store lists events by date, and
// the events of an article mostly share its date, so the article of the next event is almost
// always one of the last read.
type articleCache struct {
	src  Source
	recs []*marsad.Analysis // most recent first
}

const cacheSize = 32

func newArticleCache(src Source) *articleCache { return &articleCache{src: src} }

// get returns the analysis of an article, and whether it had to be read.
func (c *articleCache) get(ctx context.Context, id string) (*marsad.Analysis, bool, error) {
	for i, a := range c.recs {
		if a.ID == id {
			copy(c.recs[1:i+1], c.recs[:i])
			c.recs[0] = a
			return a, false, nil
		}
	}
	a, err := c.src.Article(ctx, id)
	if err != nil {
		return nil, false, fmt.Errorf("export: article %s: %w", id, err)
	}
	if len(c.recs) < cacheSize {
		c.recs = append(c.recs, nil)
	}
	copy(c.recs[1:], c.recs[:len(c.recs)-1])
	c.recs[0] = a
	return a, true, nil
}

// doc is the analysis that the events being written come from, with what the formats need of
// it computed once.
type doc struct {
	a    *marsad.Analysis
	text string // a.Text when the offsets were built
	offs []int  // byte offset of every code point of the text, then len(text); built on demand
	n    int    // code points; -1 until counted
}

func (d *doc) reset(a *marsad.Analysis) {
	d.a, d.text, d.offs, d.n = a, a.Text, d.offs[:0], -1
}

func (d *doc) runeLen() int {
	if d.n < 0 {
		d.n = utf8.RuneCountInString(d.a.Text)
	}
	return d.n
}

func (d *doc) index() []int {
	if len(d.offs) == 0 {
		for b := range d.a.Text {
			d.offs = append(d.offs, b)
		}
		d.offs = append(d.offs, len(d.a.Text))
	}
	return d.offs
}

// byteOff returns the byte offset of code point i, clipped to the text.
func (d *doc) byteOff(i int) int {
	offs := d.index()
	return offs[min(max(i, 0), len(offs)-1)]
}

// slice returns the text of a span, clipped to the text.
func (d *doc) slice(s marsad.Span) string {
	if s.End <= s.Start {
		return ""
	}
	return d.a.Text[d.byteOff(s.Start):d.byteOff(s.End)]
}

// find returns the code-point offset of the first occurrence of sub within scope, or -1.
func (d *doc) find(sub string, scope marsad.Span) int {
	if sub == "" || scope.End <= scope.Start {
		return -1
	}
	from := d.byteOff(scope.Start)
	i := strings.Index(d.slice(scope), sub)
	if i < 0 {
		return -1
	}
	offs := d.index()
	return sort.SearchInts(offs, from+i)
}

// sentenceOf returns the index of the sentence that holds the start of s, or -1.
func (d *doc) sentenceOf(s marsad.Span) int {
	ss := d.a.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > s.Start })
	if i < len(ss) && ss[i].Start <= s.Start {
		return i
	}
	return -1
}

func (d *doc) tone() float64 {
	if d.a.Tone == nil {
		return 0
	}
	return d.a.Tone.Tone
}

// citation identifies the article: its URL, or its id when it has none.
func (d *doc) citation() string {
	if d.a.URL != "" {
		return d.a.URL
	}
	return d.a.ID
}

// added is the date the event entered the data: the article's date (Marsad keeps no time of
// ingest in its events), or the event's own date when the article has none.
func (d *doc) added(ev *marsad.StoredEvent) string {
	switch {
	case ev.ArticleDate != "":
		return ev.ArticleDate
	case d.a.Date != "":
		return d.a.Date
	}
	return ev.Date
}

// eventDate is when the event happened: its own date, else its article's.
func eventDate(ev *marsad.StoredEvent, a *marsad.Analysis) string {
	switch {
	case ev.Date != "":
		return ev.Date
	case ev.ArticleDate != "":
		return ev.ArticleDate
	}
	return a.Date
}
