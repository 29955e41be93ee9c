package geo

import (
	"math"
	"sort"

	"marsad"
	"marsad/arabic"
)

// Options tune resolution.
type Options struct {
	// SourceCountry is the ISO3 code of the outlet's country (aawsat → SAU), a weak prior.
	SourceCountry string
}

// Scoring weights. A candidate's score is its prior (type and population) plus the evidence of
// the article; see score.
const (
	wPop        = 0.5 // per decade of population
	wHand       = 0.5 // entries checked by hand
	wDefault    = 1.5 // the default reading among homonyms (غزة → the strip)
	wCtxFirst   = 2.5 // the article speaks of the candidate's country
	wCtxMore    = 1.0 // … per further mention, up to three
	wNeighbour  = 1.5 // another place of the same country in the same or an adjacent sentence
	wNear       = 2.0 // … less than nearKm away (حي الرياض بسوسة)
	wSource     = 2.5 // the outlet's country: as good as a mention of it
	wDemonym    = 6.0 // a demonym next to the name (العاصمة الأردنية عمان، طرابلس اللبنانية)
	wCueMatch   = 4.0 // the cue word fits the candidate's type
	wCueClash   = -3.0
	wSeat       = 1.5 // a region below the same-named city that is its seat, without a region cue
	wVocalMatch = 3.0 // diacritics in the text fit the candidate's vocalised name
	wVocalClash = -5.0
	wDateline   = 4.0 // a dateline names the city the story was filed from, not a country
)

// nearKm is the distance under which two places named together are taken as neighbours.
const nearKm = 150

var typePrior = map[string]float64{TypeCountry: 5, TypeCapital: 4, TypeAdmin1: 3, TypeRegion: 3, TypeCity: 2, TypeDistrict: 1}

// docContext is what an article says about countries.
type docContext struct {
	count  map[string]float64            // ISO3 → weight of the words that name it
	byName map[string]map[string]float64 // mention key → ISO3 → the part of count it gave
	source string
}

func (c *docContext) add(name, iso string, w float64) {
	c.count[iso] += w
	if name == "" {
		return
	}
	if c.byName[name] == nil {
		c.byName[name] = map[string]float64{}
	}
	c.byName[name][iso] += w
}

// other returns the weight of a country in the article without the mentions of name itself: a
// name repeated is no evidence for its own reading.
func (c *docContext) other(name, iso string) float64 {
	return math.Max(c.count[iso]-c.byName[name][iso], 0)
}

// any reports whether the article names any country other than through name itself.
func (c *docContext) any(name string) bool {
	for iso := range c.count {
		if c.other(name, iso) > 0 {
			return true
		}
	}
	return false
}

// resolve is Resolve.
func (g *Gazetteer) resolve(sentences [][]arabic.Token, opt Options) [][]marsad.Place {
	ctx := &docContext{count: map[string]float64{}, byName: map[string]map[string]float64{}, source: opt.SourceCountry}
	si := getSentenceIndex()
	defer putSentenceIndex(si)
	// The mentions of all sentences one after the other, in scratch space: those of sentence s
	// are all[at[s]:at[s+1]].
	all, at := si.mentions[:0], append(si.at[:0], 0)
	// Evidence that needs no resolution: demonyms, and mentions whose readings all lie in one
	// country.
	for _, toks := range sentences {
		g.indexSentence(si, toks)
		from := len(all)
		all = g.find(all, toks, si, false)
		at = append(at, len(all))
		ms := all[from:]
		inMention := append(si.inMention[:0], make([]bool, len(toks))...)
		si.inMention = inMention
		for _, m := range ms {
			for t := m.TokStart; t < m.TokEnd; t++ {
				inMention[t] = true
			}
		}
		for t := range toks {
			if inMention[t] || si.keys[t] == "" {
				continue
			}
			if c := si.words[t].dem; c != "" { // demonymOf(key(toks[t].Text))
				ctx.add("", c, 1)
			}
		}
		for i := range ms {
			if m := &ms[i]; g.singleCountry(m) != "" {
				ctx.add(m.key, g.singleCountry(m), 1)
			}
		}
	}
	si.mentions, si.at = all, at
	// First pass: resolve with that evidence; the choices become evidence too.
	first := append(si.first[:0], make([]int, len(all))...)
	si.first = first
	for i := range all {
		first[i] = g.best(&all[i], ctx, nil)
	}
	ctx2 := &docContext{count: map[string]float64{}, byName: map[string]map[string]float64{}, source: ctx.source}
	for c, n := range ctx.count {
		ctx2.count[c] = n
	}
	for k, m := range ctx.byName {
		ctx2.byName[k] = map[string]float64{}
		for c, n := range m {
			ctx2.byName[k][c] = n
		}
	}
	for i := range all {
		m := &all[i]
		if b := first[i]; b >= 0 && g.singleCountry(m) == "" && !minor(g.cand(m, b), g.ranking[m.refs[b].entry]) {
			ctx2.add(m.key, g.cand(m, b).Country, 0.5)
		}
	}
	// Second pass: every mention against the whole article and its sentence neighbours.
	out := make([][]marsad.Place, len(sentences))
	neigh := si.neigh[:0]
	for s := range sentences {
		// The mentions of the sentence and the ones before and after it.
		near := all[at[max(s-1, 0)]:at[min(s+1, len(sentences)-1)+1]]
		nearAt := at[max(s-1, 0)]
		for i := at[s]; i < at[s+1]; i++ {
			m := &all[i]
			neigh = neigh[:0]
			for j := range near {
				if o := &near[j]; nearAt+j != i && first[nearAt+j] >= 0 && o.key != m.key {
					neigh = append(neigh, g.cand(o, first[nearAt+j]))
				}
			}
			b := g.best(m, ctx2, neigh)
			if b < 0 {
				continue
			}
			e := g.cand(m, b)
			out[s] = append(out[s], marsad.Place{
				Text: m.Text, Span: marsad.Span{Start: m.Start, End: m.End},
				Name: e.Name, NameAr: e.NameAr, Country: e.Country, Admin1: e.Admin1,
				Lat: e.Lat, Lon: e.Lon, Wikidata: e.Wikidata, Precision: e.Precision(),
			})
		}
	}
	si.neigh = neigh
	return out
}

