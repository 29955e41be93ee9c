package actor

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"marsad/arabic"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestCheckEmbedded: the data shipped in the binary is consistent (CI also runs `marsad kb check`).
func TestCheckEmbedded(t *testing.T) {
	for _, p := range Default().Check() {
		t.Errorf("%s", p)
	}
}

// TestCoverage checks the data promised by the schema: every UN member and the five others,
// every required office, at least 200 role words, 60 international organisations and 50 armed
// groups and movements.
func TestCoverage(t *testing.T) {
	kb := Default()
	count := map[Kind]int{}
	for _, a := range kb.Actors() {
		count[a.Kind]++
	}
	if count[CountryKind] != 198 {
		t.Errorf("countries: %d, want 198 (193 UN members + PSE KSV TWN ESH VAT)", count[CountryKind])
	}
	for _, c := range []string{"USA", "RUS", "SAU", "PSE", "KSV", "TWN", "ESH", "VAT", "SSD", "MRT", "COM"} {
		if kb.Actor(c) == nil {
			t.Errorf("country %s missing", c)
		}
	}
	if n := count[IGO] + count[NGO]; n < 60 {
		t.Errorf("international organisations: %d, want ≥ 60", n)
	}
	groups := 0
	for _, a := range kb.Actors() {
		if a.Kind == ArmedGroup || (a.Kind == Party || a.Kind == Government) && strings.Contains(kb.sourceOf(a), "armed_groups") {
			groups++
		}
	}
	if groups < 50 {
		t.Errorf("armed groups and movements: %d, want ≥ 50", groups)
	}
	required := strings.Fields(`president vice_president monarch crown_prince supreme_leader prime_minister
		deputy_prime_minister foreign_minister deputy_foreign_minister defence_minister interior_minister
		finance_minister energy_minister economy_minister justice_minister information_minister
		health_minister minister national_security_advisor presidential_aide intelligence_chief army_chief
		military_commander speaker legislator ambassador envoy spokesperson secretary_general
		central_bank_governor party_leader group_leader opposition_leader governor mayor judge
		religious_leader official`)
	for _, id := range required {
		if kb.offices[id] == nil {
			t.Errorf("office %s missing", id)
		}
	}
	roleWords := 0
	for _, f := range kb.roleForms() {
		_ = f
		roleWords++
	}
	if roleWords < 200 {
		t.Errorf("role words (offices + sectors): %d, want ≥ 200", roleWords)
	}
	t.Logf("%d countries, %d IGOs/NGOs, %d armed groups and movements, %d role words, %d records",
		count[CountryKind], count[IGO]+count[NGO], groups, roleWords, len(kb.Actors()))
}

// sourceOf returns the file a record was read from.
func (kb *KB) sourceOf(a *Actor) string {
	f, _ := kb.where(a)
	return f
}

// roleForms lists the distinct office and sector phrases of the trie.
func (kb *KB) roleForms() []string {
	var out []string
	var walk func(n *node, path []string)
	walk = func(n *node, path []string) {
		for _, e := range n.entries {
			if e.kind == eOffice || e.kind == eSector {
				out = append(out, strings.Join(path, " "))
				break
			}
		}
		for k, c := range n.next {
			walk(c, append(path, k))
		}
	}
	walk(kb.root, nil)
	return out
}

func TestCodeOnDated(t *testing.T) {
	kb := Default()
	tests := []struct {
		id, date, want string
	}{
		{"taliban", "2019-06-01", "AFGREB"},
		{"taliban", "2021-08-15", "AFGGOV"},
		{"taliban", "2024-01-01", "AFGGOV"},
		{"hts", "2020-01-01", "SYRREB"},
		{"hts", "2025-01-01", "SYRGOV"},
		{"rsf", "2021-01-01", "SDNMIL"},
		{"rsf", "2024-01-01", "SDNREB"},
		{"hamas", "2024-01-01", "PSEREB"},
		{"un", "2024-01-01", "IGOUNO"},
		{"RUS", "2024-01-01", "RUS"},
		{"kremlin", "2024-01-01", "RUSGOV"},
	}
	for _, tt := range tests {
		a := kb.Actor(tt.id)
		if a == nil {
			t.Errorf("%s: no record", tt.id)
			continue
		}
		if got := a.CodeOn(day(tt.date)); got != tt.want {
			t.Errorf("%s.CodeOn(%s) = %s, want %s", tt.id, tt.date, got, tt.want)
		}
	}
}

