package actor

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"marsad/arabic"
)

// record is one entry of a countries, orgs or people file (the union of their schemas).
type record struct {
	ID            string      `yaml:"id"`
	Kind          string      `yaml:"kind"`
	En            string      `yaml:"en"`
	Wikidata      string      `yaml:"wikidata"`
	Country       string      `yaml:"country"`
	ISO2          string      `yaml:"iso2"`
	Ar            []string    `yaml:"ar"`
	Short         []string    `yaml:"short"`
	WordShort     []string    `yaml:"word_short"`
	Quoted        []string    `yaml:"quoted"`
	Demonym       []string    `yaml:"demonym"`
	DemonymPlural []string    `yaml:"demonym_plural"`
	WeakDemonym   bool        `yaml:"weak_demonym"`
	RoleDemonym   []string    `yaml:"role_demonym"`
	Capital       *capital    `yaml:"capital"`
	Roles         []roleRec   `yaml:"roles"`
	Code          string      `yaml:"code"`
	Codes         []DatedCode `yaml:"codes"`
}

type capital struct {
	En string   `yaml:"en"`
	Ar []string `yaml:"ar"`
	// SharedWith lists countries with a city of the same name: in a story about one of them
	// that does not name the capital's country, the name is that city, not a government.
	SharedWith []string `yaml:"shared_with"`
}

type roleRec struct {
	Office  string `yaml:"office"`
	Country string `yaml:"country"`
	Org     string `yaml:"org"`
	Region  string `yaml:"region"`
	Start   string `yaml:"start"`
	End     string `yaml:"end"`
}

var allowedKeys = map[string][]string{
	"country": {"id", "iso2", "en", "wikidata", "ar", "short", "demonym", "demonym_plural", "weak_demonym", "capital"},
	"org":     {"id", "kind", "en", "wikidata", "country", "ar", "short", "word_short", "quoted", "demonym", "role_demonym", "code", "codes"},
	"person":  {"id", "en", "wikidata", "country", "ar", "short", "word_short", "roles", "code", "codes"},
}

type officeRec struct {
	ID      string   `yaml:"id"`
	Sector  string   `yaml:"sector"`
	En      string   `yaml:"en"`
	Multi   bool     `yaml:"multi"`
	Heads   []string `yaml:"heads"`
	Ar      []string `yaml:"ar"`
	Dual    []string `yaml:"dual"`
	Plural  []string `yaml:"plural"`
	Implied []struct {
		Country string   `yaml:"country"`
		Ar      []string `yaml:"ar"`
	} `yaml:"implied"`
}

type sectorRec struct {
	Sector *string  `yaml:"sector"`
	Ar     []string `yaml:"ar"`
}

type wordsRec struct {
	Stop          []string            `yaml:"stop"`
	Firstnames    []string            `yaml:"firstnames"`
	Honorifics    []string            `yaml:"honorifics"`
	Modifiers     []string            `yaml:"modifiers"`
	Former        []string            `yaml:"former"`
	Nonactors     []string            `yaml:"nonactors"`
	Regions       map[string][]string `yaml:"regions"`
	Counterpart   []string            `yaml:"counterpart"`
	Counterparts  []string            `yaml:"counterparts"`
	PairCountries []string            `yaml:"pair_countries"`
	PairSides     []string            `yaml:"pair_sides"`
	CountryGroups map[string][]string `yaml:"country_groups"`
	Institutions  []string            `yaml:"institutions"`
}

// formRec remembers where a name form came from, for Check.
type formRec struct {
	key   string // word keys joined by spaces
	text  string
	actor *Actor
	kind  ekind // eName, eShort, eDemonym or eCapital
	file  string
	line  int
}

// loader carries the state of one load.
type loader struct {
	kb    *KB
	fsys  fs.FS
	errs  []error
	lines map[*Actor]recLoc
	// groups are the keys of words.yaml's country_groups, their members' codes joined by "+"
	groups []string
}

