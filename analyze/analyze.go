// Package analyze is Marsad's facade: Analyze turns an article into an Analysis by running the
// pipeline stages in order. It is the one place that knows that order:
//
//	arabic    sentences and tokens (code-point offsets into the text)
//	actor     actor mentions resolved on the article date, with coreference
//	ner       named entities the knowledge base does not know
//	geo       place mentions, resolved with the whole article as context
//	event     CAMEO events with participants, place, modality and date
//	quote     quotations and reported speech with their speakers
//	tone      sentence and document tone
package analyze

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"marsad"
	"marsad/actor"
	"marsad/arabic"
	"marsad/doc"
	"marsad/event"
	"marsad/geo"
	"marsad/ner"
	"marsad/quote"
	"marsad/tone"
)

// MaxTextBytes is the largest text Analyze accepts in one piece; callers split longer inputs.
const MaxTextBytes = 4 << 20

// ErrTooLarge is returned for texts longer than MaxTextBytes.
var ErrTooLarge = errors.New("text too large to analyse in one piece")

// ErrNotText is returned for texts that are not valid UTF-8.
var ErrNotText = errors.New("text is not valid UTF-8")

// Options tune an Analyzer.
type Options struct {
	NoNER  bool // skip the statistical tagger (lexicon mentions only)
	Tokens bool // include tokens in the Analysis
	Trace  bool // record the event coder's decisions (see Analyzer.Explain)
	// SourceCountry is the ISO3 code of the outlets' country, a weak prior for the geocoder.
	SourceCountry string
}

// Analyzer runs the pipeline. It is safe for concurrent use.
type Analyzer struct {
	kb    *actor.KB
	gaz   *geo.Gazetteer
	tag   *ner.Tagger
	coder *event.Coder
	tone  *tone.Lexicon
	opt   Options
}

// New builds an Analyzer over the embedded data and models.
func New(opt Options) (*Analyzer, error) {
	a := &Analyzer{opt: opt}
	a.kb = actor.Default()
	a.gaz = geo.Default()
	var err error
	if a.coder, err = event.Default(); err != nil {
		return nil, fmt.Errorf("analyze: %w", err)
	}
	if !opt.NoNER {
		if a.tag, err = ner.Default(); err != nil {
			return nil, fmt.Errorf("analyze: %w", err)
		}
	}
	a.tone = tone.Default()
	// names the knowledge base knows must never be cut by the clitic segmenter
	return a, nil
}

// Analyze analyses one article. The text is analysed as given; if the article has a title that
// the text does not start with, the title is put first (separated by a blank line) so that the
// headline is analysed too — offsets are into Analysis.Text.
func (a *Analyzer) Analyze(ctx context.Context, art marsad.Article) (*marsad.Analysis, error) {
	res, _, err := a.analyze(ctx, art)
	return res, err
}

// Explain analyses an article and returns the event coder's trace as well.
func (a *Analyzer) Explain(ctx context.Context, art marsad.Article) (*marsad.Analysis, []event.Trace, error) {
	return a.analyze(ctx, art)
}

// ErrInternal is wrapped by the error Analyze returns when a stage failed on an article with a
// run-time fault (a bug): that article is lost, not the process nor the other articles.
var ErrInternal = errors.New("internal error")

// faultHook, when set (by tests), runs at the start of every analysis.
var faultHook func(marsad.Article)

// analyze runs the pipeline on one article; a run-time fault in any stage is logged with its
// stack and returned as an error wrapping ErrInternal.
func (a *Analyzer) analyze(ctx context.Context, art marsad.Article) (res *marsad.Analysis, trace []event.Trace, err error) {
	defer func() {
		if r := recover(); r != nil {
			slog.Error("analyze: internal error", "id", art.ID, "fault", r, "stack", string(debug.Stack()))
			res, trace, err = nil, nil, fmt.Errorf("analyze %q: %w: %v", art.ID, ErrInternal, r)
		}
	}()
	if faultHook != nil {
		faultHook(art)
	}
	return a.analyzeArticle(ctx, art)
}

