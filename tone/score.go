package tone

import (
	"math"
	"slices"
	"sync"

	"marsad"
	"marsad/arabic"
	"marsad/internal/wordhash"
)

// Hit is a word or phrase that scored: tokens[TokStart:TokEnd] of the slice given to Words.
type Hit struct {
	TokStart, TokEnd int
	// Score is the polarity after context: the lexicon score, combined with the word a rise/fall
	// word governs, times 1.5 when intensified, and flipped when negated (a negated positive
	// becomes as negative; a negated negative becomes half as positive).
	Score float64
	// Entry is the lexicon lemma; for a rise/fall word that governs another, both, joined by
	// "+" (ارتفاع+أسعار).
	Entry   string
	Negated bool
}

// Scoring constants; the README documents them.
const (
	// Window is how many words after a negator or a rise/fall word are looked at.
	Window = 3
	// IntensifyFactor multiplies the score of an intensified word.
	IntensifyFactor = 1.5
	// NegatedNegative is the factor a negated negative word's score is multiplied by (after the
	// sign flip): "لم يسفر عن إصابات" is good news, but weaker than a plainly positive word.
	NegatedNegative = 0.5
	// ConcessiveFactor is the weight of the first polar word after رغم / على الرغم من.
	ConcessiveFactor = 0.5
	// FullWeight is the score magnitude at which a word counts as one whole polar word in the
	// percentages; weaker words count for |score|/FullWeight of a word.
	FullWeight = 3.0
)

// span is a match while the sentence is being worked on; first and last are word positions.
type span struct {
	start, end  int // token range [start, end)
	first, last int // word positions, inclusive
	clause      int
	e           *entry
	kind        kind
	score       float64
	lemma       string
	negated     bool
	intensified bool
	dead        bool
}

type wpos struct {
	tok    int
	clause int
	reach  int       // content words before this one: distances for Window skip function words
	flags  uint8     // what the lexicon says about the word, in short (fFunction …)
	idx    int32     // the word's wordInfo in the table, or -1
	info   *wordInfo // the word's wordInfo, once fetched (infoAt); nil without fLexical or fPhraseWord
}

// infoAt returns the wordInfo of a word position, fetching it from the table (the caller holds
// the read lock) the first time; nil for a word without one.
func (l *Lexicon) infoAt(w *wpos) *wordInfo {
	if w.info == nil && w.idx >= 0 {
		w.info = l.table.infos[w.idx]
	}
	return w.info
}

