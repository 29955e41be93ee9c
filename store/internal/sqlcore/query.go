package sqlcore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"marsad"
)

// where collects the conditions of a query and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// prefixHigh is the exclusive upper bound of the strings that start with p: a column ≥ p and
// < prefixHigh(p) has prefix p under a binary collation, which lets indexes serve prefix filters
// without LIKE and its wildcards.
func prefixHigh(p string) string { return p + "\U0010FFFF" }

func (w *where) prefix(col, p string) {
	if p != "" {
		cond, args := prefixCond(col, p)
		w.add(cond, args...)
	}
}

// Lengths of the indexed code heads: country-level actor codes (USA, IGO) and event roots (04).
const (
	countryLen = 3
	rootLen    = 2
)

// head returns the first n code points of p and whether p has that many.
func head(p string, n int) (string, bool) {
	i := 0
	for k := range p {
		if i == n {
			return p[:k], true
		}
		i++
	}
	return p, i == n
}

// codeHead returns the indexed head of code prefixes on col (an actor or event code column),
// or 0 for a column without one.
func codeHead(col string) int {
	switch col {
	case "e.actor1_code", "e.actor2_code":
		return countryLen
	case "e.code":
		return rootLen
	}
	return 0
}

// prefixCond is the condition that col has prefix p, and its arguments. A prefix at least as
// long as the column's indexed head also names the head, substr(col, 1, n) = ?, so that the
// expression indexes of schema 4 serve it.
func prefixCond(col, p string) (string, []any) {
	if n := codeHead(col); n > 0 {
		if h, ok := head(p, n); ok {
			return "(substr(" + col + ", 1, " + strconv.Itoa(n) + ") = ? AND " + col + " >= ? AND " + col + " < ?)",
				[]any{h, p, prefixHigh(p)}
		}
	}
	return "(" + col + " >= ? AND " + col + " < ?)", []any{p, prefixHigh(p)}
}

func badQuery(format string, args ...any) error {
	return fmt.Errorf("%w: %s", marsad.ErrBadQuery, fmt.Sprintf(format, args...))
}

// checkText refuses filter values that no stored text can equal and that PostgreSQL would
// reject outright: invalid UTF-8 and NUL.
func checkText(vals ...string) error {
	for _, v := range vals {
		if !utf8.ValidString(v) || strings.ContainsRune(v, 0) {
			return badQuery("filter %q is not valid UTF-8 text", v)
		}
	}
	return nil
}

func checkDates(since, until string) error {
	for _, d := range []string{since, until} {
		if _, err := marsad.ParseDate(d); err != nil {
			return badQuery("%v", err)
		}
	}
	return nil
}

func page(limit, offset int) (int, int, error) {
	if limit < 0 || offset < 0 {
		return 0, 0, badQuery("negative limit or offset")
	}
	if limit == 0 {
		limit = marsad.DefaultLimit
	}
	return min(limit, marsad.MaxLimit), offset, nil
}

// eventWhere builds the conditions of an EventQuery over events e (which carry copies of their
// article's id, date and outlet, so that no query over events needs a join).
func eventWhere(q marsad.EventQuery) (*where, error) {
	if err := checkDates(q.Since, q.Until); err != nil {
		return nil, err
	}
	if err := checkText(q.Actor, q.Source, q.Target, q.Code, q.Plover, q.Modality, q.Country, q.Place,
		q.ArticleID, q.Outlet); err != nil {
		return nil, err
	}
	if q.Quad < 0 || q.Quad > 4 {
		return nil, badQuery("quad %d is not 1..4", q.Quad)
	}
	w := &where{}
	if q.Actor != "" {
		c1, a1 := prefixCond("e.actor1_code", q.Actor)
		c2, a2 := prefixCond("e.actor2_code", q.Actor)
		w.add("("+c1+" OR "+c2+")", append(a1, a2...)...)
	}
	w.prefix("e.actor1_code", q.Source)
	w.prefix("e.actor2_code", q.Target)
	w.prefix("e.code", q.Code)
	if q.Quad != 0 {
		w.add("e.quad = ?", q.Quad)
	}
	if q.Plover != "" {
		w.add("e.plover = ?", q.Plover)
	}
	if q.Modality != "" {
		w.add("e.modality = ?", q.Modality)
	}
	if q.Country != "" {
		w.add("e.location_country = ?", q.Country)
	}
	if q.Place != "" {
		w.add("(e.location_name = ? OR e.location_name_ar = ? OR e.location_admin1 = ?)", q.Place, q.Place, q.Place)
	}
	if q.Since != "" {
		w.add("e.day >= ?", q.Since)
	}
	if q.Until != "" {
		w.add("e.day <= ?", q.Until)
	}
	if q.ArticleID != "" {
		w.add("e.article_id = ?", q.ArticleID)
	}
	if q.Outlet != "" {
		w.add("e.outlet = ?", q.Outlet)
	}
	return w, nil
}