func (a *Analyzer) analyzeArticle(ctx context.Context, art marsad.Article) (*marsad.Analysis, []event.Trace, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	text := art.Text
	if t := strings.TrimSpace(art.Title); t != "" && !strings.HasPrefix(strings.TrimSpace(text), t) {
		text = t + "\n\n" + text
	}
	if len(text) > MaxTextBytes {
		return nil, nil, fmt.Errorf("analyze %s: %w (%d bytes > %d)", art.ID, ErrTooLarge, len(text), MaxTextBytes)
	}
	if !utf8.ValidString(text) {
		return nil, nil, fmt.Errorf("analyze %s: %w", art.ID, ErrNotText)
	}
	date, err := marsad.ParseDate(art.Date)
	if err != nil {
		return nil, nil, fmt.Errorf("analyze %s: %w", art.ID, err)
	}
	out := &marsad.Analysis{
		ID: art.ID, Date: art.Date, Title: art.Title, URL: art.URL, Source: art.Source,
		Hash: marsad.ContentHash(text), Text: text,
		Sentences: []marsad.Sentence{}, Entities: []marsad.Entity{}, Events: []marsad.Event{}, Quotes: []marsad.Quote{},
	}
	d := &doc.Doc{Text: text, Date: date}
	// offsets are in code points; byteAt maps them to bytes of text, so that sentences and
	// mentions are substrings, not copies
	// (in a buffer reused across articles: nothing that Analyze returns refers to it)
	bp := byteAts.Get().(*[]int32)
	defer func() { byteAts.Put(bp) }()
	byteAt := (*bp)[:0]
	for b := range text {
		byteAt = append(byteAt, int32(b))
	}
	byteAt = append(byteAt, int32(len(text)))
	*bp = byteAt
	d.ByteAt = byteAt
	slice := func(start, end int) string { return text[byteAt[start]:byteAt[end]] }
	spans := arabic.Sentences(text)
	// the tokens of all sentences in one buffer reused across articles: nothing that Analyze
	// returns holds them (the Analysis has copies, marsad.Token, and substrings of text)
	tp := tokenBufs.Get().(*[]arabic.Token)
	defer func() {
		clear(*tp) // drop the references to text before the buffer goes back to the pool
		tokenBufs.Put(tp)
	}()
	buf := (*tp)[:0]
	toks := make([][]arabic.Token, len(spans))
	for i, sp := range spans {
		start := len(buf)
		buf = arabic.AppendTokens(buf, slice(sp.Start, sp.End), sp.Start)
		*tp = buf
		toks[i] = buf[start:len(buf):len(buf)] // a sentence's tokens cannot grow into the next's
	}
	d.Headline = isHeadline(text, byteAt, spans)

	// actors
	ad := a.kb.NewDoc(date)
	d.Sentences = make([]doc.Sentence, len(spans))
	for i, sp := range spans {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
		}
		s := &d.Sentences[i]
		s.Index, s.Span, s.Tokens = i, marsad.Span{Start: sp.Start, End: sp.End}, toks[i]
		if ms := ad.Sentence(slice(sp.Start, sp.End), toks[i]); len(ms) > 0 {
			s.Mentions = make([]doc.Mention, len(ms))
			for k, m := range ms {
				s.Mentions[k] = fromActor(m)
			}
		}
	}
	// entities the tagger finds and the knowledge base does not know
	// (tagged as a whole article: a name recognised once helps recognise it elsewhere)
	if a.tag != nil {
		sents := make([][]arabic.Token, len(d.Sentences))
		for i := range d.Sentences {
			sents[i] = d.Sentences[i].Tokens
		}
		labels := a.tag.TagDocumentTokens(sents)
		for i := range d.Sentences {
			s := &d.Sentences[i]
			for _, e := range joinNames(s.Tokens, ner.EntitiesOf(labels[i])) {
				if overlapsMention(s.Mentions, e.TokStart, e.TokEnd) || epithetAfter(s, e.TokStart, e.TokEnd) {
					continue
				}
				m := doc.Mention{TokStart: e.TokStart, TokEnd: e.TokEnd, Kind: doc.KindEntity, Type: e.Type, Confidence: 0.5}
				m.Start, m.End = s.Tokens[e.TokStart].Start, s.Tokens[e.TokEnd-1].End
				m.Text = slice(m.Start, m.End)
				s.Mentions = append(s.Mentions, m)
			}
			sort.SliceStable(s.Mentions, func(x, y int) bool { return s.Mentions[x].TokStart < s.Mentions[y].TokStart })
		}
	}
	shortBodies(d)
	rolePersons(d)
	// places
	places := a.gaz.Resolve(toks, geo.Options{SourceCountry: a.opt.SourceCountry})
	for i := range d.Sentences {
		if i < len(places) {
			d.Sentences[i].Places = withoutNamed(toDocPlaces(places[i], toks[i]), d.Sentences[i].Mentions)
		}
	}
	// events and quotes
	res := a.coder.Code(d, event.Options{Trace: a.opt.Trace})
	if len(res.Events) > 0 {
		out.Events = res.Events // the coder's, not a copy
	}
	if qs := quote.Find(d, res.Speeches); len(qs) > 0 {
		out.Quotes = qs
	}
	// tone: each sentence's, and the article's summed from them (negation and phrases do not
	// cross sentences)
	var pos, neg float64
	words := 0
	out.Sentences = make([]marsad.Sentence, 0, len(d.Sentences))
	tones := make([]float64, len(d.Sentences)) // what the sentences' Tone point to
	for i := range d.Sentences {
		s := &d.Sentences[i]
		t := a.tone.Score(s.Tokens)
		tones[i] = t.Tone
		out.Sentences = append(out.Sentences, marsad.Sentence{Span: s.Span, Tone: &tones[i]})
		pos += t.Positive * float64(t.WordCount) / 100
		neg += t.Negative * float64(t.WordCount) / 100
		words += t.WordCount
		if a.opt.Tokens {
			for _, tk := range s.Tokens {
				out.Tokens = append(out.Tokens, marsad.Token{Text: tk.Text, Span: marsad.Span{Start: tk.Start, End: tk.End}, Norm: tk.Norm, Kind: tk.Kind.String()})
			}
		}
	}
	dt := tone.Tally(pos, neg, words)
	out.Tone = &dt
	for i := range out.Events {
		e := &out.Events[i]
		if e.Sentence < len(out.Sentences) && out.Sentences[e.Sentence].Tone != nil {
			e.Tone = *out.Sentences[e.Sentence].Tone
		}
	}
	out.Entities = entities(d)
	if len(text) > 0 && len(spans) == 0 {
		out.Warnings = append(out.Warnings, "no sentences found")
	}
	slog.Debug("analyzed", "id", art.ID, "sentences", len(spans), "events", len(out.Events), "quotes", len(out.Quotes))
	return out, res.Trace, nil
}