type recLoc struct {
	file string
	line int
	rec  *record
}

func newKB() *KB {
	return &KB{
		actors:       map[string]*Actor{},
		offices:      map[string]*office{},
		root:         &node{},
		stop:         map[string]bool{},
		institutions: map[string]bool{},
		first:        map[string]bool{},
		holders:      map[post][]*Actor{},
	}
}

// load builds a KB from fsys. It always returns a KB, built from what could be read; errs lists
// the files that could not be read or parsed (also recorded as problems).
func load(fsys fs.FS) (*KB, []error) {
	l := &loader{kb: newKB(), fsys: fsys, lines: map[*Actor]recLoc{}}
	l.offices("offices.yaml")
	l.words("words.yaml")
	l.sectors("sectors.yaml")
	l.records("countries.yaml", "country")
	for _, codes := range l.groups {
		for _, c := range strings.Split(codes, "+") {
			if a := l.kb.actors[c]; a == nil || a.Kind != CountryKind {
				l.problem("words.yaml", 0, "", "country_groups %q: %q is no country", codes, c)
			}
		}
	}
	for _, f := range l.glob("orgs") {
		l.records(f, "org")
	}
	for _, f := range l.glob("people") {
		l.records(f, "person")
	}
	l.finish()
	for _, a := range l.kb.actors {
		a.heads = nameHeads(a)
		if a.Kind == Person {
			for _, f := range a.Ar {
				if ks := phraseKeys(f); len(ks) > 1 {
					a.arKeys = append(a.arKeys, ks)
				}
			}
		}
	}
	return l.kb, l.errs
}

// nameHeads returns the keys of the first words of a body's names, without the article
// (sentence.headOf reads "الصندوق" as the body named "صندوق النقد الدولي"): nil for people and
// countries.
func nameHeads(a *Actor) []string {
	if a.Kind == Person || a.Kind == CountryKind {
		return nil
	}
	var hs []string
	for _, n := range a.Ar {
		first, _, _ := strings.Cut(arabic.Key(n), " ")
		if h := strings.TrimPrefix(first, "ال"); h != "" && !slices.Contains(hs, h) {
			hs = append(hs, h)
		}
	}
	return hs
}

func (l *loader) fail(file string, err error) {
	err = fmt.Errorf("actor: load %s: %w", file, err)
	l.errs = append(l.errs, err)
	l.kb.problems = append(l.kb.problems, Problem{File: file, Msg: err.Error()})
}

func (l *loader) problem(file string, line int, id, format string, args ...any) {
	l.kb.problems = append(l.kb.problems, Problem{File: file, Line: line, ID: id, Msg: fmt.Sprintf(format, args...)})
}

