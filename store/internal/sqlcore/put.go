package sqlcore

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"marsad"
)

// Store implements marsad.Store, all but Close, over a DB and a Dialect.
type Store struct {
	DB DB
	D  *Dialect
	// Now gives the creation time of stored articles; nil means time.Now.
	Now func() time.Time
}

// Validate checks what the database cannot: an id, a text, a date, and every span inside the
// text. The error wraps marsad.ErrInvalid.
func Validate(a *marsad.Analysis) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", marsad.ErrInvalid, fmt.Sprintf(format, args...))
	}
	if a == nil {
		return bad("nil analysis")
	}
	if a.ID == "" {
		return bad("empty id")
	}
	if a.Text == "" {
		return bad("article %s: empty text", a.ID)
	}
	for name, v := range map[string]string{"id": a.ID, "text": a.Text, "title": a.Title, "url": a.URL,
		"source": a.Source, "date": a.Date} {
		if !utf8.ValidString(v) || strings.ContainsRune(v, 0) {
			return bad("article %q: %s is not valid UTF-8 text (or holds NUL)", a.ID, name)
		}
	}
	if a.Hash != "" && a.Hash != marsad.ContentHash(a.Text) {
		return bad("article %s: hash %s is not the hash of its text", a.ID, a.Hash)
	}
	if _, err := marsad.ParseDate(a.Date); err != nil {
		return bad("article %s: %v", a.ID, err)
	}
	n := marsad.RuneLen(a.Text)
	span := func(what string, i int, s marsad.Span) error {
		if !s.Valid(n) {
			return bad("article %s: %s %d: span %d:%d outside the text of %d code points", a.ID, what, i, s.Start, s.End, n)
		}
		return nil
	}
	var errs []error
	for i, s := range a.Sentences {
		errs = append(errs, span("sentence", i, s.Span))
	}
	for i, t := range a.Tokens {
		errs = append(errs, span("token", i, t.Span))
	}
	for i, e := range a.Entities {
		errs = append(errs, span("entity", i, e.Span))
	}
	for i, e := range a.Events {
		errs = append(errs, span("event evidence", i, e.Evidence))
		if e.Trigger.Span != (marsad.Span{}) {
			errs = append(errs, span("event trigger", i, e.Trigger.Span))
		}
		for _, m := range e.MentionSpans {
			errs = append(errs, span("event mention", i, m))
		}
		if _, err := marsad.ParseDate(e.Date); err != nil {
			errs = append(errs, bad("article %s: event %d: %v", a.ID, i, err))
		}
	}
	for i, q := range a.Quotes {
		errs = append(errs, span("quote", i, q.Span))
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) errf(format string, args ...any) error {
	return fmt.Errorf(s.D.Name+": "+format, args...)
}

func (s *Store) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// Put implements marsad.Store.
func (s *Store) Put(ctx context.Context, a *marsad.Analysis) (res marsad.PutResult, err error) {
	if err := Validate(a); err != nil {
		return res, s.errf("put: %w", err)
	}
	tx, err := s.DB.Begin(ctx)
	if err != nil {
		return res, s.errf("put %s: begin: %w", a.ID, err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback(ctx)
		}
	}()
	var t tally
	r, err := s.put(ctx, tx, a, false, &t)
	res = r.PutResult
	if err == nil {
		err = s.flush(ctx, tx, &t)
	}
	if err != nil {
		return res, s.errf("put %s: %w", a.ID, err)
	}
	if !res.Inserted {
		return res, tx.Rollback(ctx)
	}
	if err := tx.Commit(ctx); err != nil {
		return marsad.PutResult{}, s.errf("put %s: commit: %w", a.ID, err)
	}
	return res, nil
}

