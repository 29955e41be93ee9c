package sqlcore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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
		w.add("("+col+" >= ? AND "+col+" < ?)", p, prefixHigh(p))
	}
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
		w.add("((e.actor1_code >= ? AND e.actor1_code < ?) OR (e.actor2_code >= ? AND e.actor2_code < ?))",
			q.Actor, prefixHigh(q.Actor), q.Actor, prefixHigh(q.Actor))
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
	w, err := eventWhere(q)
	if err != nil {
		return nil, s.errf("events: %w", err)
	}
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return nil, s.errf("events: %w", err)
	}
	// first the page's keys, sorting no more than the sort columns, then the page's rows
	sql := `SELECT e.pk FROM events e` + w.sql() + ` ORDER BY e.day DESC, e.article_id, e.idx LIMIT ? OFFSET ?`
	rows, err := s.DB.Query(ctx, s.D.rebind(sql), append(w.args, limit, offset)...)
	if err != nil {
		return nil, s.errf("events: %w", err)
	}
	var pks []any
	for rows.Next() {
		var pk int64
		if err := rows.Scan(&pk); err != nil {
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

// CountEvents implements marsad.Store.
func (s *Store) CountEvents(ctx context.Context, q marsad.EventQuery) (int, error) {
	w, err := eventWhere(q)
	if err != nil {
		return 0, s.errf("count events: %w", err)
	}
	var n int
	err = s.DB.QueryRow(ctx, s.D.rebind(`SELECT COUNT(*) FROM events e`+w.sql()),
		w.args...).Scan(&n)
	if err != nil {
		return 0, s.errf("count events: %w", err)
	}
	return n, nil
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