// glob lists the YAML files of a directory, sorted; a missing directory is no error.
func (l *loader) glob(dir string) []string {
	ents, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		if !e.IsDir() && (strings.HasSuffix(e.Name(), ".yaml") || strings.HasSuffix(e.Name(), ".yml")) {
			out = append(out, path.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out
}

// document reads and parses a YAML file into its root node; optional files may be missing.
func (l *loader) document(file string, optional bool) *yaml.Node {
	b, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		if optional && errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		l.fail(file, err)
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		l.fail(file, err)
		return nil
	}
	if len(doc.Content) == 0 {
		return nil
	}
	return doc.Content[0]
}

func (l *loader) offices(file string) {
	root := l.document(file, false)
	if root == nil {
		return
	}
	var recs []officeRec
	if err := root.Decode(&recs); err != nil {
		l.fail(file, err)
		return
	}
	for i, r := range recs {
		line := lineOf(root, i)
		if r.ID == "" {
			l.problem(file, line, "", "office without id")
			continue
		}
		if _, dup := l.kb.offices[r.ID]; dup {
			l.problem(file, line, r.ID, "duplicate office id")
			continue
		}
		if !validSector(r.Sector) {
			l.problem(file, line, r.ID, "unknown sector %q", r.Sector)
		}
		o := &office{ID: r.ID, Sector: r.Sector, En: r.En, Multi: r.Multi, Heads: r.Heads, rank: len(l.kb.officeOrder)}
		l.kb.offices[r.ID] = o
		l.kb.officeOrder = append(l.kb.officeOrder, r.ID)
		for n, forms := range [][]string{r.Ar, r.Dual, r.Plural} {
			for _, f := range forms {
				l.add(f, entry{kind: eOffice, office: o, num: number(n)})
			}
		}
		for _, im := range r.Implied {
			for _, f := range im.Ar {
				l.add(f, entry{kind: eOffice, office: o, country: im.Country})
			}
		}
	}
	for _, o := range l.kb.offices {
		for _, h := range o.Heads {
			if l.kb.offices[h] == nil {
				l.problem(file, 0, o.ID, "heads lists unknown office %q", h)
			}
		}
	}
}

func (l *loader) sectors(file string) {
	root := l.document(file, true)
	if root == nil {
		return
	}
	var recs []sectorRec
	if err := root.Decode(&recs); err != nil {
		l.fail(file, err)
		return
	}
	for i, r := range recs {
		if r.Sector == nil {
			l.problem(file, lineOf(root, i), "", "sector entry without sector")
			continue
		}
		s := *r.Sector
		if s != "" && !validSector(s) {
			l.problem(file, lineOf(root, i), s, "unknown sector %q", s)
		}
		for _, f := range r.Ar {
			l.add(f, entry{kind: eSector, sector: s})
			// A one-word phrase with the article is also matched without it, in construct state
			// ("جيش" in "جيش الاحتلال", "حكومة" in "حكومة السودان").
			if !strings.Contains(f, " ") {
				if rest, ok := strings.CutPrefix(f, "ال"); ok && len([]rune(rest)) >= 2 {
					l.add(rest, entry{kind: eSector, sector: s})
				}
			}
		}
	}
}

func (l *loader) words(file string) {
	root := l.document(file, true)
	if root == nil {
		return
	}
	var w wordsRec
	if err := root.Decode(&w); err != nil {
		l.fail(file, err)
		return
	}
	for _, s := range w.Stop {
		l.kb.stop[arabic.Key(s)] = true
	}
	for _, s := range w.Institutions {
		l.kb.institutions[arabic.Key(s)] = true
	}
	for _, s := range w.Firstnames {
		l.kb.first[arabic.Key(s)] = true
	}
	for _, s := range w.Honorifics {
		l.add(s, entry{kind: eHonor})
	}
	for _, s := range w.Modifiers {
		l.add(s, entry{kind: eMod})
	}
	for _, s := range w.Former {
		l.add(s, entry{kind: eFormer})
	}
	for _, s := range w.Nonactors {
		l.add(s, entry{kind: eNon})
	}
	for code, forms := range w.Regions {
		for _, s := range forms {
			l.add(s, entry{kind: eRegion, country: code})
		}
	}
	for _, s := range w.Counterpart {
		l.add(s, entry{kind: eCoref, coref: corefCounterpart, num: sg})
	}
	for _, s := range w.Counterparts {
		l.add(s, entry{kind: eCoref, coref: corefCounterpart, num: pl})
	}
	for _, s := range w.PairCountries {
		l.add(s, entry{kind: eCoref, coref: corefCountries, num: du})
	}
	for _, s := range w.PairSides {
		l.add(s, entry{kind: eCoref, coref: corefSides, num: du})
	}
	for _, codes := range slices.Sorted(maps.Keys(w.CountryGroups)) { // (in a fixed order)
		l.groups = append(l.groups, codes) // (checked once the countries are read)
		for _, s := range w.CountryGroups[codes] {
			l.add(s, entry{kind: eCoref, coref: corefGroup, num: pl, country: codes})
		}
	}
}

// records reads a countries, orgs or people file.
func (l *loader) records(file, schema string) {
	root := l.document(file, schema != "country")
	if root == nil {
		return
	}
	if root.Kind != yaml.SequenceNode {
		l.fail(file, fmt.Errorf("want a list of records, found %s", nodeKind(root)))
		return
	}
	for _, n := range root.Content {
		var r record
		if err := n.Decode(&r); err != nil {
			l.problem(file, n.Line, "", "cannot read record: %v", err)
			continue
		}
		l.unknownKeys(file, n, schema, r.ID)
		l.record(file, n.Line, schema, &r)
	}
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		return "a scalar"
	}
	return "something else"
}