const eventCols = `e.article_id, e.article_date, e.pk, e.idx, e.code, e.base, e.root, e.name, e.quad,
	e.goldstein, e.plover, e.plover_mode, e.modality, e.event_date, e.date_text, e.sentence,
	e.evidence_start, e.evidence_end, e.trigger_text, e.trigger_start, e.trigger_end, e.mentions,
	e.is_root, e.rule, e.confidence, e.tone`

func unmarshalJSON(s string, v any) error {
	if s == "" || s == "null" {
		return nil
	}
	return json.Unmarshal([]byte(s), v)
}

// inList returns "(?, ?, …)" for n values: placeholders counted from a page of results, never
// from user text.
func inList(n int) string {
	return "(?" + strings.Repeat(", ?", n-1) + ")"
}

// scanEvents reads rows of eventCols, then the details and mention spans of those events.
func (s *Store) scanEvents(ctx context.Context, c Conn, rows Rows) ([]marsad.StoredEvent, error) {
	var out []marsad.StoredEvent
	var pks []any
	for rows.Next() {
		var ev marsad.StoredEvent
		var pk int64
		e := &ev.Event
		if err := rows.Scan(&ev.ArticleID, &ev.ArticleDate, &pk, &ev.Index, &e.Code, &e.Base, &e.Root, &e.Name,
			&e.Quad, &e.Goldstein, &e.Plover, &e.PloverMode, &e.Modality, &e.Date, &e.DateText, &e.Sentence,
			&e.Evidence.Start, &e.Evidence.End, &e.Trigger.Text, &e.Trigger.Start, &e.Trigger.End, &e.Mentions,
			&e.IsRoot, &e.Rule, &e.Confidence, &e.Tone); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, ev)
		pks = append(pks, pk)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(pks) == 0 {
		return out, nil
	}
	byPK := make(map[int64]int, len(pks))
	for i, pk := range pks {
		byPK[pk.(int64)] = i
	}
	drows, err := c.Query(ctx, s.D.rebind(`SELECT event_pk, plover_context_json, source_json, target_json, actors_json,
		reported_by_json, location_json FROM event_details WHERE event_pk IN `+inList(len(pks))), pks...)
	if err != nil {
		return nil, err
	}
	for drows.Next() {
		var pk int64
		var js [6]string
		if err := drows.Scan(&pk, &js[0], &js[1], &js[2], &js[3], &js[4], &js[5]); err != nil {
			drows.Close()
			return nil, err
		}
		ev := &out[byPK[pk]]
		e := &ev.Event
		for k, v := range []any{&e.PloverContext, &e.Source, &e.Target, &e.Actors, &e.ReportedBy, &e.Location} {
			if err := unmarshalJSON(js[k], v); err != nil {
				drows.Close()
				return nil, fmt.Errorf("event %s/%d: %w", ev.ArticleID, ev.Index, err)
			}
		}
	}
	drows.Close()
	if err := drows.Err(); err != nil {
		return nil, err
	}
	mrows, err := c.Query(ctx, s.D.rebind(`SELECT event_pk, start, "end" FROM event_mentions WHERE event_pk IN `+
		inList(len(pks))+` ORDER BY event_pk, idx`), pks...)
	if err != nil {
		return nil, err
	}
	defer mrows.Close()
	for mrows.Next() {
		var pk int64
		var sp marsad.Span
		if err := mrows.Scan(&pk, &sp.Start, &sp.End); err != nil {
			return nil, err
		}
		i := byPK[pk]
		out[i].MentionSpans = append(out[i].MentionSpans, sp)
	}
	return out, mrows.Err()
}

