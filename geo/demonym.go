package geo

import (
	"bufio"
	"strings"
)

// loadDemonyms indexes the demonyms of data/demonyms.tsv with their inflections, and the
// Arabic names of countries, so that a token can be mapped to the country it speaks of.
func (g *Gazetteer) loadDemonyms() {
	g.demonym = map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(demonymsTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		iso, forms, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		for _, f := range strings.Split(forms, "|") {
			if exact, ok := strings.CutPrefix(f, "="); ok {
				k := key(exact)
				g.demonym[k] = iso
				if bare, ok := stripAl(k); ok {
					g.demonym[bare] = iso
				}
				continue
			}
			k := key(f)
			for _, suf := range []string{"", "ه", "ون", "ين", "ان", "تان", "تين", "ات"} {
				g.demonym[k+suf] = iso
			}
		}
	}
}

// demonymOf returns the ISO3 code of the country a folded word is a demonym of (اللبنانية،
// والسعوديين …), or "".
func (g *Gazetteer) demonymOf(k string) string {
	for _, p := range clitics(k) {
		w := p.apply(k)
		if c, ok := g.demonym[w]; ok {
			return c
		}
		if bare, ok := stripAl(w); ok {
			if c, ok := g.demonym[bare]; ok {
				return c
			}
		}
	}
	return ""
}
