package event

import (
	_ "embed"
	"fmt"
	"maps"
	"math/bits"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"marsad/arabic"
	"marsad/internal/wordhash"
)

// entry is a dictionary form of a trigger pattern.
type entry struct {
	p       *Pattern
	ps      *patSets // the compiled word sets of p
	pos     pos
	rest    []string // keys of the words that must follow the head
	passive bool
	pron    pron // the form has its subject as a pronoun (dual, plural, first or second person)
	// what check asks of p and ps, copied here: a token's trigger readings are read together
	// (wordInfo.cands), and a constraint the pattern does not have costs no look at it
	code   string
	window int // p.Window, or the default 4
	has    constraints
}

// constraints are the context constraints of an entry's pattern (see Coder.check).
type constraints uint16

const (
	hasNext       constraints = 1 << iota // ps.next is not empty
	hasObject                             // ps.object is not empty
	hasBefore                             // ps.before is not empty
	hasNot                                // ps.not is not empty
	hasFuture                             // p.Future
	hasClause                             // p.Clause
	hasParticiple                         // p.Participle
	hasFrame                              // p.Frame != ""
	hasNear                               // ps.near is not empty
	hasNotNear                            // ps.notNear is not empty
	hasNotAfter                           // ps.notAfter is not empty
)

// newEntry compiles a dictionary form of pattern p (word sets ps).
func newEntry(p *Pattern, ps *patSets, f form) entry {
	e := entry{p: p, ps: ps, pos: f.pos, rest: f.rest, passive: f.passive, pron: f.pron, code: p.Code, window: p.Window}
	if e.window == 0 {
		e.window = 4
	}
	for _, c := range []struct {
		bit constraints
		on  bool
	}{{hasNext, !ps.next.empty()}, {hasObject, !ps.object.empty()}, {hasBefore, !ps.before.empty()},
		{hasNot, !ps.not.empty()}, {hasFuture, p.Future}, {hasClause, p.Clause},
		{hasParticiple, p.Participle}, {hasFrame, p.Frame != ""}, {hasNear, !ps.near.empty()},
		{hasNotNear, !ps.notNear.empty()}, {hasNotAfter, len(ps.notAfter) > 0}} {
		if c.on {
			e.has |= c.bit
		}
	}
	return e
}

// wordSet matches a list of words (single or multi-word) against tokens, through clitics.
// Single words are expanded with their noun inflections when inflect is set, unless written
// with a leading "=".
type wordSet struct {
	single map[string]bool
	multi  [][]string // sequences of keys; the first may carry clitics, the others ال
	id     int        // bit of the set in lexicon.index, or -1 when not indexed
}

func newWordSet(words []string, inflect bool) *wordSet {
	ws := &wordSet{single: map[string]bool{}, id: -1}
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		if strings.Contains(w, "|") { // a verb: all its inflections
			for _, f := range verbForms(w) {
				ws.single[arabic.Key(f.key)] = true
				// and in the future tense: "ستواصل مصر التعاون" governs as "تواصل" does
				if f.pos == posImperfect {
					ws.single[arabic.Key("س"+f.key)] = true
				}
			}
			continue
		}
		parts := strings.Fields(w)
		if len(parts) > 1 {
			seq := make([]string, len(parts))
			for i, p := range parts {
				seq[i] = arabic.Key(p)
			}
			ws.multi = append(ws.multi, seq)
			continue
		}
		// "=word": that word only, not its inflections ("=تعزيز" is no "تعزيزات")
		exact := strings.HasPrefix(w, "=")
		w = strings.TrimPrefix(w, "=")
		ws.single[arabic.Key(w)] = true
		if inflect && !exact {
			for _, f := range nounForms(w) {
				if f.pos == posNoun {
					ws.single[arabic.Key(f.key)] = true
				}
			}
		}
	}
	return ws
}

// keySet is the set of the search keys (arabic.Key) of words.
func keySet(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[arabic.Key(w)] = true
	}
	return set
}

func (ws *wordSet) empty() bool { return ws == nil || (len(ws.single) == 0 && len(ws.multi) == 0) }