// tokenBufs holds the token buffers of analyze.
var tokenBufs = sync.Pool{New: func() any { s := make([]arabic.Token, 0, 1024); return &s }}

// byteAts holds the code-point → byte offset buffers of analyze.
var byteAts = sync.Pool{New: func() any { return new([]int32) }}

// isHeadline reports a first sentence that is a title line: followed by a line break and not
// ending in sentence punctuation.
// joinNames joins a kunya to the name the tagger splits from it with nothing between them
// ("أبو الحسن" "محمود علي" is one man, أبو الحسن محمود علي).
func joinNames(toks []arabic.Token, es []ner.Span) []ner.Span {
	out := es[:0]
	for _, e := range es {
		if n := len(out); n > 0 && e.Type == "PER" && out[n-1].Type == "PER" && out[n-1].TokEnd == e.TokStart &&
			out[n-1].TokEnd-out[n-1].TokStart == 2 && kunya[arabic.Key(toks[out[n-1].TokStart].Text)] {
			out[n-1].TokEnd = e.TokEnd
			continue
		}
		out = append(out, e)
	}
	return out
}

// kunya are the first words of a kunya (أبو الحسن، أم كلثوم), as keys.
var kunya = map[string]bool{arabic.Key("أبو"): true, arabic.Key("أبي"): true, arabic.Key("أبا"): true, arabic.Key("أم"): true}

func isHeadline(text string, byteAt []int32, spans []arabic.Span) bool {
	if len(spans) < 2 {
		return false
	}
	first := spans[0]
	if first.End >= len(byteAt)-1 || text[byteAt[first.End]] != '\n' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[:byteAt[first.End]])
	switch last {
	case '.', '!', '?', '؟':
		return false
	}
	return true
}

func overlapsMention(ms []doc.Mention, a, b int) bool {
	for _, m := range ms {
		if m.TokStart < b && a < m.TokEnd {
			return true
		}
	}
	return false
}