func lineOf(root *yaml.Node, i int) int {
	if root != nil && i < len(root.Content) {
		return root.Content[i].Line
	}
	return 0
}

func (l *loader) unknownKeys(file string, n *yaml.Node, schema, id string) {
	if n.Kind != yaml.MappingNode {
		return
	}
	allowed := allowedKeys[schema]
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i].Value
		if !slices.Contains(allowed, k) {
			l.problem(file, n.Content[i].Line, id, "unknown field %q", k)
		}
	}
}

func (l *loader) record(file string, line int, schema string, r *record) {
	if r.ID == "" {
		l.problem(file, line, "", "record without id")
		return
	}
	if _, dup := l.kb.actors[r.ID]; dup {
		l.problem(file, line, r.ID, "duplicate id (also in %s)", l.lines[l.kb.actors[r.ID]].file)
		return
	}
	a := &Actor{ID: r.ID, En: r.En, Wikidata: r.Wikidata, Country: r.Country, Code: r.Code,
		Ar: r.Ar, Short: slices.Concat(r.Short, r.WordShort), kb: l.kb}
	switch schema {
	case "country":
		a.Kind, a.Country, a.Code = CountryKind, r.ID, r.ID
	case "person":
		a.Kind = Person
	default:
		a.Kind = Kind(r.Kind)
	}
	for _, c := range r.Codes {
		c.from, c.to = l.span(file, line, r.ID, c.Start, c.End)
		a.Codes = append(a.Codes, c)
	}
	for _, rr := range r.Roles {
		role := Role{Office: rr.Office, Country: rr.Country, Org: rr.Org, Region: rr.Region, Start: rr.Start, End: rr.End}
		role.from, role.to = l.span(file, line, r.ID, rr.Start, rr.End)
		a.Roles = append(a.Roles, role)
		key := post{role.Office, role.Where()}
		if hs := l.kb.holders[key]; len(hs) == 0 || hs[len(hs)-1] != a {
			l.kb.holders[key] = append(hs, a)
		}
	}
	l.kb.actors[a.ID] = a
	l.kb.order = append(l.kb.order, a)
	l.lines[a] = recLoc{file: file, line: line, rec: r}

	nameKind := eName
	for _, f := range r.Ar {
		l.addForm(file, line, f, entry{kind: nameKind, actor: a})
		if a.Kind == Person {
			l.firstName(f)
		}
		if v := abdVariant(f); v != f && !slices.Contains(r.Ar, v) {
			l.add(v, entry{kind: nameKind, actor: a})
		}
	}
	for _, f := range r.Short {
		l.addForm(file, line, f, entry{kind: eShort, actor: a})
		if v := abdVariant(f); v != f && !slices.Contains(r.Short, v) {
			l.add(v, entry{kind: eShort, actor: a})
		}
	}
	// (a short form that is an ordinary word too names the person only after the full name)
	for _, f := range r.WordShort {
		l.addForm(file, line, f, entry{kind: eShort, actor: a, weak: true})
	}
	// (a name that is an ordinary word too — «فتح», «الشباب» — names the body only in quotation
	// marks: see quotedNames)
	for _, f := range r.Quoted {
		keys := phraseKeys(f)
		if len(keys) == 0 {
			l.problem(file, line, r.ID, "empty quoted form %q", f)
			continue
		}
		k := strings.Join(keys, " ")
		if b := l.kb.quoted[k]; b != nil && b != a {
			l.problem(file, line, r.ID, "quoted form %q is also %s's", f, b.ID)
			continue
		}
		if l.kb.quoted == nil {
			l.kb.quoted = map[string]*Actor{}
		}
		l.kb.quoted[k] = a
		l.kb.forms = append(l.kb.forms, formRec{key: k, text: f, actor: a, kind: eName, file: file, line: line})
	}
	if r.Capital != nil {
		for _, f := range r.Capital.Ar {
			l.addForm(file, line, f, entry{kind: eCapital, actor: a, country: a.ID})
		}
		if len(r.Capital.SharedWith) > 0 {
			if l.kb.sharedCapital == nil {
				l.kb.sharedCapital = map[*Actor][]string{}
			}
			l.kb.sharedCapital[a] = r.Capital.SharedWith
		}
	}
	for _, d := range r.Demonym {
		k := eDemonym
		if schema != "country" {
			k = eOrgAdj
		}
		for _, g := range nisbaForms(d) {
			// The feminine plural (روسيات) is only taken after a head noun it agrees with: alone
			// it is more often another word (مجريات "course", of مجري).
			e := entry{kind: k, actor: a, country: a.ID, num: g.num, weak: r.WeakDemonym || g.fempl, fempl: g.fempl && !r.WeakDemonym}
			if k == eDemonym && g.base {
				l.addForm(file, line, g.text, e)
			} else {
				l.add(g.text, e)
			}
		}
	}
	// adjectives that stand for an organisation only after a role or sector word ("المبعوث
	// الدولي" is the UN's envoy; "المجتمع الدولي" is not the UN)
	for _, d := range r.RoleDemonym {
		for _, g := range nisbaForms(d) {
			l.add(g.text, entry{kind: eOrgAdj, actor: a, country: a.ID, num: g.num, weak: true})
		}
	}
	for _, d := range r.DemonymPlural {
		// (and the indefinite accusative: "مسؤولين أتراكا", "خبراء روسا")
		for _, t := range []string{d, "ال" + d, d + "ا"} {
			l.add(t, entry{kind: eDemonym, actor: a, country: a.ID, num: pl, weak: r.WeakDemonym})
		}
	}
}