// matchAt reports whether the set matches at token i and how many tokens the match covers.
func (ws *wordSet) matchAt(s *sent, i int) (int, bool) {
	if ws == nil || i < 0 || i >= len(s.toks) {
		return 0, false
	}
	if ws.id >= 0 {
		// an indexed set: the token's flags rule out most tokens without reading its wordInfo,
		// then one bit test on the token's precomputed membership
		if ws.id < s.lx.nLex && s.flags[i]&fLexSet == 0 || ws.id >= s.lx.nLex && s.flags[i]&fPatSet == 0 {
			return 0, false
		}
		single, first := s.info(i).bits(ws.id >> 6)
		bit := uint64(1) << (ws.id & 63)
		if single&bit != 0 {
			return 1, true
		}
		if first&bit == 0 {
			return 0, false
		}
	} else if s.tokHas(i, ws.single) {
		return 1, true
	}
	for _, seq := range ws.multi {
		if seqAt(s, i, seq) {
			return len(seq), true
		}
	}
	return 0, false
}

// seqAt reports the phrase seq at token i: its first word through clitics, the others with at
// most ال.
func seqAt(s *sent, i int, seq []string) bool {
	if i+len(seq) > len(s.toks) || !s.tokIs(i, seq[0], true) {
		return false
	}
	for k := 1; k < len(seq); k++ {
		if !s.tokIs(i+k, seq[k], false) {
			return false
		}
	}
	return true
}

// longestAt is matchAt preferring the longest phrase of the set at token i ("أول من أمس" over
// "أول").
func (ws *wordSet) longestAt(s *sent, i int) (int, bool) {
	n, ok := ws.matchAt(s, i)
	if ws == nil || i < 0 || i >= len(s.toks) {
		return n, ok
	}
	for _, seq := range ws.multi {
		if len(seq) > n && seqAt(s, i, seq) {
			n, ok = len(seq), true
		}
	}
	return n, ok
}

// find returns the first token index in [from, to) where the set matches, or -1.
func (ws *wordSet) find(s *sent, from, to int) (int, int) {
	if from < 0 {
		from = 0
	}
	if to > len(s.toks) {
		to = len(s.toks)
	}
	for i := from; i < to; i++ {
		if n, ok := ws.matchAt(s, i); ok {
			return i, n
		}
	}
	return -1, 0
}

// findBack is find scanning backwards from to-1 down to from.
func (ws *wordSet) findBack(s *sent, from, to int) (int, int) {
	if from < 0 {
		from = 0
	}
	if to > len(s.toks) {
		to = len(s.toks)
	}
	for i := to - 1; i >= from; i-- {
		if n, ok := ws.matchAt(s, i); ok {
			return i, n
		}
	}
	return -1, 0
}

//go:embed data/words.yaml
var wordsYAML []byte

//go:embed data/cues.yaml
var cuesYAML []byte

//go:embed data/frames.yaml
var framesYAML []byte

// lexicon holds the compiled function-word and cue lists.
type lexicon struct {
	preps      map[string]*wordSet // marker → words
	otherPreps *wordSet
	compl      *wordSet
	clauseConj *wordSet
	adverbials *wordSet
	light      *wordSet
	passLight  *wordSet
	recvLight  *wordSet
	announce   *wordSet
	deciding   *wordSet // verbs of deciding, ordering, adopting (Coder.rememberDecider)
	dualRef    *wordSet
	judging    *wordSet        // words that judge an act a crime (see Coder.judged)
	sports     *wordSet        // words of sports reporting (see Coder.sportsSentence)
	homographs map[string]bool // keys of words that are never triggers as written (words.yaml)
	// homographRaw holds those words as written (rawForm), hamza kept
	homographRaw map[string]bool
	negation     *wordSet
	negPerfect   *wordSet
	deny         *wordSet
	unlikely     *wordSet
	hypothet     *wordSet
	possibility  *wordSet
	planned      *wordSet
	plannedAft   *wordSet
	futureTime   *wordSet
	pastTime     *wordSet
	frames       map[string]map[string]string
	// sets lists every indexed word set; a set's id is its position. single[w] lists the sets
	// holding w as a word, first[w] the sets with a phrase starting with w.
	sets          []*wordSet
	single, first map[string][]uint16
	nLex          int // sets[:nLex] are the lexicon's own lists (words.yaml, cues.yaml)
	// particle marks the sets of particles (prepositions, complementizers, negation…), which
	// match a word through no preposition or article reading
	particle map[uint16]bool
	// noArticle marks the sets that match a word through no article reading: particles, verbs
	// and modality cues ("الحالي", current, is no "حال", in case)
	noArticle map[uint16]bool
	// known holds every stem any dictionary or word set of the coder can match: readings of a
	// token whose stem is not known are never generated.
	known map[string]bool
	// knownFilter is a Bloom filter over known, built once the coder is compiled
	knownFilter wordhash.Filter
	// words caches, per distinct token key, its clitic readings and word-set membership: news
	// vocabulary repeats, so most tokens cost one lookup. Bounded by wordsMax entries.
	wordsMu sync.RWMutex
	words   map[string]*wordInfo
	wordsTa map[string]*wordInfo // the same for keys of tokens ending in ة
	// dict is the coder's trigger dictionary (stem → entries), set once the coder is compiled:
	// a wordInfo lists the trigger readings of its key, so that finding triggers takes no
	// dictionary look-up per token.
	dict map[string][]entry
	// calAny is the calendar's first words (calendar.any), set with dict.
	calAny map[string]bool
	// table is the front of words for the tokens of sentences (see words.go).
	table wordTable
}