// cand returns candidate i of m.
func (g *Gazetteer) cand(m *Mention, i int) *Entry { return &g.entries[m.refs[i].entry] }

// singleCountry returns the country of a mention whose usable candidates all lie in one, if
// one of them is a place that is named without cue (not minor).
func (g *Gazetteer) singleCountry(m *Mention) string {
	c, major := "", false
	for i := range m.refs {
		e := g.cand(m, i)
		if m.refs[i].common || e.Country == "" {
			continue
		}
		if !minor(e, g.ranking[m.refs[i].entry]) {
			major = true
		}
		if c != "" && c != e.Country {
			return ""
		}
		c = e.Country
	}
	if !major {
		return ""
	}
	return c
}

// best returns the index of the best candidate of m, or -1 if none is acceptable.
func (g *Gazetteer) best(m *Mention, ctx *docContext, neigh []*Entry) int {
	best, bestScore := -1, math.Inf(-1)
	for i := range m.refs {
		s, ok := g.score(m, i, ctx, neigh)
		if ok && s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// score rates candidate i of m; neigh are the places resolved (first pass) in the same and the
// adjacent sentences. It reports false for a candidate that must not be chosen at all.
func (g *Gazetteer) score(m *Mention, i int, ctx *docContext, neigh []*Entry) (float64, bool) {
	e := g.cand(m, i)
	n := ctx.other(m.key, e.Country)
	cls := cueClass(m.Cue)
	info := g.ranking[m.refs[i].entry]
	neighbour, near := false, false
	for _, o := range neigh {
		if o.Country == e.Country {
			neighbour = true
			if o.Type != TypeCountry && e.Type != TypeCountry && distKm(o.Lat, o.Lon, e.Lat, e.Lon) < nearKm {
				near = true
			}
		}
	}
	located := m.Cue != "" || m.listed                     // في X، بX، X وY
	known := n > 0 || ctx.source == e.Country || neighbour // the article speaks of its country
	if cls == "" && m.demonym != e.Country {
		// Without a type cue (مدينة، محافظة …) or a demonym, a common word needs a locative and
		// a word of its country (في الخبر in a Saudi article), and a small place needs the same
		// unless the news uses its name mostly as a place (تبوك); otherwise the name is more
		// likely a person (روبيو، يوري) or a word (التهاب، الصعود).
		switch {
		case m.refs[i].common && !(located && known) && !strongLocative[m.Cue] && !(m.refs[i].place && known):
			return 0, false
		case minor(e, info) && !(known && (located || m.refs[i].place)):
			return 0, false
		}
	} else if cls != "" && minor(e, info) && !known && ctx.any(m.key) {
		// A type cue makes a word a place, but a small place of a country the article never
		// speaks of, in an article about other countries, is a namesake (حي الخزامى in Khobar is
		// not Laventure in Mauritius).
		return 0, false
	}
	s := typePrior[e.Type] + wPop*math.Log10(float64(e.Population)+10)
	if info.hand {
		s += wHand
	}
	if info.def {
		s += wDefault
	}
	if n > 0 {
		s += wCtxFirst + wCtxMore*math.Min(n-1, 3)
	}
	if neighbour {
		s += wNeighbour
	}
	if near {
		s += wNear
	}
	if ctx.source != "" && ctx.source == e.Country {
		s += wSource
	}
	if m.demonym != "" {
		if m.demonym == e.Country {
			s += wDemonym
		} else if e.Type == TypeCountry {
			s += wCueClash // the Lebanese X is not a country
		}
	}
	s += cueScore(cls, e.Type)
	if m.dateline {
		switch e.Type {
		case TypeCapital, TypeCity:
			s += wDateline // "عمان 14 شباط (بترا)-" is Amman
		case TypeCountry:
			s -= wDateline
		}
	}
	if cls != "admin" && cls != "region" && e.Type == TypeAdmin1 {
		for j := range m.refs {
			if o := g.cand(m, j); j != i && o.Country == e.Country && (o.Type == TypeCity || o.Type == TypeCapital) {
				s -= wSeat // البصرة is the city before the governorate named after it
				break
			}
		}
	}
	if m.vocal != "" && len(info.vocal) > 0 {
		fit := false
		for _, v := range info.vocal {
			if vocalFits(m.vocal, v) {
				fit = true
				break
			}
		}
		if fit {
			s += wVocalMatch
		} else {
			s += wVocalClash
		}
	}
	return s, true
}

// strongLocative are the cues after which even a common word is read as a place (إلى صور، قرب
// صور), unlike في and من (في صور "in pictures", من صور الأقمار).
var strongLocative = map[string]bool{"إلى": true, "قرب": true, "بالقرب": true, "داخل": true, "نحو": true,
	"شمال": true, "جنوب": true, "شرق": true, "غرب": true, "شمالي": true, "جنوبي": true, "شرقي": true, "غربي": true}

// minorPop is the population under which a city needs some evidence to be found.
const minorPop = 1000000

// minor reports whether an entry is a place that news does not name without saying what or
// where it is: a region or a city that is neither checked by hand nor big.
func minor(e *Entry, info entryInfo) bool {
	return !info.hand && (e.Type == TypeAdmin1 || (e.Type == TypeCity || e.Type == TypeDistrict) && e.Population < minorPop)
}

func cueScore(cls, typ string) float64 {
	switch cls {
	case "":
		return 0
	case "city":
		switch typ {
		case TypeCity, TypeCapital:
			return wCueMatch
		case TypeDistrict:
			return 0
		}
	case "town":
		switch typ {
		case TypeCity, TypeDistrict:
			return wCueMatch
		case TypeCapital:
			return 0
		}
	case "admin":
		switch typ {
		case TypeAdmin1, TypeRegion:
			return wCueMatch
		case TypeDistrict:
			return wCueMatch / 2
		case TypeCity:
			return -1
		}
	case "region":
		switch typ {
		case TypeRegion, TypeAdmin1:
			return wCueMatch
		}
	case "strip":
		if typ == TypeRegion {
			return wCueMatch
		}
	case "capital":
		switch typ {
		case TypeCapital:
			return wCueMatch
		case TypeCity:
			return 0
		}
	case "country":
		if typ == TypeCountry {
			return wCueMatch
		}
	case "emirate":
		switch typ {
		case TypeAdmin1, TypeCapital, TypeCity:
			return wCueMatch / 2
		}
	}
	return wCueClash
}

// infoOf finds the ranking information of an entry of this gazetteer (by id: the first entry
// with the id). It is a binary search; Resolve uses the table compile makes of it.
func (g *Gazetteer) infoOf(e Entry) entryInfo {
	i := sort.Search(len(g.entries), func(i int) bool { return g.entries[i].ID >= e.ID })
	if i < len(g.entries) && g.entries[i].ID == e.ID {
		return g.info[i]
	}
	return entryInfo{}
}

// vocalFits reports whether the diacritics written in text agree with those of a vocalised
// name: wherever the text has a mark, the name has the same mark or none, and a shadda in the
// text needs one in the name.
func vocalFits(text, name string) bool {
	a, b := letterMarks(text), letterMarks(name)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] == "" {
			continue
		}
		if b[i] == "" {
			for _, r := range a[i] {
				if r == 0x0651 {
					return false
				}
			}
			continue
		}
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// letterMarks splits a word into the marks written on each letter (sukun ignored).
func letterMarks(s string) []string {
	var out []string
	defer func() {
		for i, m := range out {
			rs := []rune(m)
			sort.Slice(rs, func(a, b int) bool { return rs[a] < rs[b] })
			out[i] = string(rs)
		}
	}()
	for _, r := range s {
		if r == 0x0640 || r == 0x0652 {
			continue
		}
		if isMark(r) {
			if len(out) > 0 {
				out[len(out)-1] += string(r)
			}
			continue
		}
		out = append(out, "")
	}
	return out
}