// Events implements marsad.Store.
func (s *Store) Events(ctx context.Context, q marsad.EventQuery) ([]marsad.StoredEvent, error) {
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return nil, s.errf("events: %w", err)
	}
	// first the page's keys, sorting no more than the sort columns, then the page's rows
	sql, args, err := s.pageKeys(q)
	if err != nil {
		return nil, s.errf("events: %w", err)
	}
	rows, err := s.DB.Query(ctx, s.D.rebind(sql), append(args, limit, offset)...)
	if err != nil {
		return nil, s.errf("events: %w", err)
	}
	var pks []any
	for rows.Next() {
		var pk int64
		var day, article string
		var idx int
		if err := rows.Scan(&pk, &day, &article, &idx); err != nil {
			rows.Close()
			return nil, s.errf("events: %w", err)
		}
		pks = append(pks, pk)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.errf("events: %w", err)
	}
	if len(pks) == 0 {
		return []marsad.StoredEvent{}, nil
	}
	rows, err = s.DB.Query(ctx, s.D.rebind(`SELECT `+eventCols+` FROM events e WHERE e.pk IN `+inList(len(pks))+
		` ORDER BY e.day DESC, e.article_id, e.idx`), pks...)
	if err != nil {
		return nil, s.errf("events: %w", err)
	}
	evs, err := s.scanEvents(ctx, s.DB, rows)
	if err != nil {
		return nil, s.errf("events: %w", err)
	}
	return evs, nil
}

// pageKeys returns the query (without its LIMIT ? OFFSET ?) of the keys of a page of events, in
// listing order: pk, day, article_id, idx. An actor filter long enough to name a country
// (USA, USAGOV) is the union of two streams already in listing order, the events with the
// actor as source and those with it as target, each read from its expression index: the page
// costs its own rows, where an OR of the two would collect and sort all of the actor's events.
func (s *Store) pageKeys(q marsad.EventQuery) (string, []any, error) {
	const keys = `SELECT e.pk, e.day, e.article_id, e.idx FROM events e`
	if _, ok := head(q.Actor, countryLen); !ok {
		w, err := eventWhere(q)
		if err != nil {
			return "", nil, err
		}
		return keys + w.sql() + ` ORDER BY e.day DESC, e.article_id, e.idx LIMIT ? OFFSET ?`, w.args, nil
	}
	rest := q
	rest.Actor = ""
	w, err := eventWhere(rest)
	if err != nil {
		return "", nil, err
	}
	if err := checkText(q.Actor); err != nil {
		return "", nil, err
	}
	var sb strings.Builder
	var args []any
	for i, col := range []string{"e.actor1_code", "e.actor2_code"} {
		if i > 0 {
			sb.WriteString(" UNION ")
		}
		c, a := prefixCond(col, q.Actor)
		arm := &where{conds: append([]string{c}, w.conds...), args: append(a, w.args...)}
		sb.WriteString(keys + arm.sql())
		args = append(args, arm.args...)
	}
	sb.WriteString(` ORDER BY 2 DESC, 3, 4 LIMIT ? OFFSET ?`)
	return sb.String(), args, nil
}

// filtered reports whether q filters events at all.
func filtered(q marsad.EventQuery) bool {
	q.Limit, q.Offset = 0, 0
	return q != marsad.EventQuery{}
}

// CountEvents implements marsad.Store.
func (s *Store) CountEvents(ctx context.Context, q marsad.EventQuery) (int, error) {
	n, _, err := s.countEvents(ctx, q, 0)
	if err != nil {
		return 0, s.errf("count events: %w", err)
	}
	return n, nil
}

// CountEventsUpTo implements marsad.CappedCounter: it counts the events matching q no further
// than max (a count of max is not exact), so that the cost of a count is bounded however many
// events match. The count of all events is kept by Put and always exact.
func (s *Store) CountEventsUpTo(ctx context.Context, q marsad.EventQuery, max int) (int, bool, error) {
	if max <= 0 {
		return 0, false, s.errf("count events: %w", badQuery("count limit %d is not positive", max))
	}
	n, exact, err := s.countEvents(ctx, q, max)
	if err != nil {
		return 0, false, s.errf("count events: %w", err)
	}
	return n, exact, nil
}