// wordInfo is what the coder knows of a token key, independent of its sentence.
type wordInfo struct {
	spl []split
	// sets holds the indexed word sets (lexicon.sets) the key belongs to, read through its
	// clitics: as a word (single) and as the first word of a phrase (first), as bit sets of 64
	// set ids, only the words that are not zero. Most keys are in few sets or none: 1,200 sets
	// kept densely would take 300 bytes a key, and a processor cache full of zeros.
	sets  []setBits
	flags wordFlags // what every token is asked (see wordFlags)
	// cands are the trigger readings of the key: each split with each dictionary entry of its
	// stem whose part of speech the split's clitics fit, in split order, then dictionary order.
	cands []cand
}

// setBits is word w of a key's membership bit sets: the sets 64w … 64w+63.
type setBits struct {
	w             uint32
	single, first uint64
}

// bits returns word w of the key's membership bit sets.
func (wi *wordInfo) bits(w int) (single, first uint64) {
	for _, b := range wi.sets {
		if int(b.w) >= w {
			if int(b.w) == w {
				return b.single, b.first
			}
			break
		}
	}
	return 0, 0
}

// cand is a trigger reading: the split spl[sp] of a key read as entry e (a copy: the cands of
// a key lie together in memory).
type cand struct {
	sp int
	e  entry
}

const wordsMax = 200_000

// info returns the cached readings and word-set membership of a token key (taMarb: the token
// ends in ة, so a final ه is not a pronoun).
func (lx *lexicon) info(key string, taMarb bool) *wordInfo {
	lx.wordsMu.RLock()
	m := lx.words
	if taMarb {
		m = lx.wordsTa
	}
	wi, ok := m[key]
	lx.wordsMu.RUnlock()
	if ok {
		return wi
	}
	key = strings.Clone(key) // a key may be a slice of the article: the cache must not keep it
	wi = lx.analyze(key, taMarb)
	lx.wordsMu.Lock()
	if lx.words == nil || len(lx.words)+len(lx.wordsTa) > wordsMax {
		// a crude bound: start over rather than grow without limit
		lx.words = make(map[string]*wordInfo, 1024)
		lx.wordsTa = make(map[string]*wordInfo, 256)
	}
	if taMarb {
		lx.wordsTa[key] = wi
	} else {
		lx.words[key] = wi
	}
	lx.wordsMu.Unlock()
	return wi
}