// officeAside returns the office set off by commas right after mention k ("X، رئيس البرلمان
// العربي،"), or nil: a role, or a body named by its head's title.
func officeAside(s *doc.Sentence, k int) *doc.Mention {
	m := &s.Mentions[k]
	if k+1 >= len(s.Mentions) || m.TokEnd >= len(s.Tokens) || !isComma(s.Tokens[m.TokEnd].Text) {
		return nil
	}
	r := &s.Mentions[k+1]
	if r.TokStart != m.TokEnd+1 || r.Code == "" || len(r.Group) > 0 {
		return nil
	}
	if r.TokEnd < len(s.Tokens) && !isComma(s.Tokens[r.TokEnd].Text) && s.Tokens[r.TokEnd].Kind != arabic.Punct {
		return nil // (closed by a comma or the sentence's end)
	}
	if r.Kind == doc.KindRole {
		return r
	}
	if w := strings.Fields(r.Text); len(w) > 1 && officeWords[w[0]] {
		return r
	}
	return nil
}

func isComma(t string) bool { return t == "،" || t == "," }

// officeWords open a body's name that is its head's title ("رئيس البرلمان العربي").
var officeWords = map[string]bool{"رئيس": true, "رئيسة": true, "الأمين": true, "أمين": true}

// epithetAfter reports one definite nisba adjective ("الكردية", "الشيعية") right after an actor
// the knowledge base knows: it describes that actor ("قوات البيشمركة الكردية") and is no entity
// of its own.
func epithetAfter(s *doc.Sentence, ts, te int) bool {
	if te-ts != 1 || ts == 0 {
		return false
	}
	w := s.Tokens[ts].Text
	if !strings.HasPrefix(w, "ال") || !(strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "ية") || strings.HasSuffix(w, "يون") || strings.HasSuffix(w, "يين")) {
		return false
	}
	for _, m := range s.Mentions {
		if m.TokEnd == ts && m.Code != "" {
			return true
		}
	}
	return false
}

// withoutNamed drops the places read inside a person's name: "باراك أوباما" is no "ب" and the
// town of Arak, "عبد الله" no place at all.
func withoutNamed(ps []doc.Place, ms []doc.Mention) []doc.Place {
	out := ps[:0]
	for _, p := range ps {
		named := false
		for _, m := range ms {
			if m.Type == "PER" && (m.Kind == doc.KindName || m.Kind == doc.KindShort || m.Kind == doc.KindEntity) &&
				m.TokStart < p.TokEnd && p.TokStart < m.TokEnd {
				named = true
				break
			}
		}
		if !named {
			out = append(out, p)
		}
	}
	return out
}

// shortBodies gives a body only the tagger found, of two words or more, the actor of a body
// named before it in the article whose name begins with those words: "اللجنة الدولية" after
// "اللجنة الدولية للصليب الأحمر" is the Red Cross, as the knowledge base would say were it not
// too short a name to list.
func shortBodies(d *doc.Doc) {
	type named struct {
		toks []arabic.Token // the full name's tokens
		m    doc.Mention
	}
	var bodies []named
	for i := range d.Sentences {
		s := &d.Sentences[i]
		for k := range s.Mentions {
			m := &s.Mentions[k]
			if m.TokEnd > len(s.Tokens) {
				continue
			}
			// (not when a nationality follows: "بنك الاحتياطي الأسترالي" after the Federal
			// Reserve's "بنك الاحتياطي الفيدرالي" is another bank)
			if m.Kind == doc.KindEntity && m.Type == "ORG" && m.Code == "" && m.TokEnd-m.TokStart >= 2 &&
				!(m.TokEnd < len(s.Tokens) && nationalityWord(s.Tokens[m.TokEnd].Norm)) {
				n := m.TokEnd - m.TokStart
				for b := len(bodies) - 1; b >= 0; b-- {
					// (nor when the full name goes on with a nationality: "البنك المركزي" is not
					// the "البنك المركزي الأمريكي" of an earlier paragraph)
					w := bodies[b].toks
					if len(w) <= n || nationalityWord(w[n].Norm) {
						continue
					}
					same := true
					for j := 0; j < n; j++ {
						if s.Tokens[m.TokStart+j].Norm != w[j].Norm {
							same = false
							break
						}
					}
					if same {
						o := bodies[b].m
						m.Code, m.Country, m.Sector, m.ID, m.Name, m.Wikidata = o.Code, o.Country, o.Sector, o.ID, o.Name, o.Wikidata
						m.ActorRef.Kind = o.ActorRef.Kind
						m.Kind = o.Kind
						break
					}
				}
				continue
			}
			if (m.Kind == doc.KindName || m.Kind == doc.KindOrg) && m.ID != "" && m.Type == "ORG" && len(m.Group) == 0 {
				bodies = append(bodies, named{s.Tokens[m.TokStart:m.TokEnd], *m})
			}
		}
	}
}