// PutMany stores many analyses in one transaction, as Put would store each: the same text
// twice is stored once (Inserted false), and an analysis that Put would refuse — invalid, or a
// different text under a stored id — is left out, its error joined into the returned error
// (wrapping marsad.ErrInvalid or marsad.ErrIDConflict) while the others are stored. Any other
// failure stores none of them. The results are in the order of as; a left-out analysis has a
// zero PutResult. One transaction for hundreds of articles, with its statements prepared once,
// is many times faster than a Put each: this is the bulk-load path, meant for one loader at a
// time (SQLite has one writer anyway; on PostgreSQL two concurrent batches may lock the actor
// rows they share in different orders, and the server then aborts one with a deadlock error:
// nothing of that batch is stored, and it can be sent again).
func (s *Store) PutMany(ctx context.Context, as []*marsad.Analysis) (res []marsad.PutResult, err error) {
	res = make([]marsad.PutResult, len(as))
	var refused []error
	ok := make([]bool, len(as))
	for i, a := range as {
		if err := Validate(a); err != nil {
			refused = append(refused, s.errf("put: %w", err))
			continue
		}
		ok[i] = true
	}
	tx, err := s.DB.Begin(ctx)
	if err != nil {
		return nil, s.errf("put many: begin: %w", err)
	}
	defer func() {
		if err != nil && tx != nil {
			_ = tx.Rollback(ctx)
		}
	}()
	if s.D.Bulk != "" {
		if err := tx.Exec(ctx, s.D.Bulk); err != nil {
			return nil, s.errf("put many: %w", err)
		}
	}
	inserted := 0
	var pks []int64
	var t tally
	for i, a := range as {
		if !ok[i] {
			continue
		}
		// a conflicting article writes nothing (its insert does nothing, then a look-up
		// explains why), so the transaction goes on without it
		r, err := s.put(ctx, tx, a, s.D.IndexMany != nil, &t)
		if errors.Is(err, marsad.ErrIDConflict) {
			refused = append(refused, s.errf("put %s: %w", a.ID, err))
			continue
		}
		if err != nil {
			return nil, s.errf("put many: %s: %w", a.ID, err)
		}
		res[i] = r.PutResult
		if r.Inserted {
			inserted++
			pks = append(pks, r.pk)
		}
	}
	if err := s.flush(ctx, tx, &t); err != nil {
		return nil, s.errf("put many: %w", err)
	}
	if s.D.IndexMany != nil && len(pks) > 0 {
		if err := s.D.IndexMany(ctx, tx, pks); err != nil {
			return nil, s.errf("put many: index: %w", err)
		}
	}
	if inserted == 0 {
		err := tx.Rollback(ctx)
		tx = nil
		if err != nil {
			return nil, s.errf("put many: rollback: %w", err)
		}
		return res, errors.Join(refused...)
	}
	err = tx.Commit(ctx)
	tx = nil
	if err != nil {
		return nil, s.errf("put many: commit: %w", err)
	}
	return res, errors.Join(refused...)
}

func jsonText(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

// putResult is a PutResult and the stored article's row key.
type putResult struct {
	marsad.PutResult
	pk int64
}

// tally is what a transaction adds to the counts and outlets tables and to the kept
// aggregates (pair_days, pair_months, pair_years, place_days, place_months), written by flush.
type tally struct {
	counts  map[string]int64
	outlets map[string]int64
	pairs   map[pairMonth]*sums
	places  map[placeMonth]*sums
}

// pairMonth keys the sums of a country pair over a period (a day, month or year: its first
// day), placeMonth those of a place and QuadClass.
type pairMonth struct{ month, src, tgt string }

type placeMonth struct {
	month string
	place int64
	quad  int
}

type sums struct {
	n          int64
	gold, tone float64
}

// period is the first day of the month (level 1) or year (level 2) of a YYYY-MM-DD day, or of
// the first day of a month ("" for none).
func period(day string, level int) string {
	switch {
	case len(day) < 7:
		return ""
	case level == 1:
		return day[:7] + "-01"
	default:
		return day[:4] + "-01-01"
	}
}

// add adds p to the sums of k in m.
// rollUp returns m with its keys' periods rolled up to level (0: as they are, 1: months, 2:
// years; see period), summing what falls together, and its keys sorted by cmp, so that rows are
// written in one order whatever the map's.
func rollUp[K comparable](m map[K]*sums, level int, up func(K, int) K, cmp func(a, b K) int) (map[K]*sums, []K) {
	if level > 0 {
		rolled := make(map[K]*sums, len(m))
		for k, p := range m {
			add(rolled, up(k, level), p)
		}
		m = rolled
	}
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp)
	return m, keys
}

func add[K comparable](m map[K]*sums, k K, p *sums) {
	q := m[k]
	if q == nil {
		q = &sums{}
		m[k] = q
	}
	q.n += p.n
	q.gold += p.gold
	q.tone += p.tone
}