// analyze works out the readings and word-set membership of a token key, as info caches them.
func (lx *lexicon) analyze(key string, taMarb bool) *wordInfo {
	// the readings' stems are slices of the key, and the info is cached: it must not keep a
	// slice of the article alive
	key = strings.Clone(key)
	wi := &wordInfo{}
	sp := splits(key, nil, lx.known, lx.knownFilter)
	if taMarb {
		k := 0
		for _, x := range sp {
			if x.suffix == "" {
				sp[k] = x
				k++
			}
		}
		sp = sp[:k]
	}
	wi.spl = sp
	for k, x := range sp {
		es := lx.dict[x.stem]
		for j := range es {
			// (a speech verb with an object pronoun is seeing, not saying: "ما تراه الجهات
			// الأمنية", "يراها طاغوتا")
			if x.respelled && es[j].p.Speech {
				continue
			}
			if x.compatible(es[j].pos) {
				wi.cands = append(wi.cands, cand{k, es[j]})
			}
		}
	}
	// the membership bits, dense while they are worked out, then kept sparse
	n := (len(lx.sets) + 63) / 64
	single, first := make([]uint64, n), make([]uint64, n)
	// (skip: the sets the reading cannot be a member of)
	add := func(w string, skip map[uint16]bool) {
		for _, id := range lx.single[w] {
			if !skip[id] {
				single[id>>6] |= 1 << (id & 63)
			}
		}
		for _, id := range lx.first[w] {
			if !skip[id] {
				first[id>>6] |= 1 << (id & 63)
			}
		}
	}
	add(key, nil)
	if len(key) > 2 && (strings.HasPrefix(key, "و") || strings.HasPrefix(key, "ف")) {
		add(key[len("و"):], nil)
	}
	for _, x := range sp {
		if x.prep == "س" {
			continue
		}
		// a particle takes و/ف and a pronoun, but no preposition or article: "كما" is no
		// "ما", "بلدية" no "لدى", "الإمام" no "أمام"; a verb takes no article: "الأمر" (the
		// matter) is no "أمر" (ordered), "العقد" no "عقد"
		switch {
		case x.art:
			add(x.stem, lx.noArticle)
			add("ال"+x.stem, nil)
		case x.prep != "":
			add(x.stem, lx.particle)
		default:
			add(x.stem, nil)
		}
	}
	for w := range single {
		if single[w]|first[w] != 0 {
			wi.sets = append(wi.sets, setBits{uint32(w), single[w], first[w]})
		}
	}
	if len(wi.cands) > 0 {
		wi.flags |= fCands
	}
	if lx.inSet(wi, lx.compl) {
		wi.flags |= fCompl
	}
	if lx.inSet(wi, lx.clauseConj) {
		wi.flags |= fClauseConj
	}
	if hasWord(key, sp, lx.calAny) {
		wi.flags |= fCalAny
	}
	if mayStandFor(key) {
		wi.flags |= fPronoun
	}
	for _, b := range wi.sets {
		for x := b.single | b.first; x != 0; x &= x - 1 {
			if int(b.w)*64+bits.TrailingZeros64(x) < lx.nLex {
				wi.flags |= fLexSet
			} else {
				wi.flags |= fPatSet
			}
		}
	}
	return wi
}

// inSet reports whether a key with info wi may match ws: it is one of its words or starts one
// of its phrases (an unindexed set: always).
func (lx *lexicon) inSet(wi *wordInfo, ws *wordSet) bool {
	if ws == nil || ws.id < 0 {
		return ws != nil
	}
	single, first := wi.bits(ws.id >> 6)
	return (single|first)&(1<<(ws.id&63)) != 0
}

// learn indexes word sets (so that membership is a bit test per token) and adds their words
// to the known stems.
func (lx *lexicon) learn(sets ...*wordSet) {
	if lx.known == nil {
		lx.known = map[string]bool{}
		lx.single, lx.first = map[string][]uint16{}, map[string][]uint16{}
	}
	for _, ws := range sets {
		if ws == nil || ws.id >= 0 {
			continue
		}
		ws.id = len(lx.sets)
		lx.sets = append(lx.sets, ws)
		for w := range ws.single {
			lx.single[w] = append(lx.single[w], uint16(ws.id))
		}
		for _, seq := range ws.multi {
			lx.first[seq[0]] = append(lx.first[seq[0]], uint16(ws.id))
		}
		for w := range ws.single {
			lx.known[w] = true
		}
		for _, seq := range ws.multi {
			for _, w := range seq {
				lx.known[w] = true
			}
		}
	}
}