// nationalityWord reports a definite nisba adjective key ("الأمريكي", "الاسترالية").
func nationalityWord(k string) bool { return strings.HasPrefix(k, "ال") && nisba(k) }

// listedNationality reports a definite nationality word at token i that qualifies no noun before
// it: it opens the sentence or follows a comma, or it is joined to what precedes by و ("…،
// التونسي خالد النوري والليبي عماد الطرابلسي"). ("وزيرة التربية الجزائرية نورية بن غبريط" is
// the minister's nationality, not the name's.)
func listedNationality(s *doc.Sentence, i int) bool {
	k := s.Tokens[i].Norm
	if r, ok := strings.CutPrefix(k, "و"); ok && nationalityWord(r) {
		return true
	}
	return nationalityWord(k) && (i == 0 || isComma(s.Tokens[i-1].Text))
}

// fromActor converts an actor-package mention to the coder's mention.
// rolePersons joins a person only the tagger found to the office named right before him ("قال
// الناطق باسم الحكومة الأردنية أمجد العضايلة": the spokesman's code, Jordan's government), and
// gives the same actor to his family name told alone later in the article ("ونفى العضايلة").
// The knowledge base does this itself for names that start with a given name it lists.
func rolePersons(d *doc.Doc) {
	var names map[string]doc.Mention // family-name key → the office holder
	// the first word of a three-word name with no Arabic name particles, whose family name comes
	// first ("الرئيس الكوري الجنوبي مون جاي إن" … "فيما أكد مون"); a word two holders share is
	// nobody's
	var first map[string]*doc.Mention
	for i := range d.Sentences {
		s := &d.Sentences[i]
		var drop []int
		for k := range s.Mentions {
			m := &s.Mentions[k]
			// "والليبي عماد الطرابلسي": the nationality told before a person the knowledge base
			// knows, of his own country, is part of his mention
			if k > 0 && m.Type == "PER" && m.Code != "" && len(m.Group) == 0 {
				if r := &s.Mentions[k-1]; r.Kind == doc.KindDemonym && r.Code != "" && len(r.Group) == 0 && r.TokEnd == m.TokStart &&
					r.TokEnd-r.TokStart == 1 && r.Country == m.Country && listedNationality(s, r.TokStart) {
					m.TokStart, m.Start = r.TokStart, r.Start
					m.Text = d.Slice(m.Start, m.End)
					drop = append(drop, k-1)
				}
			}
			// (an office holder the knowledge base named with his unknown name, or a person it
			// knows: "المتحدث باسم الجماعة محمد عبد السلام" … "ونفى عبد السلام")
			if (m.Kind == doc.KindRole && m.TokEnd-m.TokStart >= 3 || m.Kind == doc.KindName && m.Type == "PER" && m.TokEnd-m.TokStart >= 2) &&
				m.Code != "" && len(m.Group) == 0 && m.TokEnd <= len(s.Tokens) {
				if last := s.Tokens[m.TokEnd-1].Norm; !nisba(last) {
					if names == nil {
						names = map[string]doc.Mention{}
					}
					if _, ok := names[last]; !ok {
						names[last] = *m
					}
					if w, ok := familyFirst(s, m); ok {
						if first == nil {
							first = map[string]*doc.Mention{}
						}
						holder := *m
						if o, seen := first[w]; seen && (o == nil || o.Code != holder.Code) {
							first[w] = nil
						} else {
							first[w] = &holder
						}
					}
				}
				continue
			}
			if m.Kind != doc.KindEntity || m.Type != "PER" || m.Code != "" || m.TokEnd <= m.TokStart || m.TokEnd > len(s.Tokens) {
				continue
			}
			last := s.Tokens[m.TokEnd-1].Norm
			if k > 0 {
				if r := &s.Mentions[k-1]; r.Kind == doc.KindRole && r.Code != "" && len(r.Group) == 0 && r.TokEnd == m.TokStart {
					// the office and the name are one mention
					r.TokEnd, r.End = m.TokEnd, m.End
					r.Text = d.Slice(r.Start, r.End)
					drop = append(drop, k)
					if names == nil {
						names = map[string]doc.Mention{}
					}
					names[last] = *r
					continue
				}
			}
			// "وزيرا الداخلية، التونسي خالد النوري والليبي عماد الطرابلسي": a person named
			// right after a nationality adjective is of that country
			if k > 0 {
				if r := &s.Mentions[k-1]; r.Kind == doc.KindDemonym && r.Code != "" && len(r.Group) == 0 && r.TokEnd == m.TokStart &&
					r.TokEnd-r.TokStart == 1 && listedNationality(s, r.TokStart) {
					r.TokEnd, r.End = m.TokEnd, m.End
					r.Text = d.Slice(r.Start, r.End)
					r.Kind, r.Type = doc.KindName, marsad.PER
					r.ActorRef.Kind = "person"
					drop = append(drop, k)
					if names == nil {
						names = map[string]doc.Mention{}
					}
					names[last] = *r
					continue
				}
			}
			// "أشاد أحمد بن محمد الجروان، رئيس البرلمان العربي، بأداء …": an office set off by
			// commas right after the name is his
			if r := officeAside(s, k); r != nil {
				m.Code, m.Country, m.Sector, m.Office, m.Role = r.Code, r.Country, r.Sector, r.Office, r.Role
				m.ActorRef.Kind = "person"
				m.Kind = doc.KindShort
				if names == nil {
					names = map[string]doc.Mention{}
				}
				names[last] = *m
				continue
			}
			r, ok := names[last]
			if !ok && m.TokEnd-m.TokStart == 1 && first[last] != nil {
				r, ok = *first[last], true
			}
			if ok && m.TokEnd-m.TokStart <= 2 {
				m.Code, m.Country, m.Sector, m.Office, m.Role, m.ID, m.Name = r.Code, r.Country, r.Sector, r.Office, r.Role, r.ID, r.Name
				m.ActorRef.Kind = r.ActorRef.Kind
				m.Kind = doc.KindShort
				// "وأوضح آل جابر" after "السفير محمد آل جابر": the family word the tagger left
				// out is the name's
				if j := m.TokStart - 1; j >= 0 && familyWord(s.Tokens[j].Norm) && (k == 0 || s.Mentions[k-1].TokEnd <= j) {
					m.TokStart, m.Start = j, s.Tokens[j].Start
					m.Text = d.Slice(m.Start, m.End)
				}
			}
		}
		for j := len(drop) - 1; j >= 0; j-- {
			s.Mentions = slices.Delete(s.Mentions, drop[j], drop[j]+1)
		}
	}
}

