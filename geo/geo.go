// Package geo is Marsad's gazetteer and geocoder: it finds place mentions in tokenized Arabic
// text and resolves each to a country, first-level region, coordinates and Wikidata id, using
// the whole article as context.
//
// The gazetteer is compiled from ../shared/data/geo by `marsad train geo` into
// data/gazetteer.tsv.gz and embedded, so nothing is read from disk or the network at run time.
// Names are indexed by a folded key (tashkeel removed, alef/ya/ta-marbuta/hamza folded), and a
// word is looked up with each reading of its proclitics (و ف ب ل ك, and لل = ل + ال), so
// بالرياض، وبغداد and لطهران find الرياض، بغداد and طهران.
//
// Resolution ranks the candidates of each mention by the countries the article talks about
// (by place, country name or demonym), the places resolved near it, the outlet's country, the
// cue word before it (مدينة، محافظة، العاصمة، قطاع، سلطنة …), the entry type and population.
//
// Tokens are keyed by their Norm (arabic.Key of their text, as the tokenizer sets it); tokens
// without one are keyed from their text. What a Norm means to the index is worked out once and
// cached in the Gazetteer (at most 131,072 words, about 8 MB); README.md says how resolution stays
// fast.
package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
)

// Entry types.
const (
	TypeCountry  = "country"
	TypeAdmin1   = "admin1"   // first-level administrative region (governorate, state, province)
	TypeRegion   = "region"   // a region that matters in news but is no admin unit (قطاع غزة، دارفور)
	TypeCapital  = "capital"  // a national capital
	TypeCity     = "city"     // a city, town or village
	TypeDistrict = "district" // a lower administrative area or a quarter of a city
)

// Entry is a gazetteer record.
type Entry struct {
	ID         string  // stable id: ISO3 for countries, ISO 3166-2 for admin1, else a source id
	Name       string  // English name
	NameAr     string  // canonical Arabic name
	Country    string  // ISO 3166 alpha-3
	Admin1     string  // ISO 3166-2 code of the first-level region, if known
	Type       string  // TypeCountry … TypeDistrict
	Wikidata   string  // Wikidata QID, if known
	Lat, Lon   float64 // WGS84 degrees
	Population int     // 0 when unknown
}

// Precision returns the precision of a place resolved to this entry: "country", "admin1" or
// "city".
func (e Entry) Precision() string {
	switch e.Type {
	case TypeCountry:
		return "country"
	case TypeAdmin1, TypeRegion:
		return "admin1"
	}
	return "city"
}

//go:embed data/gazetteer.tsv.gz
var gazetteerGz []byte

//go:embed data/aliases.tsv
var aliasesTSV string

//go:embed data/demonyms.tsv
var demonymsTSV string

// ref is one name → entry link of the index.
type ref struct {
	entry  int32
	common bool // the name is also a common word: it needs a cue or a country context
	place  bool // the news uses the name mostly as a place (في تبوك، بتبوك)
}

// entryInfo is what ranking needs beyond Entry.
type entryInfo struct {
	hand, def bool
	vocal     []string // names written with diacritics (عُمان، عَمّان)
}