func loadLexicon() (*lexicon, error) {
	var w struct {
		Prepositions       map[string][]string `yaml:"prepositions"`
		OtherPrepositions  []string            `yaml:"other_prepositions"`
		Complementizers    []string            `yaml:"complementizers"`
		ClauseConjunctions []string            `yaml:"clause_conjunctions"`
		Adverbials         []string            `yaml:"adverbials"`
		LightVerbs         []string            `yaml:"light_verbs"`
		PassiveLightVerbs  []string            `yaml:"passive_light_verbs"`
		ReceiveLightVerbs  []string            `yaml:"receive_light_verbs"`
		AnnounceVerbs      []string            `yaml:"announce_verbs"`
		DecidingVerbs      []string            `yaml:"deciding_verbs"`
		DualReferents      []string            `yaml:"dual_referents"`
		Sports             []string            `yaml:"sports"`
		Judging            []string            `yaml:"judging"`
		Homographs         []string            `yaml:"homographs"`
	}
	if err := yaml.Unmarshal(wordsYAML, &w); err != nil {
		return nil, fmt.Errorf("event: words.yaml: %w", err)
	}
	var c struct {
		Negation            []string `yaml:"negation"`
		NegationPerfect     []string `yaml:"negation_perfect"`
		Deny                []string `yaml:"deny"`
		Unlikely            []string `yaml:"unlikely"`
		Hypothetical        []string `yaml:"hypothetical"`
		PossibilityParticle []string `yaml:"possibility_particle"`
		Planned             []string `yaml:"planned"`
		PlannedAfter        []string `yaml:"planned_after"`
		FutureTime          []string `yaml:"future_time"`
		PastTime            []string `yaml:"past_time"`
	}
	if err := yaml.Unmarshal(cuesYAML, &c); err != nil {
		return nil, fmt.Errorf("event: cues.yaml: %w", err)
	}
	lx := &lexicon{preps: map[string]*wordSet{}}
	for m, ws := range w.Prepositions {
		if !validMarkers[m] {
			return nil, fmt.Errorf("event: words.yaml: unknown marker %q", m)
		}
		lx.preps[m] = newWordSet(ws, false)
	}
	lx.otherPreps = newWordSet(w.OtherPrepositions, false)
	lx.compl = newWordSet(w.Complementizers, false)
	lx.clauseConj = newWordSet(w.ClauseConjunctions, false)
	lx.adverbials = newWordSet(w.Adverbials, false)
	lx.light = newWordSet(w.LightVerbs, false)
	lx.passLight = newWordSet(w.PassiveLightVerbs, false)
	lx.recvLight = newWordSet(w.ReceiveLightVerbs, false)
	lx.announce = newWordSet(w.AnnounceVerbs, false)
	lx.deciding = newWordSet(w.DecidingVerbs, false)
	lx.dualRef = newWordSet(w.DualReferents, false)
	lx.sports = newWordSet(w.Sports, false)
	lx.judging = newWordSet(w.Judging, false)
	lx.homographs = keySet(w.Homographs...)
	lx.homographRaw = make(map[string]bool, len(w.Homographs))
	for _, h := range w.Homographs {
		lx.homographRaw[rawForm(h)] = true
	}
	lx.negation = newWordSet(c.Negation, false)
	lx.negPerfect = newWordSet(c.NegationPerfect, false)
	lx.deny = newWordSet(c.Deny, false)
	lx.unlikely = newWordSet(c.Unlikely, false)
	lx.hypothet = newWordSet(c.Hypothetical, false)
	lx.possibility = newWordSet(c.PossibilityParticle, false)
	lx.planned = newWordSet(c.Planned, false)
	lx.plannedAft = newWordSet(c.PlannedAfter, false)
	lx.futureTime = newWordSet(c.FutureTime, false)
	lx.pastTime = newWordSet(c.PastTime, false)
	sets := []*wordSet{lx.otherPreps, lx.compl, lx.clauseConj, lx.adverbials, lx.light, lx.passLight,
		lx.recvLight, lx.announce, lx.deciding, lx.dualRef, lx.sports, lx.judging, lx.negation, lx.negPerfect, lx.deny, lx.unlikely,
		lx.hypothet, lx.possibility, lx.planned, lx.plannedAft, lx.futureTime, lx.pastTime}
	for _, ws := range lx.preps {
		sets = append(sets, ws)
	}
	lx.learn(sets...)
	lx.nLex = len(lx.sets)
	lx.particle = map[uint16]bool{}
	for _, ws := range []*wordSet{lx.otherPreps, lx.compl, lx.clauseConj, lx.negation, lx.negPerfect, lx.possibility} {
		lx.particle[uint16(ws.id)] = true
	}
	for _, ws := range lx.preps {
		lx.particle[uint16(ws.id)] = true
	}
	lx.noArticle = maps.Clone(lx.particle)
	for _, ws := range []*wordSet{lx.light, lx.passLight, lx.recvLight, lx.announce, lx.deciding, lx.deny, lx.unlikely, lx.hypothet} {
		lx.noArticle[uint16(ws.id)] = true
	}
	if err := yaml.Unmarshal(framesYAML, &lx.frames); err != nil {
		return nil, fmt.Errorf("event: frames.yaml: %w", err)
	}
	for f := range lx.frames {
		if !validFrames[f] {
			return nil, fmt.Errorf("event: frames.yaml: unknown frame %q", f)
		}
	}
	return lx, nil
}

// rawForm is a word as written, less its vowel marks, tatweel and invisible format characters:
// the hamza that tells "هنأ" from "هنا" is kept.
func rawForm(w string) string {
	return arabic.NormalizeString(w, arabic.NFKC|arabic.StripTashkeel|arabic.StripTatweel|arabic.StripFormat)
}