// familyFirst returns the first word of the name that ends office mention m when the name is
// three words after the office's last definite or nationality word, none an Arabic name
// particle (بن، عبد، أبو، آل …): an East Asian name, family name first ("مون جاي إن", "كيم جونغ
// أون").
func familyFirst(s *doc.Sentence, m *doc.Mention) (string, bool) {
	ns := m.TokEnd - 3
	if ns <= m.TokStart {
		return "", false
	}
	if w := s.Tokens[ns-1].Norm; !strings.HasPrefix(w, "ال") && !nisba(w) {
		return "", false
	}
	for j := ns; j < m.TokEnd; j++ {
		w := s.Tokens[j].Norm
		if strings.HasPrefix(w, "ال") || nameParticles[w] {
			return "", false
		}
	}
	w := s.Tokens[ns].Norm
	return w, utf8.RuneCountInString(w) >= 2
}

// nameParticles are the words of Arabic names that are no family name standing first, as
// normalised.
var nameParticles = map[string]bool{"بن": true, "ابن": true, "بنت": true, "عبد": true, "ابو": true, "أبو": true, "آل": true, "ال": true, "ولد": true}

// familyWord reports "آل" (the family of), as normalised.
func familyWord(norm string) bool { return norm == "آل" || norm == "ال" }