// abdVariant returns a name with its "عبد" compounds written the other way: joined where the
// record separates them ("عبد الله بن زايد" → "عبدالله بن زايد") and separated where it joins
// them ("عبدالملك الحوثي" → "عبد الملك الحوثي"). News writes both.
func abdVariant(name string) string {
	words := strings.Fields(name)
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "عبد" && i+1 < len(words):
			out = append(out, w+words[i+1])
			i++
		case strings.HasPrefix(w, "عبدال") && len(w) > len("عبدال")+2:
			out = append(out, "عبد", strings.TrimPrefix(w, "عبد"))
		default:
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// span parses a start/end pair into days; empty start is the beginning of time, empty end the end.
func (l *loader) span(file string, line int, id, start, end string) (int32, int32) {
	from, to := int32(-maxDay), maxDay
	if start != "" {
		d, err := parseDay(start)
		if err != nil {
			l.problem(file, line, id, "bad start date %q", start)
		} else {
			from = d
		}
	}
	if end != "" {
		d, err := parseDay(end)
		if err != nil {
			l.problem(file, line, id, "bad end date %q", end)
		} else {
			to = d
		}
	}
	return from, to
}

func (l *loader) firstName(form string) {
	f := strings.Fields(form)
	if len(f) < 2 {
		return
	}
	k := arabic.Key(f[0])
	if !l.kb.stop[k] && len([]rune(k)) >= 2 {
		l.kb.first[k] = true
	}
}

// addForm adds a name form and remembers it for Check.
func (l *loader) addForm(file string, line int, text string, e entry) {
	keys := l.add(text, e)
	if len(keys) > 0 {
		l.kb.forms = append(l.kb.forms, formRec{key: strings.Join(keys, " "), text: text, actor: e.actor, kind: e.kind, file: file, line: line})
	}
}

// add tokenizes a phrase into word keys and inserts it into the trie.
func (l *loader) add(text string, e entry) []string {
	keys := phraseKeys(text)
	if len(keys) == 0 {
		return nil
	}
	first, last := keys[0], keys[len(keys)-1]
	e.def = strings.HasPrefix(first, "ال")
	e.open = !definiteKey(last)
	l.kb.root.insert(keys, e)
	if len(keys) > l.kb.maxLen {
		l.kb.maxLen = len(keys)
	}
	return keys
}

// definiteKey reports a word key with the article, also after a conjunction or preposition
// ("والمغتربين" in "وزير الخارجية والمغتربين", "للشؤون", "بالإنابة"): a phrase ending in one
// takes an adjective, not a genitive.
func definiteKey(k string) bool {
	if r, ok := strings.CutPrefix(k, "و"); ok && len(r) > 4 {
		k = r
	} else if r, ok := strings.CutPrefix(k, "ف"); ok && len(r) > 4 {
		k = r
	}
	return strings.HasPrefix(k, "ال") || strings.HasPrefix(k, "لل") || strings.HasPrefix(k, "بال")
}

// phraseKeys returns the matching keys of the tokens of a phrase.
func phraseKeys(text string) []string {
	toks := arabic.Tokenize(text)
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		if k := tokenKey(t); k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

// tokenKey is the key a token is matched by.
func tokenKey(t arabic.Token) string {
	if t.Norm != "" {
		return t.Norm
	}
	return t.Text
}

// nisba is one generated form of a demonym.
type nisba struct {
	text  string
	num   number
	base  bool // the masculine singular without the article
	fempl bool // the feminine plural -ات
}

// nisbaSuffixes are the endings added to a masculine singular nisba (روسي): feminine, plurals,
// duals.
var nisbaSuffixes = []struct {
	suf string
	num number
}{{"", sg}, {"ة", sg}, {"ون", pl}, {"ين", pl}, {"ان", du}, {"تان", du}, {"تين", du}, {"ات", pl}, {"ا", sg}}

// nisbaForms generates the forms of a demonym, with and without the article. Every word of a
// multi-word demonym (كوري شمالي) takes the same ending and article.
//
// A word marked "=" is a noun that takes the article but no ending ("=جنوب أفريقي": جنوب
// أفريقية، الجنوب أفريقي، الجنوب الأفريقية …); with it, the article may also stand on the first
// word alone, as news writes it ("الرئيس الجنوب أفريقي").
func nisbaForms(base string) []nisba {
	words := strings.Fields(base)
	fixed := make([]bool, len(words))
	anyFixed := false
	for i, w := range words {
		if strings.HasPrefix(w, "=") {
			words[i], fixed[i], anyFixed = strings.TrimPrefix(w, "="), true, true
		}
	}
	var out []nisba
	for _, s := range nisbaSuffixes {
		for _, art := range []string{"", "ال", "ال1"} {
			if art == "ال1" && !anyFixed {
				continue
			}
			if s.suf == "ا" && art != "" {
				continue // the accusative -an is indefinite only: "مسؤولا مصريا"
			}
			parts := make([]string, len(words))
			for i, w := range words {
				a := art
				if art == "ال1" {
					a = ""
					if i == 0 {
						a = "ال"
					}
				}
				if fixed[i] {
					parts[i] = a + w
				} else {
					parts[i] = a + w + s.suf
				}
			}
			out = append(out, nisba{text: strings.Join(parts, " "), num: s.num, base: s.suf == "" && art == "", fempl: s.suf == "ات"})
		}
	}
	return out
}

// finish runs after all files are read.
func (l *loader) finish() {
	// Records may name organisations defined in later files; nothing to resolve eagerly, but the
	// trie entries are sorted so that lookups see a stable order.
	l.kb.root.sortEntries()
	l.kb.starts = newFirstWords(l.kb.root)
}
