package sqlcore

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"marsad"
	"marsad/store/internal/textsearch"
)

// articleWhere builds the conditions of an article listing over articles a.
func articleWhere(since, until, outlet, actor string) (*where, error) {
	if err := checkDates(since, until); err != nil {
		return nil, err
	}
	if err := checkText(outlet, actor); err != nil {
		return nil, err
	}
	w := &where{}
	if since != "" {
		w.add("a.date >= ?", since)
	}
	if until != "" {
		w.add("a.date <= ?", until)
	}
	if outlet != "" {
		w.add("a.source = ?", outlet)
	}
	if actor != "" {
		w.add(`EXISTS (SELECT 1 FROM events e WHERE e.article_pk = a.pk AND
			((e.actor1_code >= ? AND e.actor1_code < ?) OR (e.actor2_code >= ? AND e.actor2_code < ?)))`,
			actor, prefixHigh(actor), actor, prefixHigh(actor))
	}
	return w, nil
}

const summaryCols = `a.id, a.title, a.url, a.source, a.date, a.hash, a.language, a.tone, a.created,
	(SELECT COUNT(*) FROM events e WHERE e.article_pk = a.pk)`

// list counts the articles matching w and reads a page of them, newest first. It first picks
// the page's keys, reading no more than the date and id of the matching articles, and only then
// the page's rows, whose texts can be long.
func (s *Store) list(ctx context.Context, w *where, limit, offset int, extraCols string, extra func() []any,
	each func(m marsad.ArticleSummary, extra ...any) error) (int, error) {
	total := -1
	count := ", -1"
	if extra != nil {
		// a search: one pass picks the page and counts all matches, since a full-text match is
		// costly to repeat; a plain listing counts apart, which lets the page follow an index
		count = ", COUNT(*) OVER ()"
	}
	rows, err := s.DB.Query(ctx, s.D.rebind(`SELECT a.pk`+count+` FROM articles a`+w.sql()+
		` ORDER BY a.date DESC, a.id LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return 0, err
	}
	var pks []any
	for rows.Next() {
		var pk int64
		if err := rows.Scan(&pk, &total); err != nil {
			rows.Close()
			return 0, err
		}
		pks = append(pks, pk)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if total < 0 && len(w.conds) == 0 {
		// all articles: kept by Put
		if err := s.DB.QueryRow(ctx, `SELECT n FROM counts WHERE key = 'articles'`).Scan(&total); errors.Is(err, ErrNoRows) {
			total = 0
		} else if err != nil {
			return 0, err
		}
	}
	if total < 0 {
		if err := s.DB.QueryRow(ctx, s.D.rebind(`SELECT COUNT(*) FROM articles a`+w.sql()), w.args...).Scan(&total); err != nil {
			return 0, err
		}
	}
	if len(pks) == 0 {
		return total, nil
	}
	return total, s.summaries(ctx, pks, extraCols, extra, each)
}

// summaries reads the listed articles of pks (and extraCols) and calls each on them in the
// order of pks.
func (s *Store) summaries(ctx context.Context, pks []any, extraCols string, extra func() []any,
	each func(m marsad.ArticleSummary, extra ...any) error) error {
	type row struct {
		m     marsad.ArticleSummary
		extra []any
	}
	got := make(map[int64]row, len(pks))
	rows, err := s.DB.Query(ctx, s.D.rebind(`SELECT a.pk, `+summaryCols+extraCols+` FROM articles a WHERE a.pk IN `+
		inList(len(pks))), pks...)
	if err != nil {
		return err
	}
	for rows.Next() {
		var pk int64
		var r row
		if extra != nil {
			r.extra = extra()
		}
		err := rows.Scan(append([]any{&pk, &r.m.ID, &r.m.Title, &r.m.URL, &r.m.Source, &r.m.Date, &r.m.Hash,
			&r.m.Language, &r.m.Tone, &r.m.Created, &r.m.Events}, r.extra...)...)
		if err != nil {
			rows.Close()
			return err
		}
		got[pk] = r
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, pk := range pks {
		r := got[pk.(int64)]
		if err := each(r.m, r.extra...); err != nil {
			return err
		}
	}
	return nil
}

// Articles implements marsad.Store.
func (s *Store) Articles(ctx context.Context, q marsad.ArticleQuery) (marsad.ArticleList, error) {
	res := marsad.ArticleList{Articles: []marsad.ArticleSummary{}}
	w, err := articleWhere(q.Since, q.Until, q.Outlet, q.Actor)
	if err != nil {
		return res, s.errf("articles: %w", err)
	}
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return res, s.errf("articles: %w", err)
	}
	res.Total, err = s.list(ctx, w, limit, offset, "", nil, func(m marsad.ArticleSummary, _ ...any) error {
		res.Articles = append(res.Articles, m)
		return nil
	})
	if err != nil {
		return marsad.ArticleList{}, s.errf("articles: %w", err)
	}
	return res, nil
}

// SnippetWidth is the length in code points of a search hit's snippet.
const SnippetWidth = 240

// Search implements marsad.Store.
func (s *Store) Search(ctx context.Context, q marsad.SearchQuery) (marsad.SearchResult, error) {
	res := marsad.SearchResult{Hits: []marsad.SearchHit{}}
	parsed, err := textsearch.Parse(q.Text)
	if err != nil {
		return res, s.errf("search: %w", badQuery("%v", err))
	}
	w, err := articleWhere(q.Since, q.Until, q.Outlet, q.Actor)
	if err != nil {
		return res, s.errf("search: %w", err)
	}
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return res, s.errf("search: %w", err)
	}
	hit := func(m marsad.ArticleSummary, extra ...any) error {
		text := *extra[0].(*string)
		hit := marsad.SearchHit{ArticleSummary: m}
		hit.Highlights = parsed.Highlight(text)
		if hit.Highlights == nil {
			hit.Highlights = []marsad.Span{}
		}
		hit.TitleHighlights = parsed.Highlight(m.Title)
		hit.Snippet = textsearch.Snippet(text, hit.Highlights, SnippetWidth)
		hit.SnippetText = marsad.SliceRunes(text, hit.Snippet)
		res.Hits = append(res.Hits, hit)
		return nil
	}
	if s.D.KeyedSearch {
		// the dates bound the keys; the other filters need the articles
		w, _ := articleWhere("", "", q.Outlet, q.Actor)
		res.Total, res.TotalCapped, err = s.keyedSearch(ctx, q, parsed, w, limit, offset, hit)
		if err != nil {
			return marsad.SearchResult{}, s.errf("search: %w", err)
		}
		return res, nil
	}
	cond, arg := s.D.Match(parsed)
	w.add(cond, arg)
	res.Total, err = s.list(ctx, w, limit, offset, ", a.text", func() []any { return []any{new(string)} }, hit)
	if err != nil {
		return marsad.SearchResult{}, s.errf("search: %w", err)
	}
	return res, nil
}

// dateKey is YYYYMMDD of a YYYY-MM-DD date (0 for none): the high half of an article's skey.
func dateKey(d string) int64 {
	if len(d) != len(marsad.DateLayout) {
		return 0
	}
	n, _ := strconv.ParseInt(d[:4]+d[5:7]+d[8:10], 10, 64)
	return n
}

// keyedSearch finds a page of search hits in an index keyed by date (Dialect.KeyedSearch).
// It reads the matches newest key first, no more than offset+limit of them, then every match
// of the oldest day among them (a day's articles are listed by id, not by key), sorts those by
// date and id and calls each on the page. The total is counted apart, up to q.MaxTotal.
func (s *Store) keyedSearch(ctx context.Context, q marsad.SearchQuery, parsed textsearch.Query, w *where,
	limit, offset int, each func(m marsad.ArticleSummary, extra ...any) error) (int, bool, error) {
	lo, hi := int64(0), int64(math.MaxInt64)
	if q.Since != "" {
		lo = dateKey(q.Since) << 32
	}
	if q.Until != "" {
		hi = dateKey(q.Until)<<32 | 0xffffffff
	}
	query := func(lo, hi int64) (string, []any) {
		m := &where{conds: append([]string{"articles_fts MATCH ?", "f.rowid BETWEEN ? AND ?"}, w.conds...),
			args: append([]any{parsed.FTS5(), lo, hi}, w.args...)}
		return ` FROM articles_fts f JOIN articles a ON a.skey = f.rowid` + m.sql(), m.args
	}
	type hitRow struct {
		pk       int64
		date, id string
	}
	read := func(lo, hi int64, n int) ([]hitRow, error) {
		from, args := query(lo, hi)
		sql := `SELECT a.pk, a.date, a.id` + from + ` ORDER BY f.rowid DESC`
		if n > 0 {
			sql += ` LIMIT ?`
			args = append(args, n)
		}
		rows, err := s.DB.Query(ctx, sql, args...)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out []hitRow
		for rows.Next() {
			var h hitRow
			if err := rows.Scan(&h.pk, &h.date, &h.id); err != nil {
				return nil, err
			}
			out = append(out, h)
		}
		return out, rows.Err()
	}
	want := offset + limit
	hits, err := read(lo, hi, want)
	if err != nil {
		return 0, false, err
	}
	complete := len(hits) < want // every match is in hits
	if !complete {
		// the page may end inside a day whose articles are listed by id: take the whole day
		last := hits[len(hits)-1].date
		day := dateKey(last) << 32
		k := len(hits)
		for k > 0 && hits[k-1].date == last {
			k--
		}
		rest, err := read(max(lo, day), min(hi, day|0xffffffff), 0)
		if err != nil {
			return 0, false, err
		}
		hits = append(hits[:k], rest...)
	}
	slices.SortFunc(hits, func(a, b hitRow) int {
		return cmp.Or(strings.Compare(b.date, a.date), strings.Compare(a.id, b.id))
	})
	var pks []any
	for i := offset; i < len(hits) && i < want; i++ {
		pks = append(pks, hits[i].pk)
	}
	total, capped := len(hits), false
	if !complete {
		from, args := query(lo, hi)
		if len(w.conds) == 0 { // counted in the index alone
			from = ` FROM articles_fts f WHERE articles_fts MATCH ? AND f.rowid BETWEEN ? AND ?`
		}
		sql := `SELECT COUNT(*)` + from
		if q.MaxTotal > 0 {
			sql = `SELECT COUNT(*) FROM (SELECT 1` + from + ` LIMIT ?) c`
			args = append(args, max(q.MaxTotal, len(hits)+1))
		}
		if err := s.DB.QueryRow(ctx, sql, args...).Scan(&total); err != nil {
			return 0, false, err
		}
		capped = q.MaxTotal > 0 && total > len(hits) && total >= max(q.MaxTotal, len(hits)+1)
	}
	if len(pks) == 0 {
		return total, capped, nil
	}
	err = s.summaries(ctx, pks, ", a.text", func() []any { return []any{new(string)} }, each)
	return total, capped, err
}

// Period returns the first day of the period of interval holding day (YYYY-MM-DD).
func Period(day, interval string) (string, error) {
	t, err := time.Parse(marsad.DateLayout, day)
	if err != nil {
		return "", err
	}
	switch interval {
	case marsad.Day, "":
	case marsad.Week:
		t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case marsad.Month:
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	default:
		return "", badQuery("interval %q is not day, week or month", interval)
	}
	return t.Format(marsad.DateLayout), nil
}

type dyadSum struct {
	agg marsad.DyadAggregate
	sum float64
}

func (d *dyadSum) add(n, ab, ba int, quad int, gold float64) {
	d.agg.Count += n
	d.agg.AToB += ab
	d.agg.BToA += ba
	if quad >= 1 && quad <= 4 {
		d.agg.Quad[quad-1] += n
	}
	d.sum += gold
}

func (d *dyadSum) result() marsad.DyadAggregate {
	a := d.agg
	if a.Count > 0 {
		a.MeanGoldstein = d.sum / float64(a.Count)
	}
	return a
}

// Dyad implements marsad.Store.
func (s *Store) Dyad(ctx context.Context, q marsad.DyadQuery) (marsad.DyadResult, error) {
	res := marsad.DyadResult{A: q.A, B: q.B, Interval: q.Interval, Periods: []marsad.DyadPeriod{}}
	if res.Interval == "" {
		res.Interval = marsad.Day
	}
	if q.A == "" || q.B == "" {
		return res, s.errf("dyad: %w", badQuery("both actors are needed"))
	}
	if err := checkText(q.A, q.B); err != nil {
		return res, s.errf("dyad: %w", err)
	}
	if _, err := Period("2000-01-01", res.Interval); err != nil {
		return res, s.errf("dyad: %w", err)
	}
	f := q.Filter
	f.Actor, f.Source, f.Target = "", "", ""
	w, err := eventWhere(f)
	if err != nil {
		return res, s.errf("dyad: %w", err)
	}
	pair := func(src, tgt string) (string, []any) {
		c1, a1 := prefixCond("e.actor1_code", src)
		c2, a2 := prefixCond("e.actor2_code", tgt)
		return "(" + c1 + " AND " + c2 + ")", append(a1, a2...)
	}
	ab, abArgs := pair(q.A, q.B)
	ba, baArgs := pair(q.B, q.A)
	args := append(append([]any{}, abArgs...), baArgs...) // the two CASEs of the select list
	if q.Directed {
		w.add(ab, abArgs...)
	} else {
		w.add("("+ab+" OR "+ba+")", append(abArgs, baArgs...)...)
	}
	args = append(args, w.args...)
	sql := `SELECT e.day, CASE WHEN ` + ab + ` THEN 1 ELSE 0 END, CASE WHEN ` + ba + ` THEN 1 ELSE 0 END,
		e.quad, COUNT(*), SUM(e.goldstein)
		FROM events e` + w.sql() + ` GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`
	rows, err := s.DB.Query(ctx, s.D.rebind(sql), args...)
	if err != nil {
		return res, s.errf("dyad: %w", err)
	}
	defer rows.Close()
	var total dyadSum
	var cur *dyadSum
	var curPeriod string
	flush := func() {
		if cur != nil {
			res.Periods = append(res.Periods, marsad.DyadPeriod{Period: curPeriod, DyadAggregate: cur.result()})
		}
	}
	for rows.Next() {
		var day string
		var isAB, isBA, quad, n int
		var gold float64
		if err := rows.Scan(&day, &isAB, &isBA, &quad, &n, &gold); err != nil {
			return res, s.errf("dyad: %w", err)
		}
		if day == "" {
			continue // an undated event has no place on a time line
		}
		p, err := Period(day, res.Interval)
		if err != nil {
			continue
		}
		if cur == nil || p != curPeriod {
			flush()
			cur, curPeriod = &dyadSum{}, p
		}
		cur.add(n, isAB*n, isBA*n, quad, gold)
		total.add(n, isAB*n, isBA*n, quad, gold)
	}
	if err := rows.Err(); err != nil {
		return res, s.errf("dyad: %w", err)
	}
	flush()
	res.Total = total.result()
	return res, nil
}

// dayIndex is the dialect's DayIndex for an aggregate over events filtered by q: when q bounds
// the days and filters by nothing that another index serves better.
func (s *Store) dayIndex(q marsad.EventQuery) string {
	if q.Since == "" && q.Until == "" || q.ArticleID != "" || q.Outlet != "" || q.Place != "" || q.Country != "" {
		return ""
	}
	return s.D.DayIndex
}

// monthSpan splits the days from since to until ("" for no bound) into the whole months that
// the monthly aggregates (pair_months, place_months) can serve, from..to (first days of months;
// "" for no bound: from "" also takes the undated events, whose month is ""), and the days at
// either end that they cannot, read from the events: head and tail, inclusive day ranges
// ([2]string{} for none). ok is false when no whole month lies inside.
type monthSpan struct {
	ok         bool
	from, to   string
	head, tail [2]string
}

func splitMonths(since, until string) monthSpan {
	var sp monthSpan
	if since != "" {
		t, err := time.Parse(marsad.DateLayout, since)
		if err != nil {
			return sp
		}
		if t.Day() == 1 {
			sp.from = since
		} else {
			first := time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, time.UTC)
			sp.from = first.Format(marsad.DateLayout)
			sp.head = [2]string{since, first.AddDate(0, 0, -1).Format(marsad.DateLayout)}
		}
	}
	if until != "" {
		t, err := time.Parse(marsad.DateLayout, until)
		if err != nil {
			return monthSpan{}
		}
		first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		if t.AddDate(0, 0, 1).Day() == 1 { // the month's last day
			sp.to = first.Format(marsad.DateLayout)
		} else {
			sp.to = first.AddDate(0, -1, 0).Format(marsad.DateLayout)
			sp.tail = [2]string{first.Format(marsad.DateLayout), until}
		}
	}
	sp.ok = sp.from == "" || sp.to == "" || sp.from <= sp.to
	return sp
}

// years splits the whole months of sp further: the whole years among them, from..to (first
// days of years; "" for no bound, from "" taking the undated events), and the whole months
// before and after them (month ranges, inclusive; [2]string{} for none). ok is false when no
// whole year lies inside.
func (sp monthSpan) years() (from, to string, head, tail [2]string, ok bool) {
	if sp.from != "" {
		if sp.from[5:7] == "01" {
			from = sp.from
		} else {
			y, _ := strconv.Atoi(sp.from[:4])
			from = fmt.Sprintf("%04d-01-01", y+1)
			head = [2]string{sp.from, sp.from[:4] + "-12-01"}
		}
	}
	if sp.to != "" {
		if sp.to[5:7] == "12" {
			to = sp.to[:4] + "-01-01"
		} else {
			y, _ := strconv.Atoi(sp.to[:4])
			to = fmt.Sprintf("%04d-01-01", y-1)
			tail = [2]string{sp.to[:4] + "-01-01", sp.to}
		}
	}
	ok = from == "" || to == "" || from <= to
	return from, to, head, tail, ok
}

// countryPrefix reports whether p is empty or a prefix that a country-level code (the first
// countryLen characters) decides.
func countryPrefix(p string) bool {
	_, long := head(p, countryLen+1)
	return !long
}

// monthly reports whether the monthly aggregates can answer a query filtered by f: dates,
// QuadClass and actors no longer than a country code, nothing else.
func monthly(f marsad.EventQuery) bool {
	rest := f
	rest.Since, rest.Until, rest.Quad, rest.Actor, rest.Source, rest.Target = "", "", 0, "", "", ""
	rest.Limit, rest.Offset = 0, 0
	return rest == marsad.EventQuery{} && countryPrefix(f.Actor) && countryPrefix(f.Source) && countryPrefix(f.Target)
}

// Network implements marsad.Store. The database groups by codes (cut to Level); cutting
// codes in Go and merging the pairs that then coincide happens here. A network of
// country-level codes (Level 1 to 3) filtered by no more than dates and country-level actors
// is summed from the kept aggregates — whole years from pair_years, whole months from
// pair_months, the days at either end from pair_days — and never reads the events.
func (s *Store) Network(ctx context.Context, q marsad.NetworkQuery) ([]marsad.Edge, error) {
	if q.Level < 0 || q.MinCount < 0 {
		return nil, s.errf("network: %w", badQuery("negative level or min count"))
	}
	if _, err := eventWhere(q.Filter); err != nil {
		return nil, s.errf("network: %w", err)
	}
	limit, _, err := page(q.Limit, 0)
	if err != nil {
		return nil, s.errf("network: %w", err)
	}
	type part struct {
		sql  string
		args []any
	}
	// a level cuts the codes in the database already, so that it groups a few hundred
	// country pairs rather than every pair of whole codes (Go cuts them again below: substr
	// counts characters, the cut bytes, and both agree on the ASCII that CAMEO codes are)
	cutSQL := func(col string) string {
		if q.Level > 0 {
			return "substr(" + col + ", 1, " + strconv.Itoa(q.Level) + ")"
		}
		return col
	}
	eventPart := func(f marsad.EventQuery) part {
		w, _ := eventWhere(f) // checked above; edges only narrow the dates
		w.add("e.actor1_code <> '' AND e.actor2_code <> ''")
		return part{`SELECT ` + cutSQL("e.actor1_code") + `, ` + cutSQL("e.actor2_code") + `, COUNT(*), SUM(e.goldstein), SUM(e.tone)
			FROM events e` + s.dayIndex(f) + w.sql() + ` GROUP BY 1, 2`, w.args}
	}
	var parts []part
	sp := splitMonths(q.Filter.Since, q.Filter.Until)
	if f := q.Filter; q.Level >= 1 && q.Level <= countryLen && monthly(f) && f.Quad == 0 {
		// whole years from pair_years, the whole months around them from pair_months, the days
		// around those from pair_days
		sum := func(table, col string, from, to string) part {
			w := &where{}
			w.add("m.src <> '' AND m.tgt <> ''")
			if from != "" {
				w.add("m."+col+" >= ?", from)
			}
			if to != "" {
				w.add("m."+col+" <= ?", to)
			}
			if f.Actor != "" {
				w.add("((m.src >= ? AND m.src < ?) OR (m.tgt >= ? AND m.tgt < ?))", f.Actor, prefixHigh(f.Actor), f.Actor, prefixHigh(f.Actor))
			}
			w.prefix("m.src", f.Source)
			w.prefix("m.tgt", f.Target)
			return part{`SELECT ` + cutSQL("m.src") + `, ` + cutSQL("m.tgt") + `, CAST(SUM(m.n) AS BIGINT), SUM(m.gold), SUM(m.tone)
				FROM ` + table + ` m` + w.sql() + ` GROUP BY 1, 2`, w.args}
		}
		switch yFrom, yTo, head, tail, ok := sp.years(); {
		case !sp.ok:
			parts = append(parts, sum("pair_days", "day", f.Since, f.Until))
		case ok:
			parts = append(parts, sum("pair_years", "year", yFrom, yTo))
			for _, ms := range [][2]string{head, tail} {
				if ms[0] != "" {
					parts = append(parts, sum("pair_months", "month", ms[0], ms[1]))
				}
			}
		default:
			parts = append(parts, sum("pair_months", "month", sp.from, sp.to))
		}
		if sp.ok {
			for _, d := range [][2]string{sp.head, sp.tail} {
				if d[0] != "" {
					parts = append(parts, sum("pair_days", "day", d[0], d[1]))
				}
			}
		}
	} else {
		parts = append(parts, eventPart(q.Filter))
	}
	pairs := map[[2]string]*sums{}
	cut := func(code string) string {
		if q.Level > 0 && len(code) > q.Level {
			return code[:q.Level]
		}
		return code
	}
	for _, pt := range parts {
		rows, err := s.DB.Query(ctx, s.D.rebind(pt.sql), pt.args...)
		if err != nil {
			return nil, s.errf("network: %w", err)
		}
		for rows.Next() {
			var src, tgt string
			var n int64
			var gold, tone float64
			if err := rows.Scan(&src, &tgt, &n, &gold, &tone); err != nil {
				rows.Close()
				return nil, s.errf("network: %w", err)
			}
			k := [2]string{cut(src), cut(tgt)}
			p := pairs[k]
			if p == nil {
				p = &sums{}
				pairs[k] = p
			}
			p.n += n
			p.gold += gold
			p.tone += tone
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, s.errf("network: %w", err)
		}
	}
	edges := []marsad.Edge{}
	for k, p := range pairs {
		if p.n < int64(q.MinCount) {
			continue
		}
		edges = append(edges, marsad.Edge{Source: k[0], Target: k[1], Count: int(p.n),
			MeanGoldstein: p.gold / float64(p.n), MeanTone: p.tone / float64(p.n)})
	}
	slices.SortFunc(edges, func(a, b marsad.Edge) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})
	if len(edges) > limit {
		edges = edges[:limit]
	}
	return edges, nil
}

// Places implements marsad.Store. The events are counted by place id — from the kept
// aggregates when the filter holds no more than dates and QuadClass (whole months from
// place_months, the days at either end from place_days) — and then the few places are looked
// up and ordered.
func (s *Store) Places(ctx context.Context, q marsad.EventQuery) ([]marsad.PlaceCount, error) {
	if _, err := eventWhere(q); err != nil {
		return nil, s.errf("places: %w", err)
	}
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return nil, s.errf("places: %w", err)
	}
	type part struct {
		sql  string
		args []any
	}
	eventPart := func(f marsad.EventQuery) part {
		w, _ := eventWhere(f)
		w.add("e.place_pk IS NOT NULL")
		return part{`SELECT e.place_pk, COUNT(*), SUM(e.goldstein) FROM events e` + s.dayIndex(f) + w.sql() +
			` GROUP BY e.place_pk`, w.args}
	}
	var parts []part
	if monthly(q) && q.Actor == "" && q.Source == "" && q.Target == "" {
		// whole months from place_months, the days around them from place_days
		sum := func(table, col string, from, to string) part {
			w := &where{}
			if from != "" {
				w.add("m."+col+" >= ?", from)
			}
			if to != "" {
				w.add("m."+col+" <= ?", to)
			}
			if q.Quad != 0 {
				w.add("m.quad = ?", q.Quad)
			}
			return part{`SELECT m.place_pk, CAST(SUM(m.n) AS BIGINT), SUM(m.gold) FROM ` + table + ` m` + w.sql() +
				` GROUP BY m.place_pk`, w.args}
		}
		sp := splitMonths(q.Since, q.Until)
		if !sp.ok {
			parts = append(parts, sum("place_days", "day", q.Since, q.Until))
		} else {
			parts = append(parts, sum("place_months", "month", sp.from, sp.to))
			for _, d := range [][2]string{sp.head, sp.tail} {
				if d[0] != "" {
					parts = append(parts, sum("place_days", "day", d[0], d[1]))
				}
			}
		}
	} else {
		parts = append(parts, eventPart(q))
	}
	by := map[int64]*sums{}
	for _, pt := range parts {
		rows, err := s.DB.Query(ctx, s.D.rebind(pt.sql), pt.args...)
		if err != nil {
			return nil, s.errf("places: %w", err)
		}
		for rows.Next() {
			var pk, n int64
			var gold float64
			if err := rows.Scan(&pk, &n, &gold); err != nil {
				rows.Close()
				return nil, s.errf("places: %w", err)
			}
			if by[pk] == nil {
				by[pk] = &sums{}
			}
			by[pk].n += n
			by[pk].gold += gold
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, s.errf("places: %w", err)
		}
	}
	type placeRow struct {
		pk int64
		p  marsad.PlaceCount
	}
	var all []placeRow
	pks := make([]any, 0, len(by))
	for pk := range by {
		pks = append(pks, pk)
	}
	for len(pks) > 0 {
		chunk := pks[:min(len(pks), 500)]
		pks = pks[len(chunk):]
		rows, err := s.DB.Query(ctx, s.D.rebind(`SELECT pk, name, name_ar, country, admin1, lat, lon FROM places WHERE pk IN `+
			inList(len(chunk))), chunk...)
		if err != nil {
			return nil, s.errf("places: %w", err)
		}
		for rows.Next() {
			var r placeRow
			p := &r.p
			if err := rows.Scan(&r.pk, &p.Name, &p.NameAr, &p.Country, &p.Admin1, &p.Lat, &p.Lon); err != nil {
				rows.Close()
				return nil, s.errf("places: %w", err)
			}
			sm := by[r.pk]
			p.Count, p.MeanGoldstein = int(sm.n), sm.gold/float64(sm.n)
			all = append(all, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, s.errf("places: %w", err)
		}
	}
	slices.SortFunc(all, func(a, b placeRow) int {
		return cmp.Or(b.p.Count-a.p.Count, strings.Compare(a.p.Name, b.p.Name), cmp.Compare(a.pk, b.pk))
	})
	out := []marsad.PlaceCount{}
	for i := offset; i < len(all) && i < offset+limit; i++ {
		out = append(out, all[i].p)
	}
	return out, nil
}

// Stats implements marsad.Store. The sizes come from the counts and outlets tables that Put
// keeps, the dates from the ends of the articles' date index: no table is counted.
func (s *Store) Stats(ctx context.Context) (marsad.Stats, error) {
	var st marsad.Stats
	rows, err := s.DB.Query(ctx, `SELECT key, n FROM counts`)
	if err != nil {
		return st, s.errf("stats: %w", err)
	}
	for rows.Next() {
		var key string
		var n int
		if err := rows.Scan(&key, &n); err != nil {
			rows.Close()
			return st, s.errf("stats: %w", err)
		}
		switch key {
		case "articles":
			st.Articles = n
		case "sentences":
			st.Sentences = n
		case "entities":
			st.Entities = n
		case "events":
			st.Events = n
		case "quotes":
			st.Quotes = n
		case "quad1", "quad2", "quad3", "quad4":
			st.Quad[key[4]-'1'] = n
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, s.errf("stats: %w", err)
	}
	var first, last *string
	err = s.DB.QueryRow(ctx, `SELECT (SELECT COUNT(*) FROM actors), (SELECT COUNT(*) FROM places),
		(SELECT COUNT(*) FROM outlets WHERE source <> '' AND articles > 0),
		(SELECT date FROM articles WHERE date <> '' ORDER BY date LIMIT 1),
		(SELECT date FROM articles WHERE date <> '' ORDER BY date DESC LIMIT 1)`).Scan(
		&st.Actors, &st.Places, &st.Outlets, &first, &last)
	if err != nil && !errors.Is(err, ErrNoRows) {
		return st, s.errf("stats: %w", err)
	}
	if first != nil {
		st.FirstDate = *first
	}
	if last != nil {
		st.LastDate = *last
	}
	return st, nil
}