// nisba reports a word key that looks like a nationality adjective ("الأردني", "المصرية"), the
// last word of many office phrases, not a name.
func nisba(k string) bool {
	return strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه") || strings.HasSuffix(k, "ية")
}

func fromActor(m actor.Mention) doc.Mention {
	dm := doc.Mention{TokStart: m.TokStart, TokEnd: m.TokEnd, Sector: m.Sector, Office: m.Office, Confidence: m.Confidence}
	dm.Text, dm.Span = m.Text, marsad.Span{Start: m.Start, End: m.End}
	dm.Code, dm.Country = m.Code, m.Country
	dm.Kind = kindOf(m)
	if m.Actor != nil {
		dm.ID, dm.Name, dm.Wikidata = m.Actor.ID, m.Actor.En, m.Actor.Wikidata
		dm.ActorRef.Kind = string(m.Actor.Kind)
	}
	dm.Role = m.Office
	dm.Type = entityType(m)
	for _, g := range m.Group {
		dm.Group = append(dm.Group, fromActor(g))
	}
	return dm
}

func kindOf(m actor.Mention) string {
	switch m.Type {
	case actor.Name:
		return doc.KindName
	case actor.ShortName:
		return doc.KindShort
	case actor.Country:
		return doc.KindCountry
	case actor.Demonym:
		return doc.KindDemonym
	case actor.Capital:
		return doc.KindCapital
	case actor.Org:
		return doc.KindOrg
	case actor.RoleType:
		return doc.KindRole
	case actor.Sector:
		return doc.KindSector
	case actor.Coref:
		return doc.KindCoref
	}
	if len(m.Group) > 0 {
		return doc.KindGroup
	}
	return doc.KindUnknown
}

func entityType(m actor.Mention) string {
	if m.Actor != nil {
		switch m.Actor.Kind {
		case actor.Person:
			return marsad.PER
		case actor.CountryKind:
			return marsad.LOC
		default:
			return marsad.ORG
		}
	}
	switch m.Type {
	case actor.Country, actor.Capital:
		return marsad.LOC
	case actor.Org:
		return marsad.ORG
	}
	return ""
}

// toDocPlaces maps resolved places (code-point spans) to token ranges.
func toDocPlaces(ps []marsad.Place, toks []arabic.Token) []doc.Place {
	var out []doc.Place
	if len(ps) > 0 {
		out = make([]doc.Place, 0, len(ps))
	}
	for _, p := range ps {
		ts, te := -1, -1
		for i, t := range toks {
			if t.End > p.Start && ts < 0 {
				ts = i
			}
			if t.Start < p.End {
				te = i + 1
			}
		}
		if ts < 0 || te <= ts {
			continue
		}
		out = append(out, doc.Place{TokStart: ts, TokEnd: te, Place: p})
	}
	return out
}

// entities lists the named entities: actor mentions with their actors, places, and what the
// tagger found alone.
func entities(d *doc.Doc) []marsad.Entity {
	n := 0
	for i := range d.Sentences {
		n += len(d.Sentences[i].Mentions) + len(d.Sentences[i].Places)
	}
	out := make([]marsad.Entity, 0, n) // room for them all: one allocation
	for _, s := range d.Sentences {
		for _, m := range s.Mentions {
			if m.Kind == doc.KindDemonym || m.Kind == doc.KindSector || m.Kind == doc.KindCoref || m.Kind == doc.KindGroup || m.Kind == doc.KindRole && m.ID == "" {
				continue
			}
			typ := m.Type
			if typ == "" {
				continue
			}
			e := marsad.Entity{Text: m.Text, Type: typ, Span: m.Span, Origin: "lexicon"}
			if m.Kind == doc.KindEntity {
				e.Origin = "model"
			}
			if m.Code != "" {
				ref := m.ActorRef
				e.Actor = &ref
			}
			out = append(out, e)
		}
		for _, p := range s.Places {
			if coveredBy(out, p.Span) {
				continue
			}
			pl := p.Place
			out = append(out, marsad.Entity{Text: p.Text, Type: marsad.LOC, Span: p.Span, Place: &pl, Origin: "gazetteer"})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func coveredBy(es []marsad.Entity, sp marsad.Span) bool {
	for i := range es {
		if es[i].Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

var _ = time.Time{}