// event adds an event on day (the event's date, else the article's) with its place id (nil
// for none) to the kept aggregates.
func (t *tally) event(e *marsad.Event, day string, placePK any) {
	if t.pairs == nil {
		t.pairs, t.places = map[pairMonth]*sums{}, map[placeMonth]*sums{}
	}
	c1, _, _, _ := participantCols(e.Source)
	c2, _, _, _ := participantCols(e.Target)
	src, _ := head(c1, countryLen)
	tgt, _ := head(c2, countryLen)
	k := pairMonth{day, src, tgt}
	p := t.pairs[k]
	if p == nil {
		p = &sums{}
		t.pairs[k] = p
	}
	p.n++
	p.gold += e.Goldstein
	p.tone += e.Tone
	if pk, ok := placePK.(int64); ok {
		k := placeMonth{day, pk, e.Quad}
		p := t.places[k]
		if p == nil {
			p = &sums{}
			t.places[k] = p
		}
		p.n++
		p.gold += e.Goldstein
	}
}

func (t *tally) add(a *marsad.Analysis) {
	if t.counts == nil {
		t.counts, t.outlets = map[string]int64{}, map[string]int64{}
	}
	t.counts["articles"]++
	t.counts["sentences"] += int64(len(a.Sentences))
	t.counts["entities"] += int64(len(a.Entities))
	t.counts["events"] += int64(len(a.Events))
	t.counts["quotes"] += int64(len(a.Quotes))
	for _, e := range a.Events {
		if e.Quad >= 1 && e.Quad <= 4 {
			t.counts["quad"+strconv.Itoa(e.Quad)]++
		}
	}
	t.outlets[a.Source]++
}