type scratch struct {
	ws      []wpos
	spans   []span
	negs    []int
	concs   []int
	ints    []span
	misses  []miss // words analysed in this scan, for the table
	m       matcher
	keys    []string // the keys of the words of a scan
	hashes  []uint64 // and their hashes
	touched uint32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Score returns the GDELT-style tone of tokens (one sentence or a whole text):
//
//	WordCount = Arabic and Latin word tokens (not numbers, punctuation or symbols)
//	Positive  = 100 × Σ min(1, |s|/3) over hits with s > 0, / WordCount
//	Negative  = 100 × Σ min(1, |s|/3) over hits with s < 0, / WordCount
//	Tone      = Positive − Negative,  Polarity = Positive + Negative
//
// where s is a hit's score after context (see Hit). A hit of strength 3 counts as one polar word,
// of strength 2 as two thirds, so the figures are on GDELT's scale (percent of words) while strong
// words weigh more. An empty text has zero tone.
func (l *Lexicon) Score(tokens []arabic.Token) marsad.Tone {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	words := l.scan(sc, tokens)
	var pos, neg float64
	for i := range sc.spans {
		s := &sc.spans[i]
		if s.dead || s.kind != kPolar || s.score == 0 {
			continue
		}
		w := math.Min(1, math.Abs(s.score)/FullWeight)
		if s.score > 0 {
			pos += w
		} else {
			neg += w
		}
	}
	return Tally(pos, neg, words)
}

// Tally turns weighted counts of positive and negative words into a Tone over words words.
func Tally(pos, neg float64, words int) marsad.Tone {
	if words <= 0 {
		return marsad.Tone{}
	}
	p := 100 * pos / float64(words)
	n := 100 * neg / float64(words)
	return marsad.Tone{Tone: p - n, Positive: p, Negative: n, Polarity: p + n, WordCount: words}
}

// Words returns the hits in tokens, in text order: which tokens scored and why.
func (l *Lexicon) Words(tokens []arabic.Token) []Hit {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	l.scan(sc, tokens)
	var hits []Hit
	for i := range sc.spans {
		s := &sc.spans[i]
		if s.dead || s.kind != kPolar || s.score == 0 {
			continue
		}
		hits = append(hits, Hit{TokStart: s.start, TokEnd: s.end, Score: s.score, Entry: s.lemma, Negated: s.negated})
	}
	return hits
}

// WordCount counts the word tokens (Arabic and Latin) of tokens: the denominator of the tone.
func WordCount(tokens []arabic.Token) int {
	n := 0
	for i := range tokens {
		if k := tokens[i].Kind; k == arabic.Word || k == arabic.Latin {
			n++
		}
	}
	return n
}

// scan fills sc.spans with the final spans of tokens and returns the word count.
func (l *Lexicon) scan(sc *scratch, tokens []arabic.Token) int {
	sc.ws, sc.spans, sc.negs, sc.concs, sc.ints = sc.ws[:0], sc.spans[:0], sc.negs[:0], sc.concs[:0], sc.ints[:0]
	if l == nil {
		return WordCount(tokens)
	}
	clause, reach := 0, 0
	// One read lock for the whole scan; the words met for the first time are analysed here and
	// offered to the table at the end.
	l.table.mu.RLock()
	defer func() {
		l.table.mu.RUnlock()
		l.table.store(sc.misses)
		clear(sc.misses) // drop the references: the scratch goes back to a pool
		sc.misses = sc.misses[:0]
		clear(sc.keys)
	}()
	// First the keys and their hashes, then touch each word's slot: the loads are independent,
	// so the processor has many cache misses in flight at once instead of waiting for each in
	// turn in the loop below.
	sc.keys, sc.hashes = sc.keys[:0], sc.hashes[:0]
	for i := range tokens {
		if k := tokens[i].Kind; k == arabic.Word || k == arabic.Latin {
			key := keyOf(&tokens[i])
			sc.keys = append(sc.keys, key)
			sc.hashes = append(sc.hashes, wordhash.String(key))
		}
	}
	sc.touched = l.table.touchAll(sc.hashes) // keep the loads
	next := 0
	for i := range tokens {
		switch tokens[i].Kind {
		case arabic.Word, arabic.Latin:
			k, h := sc.keys[next], sc.hashes[next]
			next++
			w := wpos{tok: i, clause: clause, reach: reach}
			var ok bool
			if w.flags, w.idx, ok = l.table.get(h, k); !ok {
				w.flags, w.info = l.analyze(&sc.m, k)
				sc.misses = append(sc.misses, miss{h, k, w.flags, w.info})
			}
			sc.ws = append(sc.ws, w)
			if w.flags&fFunction == 0 {
				reach++
			}
		case arabic.Punct:
			if isBarrier(tokens[i].Text) {
				clause++
			}
		}
	}
	if len(sc.ws) == 0 {
		return 0
	}
	l.lexical(sc, tokens)
	resolveDirections(sc)
	intensify(sc)
	negate(sc)
	concede(sc)
	return len(sc.ws)
}

// distance is the number of content words from word position a to word position b > a, counting
// b: function words (في من عن أي …) in between do not use up the reach of a negator or a
// rise/fall word.
func (sc *scratch) distance(a, b int) int {
	return sc.ws[b].reach - sc.ws[a].reach
}

func keyOf(t *arabic.Token) string {
	if t.Norm != "" {
		return t.Norm
	}
	return arabic.Key(t.Text)
}

// lexical matches phrases (longest first) and words left to right, and notes the negators.
func (l *Lexicon) lexical(sc *scratch, tokens []arabic.Token) {
	ws := sc.ws
	for k := 0; k < len(ws); {
		if tokens[ws[k].tok].Kind != arabic.Word {
			k++
			continue
		}
		flags := ws[k].flags
		var info *wordInfo
		if flags&fLexical != 0 {
			info = l.infoAt(&ws[k])
		}
		// The phrases headed by the word's forms, form by form in priority order: at each form
		// the longest phrase that continues here, if longer than the one found so far. None
		// can when the next word cannot continue any phrase (phraseAt's first test).
		var phrase *entry
		var groups [][]*entry
		if info != nil && continues(sc, tokens, k) {
			groups = info.phrases
		}
		for _, group := range groups {
			for _, e := range group {
				if phrase != nil && len(e.words) <= len(phrase.words) {
					break
				}
				if l.phraseAt(sc, tokens, k, e) {
					phrase = e
					break
				}
			}
		}
		switch {
		case phrase != nil:
			n := len(phrase.words)
			sc.add(phrase, ws, k, k+n-1)
			k += n
		case flags&fNegator != 0 && !notNegation(sc, k):
			sc.negs = append(sc.negs, k)
			k++
		case flags&fConcessive != 0:
			sc.concs = append(sc.concs, k)
			k++
		case info != nil && info.single != nil:
			sc.add(info.single, ws, k, k)
			k++
		default:
			k++
		}
	}
}

// continues reports whether the word after position k may continue a phrase: phraseAt's tests
// of it that do not depend on the phrase.
func continues(sc *scratch, tokens []arabic.Token, k int) bool {
	ws := sc.ws
	p := k + 1
	return p < len(ws) && ws[p].clause == ws[k].clause && ws[p].tok == ws[k].tok+1 &&
		tokens[ws[p].tok].Kind == arabic.Word && ws[p].flags&fPhraseWord != 0
}

// phraseAt reports whether the words after position k continue phrase e: each word inside the
// phrase is the phrase word (or the phrase word without its article) with at most proclitics
// added, the last word may also carry endings (see formSet).
func (l *Lexicon) phraseAt(sc *scratch, tokens []arabic.Token, k int, e *entry) bool {
	ws := sc.ws
	for j := 1; j < len(e.words); j++ {
		p := k + j
		if p >= len(ws) || ws[p].clause != ws[k].clause || ws[p].tok != ws[p-1].tok+1 {
			return false
		}
		if tokens[ws[p].tok].Kind != arabic.Word || ws[p].flags&fPhraseWord == 0 {
			return false // no form of the word is a word of a phrase
		}
		fs := &l.infoAt(&ws[p]).forms
		ids := fs.prefix
		if j == len(e.words)-1 {
			ids = fs.all
		}
		pw := e.next[j-1]
		if !slices.Contains(ids, pw.word) && !(pw.bare >= 0 && slices.Contains(ids, pw.bare)) {
			return false
		}
	}
	return true
}

func (sc *scratch) add(e *entry, ws []wpos, first, last int) {
	s := span{
		start: ws[first].tok, end: ws[last].tok + 1, first: first, last: last,
		clause: ws[first].clause, e: e, kind: e.kind, score: float64(e.Score), lemma: e.Lemma,
	}
	if e.kind == kIntens {
		sc.ints = append(sc.ints, s)
		return
	}
	sc.spans = append(sc.spans, s)
}

// resolveDirections gives each rise/fall word the polarity of the polar word or quantity it
// governs (the first one within Window words in the same clause), right to left so that chains
// like "وقف تصاعد العنف" resolve from the inside out. Without one it keeps its default score.
func resolveDirections(sc *scratch) {
	spans := sc.spans
	for i := len(spans) - 1; i >= 0; i-- {
		s := &spans[i]
		if s.dead || s.kind != kUp && s.kind != kDown {
			continue
		}
		def := float64(s.e.Score)
		s.score, s.kind = def, kPolar
		for j := i + 1; j < len(spans); j++ {
			t := &spans[j]
			if t.dead {
				continue
			}
			if sc.distance(s.last, t.first) > Window || t.clause != s.clause {
				break
			}
			if t.kind == kPolar || t.kind == kCtx {
				sign := 1.0
				if t.score < 0 {
					sign = -1
				}
				if s.e.kind == kDown {
					sign = -sign
				}
				// A word that is strongly polar by itself (انهيار, فشل: |default| ≥ 2) turns the
				// other way only for the word right after it (فشل الهجوم): farther off, the
				// polar word is more often the cause than the thing governed (انهيار حاد وسط
				// مخاوف). Mild direction words (تراجع, ارتفاع) reach the whole window.
				if math.Abs(def) >= 2 && sign*def < 0 && t.first != s.last+1 {
					break
				}
				// A rise word that agrees with the polar word after it (دعم السلام, نمو
				// وازدهار) changes nothing: both count, each on its own.
				if t.kind == kPolar && def*t.score > 0 && sign*t.score > 0 {
					s.score = def
					break
				}
				s.score = sign * math.Max(math.Abs(def), math.Abs(t.score))
				s.end, s.last = t.end, t.last
				s.lemma = s.lemma + "+" + t.lemma
				t.dead = true
			}
			break
		}
		if s.score == 0 {
			s.dead = true
		}
	}
	for i := range spans {
		if spans[i].kind == kCtx || spans[i].kind == kNeutral {
			spans[i].dead = true
		}
	}
}

// intensify strengthens the polar word right before an intensifier (إدانة شديدة, at most one
// word between) or, failing that, right after it (بالغ الخطورة).
func intensify(sc *scratch) {
	spans := sc.spans
	for _, in := range sc.ints {
		best := -1
		for i := range spans {
			s := &spans[i]
			if s.dead || s.kind != kPolar || s.clause != in.clause || s.intensified {
				continue
			}
			if s.last < in.first && s.last >= in.first-2 {
				best = i // keep the closest one before
			}
			if s.first > in.last {
				if best < 0 && s.first <= in.last+2 {
					best = i
				}
				break
			}
		}
		if best >= 0 {
			spans[best].score *= IntensifyFactor
			spans[best].intensified = true
		}
	}
}

// negate flips the first polar word within Window words after each negator.
func negate(sc *scratch) {
	spans := sc.spans
	for _, p := range sc.negs {
		clause := sc.ws[p].clause
		for i := range spans {
			s := &spans[i]
			if s.dead || s.kind != kPolar || s.first <= p {
				continue
			}
			if sc.distance(p, s.first) > Window || s.clause != clause {
				break
			}
			if s.negated {
				continue
			}
			s.negated = true
			if s.score > 0 {
				s.score = -s.score
			} else {
				s.score = -s.score * NegatedNegative
			}
			break
		}
	}
}

// concede halves the first polar word within Window after a concessive (رغم).
func concede(sc *scratch) {
	spans := sc.spans
	for _, p := range sc.concs {
		for i := range spans {
			s := &spans[i]
			if s.dead || s.kind != kPolar || s.first <= p {
				continue
			}
			if sc.distance(p, s.first) <= Window && s.clause == sc.ws[p].clause {
				s.score *= ConcessiveFactor
			}
			break
		}
	}
}