// fixtureFS is a small knowledge base for tests of the loader, the roles and Check.
func fixtureFS(extraPeople string) fstest.MapFS {
	return fstest.MapFS{
		"offices.yaml": {Data: []byte(`
- id: president
  sector: GOV
  ar: [الرئيس, رئيس]
- id: prime_minister
  sector: GOV
  ar: [رئيس الوزراء]
- id: foreign_minister
  sector: GOV
  ar: [وزير الخارجية]
- id: minister
  sector: GOV
  multi: true
  ar: [الوزير]
- id: secretary_general
  sector: GOV
  ar: [الأمين العام]
`)},
		"countries.yaml": {Data: []byte(`
- {id: FRA, iso2: FR, en: France, ar: [فرنسا], demonym: [فرنسي], capital: {en: Paris, ar: [باريس]}}
- {id: DEU, iso2: DE, en: Germany, ar: [ألمانيا], demonym: [ألماني], demonym_plural: [ألمان]}
`)},
		"orgs/igos.yaml": {Data: []byte(`
- {id: un, kind: igo, en: United Nations, ar: [الأمم المتحدة], code: IGOUNO}
- id: front
  kind: armed_group
  en: A front
  country: FRA
  ar: [الجبهة الحمراء]
  code: FRAREB
  codes:
    - {code: FRAREB, end: 2020-01-01}
    - {code: FRAGOV, start: 2020-01-01}
`)},
		"people/a.yaml": {Data: []byte(`
- id: jean-dupont
  en: Jean Dupont
  country: FRA
  ar: [جان دوبون]
  short: [دوبون]
  roles:
    - {office: foreign_minister, country: FRA, start: 2015-01-01, end: 2019-12-31}
    - {office: president, country: FRA, start: 2020-01-01}
  code: FRAELI
- id: pierre-martin
  en: Pierre Martin
  country: FRA
  ar: [بيير مارتان]
  short: [مارتان]
  roles:
    - {office: foreign_minister, country: FRA, start: 2019-12-31}
- id: anna-schmidt
  en: Anna Schmidt
  country: DEU
  ar: [آنا شميت]
  short: [شميت]
  roles:
    - {office: secretary_general, org: un, start: 2018-01-01}
` + extraPeople)},
	}
}

func TestRolesAndHolders(t *testing.T) {
	kb, err := Load(fixtureFS(""))
	if err != nil {
		t.Fatal(err)
	}
	if ps := kb.Check(); len(ps) > 0 {
		t.Fatalf("fixture has problems: %v", ps)
	}
	dupont := kb.Actor("jean-dupont")
	tests := []struct {
		office, where, date, want string
	}{
		{"foreign_minister", "FRA", "2016-05-01", "jean-dupont"},
		{"foreign_minister", "FRA", "2019-12-31", "pierre-martin"}, // the handover day goes to the newcomer
		{"foreign_minister", "FRA", "2023-01-01", "pierre-martin"},
		{"president", "FRA", "2019-06-01", ""},
		{"president", "FRA", "2021-06-01", "jean-dupont"},
		{"secretary_general", "un", "2021-06-01", "anna-schmidt"},
		{"secretary_general", "un", "2017-06-01", ""},
		{"prime_minister", "FRA", "2021-06-01", ""},
		{"no_such_office", "FRA", "2021-06-01", ""},
	}
	for _, tt := range tests {
		got := ""
		if a := kb.Holder(tt.office, tt.where, day(tt.date)); a != nil {
			got = a.ID
		}
		if got != tt.want {
			t.Errorf("Holder(%s, %s, %s) = %q, want %q", tt.office, tt.where, tt.date, got, tt.want)
		}
	}
	codes := []struct{ date, code, office string }{
		{"2016-01-01", "FRAGOV", "foreign_minister"},
		{"2014-01-01", "FRAELI", ""}, // before any role: the fallback code
		{"2022-01-01", "FRAGOV", "president"},
	}
	for _, c := range codes {
		if got := dupont.CodeOn(day(c.date)); got != c.code {
			t.Errorf("CodeOn(%s) = %s, want %s", c.date, got, c.code)
		}
		r, ok := dupont.RoleOn(day(c.date))
		if ok != (c.office != "") || r.Office != c.office {
			t.Errorf("RoleOn(%s) = %v %v, want %q", c.date, r, ok, c.office)
		}
	}
	if got := kb.Actor("anna-schmidt").CodeOn(day("2020-01-01")); got != "IGOUNO" {
		t.Errorf("a role in an organisation takes its code: got %s, want IGOUNO", got)
	}
	if got := kb.Actor("front").CodeOn(day("2019-01-01")); got != "FRAREB" {
		t.Errorf("dated code before the change: %s", got)
	}
	if got := kb.Actor("front").CodeOn(day("2021-01-01")); got != "FRAGOV" {
		t.Errorf("dated code after the change: %s", got)
	}
}

