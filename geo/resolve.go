package geo

import (
	"math"
	"sort"

	"marsad"
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
	wNeighbour  = 1.5 // another place of the same country in the same sentence
	wSource     = 1.5 // the outlet's country
	wDemonym    = 6.0 // a demonym next to the name (العاصمة الأردنية عمان، طرابلس اللبنانية)
	wCueMatch   = 4.0 // the cue word fits the candidate's type
	wCueClash   = -3.0
	wSeat       = 1.5 // a city over the same-named region it is the seat of, without a region cue
	wVocalMatch = 3.0 // diacritics in the text fit the candidate's vocalised name
	wVocalClash = -5.0
)

var typePrior = map[string]float64{TypeCountry: 5, TypeCapital: 4, TypeAdmin1: 3, TypeRegion: 3, TypeCity: 2, TypeDistrict: 1}

// docContext is what an article says about countries.
type docContext struct {
	count  map[string]float64 // ISO3 → mentions (places, country names, demonyms)
	source string
}

// resolve is Resolve over geo's own token type.
func (g *Gazetteer) resolve(sentences [][]token, opt Options) [][]marsad.Place {
	ms := make([][]Mention, len(sentences))
	ctx := docContext{count: map[string]float64{}, source: opt.SourceCountry}
	// Evidence that needs no resolution: demonyms, and mentions whose candidates all lie in one
	// country.
	own := make([][]string, len(sentences)) // per mention: the country it contributed, if any
	for s, toks := range sentences {
		ms[s] = g.find(toks)
		inMention := map[int]bool{}
		for _, m := range ms[s] {
			for t := m.TokStart; t < m.TokEnd; t++ {
				inMention[t] = true
			}
		}
		for t, tok := range toks {
			if inMention[t] || !isWordToken(tok) {
				continue
			}
			if c := g.demonymOf(key(tok.Text)); c != "" {
				ctx.count[c]++
			}
		}
		own[s] = make([]string, len(ms[s]))
		for i, m := range ms[s] {
			if c := singleCountry(m); c != "" {
				ctx.count[c]++
				own[s][i] = c
			}
		}
	}
	// First pass: resolve with the unambiguous evidence; the choices become evidence too.
	first := make([][]int, len(ms))
	for s := range ms {
		first[s] = make([]int, len(ms[s]))
		for i := range ms[s] {
			first[s][i] = g.best(&ms[s][i], ctx, own[s][i], nil)
		}
	}
	ctx2 := docContext{count: map[string]float64{}, source: ctx.source}
	for c, n := range ctx.count {
		ctx2.count[c] = n
	}
	for s := range ms {
		for i, m := range ms[s] {
			if b := first[s][i]; b >= 0 && own[s][i] == "" {
				ctx2.count[m.Candidates[b].Country] += 0.5
			}
		}
	}
	// Second pass: every mention against the whole article and its sentence neighbours.
	out := make([][]marsad.Place, len(ms))
	for s := range ms {
		for i := range ms[s] {
			m := &ms[s][i]
			var neigh []string
			for j, o := range ms[s] {
				if j != i && first[s][j] >= 0 {
					neigh = append(neigh, o.Candidates[first[s][j]].Country)
				}
			}
			self := own[s][i]
			if self == "" && first[s][i] >= 0 {
				self = "~" + m.Candidates[first[s][i]].Country
			}
			b := g.best(m, ctx2, self, neigh)
			if b < 0 {
				continue
			}
			e := m.Candidates[b]
			out[s] = append(out[s], marsad.Place{
				Text: m.Text, Span: marsad.Span{Start: m.Start, End: m.End},
				Name: e.Name, NameAr: e.NameAr, Country: e.Country, Admin1: e.Admin1,
				Lat: e.Lat, Lon: e.Lon, Wikidata: e.Wikidata, Precision: e.Precision(),
			})
		}
	}
	return out
}

// singleCountry returns the country of a mention whose usable candidates all lie in one.
func singleCountry(m Mention) string {
	c := ""
	for i, e := range m.Candidates {
		if m.common[i] || e.Country == "" {
			continue
		}
		if c != "" && c != e.Country {
			return ""
		}
		c = e.Country
	}
	return c
}

// best returns the index of the best candidate of m, or -1 if none is acceptable. self is the
// contribution of m itself to ctx ("ISO3" counted once, "~ISO3" counted half), which must not
// count as evidence for itself.
func (g *Gazetteer) best(m *Mention, ctx docContext, self string, neigh []string) int {
	best, bestScore := -1, math.Inf(-1)
	for i := range m.Candidates {
		s, ok := g.score(m, i, ctx, self, neigh)
		if ok && s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

func (g *Gazetteer) score(m *Mention, i int, ctx docContext, self string, neigh []string) (float64, bool) {
	e := m.Candidates[i]
	n := ctx.count[e.Country]
	switch self {
	case e.Country:
		n--
	case "~" + e.Country:
		n -= 0.5
	}
	n = math.Max(n, 0)
	cls := cueClass(m.Cue)
	if m.common[i] && cls == "" && m.demonym != e.Country && n == 0 && ctx.source != e.Country {
		return 0, false // a common word with no cue and no word of its country: not this place
	}
	s := typePrior[e.Type] + wPop*math.Log10(float64(e.Population)+10)
	info := g.infoOf(e)
	if info.hand {
		s += wHand
	}
	if info.def {
		s += wDefault
	}
	if n > 0 {
		s += wCtxFirst + wCtxMore*math.Min(n-1, 3)
	}
	for _, c := range neigh {
		if c == e.Country {
			s += wNeighbour
			break
		}
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
	if cls != "admin" && cls != "region" && (e.Type == TypeCity || e.Type == TypeCapital) {
		for j, o := range m.Candidates {
			if j != i && o.Country == e.Country && o.Type == TypeAdmin1 {
				s += wSeat
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

// infoOf finds the ranking information of an entry of this gazetteer.
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