// flush adds the tally to the counts and outlets tables, in key order (so that concurrent
// transactions lock the rows in the same order), and empties it.
func (s *Store) flush(ctx context.Context, tx Tx, t *tally) error {
	for _, table := range []struct {
		m   map[string]int64
		sql string
	}{
		{t.counts, `INSERT INTO counts (key, n) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET n = counts.n + excluded.n`},
		{t.outlets, `INSERT INTO outlets (source, articles) VALUES (?, ?)
			ON CONFLICT (source) DO UPDATE SET articles = outlets.articles + excluded.articles`},
	} {
		keys := make([]string, 0, len(table.m))
		for k, n := range table.m {
			if n != 0 {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			if err := tx.Exec(ctx, s.D.rebind(table.sql), k, table.m[k]); err != nil {
				return fmt.Errorf("update counts: %w", err)
			}
		}
	}
	// the sums by day, then rolled up by month (and, for pairs, by year)
	pairTables := []struct{ table, col string }{{"pair_days", "day"}, {"pair_months", "month"}, {"pair_years", "year"}}
	pairs := t.pairs
	for level, tb := range pairTables {
		var keys []pairMonth
		pairs, keys = rollUp(pairs, level, func(k pairMonth, level int) pairMonth { k.month = period(k.month, level); return k },
			func(a, b pairMonth) int {
				return cmp.Or(strings.Compare(a.month, b.month), strings.Compare(a.src, b.src), strings.Compare(a.tgt, b.tgt))
			})
		sql := s.D.rebind(`INSERT INTO ` + tb.table + ` (` + tb.col + `, src, tgt, n, gold, tone) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (` + tb.col + `, src, tgt) DO UPDATE SET n = ` + tb.table + `.n + excluded.n,
			gold = ` + tb.table + `.gold + excluded.gold, tone = ` + tb.table + `.tone + excluded.tone`)
		for _, k := range keys {
			p := pairs[k]
			if err := tx.Exec(ctx, sql, k.month, k.src, k.tgt, p.n, p.gold, p.tone); err != nil {
				return fmt.Errorf("update %s: %w", tb.table, err)
			}
		}
	}
	places := t.places
	for level, tb := range []struct{ table, col string }{{"place_days", "day"}, {"place_months", "month"}} {
		var keys []placeMonth
		places, keys = rollUp(places, level, func(k placeMonth, level int) placeMonth { k.month = period(k.month, level); return k },
			func(a, b placeMonth) int {
				return cmp.Or(strings.Compare(a.month, b.month), cmp.Compare(a.place, b.place), a.quad-b.quad)
			})
		sql := s.D.rebind(`INSERT INTO ` + tb.table + ` (` + tb.col + `, place_pk, quad, n, gold) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (` + tb.col + `, place_pk, quad) DO UPDATE SET n = ` + tb.table + `.n + excluded.n,
			gold = ` + tb.table + `.gold + excluded.gold`)
		for _, k := range keys {
			p := places[k]
			if err := tx.Exec(ctx, sql, k.month, k.place, k.quad, p.n, p.gold); err != nil {
				return fmt.Errorf("update %s: %w", tb.table, err)
			}
		}
	}
	*t = tally{}
	return nil
}

// put stores one analysis in tx, adding it to t; with deferIndex the caller indexes it for
// search.
func (s *Store) put(ctx context.Context, tx Tx, a *marsad.Analysis, deferIndex bool, t *tally) (putResult, error) {
	hash := marsad.ContentHash(a.Text)
	var toneVal any
	if a.Tone != nil {
		toneVal = a.Tone.Tone
	}
	toneJSON, err := jsonText(a.Tone)
	if err != nil {
		return putResult{}, err
	}
	tokensJSON, err := jsonText(a.Tokens)
	if err != nil {
		return putResult{}, err
	}
	warnJSON, err := jsonText(a.Warnings)
	if err != nil {
		return putResult{}, err
	}
	shape := 0
	for i, nonNil := range []bool{a.Sentences != nil, a.Entities != nil, a.Events != nil, a.Quotes != nil} {
		if nonNil {
			shape |= 1 << i
		}
	}
	var pk int64
	err = tx.QueryRow(ctx, s.D.rebind(`INSERT INTO articles
		(id, url, source, title, date, text, language, hash, tone, tone_json, tokens_json, warnings_json, shape, created)
		VALUES (?, ?, ?, ?, ?, ?, 'ar', ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING RETURNING pk`),
		a.ID, a.URL, a.Source, a.Title, a.Date, a.Text, hash, toneVal, toneJSON, tokensJSON, warnJSON, shape,
		s.now().UTC().Format(time.RFC3339)).Scan(&pk)
	if errors.Is(err, ErrNoRows) {
		return s.existing(ctx, tx, a.ID, hash)
	}
	if err != nil {
		return putResult{}, fmt.Errorf("insert article: %w", err)
	}
	if err := s.putParts(ctx, tx, pk, a, t); err != nil {
		return putResult{}, err
	}
	t.add(a)
	if !deferIndex {
		if err := s.D.Index(ctx, tx, pk, a.Title, a.Text); err != nil {
			return putResult{}, fmt.Errorf("index: %w", err)
		}
	}
	return putResult{PutResult: marsad.PutResult{ID: a.ID, Inserted: true}, pk: pk}, nil
}

// existing explains a conflicting insert: the same text already stored (under some id), or the
// id taken by another text.
func (s *Store) existing(ctx context.Context, tx Tx, id, hash string) (putResult, error) {
	var have string
	err := tx.QueryRow(ctx, s.D.rebind(`SELECT id FROM articles WHERE hash = ?`), hash).Scan(&have)
	if err == nil {
		return putResult{PutResult: marsad.PutResult{ID: have}}, nil
	}
	if !errors.Is(err, ErrNoRows) {
		return putResult{}, fmt.Errorf("look up hash: %w", err)
	}
	return putResult{}, fmt.Errorf("%w: %s", marsad.ErrIDConflict, id)
}

func placeKey(p *marsad.Place) string {
	if p.Wikidata != "" {
		return p.Wikidata
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	return p.Name + "|" + p.Country + "|" + p.Admin1 + "|" + f(p.Lat) + "|" + f(p.Lon)
}

// putParts writes everything but the article row. Actors and places are upserted in sorted
// order so that concurrent ingests lock them in the same order.
func (s *Store) putParts(ctx context.Context, tx Tx, pk int64, a *marsad.Analysis, t *tally) error {
	actors := map[string]marsad.ActorRef{}
	addActor := func(r *marsad.ActorRef) {
		if r == nil || r.Code == "" {
			return
		}
		have := actors[r.Code]
		if have.Name == "" {
			have.Name = r.Name
		}
		if have.Country == "" {
			have.Country = r.Country
		}
		if have.Kind == "" {
			have.Kind = r.Kind
		}
		if have.Wikidata == "" {
			have.Wikidata = r.Wikidata
		}
		actors[r.Code] = have
	}
	places := map[string]*marsad.Place{}
	addPlace := func(p *marsad.Place) {
		if p != nil {
			if _, ok := places[placeKey(p)]; !ok {
				places[placeKey(p)] = p
			}
		}
	}
	for _, e := range a.Entities {
		addActor(e.Actor)
		addPlace(e.Place)
	}
	for _, e := range a.Events {
		for _, p := range []*marsad.Participant{e.Source, e.Target, e.ReportedBy} {
			if p != nil {
				addActor(&p.ActorRef)
			}
		}
		for i := range e.Actors {
			addActor(&e.Actors[i].ActorRef)
		}
		addPlace(e.Location)
	}
	for _, q := range a.Quotes {
		if q.Speaker != nil {
			addActor(&q.Speaker.ActorRef)
		}
	}
	codes := make([]string, 0, len(actors))
	for c := range actors {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		r := actors[c]
		err := tx.Exec(ctx, s.D.rebind(`INSERT INTO actors (code, name, country, kind, wikidata) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (code) DO UPDATE SET
				name = CASE WHEN actors.name = '' THEN excluded.name ELSE actors.name END,
				country = CASE WHEN actors.country = '' THEN excluded.country ELSE actors.country END,
				kind = CASE WHEN actors.kind = '' THEN excluded.kind ELSE actors.kind END,
				wikidata = CASE WHEN actors.wikidata = '' THEN excluded.wikidata ELSE actors.wikidata END`),
			c, r.Name, r.Country, r.Kind, r.Wikidata)
		if err != nil {
			return fmt.Errorf("upsert actor %s: %w", c, err)
		}
	}
	keys := make([]string, 0, len(places))
	for k := range places {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	placePK := map[string]int64{}
	for _, k := range keys {
		p := places[k]
		err := tx.Exec(ctx, s.D.rebind(`INSERT INTO places (key, name, name_ar, country, admin1, lat, lon, wikidata, precision)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`),
			k, p.Name, p.NameAr, p.Country, p.Admin1, p.Lat, p.Lon, p.Wikidata, p.Precision)
		if err != nil {
			return fmt.Errorf("insert place %s: %w", k, err)
		}
		var id int64
		if err := tx.QueryRow(ctx, s.D.rebind(`SELECT pk FROM places WHERE key = ?`), k).Scan(&id); err != nil {
			return fmt.Errorf("look up place %s: %w", k, err)
		}
		placePK[k] = id
	}
	placeRef := func(p *marsad.Place) any {
		if p == nil {
			return nil
		}
		return placePK[placeKey(p)]
	}

	for i, sn := range a.Sentences {
		if err := tx.Exec(ctx, s.D.rebind(`INSERT INTO sentences (article_pk, idx, start, "end", tone) VALUES (?, ?, ?, ?, ?)`),
			pk, i, sn.Start, sn.End, floatPtr(sn.Tone)); err != nil {
			return fmt.Errorf("insert sentence %d: %w", i, err)
		}
	}
	for i, e := range a.Entities {
		actorJSON, err := jsonText(e.Actor)
		if err != nil {
			return err
		}
		placeJSON, err := jsonText(e.Place)
		if err != nil {
			return err
		}
		var code any
		var name, wikidata string
		if e.Actor != nil {
			if e.Actor.Code != "" {
				code = e.Actor.Code
			}
			name, wikidata = e.Actor.Name, e.Actor.Wikidata
		}
		if err := tx.Exec(ctx, s.D.rebind(`INSERT INTO entities (article_pk, idx, text, type, start, "end", origin,
			actor_code, actor_name, actor_wikidata, actor_json, place_pk, place_json)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			pk, i, e.Text, e.Type, e.Start, e.End, e.Origin, code, name, wikidata, actorJSON, placeRef(e.Place), placeJSON); err != nil {
			return fmt.Errorf("insert entity %d: %w", i, err)
		}
	}
	for i := range a.Events {
		e := &a.Events[i]
		place := placeRef(e.Location)
		if err := s.putEvent(ctx, tx, pk, i, a, place); err != nil {
			return fmt.Errorf("insert event %d: %w", i, err)
		}
		t.event(e, cmp.Or(e.Date, a.Date), place)
	}
	for i, q := range a.Quotes {
		speakerJSON, err := jsonText(q.Speaker)
		if err != nil {
			return err
		}
		code, name := "", ""
		if q.Speaker != nil {
			code, name = q.Speaker.Code, q.Speaker.Name
		}
		if err := tx.Exec(ctx, s.D.rebind(`INSERT INTO quotes
			(article_pk, idx, text, start, "end", verb, speaker_code, speaker_name, speaker_json, direct, sentence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			pk, i, q.Text, q.Start, q.End, q.Verb, code, name, speakerJSON, q.Direct, q.Sentence); err != nil {
			return fmt.Errorf("insert quote %d: %w", i, err)
		}
	}
	return nil
}

func floatPtr(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

func participantCols(p *marsad.Participant) (code, name, country, kind string) {
	if p == nil {
		return
	}
	return p.Code, p.Name, p.Country, p.Kind
}

func (s *Store) putEvent(ctx context.Context, tx Tx, articlePK int64, i int, a *marsad.Analysis, placePK any) error {
	e := &a.Events[i]
	var js [6]string
	for k, v := range []any{e.PloverContext, e.Source, e.Target, e.Actors, e.ReportedBy, e.Location} {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		js[k] = string(b)
	}
	c1, n1, k1, t1 := participantCols(e.Source)
	c2, n2, k2, t2 := participantCols(e.Target)
	var locName, locNameAr, locCountry, locAdmin1 string
	var lat, lon any
	if l := e.Location; l != nil {
		locName, locNameAr, locCountry, locAdmin1, lat, lon = l.Name, l.NameAr, l.Country, l.Admin1, l.Lat, l.Lon
	}
	day := e.Date
	if day == "" {
		day = a.Date
	}
	var eventPK int64
	err := tx.QueryRow(ctx, s.D.rebind(`INSERT INTO events (article_pk, article_id, article_date, outlet, idx,
		code, base, root, name, quad, goldstein, plover, plover_mode,
		actor1_code, actor1_name, actor1_country, actor1_type, actor2_code, actor2_name, actor2_country, actor2_type,
		place_pk, location_name, location_name_ar, location_country, location_admin1, lat, lon,
		modality, event_date, date_text, day, sentence, evidence_start, evidence_end,
		trigger_text, trigger_start, trigger_end, mentions, is_root, rule, confidence, tone)
		VALUES (?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?, ?,
		?, ?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk`),
		articlePK, a.ID, a.Date, a.Source, i,
		e.Code, e.Base, e.Root, e.Name, e.Quad, e.Goldstein, e.Plover, e.PloverMode,
		c1, n1, k1, t1, c2, n2, k2, t2,
		placePK, locName, locNameAr, locCountry, locAdmin1, lat, lon,
		e.Modality, e.Date, e.DateText, day, e.Sentence, e.Evidence.Start, e.Evidence.End,
		e.Trigger.Text, e.Trigger.Start, e.Trigger.End, e.Mentions, e.IsRoot, e.Rule, e.Confidence, e.Tone,
	).Scan(&eventPK)
	if err != nil {
		return err
	}
	err = tx.Exec(ctx, s.D.rebind(`INSERT INTO event_details (event_pk, plover_context_json, source_json, target_json,
		actors_json, reported_by_json, location_json) VALUES (?, ?, ?, ?, ?, ?, ?)`),
		eventPK, js[0], js[1], js[2], js[3], js[4], js[5])
	if err != nil {
		return fmt.Errorf("details: %w", err)
	}
	for k, m := range e.MentionSpans {
		sent := -1
		for si, sn := range a.Sentences {
			if sn.Start <= m.Start && m.Start < sn.End {
				sent = si
				break
			}
		}
		if err := tx.Exec(ctx, s.D.rebind(`INSERT INTO event_mentions (event_pk, article_pk, idx, sentence, start, "end")
			VALUES (?, ?, ?, ?, ?, ?)`), eventPK, articlePK, k, sent, m.Start, m.End); err != nil {
			return fmt.Errorf("mention %d: %w", k, err)
		}
	}
	return nil
}