func TestCheckFindsProblems(t *testing.T) {
	bad := `
- id: marie-curie
  en: Marie Curie
  country: FRA
  ar: [بيير مارتان]
  roles:
    - {office: president, country: FRA, start: 2021-01-01}
    - {office: astronaut, country: FRA, start: 2021-01-01}
    - {office: minister, country: XXX, start: 2021-13-01}
    - {office: minister, org: nowhere, start: 2022-01-01, end: 2021-01-01}
  code: fraeli
- id: Bad_ID
  ar: [شخص]
  roles:
    - {office: minister, country: FRA, org: un, start: 2020-01-01}
- id: jean-dupont
  ar: [مكرر]
  code: FRA
- id: no-name
  code: FRA
  colour: blue
`
	kb, err := Load(fixtureFS(bad))
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, p := range kb.Check() {
		msgs = append(msgs, p.String())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		"president of FRA from 2021-01-01 overlaps jean-dupont", // two presidents at once
		`unknown office "astronaut"`,
		`unknown country "XXX"`,
		`bad start date "2021-13-01"`,
		`unknown org "nowhere"`,
		"starts (2022-01-01) after it ends (2021-01-01)",
		`malformed code "fraeli"`,
		"id must be a lowercase ASCII slug",
		"has both country and org",
		"duplicate id",
		"no Arabic name",
		`unknown field "colour"`,
		`form "بيير مارتان" is also a form of pierre-martin`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("Check did not report %q; it reported:\n%s", want, all)
		}
	}
	// Two foreign ministers who hand over on one day are not an overlap; ministers are multi-seat.
	if strings.Contains(all, "foreign_minister of FRA") || strings.Contains(all, "minister of FRA from") {
		t.Errorf("handover or multi-seat office reported as an overlap:\n%s", all)
	}
}

func TestLoadErrors(t *testing.T) {
	fsys := fixtureFS("")
	fsys["people/broken.yaml"] = &fstest.MapFile{Data: []byte("- id: x\n  ar: [unclosed\n")}
	if _, err := Load(fsys); err == nil || !strings.Contains(err.Error(), "people/broken.yaml") {
		t.Errorf("Load of a broken file: err = %v, want one naming the file", err)
	}
	delete(fsys, "offices.yaml")
	delete(fsys, "people/broken.yaml")
	if _, err := Load(fsys); err == nil || !strings.Contains(err.Error(), "offices.yaml") {
		t.Errorf("Load without offices.yaml: err = %v", err)
	}
	// The lenient loader behind Default keeps what it could read and reports the rest.
	fsys = fixtureFS("")
	fsys["people/broken.yaml"] = &fstest.MapFile{Data: []byte(":\n- [")}
	kb, errs := load(fsys)
	if len(errs) != 1 || kb.Actor("jean-dupont") == nil {
		t.Errorf("lenient load: errs=%v, jean-dupont loaded=%v", errs, kb.Actor("jean-dupont") != nil)
	}
	if ps := kb.Check(); !slices.ContainsFunc(ps, func(p Problem) bool { return p.File == "people/broken.yaml" }) {
		t.Errorf("Check does not report the broken file: %v", ps)
	}
}

func TestAbdVariant(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"عبد الله بن زايد", "عبدالله بن زايد"},
		{"عبدالملك الحوثي", "عبد الملك الحوثي"},
		{"محمد بن عبد الرحمن آل ثاني", "محمد بن عبدالرحمن آل ثاني"},
		{"عبد ربه منصور هادي", "عبدربه منصور هادي"},
		{"مظلوم عبدي", "مظلوم عبدي"},
		{"عبد", "عبد"},
	} {
		if got := abdVariant(tt.in); got != tt.want {
			t.Errorf("abdVariant(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCountryGroups checks words.yaml's country_groups: a fixed group of states named as one
// resolves to its members, and a member that is no country is reported by Check.
func TestCountryGroups(t *testing.T) {
	fsys := fixtureFS("")
	fsys["words.yaml"] = &fstest.MapFile{Data: []byte("country_groups:\n  FRA+DEU: [الثنائي الأوروبي]\n  FRA+XXX: [الثنائي المجهول]\n")}
	kb, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, p := range kb.Check() {
		msgs = append(msgs, p.String())
	}
	if all := strings.Join(msgs, "\n"); !strings.Contains(all, `country_groups "FRA+XXX": "XXX" is no country`) {
		t.Errorf("Check did not report the unknown member; it reported:\n%s", all)
	}
	text := "ودعا الثنائي الأوروبي إلى الحوار."
	var got []string
	for _, m := range kb.NewDoc(day("2025-08-20")).Sentence(text, arabic.Tokenize(text)) {
		for _, g := range m.Group {
			got = append(got, g.Code)
		}
	}
	if strings.Join(got, "+") != "FRA+DEU" {
		t.Errorf("group members = %v, want FRA and DEU", got)
	}
}