// Gazetteer is an index from Arabic place names to entries. It is safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	info    []entryInfo
	index   map[string][]ref // folded phrase → entries, while loading (compile makes the trie of it)
	demonym map[string]string
	country map[string]int // ISO3 → entry index of the country

	// The run-time index (index.go), compiled from the maps above.
	vocab    vocabulary
	trie     trie
	ranking  []entryInfo      // entry index → infoOf(entry)
	table    wordTable        // token Norm → word (index.go)
	isos     []string         // the countries of demonyms; isos[0] = ""
	isoIndex map[string]uint8 // isos → index
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the embedded gazetteer, loaded on first use.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := Load(bytes.NewReader(gazetteerGz))
		if err != nil {
			// The embedded file is part of the build and tested; if it is damaged, geocoding
			// degrades to nothing rather than taking the program down.
			slog.Error("geo: embedded gazetteer", "err", err)
			g = &Gazetteer{index: map[string][]ref{}, country: map[string]int{}}
			g.loadDemonyms()
			g.compile()
			g.index = nil
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Load reads a compiled gazetteer (the gzipped TSV that Build writes).
func Load(r io.Reader) (*Gazetteer, error) {
	g, err := load(r)
	if err != nil {
		return nil, err
	}
	// The trie holds the same names; the map would only cost memory and garbage-collector work
	// for the life of the program.
	g.index = nil
	return g, nil
}

// load is Load, keeping the name index (for the tests that check the trie against it).
func load(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("geo: load: %w", err)
	}
	defer zr.Close()
	g := &Gazetteer{index: make(map[string][]ref, 1<<16), country: map[string]int{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		c := strings.Split(text, "\t")
		if len(c) != 11 {
			return nil, fmt.Errorf("geo: load: line %d: %d columns, want 11", line, len(c))
		}
		lat, err1 := strconv.ParseFloat(c[4], 64)
		lon, err2 := strconv.ParseFloat(c[5], 64)
		pop, err3 := strconv.Atoi(c[6])
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("geo: load: line %d: bad number", line)
		}
		e := Entry{ID: c[0], Type: c[1], Country: c[2], Admin1: c[3], Lat: lat, Lon: lon, Population: pop, Wikidata: c[7], Name: c[8]}
		info := entryInfo{hand: strings.Contains(c[9], "h"), def: strings.Contains(c[9], "d")}
		idx := int32(len(g.entries))
		for _, n := range strings.Split(c[10], "|") {
			variant := strings.HasPrefix(n, "+")
			// A name without its ال is read as a place only with a cue: رقة is a word too.
			common := strings.HasPrefix(n, "~") || variant
			place := strings.HasPrefix(n, "!")
			n = strings.TrimLeft(n, "~+!")
			if n == "" {
				continue
			}
			if e.NameAr == "" && !variant {
				e.NameAr = n
			}
			if hasMarks(n) {
				info.vocal = append(info.vocal, n)
			}
			g.addName(key(n), ref{entry: idx, common: common, place: place})
		}
		if e.Type == TypeCountry {
			g.country[e.Country] = int(idx)
		}
		g.entries = append(g.entries, e)
		g.info = append(g.info, info)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("geo: load: %w", err)
	}
	if len(g.entries) == 0 {
		return nil, fmt.Errorf("geo: load: no entries")
	}
	g.loadDemonyms()
	g.compile()
	return g, nil
}

func (g *Gazetteer) addName(k string, r ref) {
	if k == "" {
		return
	}
	for _, o := range g.index[k] {
		if o.entry == r.entry {
			return
		}
	}
	g.index[k] = append(g.index[k], r)
}

func hasMarks(s string) bool {
	for _, r := range s {
		if isMark(r) && r != 0x0640 {
			return true
		}
	}
	return false
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Country returns the entry of a country by ISO3 code.
func (g *Gazetteer) Country(iso3 string) (Entry, bool) {
	i, ok := g.country[iso3]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

// Lookup returns every entry that a name can denote, the name being read with and without its
// proclitics (و ف ب ل ك، لل) and, failing that, without ال. It costs O(len(name)).
func (g *Gazetteer) Lookup(name string) []Entry {
	k := key(name)
	if k == "" {
		return nil
	}
	first, rest, _ := strings.Cut(k, " ")
	var out []Entry
	seen := map[int32]bool{}
	add := func(phrase string) bool {
		refs := g.phraseRefs(phrase)
		for _, r := range refs {
			if !seen[r.entry] {
				seen[r.entry] = true
				out = append(out, g.entries[r.entry])
			}
		}
		return len(refs) > 0
	}
	for _, p := range clitics(first) {
		w := p.apply(first)
		if !add(join(w, rest)) {
			if bare, ok := stripAl(w); ok {
				add(join(bare, rest))
			}
		}
	}
	return out
}

func join(first, rest string) string {
	if rest == "" {
		return first
	}
	return first + " " + rest
}