// countEvents counts the events matching q, stopping at max when max > 0.
func (s *Store) countEvents(ctx context.Context, q marsad.EventQuery, max int) (int, bool, error) {
	w, err := eventWhere(q)
	if err != nil {
		return 0, false, err
	}
	var n int
	if !filtered(q) {
		err := s.DB.QueryRow(ctx, `SELECT n FROM counts WHERE key = 'events'`).Scan(&n)
		if errors.Is(err, ErrNoRows) {
			err = nil
		}
		return n, true, err
	}
	if max <= 0 {
		err = s.DB.QueryRow(ctx, s.D.rebind(`SELECT COUNT(*) FROM events e`+w.sql()), w.args...).Scan(&n)
		return n, true, err
	}
	err = s.DB.QueryRow(ctx, s.D.rebind(`SELECT COUNT(*) FROM (SELECT 1 FROM events e`+w.sql()+` LIMIT ?) c`),
		append(w.args, max)...).Scan(&n)
	return n, n < max, err
}

// Article implements marsad.Store.
func (s *Store) Article(ctx context.Context, id string) (*marsad.Analysis, error) {
	a, err := s.article(ctx, id)
	if err != nil {
		return nil, s.errf("article %q: %w", id, err)
	}
	return a, nil
}

func (s *Store) article(ctx context.Context, id string) (*marsad.Analysis, error) {
	a := &marsad.Analysis{}
	var pk int64
	var toneJSON, tokensJSON, warnJSON string
	var shape int
	err := s.DB.QueryRow(ctx, s.D.rebind(`SELECT pk, id, url, source, title, date, text, hash, tone_json, tokens_json,
		warnings_json, shape FROM articles WHERE id = ?`), id).Scan(&pk, &a.ID, &a.URL, &a.Source, &a.Title, &a.Date,
		&a.Text, &a.Hash, &toneJSON, &tokensJSON, &warnJSON, &shape)
	if errors.Is(err, ErrNoRows) {
		return nil, marsad.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	for _, j := range []struct {
		s string
		v any
	}{{toneJSON, &a.Tone}, {tokensJSON, &a.Tokens}, {warnJSON, &a.Warnings}} {
		if err := unmarshalJSON(j.s, j.v); err != nil {
			return nil, err
		}
	}
	if shape&1 != 0 {
		a.Sentences = []marsad.Sentence{}
	}
	if shape&2 != 0 {
		a.Entities = []marsad.Entity{}
	}
	if shape&4 != 0 {
		a.Events = []marsad.Event{}
	}
	if shape&8 != 0 {
		a.Quotes = []marsad.Quote{}
	}

	rows, err := s.DB.Query(ctx, s.D.rebind(`SELECT start, "end", tone FROM sentences WHERE article_pk = ? ORDER BY idx`), pk)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var sn marsad.Sentence
		var tone *float64
		if err := rows.Scan(&sn.Start, &sn.End, &tone); err != nil {
			rows.Close()
			return nil, err
		}
		sn.Tone = tone
		a.Sentences = append(a.Sentences, sn)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	rows, err = s.DB.Query(ctx, s.D.rebind(`SELECT text, type, start, "end", origin, actor_json, place_json
		FROM entities WHERE article_pk = ? ORDER BY idx`), pk)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var e marsad.Entity
		var actorJSON, placeJSON string
		if err := rows.Scan(&e.Text, &e.Type, &e.Start, &e.End, &e.Origin, &actorJSON, &placeJSON); err != nil {
			rows.Close()
			return nil, err
		}
		if err := errors.Join(unmarshalJSON(actorJSON, &e.Actor), unmarshalJSON(placeJSON, &e.Place)); err != nil {
			rows.Close()
			return nil, err
		}
		a.Entities = append(a.Entities, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	rows, err = s.DB.Query(ctx, s.D.rebind(`SELECT `+eventCols+` FROM events e WHERE e.article_pk = ? ORDER BY e.idx`), pk)
	if err != nil {
		return nil, err
	}
	evs, err := s.scanEvents(ctx, s.DB, rows)
	if err != nil {
		return nil, err
	}
	for _, e := range evs {
		a.Events = append(a.Events, e.Event)
	}

	rows, err = s.DB.Query(ctx, s.D.rebind(`SELECT text, start, "end", verb, speaker_json, direct, sentence
		FROM quotes WHERE article_pk = ? ORDER BY idx`), pk)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var q marsad.Quote
		var speakerJSON string
		if err := rows.Scan(&q.Text, &q.Start, &q.End, &q.Verb, &speakerJSON, &q.Direct, &q.Sentence); err != nil {
			return nil, err
		}
		if err := unmarshalJSON(speakerJSON, &q.Speaker); err != nil {
			return nil, err
		}
		a.Quotes = append(a.Quotes, q)
	}
	return a, rows.Err()
}
