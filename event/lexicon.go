package event

import (
	_ "embed"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"marsad/arabic"
)

// entry is a dictionary form of a trigger pattern.
type entry struct {
	p       *Pattern
	pos     pos
	rest    []string // keys of the words that must follow the head
	passive bool
}

// wordSet matches a list of words (single or multi-word) against tokens, through clitics.
// Single words are expanded with their noun inflections when inflect is set.
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
		ws.single[arabic.Key(w)] = true
		if inflect {
			for _, f := range nounForms(w) {
				if f.pos == posNoun {
					ws.single[arabic.Key(f.key)] = true
				}
			}
		}
	}
	return ws
}

func (ws *wordSet) empty() bool { return ws == nil || (len(ws.single) == 0 && len(ws.multi) == 0) }

// matchAt reports whether the set matches at token i and how many tokens the match covers.
func (ws *wordSet) matchAt(s *sent, i int) (int, bool) {
	if ws == nil || i < 0 || i >= len(s.toks) {
		return 0, false
	}
	if ws.id >= 0 {
		// indexed function-word set: one bit test on the token's precomputed mask
		m := s.mask(i)
		if m&(1<<ws.id) != 0 {
			return 1, true
		}
		if m&(1<<(32+ws.id)) == 0 {
			return 0, false
		}
	} else if s.tokHas(i, ws.single) {
		return 1, true
	}
	for _, seq := range ws.multi {
		if i+len(seq) > len(s.toks) {
			continue
		}
		if !s.tokIs(i, seq[0], true) {
			continue
		}
		ok := true
		for k := 1; k < len(seq); k++ {
			if !s.tokIs(i+k, seq[k], false) {
				ok = false
				break
			}
		}
		if ok {
			return len(seq), true
		}
	}
	return 0, false
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
	preps       map[string]*wordSet // marker → words
	otherPreps  *wordSet
	compl       *wordSet
	clauseConj  *wordSet
	adverbials  *wordSet
	light       *wordSet
	passLight   *wordSet
	recvLight   *wordSet
	announce    *wordSet
	dualRef     *wordSet
	negation    *wordSet
	negPerfect  *wordSet
	deny        *wordSet
	unlikely    *wordSet
	hypothet    *wordSet
	possibility *wordSet
	planned     *wordSet
	plannedAft  *wordSet
	futureTime  *wordSet
	pastTime    *wordSet
	frames      map[string]map[string]string
	// index maps a word to the function-word sets it belongs to: bit b for a single word of
	// set b, bit 32+b for the first word of one of its phrases.
	index map[string]uint64
	// known holds every stem any dictionary or word set of the coder can match: readings of a
	// token whose stem is not known are never generated.
	known map[string]bool
}

// learn adds the words of sets to the known stems.
func (lx *lexicon) learn(sets ...*wordSet) {
	if lx.known == nil {
		lx.known = map[string]bool{}
	}
	for _, ws := range sets {
		if ws == nil {
			continue
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

// register indexes up to 32 function-word sets so that membership is a bit test per token.
func (lx *lexicon) register(sets ...*wordSet) error {
	if len(sets) > 32 {
		return fmt.Errorf("event: %d function-word sets, at most 32 can be indexed", len(sets))
	}
	lx.index = map[string]uint64{}
	for b, ws := range sets {
		ws.id = b
		for w := range ws.single {
			lx.index[w] |= 1 << b
		}
		for _, seq := range ws.multi {
			lx.index[seq[0]] |= 1 << (32 + b)
		}
	}
	return nil
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
		DualReferents      []string            `yaml:"dual_referents"`
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
	lx.dualRef = newWordSet(w.DualReferents, false)
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
		lx.recvLight, lx.announce, lx.dualRef, lx.negation, lx.negPerfect, lx.deny, lx.unlikely,
		lx.hypothet, lx.possibility, lx.planned, lx.plannedAft, lx.futureTime, lx.pastTime}
	for _, ws := range lx.preps {
		sets = append(sets, ws)
	}
	if err := lx.register(sets...); err != nil {
		return nil, err
	}
	lx.learn(sets...)
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
