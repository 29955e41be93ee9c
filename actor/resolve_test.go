package actor

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"gopkg.in/yaml.v3"

	"marsad/arabic"
)

var (
	testKBOnce sync.Once
	testKBVal  *KB
	testKBErr  error
)

// testKB is the embedded knowledge base plus the fixture people of testdata/fixtures that the
// embedded people data does not have.
func testKB(t testing.TB) *KB {
	t.Helper()
	testKBOnce.Do(func() { testKBVal, testKBErr = buildTestKB() })
	if testKBErr != nil {
		t.Fatalf("test knowledge base: %v", testKBErr)
	}
	return testKBVal
}

func buildTestKB() (*KB, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, err
	}
	mfs := fstest.MapFS{}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		mfs[p] = &fstest.MapFile{Data: b}
		return nil
	})
	if err != nil {
		return nil, err
	}
	base, err := Load(sub)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join("testdata", "fixtures", "people.yaml"))
	if err != nil {
		return nil, err
	}
	var fixtures []map[string]any
	if err := yaml.Unmarshal(b, &fixtures); err != nil {
		return nil, err
	}
	var missing []map[string]any
	for _, f := range fixtures {
		if id, _ := f["id"].(string); base.Actor(id) == nil {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		out, err := yaml.Marshal(missing)
		if err != nil {
			return nil, err
		}
		mfs["people/zz-test-fixtures.yaml"] = &fstest.MapFile{Data: out}
	}
	return Load(mfs)
}

// resolveCase is a line of testdata/resolve.tsv or testdata/people.tsv.
type resolveCase struct {
	file    string
	line    int
	date    time.Time
	text    string
	mention string
	code    string
	id      string
}

func readCases(t *testing.T, name string, required bool) []resolveCase {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		if !required && os.IsNotExist(err) {
			t.Logf("%s: not there yet", name)
			return nil
		}
		t.Fatal(err)
	}
	defer f.Close()
	var cases []resolveCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 5 {
			t.Errorf("%s:%d: want 5 tab-separated columns, got %d", name, n, len(cols))
			continue
		}
		if n == 1 && cols[0] == "date" {
			continue // a header line
		}
		d, err := time.Parse("2006-01-02", strings.TrimSpace(cols[0]))
		if err != nil {
			t.Errorf("%s:%d: bad date %q", name, n, cols[0])
			continue
		}
		cases = append(cases, resolveCase{file: name, line: n, date: d, text: cols[1],
			mention: strings.TrimSpace(cols[2]), code: strings.TrimSpace(cols[3]), id: strings.TrimSpace(cols[4])})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// resolveText runs a document over every sentence of text.
func resolveText(kb *KB, date time.Time, text string) []Mention {
	doc := kb.NewDoc(date)
	toks := arabic.Tokenize(text)
	var all []Mention
	for _, sp := range arabic.Sentences(text) {
		var sent []arabic.Token
		for _, t := range toks {
			if t.Start >= sp.Start && t.End <= sp.End {
				sent = append(sent, t)
			}
		}
		all = append(all, doc.Sentence(text, sent)...)
	}
	return all
}

// textKey normalises a mention text for comparison.
func textKey(s string) string {
	var ks []string
	for _, t := range arabic.Tokenize(s) {
		if t.Kind != arabic.Punct {
			ks = append(ks, tokenKey(t))
		}
	}
	return strings.Join(ks, " ")
}

// candidates lists the mentions, and the members of groups, whose text is the wanted one (the
// mention itself, or with its first word's proclitics).
func candidates(ms []Mention, text string, want string) []Mention {
	var out []Mention
	for _, m := range ms {
		full := m.Text
		if m.TokStart >= 0 {
			full = wholeWords(text, m)
		}
		got := textKey(m.Text)
		switch {
		case got == want, textKey(full) == want, textKey("ال"+m.Text) == want:
			// the mention, with its proclitics, or after لل (= ل + ال)
			out = append(out, m)
		case m.Type == Name && m.Actor != nil && strings.HasSuffix(got, " "+want):
			// a role with a name ("الرئيس الأمريكي دونالد ترامب") for a name
			out = append(out, m)
		}
		out = append(out, candidates(m.Group, text, want)...)
	}
	return out
}

// wholeWords returns the mention's text extended to the start of its first word.
func wholeWords(text string, m Mention) string {
	rs := []rune(text)
	start := m.Start
	for start > 0 && start <= len(rs) && !isSpaceRune(rs[start-1]) {
		start--
	}
	if m.End > len(rs) || start > m.End {
		return m.Text
	}
	return string(rs[start:m.End])
}

func isSpaceRune(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\u00a0' }

func groupCodes(m Mention) (codes, ids string) {
	var cs, is []string
	for _, g := range m.Group {
		cs = append(cs, g.Code)
		id := "-"
		if g.Actor != nil {
			id = g.Actor.ID
		}
		is = append(is, id)
	}
	slices.Sort(cs)
	slices.Sort(is)
	return strings.Join(cs, "+"), strings.Join(is, "+")
}

func sortedPlus(s string) string {
	p := strings.Split(s, "+")
	slices.Sort(p)
	return strings.Join(p, "+")
}

func checkCase(kb *KB, c resolveCase) (ok bool, got string) {
	ms := resolveText(kb, c.date, c.text)
	var desc []string
	for _, m := range ms {
		id := "-"
		if m.Actor != nil {
			id = m.Actor.ID
		}
		d := m.Text + "=" + m.Code + "/" + id
		if len(m.Group) > 0 {
			gc, gi := groupCodes(m)
			d = m.Text + "=[" + gc + "/" + gi + "]"
		}
		desc = append(desc, d)
	}
	got = strings.Join(desc, "; ")
	if c.mention == "-" {
		return len(ms) == 0, got
	}
	cands := candidates(ms, c.text, textKey(c.mention))
	if c.code == "-" {
		return len(cands) == 0, got
	}
	for _, m := range cands {
		id := "-"
		if m.Actor != nil {
			id = m.Actor.ID
		}
		if strings.Contains(c.code, "+") {
			gc, gi := groupCodes(m)
			if gc == sortedPlus(c.code) && (c.id == "-" || gi == sortedPlus(c.id)) {
				return true, got
			}
			continue
		}
		if m.Code == c.code && (c.id == id || c.id == "-" && m.Actor == nil || c.id == "*") {
			return true, got
		}
	}
	return false, got
}

// TestResolve runs the resolution cases of testdata/resolve.tsv and testdata/people.tsv (the
// latter written with the people data; it may not exist yet).
func TestResolve(t *testing.T) {
	kb := testKB(t)
	for _, file := range []string{"resolve.tsv", "people.tsv"} {
		cases := readCases(t, file, file == "resolve.tsv")
		if file == "resolve.tsv" && len(cases) < 250 {
			t.Errorf("%s: %d cases, want at least 250", file, len(cases))
		}
		failed := 0
		for _, c := range cases {
			if ok, got := checkCase(kb, c); !ok {
				failed++
				t.Errorf("%s:%d: %s\n\twant %q → %s %s\n\tgot  %s", c.file, c.line, c.text, c.mention, c.code, c.id, got)
			}
		}
		if len(cases) > 0 {
			t.Logf("%s: %d/%d cases pass", file, len(cases)-failed, len(cases))
		}
	}
}

// TestNisbaAliasAfterNoun: a family name that is a nisba adjective ("نبيل العربي"), right after
// a definite noun ("لبنان البلد العربي"), is the adjective, not the person named before.
func TestNisbaAliasAfterNoun(t *testing.T) {
	kb := testKB(t)
	first := `قال الأمين العام للجامعة العربية نبيل العربي إن الوضع خطير.`
	text := first + ` وأضاف أن لبنان البلد العربي يعاني. وأكد العربي أن الجامعة ستتحرك.`
	second := len([]rune(first))
	var later []string
	for _, m := range resolveText(kb, time.Date(2015, 7, 20, 0, 0, 0, 0, time.UTC), text) {
		if m.Start > second && m.Actor != nil && m.Actor.ID == "nabil-elaraby" {
			later = append(later, m.Text)
		}
	}
	if len(later) != 1 {
		t.Errorf("later mentions of the secretary-general: %q, want the one after وأكد only", later)
	}
}

// TestKnownNameAlias checks that the last word of a known person's name, named after a role,
// refers to them later in the document ("وزير الخارجية السوري وليد المعلم" … "المعلم").
func TestKnownNameAlias(t *testing.T) {
	kb := testKB(t)
	text := `قال وزير الخارجية السوري وليد المعلم إن الاتفاق لن يؤثر. وقال "المعلم" في مؤتمر صحفي إن الدعم مستمر.`
	second := len([]rune(`قال وزير الخارجية السوري وليد المعلم إن الاتفاق لن يؤثر.`))
	for _, m := range resolveText(kb, time.Date(2015, 7, 20, 0, 0, 0, 0, time.UTC), text) {
		if m.Start > second {
			if m.Actor == nil || m.Actor.ID != "walid-muallem" {
				t.Errorf("later mention %q resolved to %v", m.Text, m.Actor)
			}
			return
		}
	}
	t.Error("no mention in the second sentence")
}

// TestSonAlias: "بن X" at the end of a name ("جمال بن عمر", "زيد بن عمرو") names the same person
// later in the document, known or not; X alone is the father's name and names no one.
func TestSonAlias(t *testing.T) {
	kb := testKB(t)
	for _, tc := range []struct{ first, second, want string }{
		{"وحضر مبعوث الأمم المتحدة جمال بن عمر مراسم التوقيع.", "من جهته، قال بن عمر إن الاتفاق خطوة.", "IGOUNO"},
		{"قال المبعوث الأممي زيد بن عمرو إن المحادثات مستمرة.", "وأضاف بن عمرو أن الطرفين اتفقا.", "IGOUNO"},
	} {
		second := len([]rune(tc.first + " "))
		found := false
		for _, m := range resolveText(kb, time.Date(2014, 9, 21, 0, 0, 0, 0, time.UTC), tc.first+" "+tc.second) {
			if m.Start >= second && strings.Contains(m.Text, "بن") {
				found = true
				if m.Code != tc.want {
					t.Errorf("%s: %q is %s, want %s", tc.second, m.Text, m.Code, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention of the son's name", tc.second)
		}
	}
}

// TestKingdomAlias: a kingdom (sultanate) named in full is "المملكة" ("السلطنة") later in the
// document.
func TestKingdomAlias(t *testing.T) {
	kb := testKB(t)
	for _, tc := range []struct{ text, want string }{
		{"أعربت المملكة العربية السعودية عن قلقها. وأكدت المملكة دعمها للحل السياسي.", "SAU"},
		{"وقعت مملكة البحرين اتفاقا. وأكدت المملكة التزامها به.", "BHR"},
		{"استضافت سلطنة عمان المحادثات. وأكدت السلطنة استعدادها للوساطة.", "OMN"},
		// Saudi Arabia named by a nationality or an office of its is "the kingdom" too
		{"وقال وزير الخارجية السعودي إن الاجتماع كان مثمرا. وأكدت المملكة دعمها للحل السياسي.", "SAU"},
		{"وزار وزير الخارجية الإيراني مسقط. وأكدت السلطنة استعدادها للوساطة.", "OMN"},
		// Morocco, Jordan and Bahrain once their king is named
		{"استقبل جلالة الملك محمد السادس الرئيس الفرنسي. وأكدت المملكة دعمها للحل السياسي.", "MAR"},
		{"وقال العاهل الأردني إن الحرب يجب أن تتوقف. وأكدت المملكة دعمها للحل السياسي.", "JOR"},
	} {
		first := strings.Index(tc.text, ". ")
		second := len([]rune(tc.text[:first]))
		found := false
		for _, m := range resolveText(kb, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), tc.text) {
			if m.Start > second {
				found = true
				if m.Code != tc.want {
					t.Errorf("%s: later %q resolved to %q, want %s", tc.text, m.Text, m.Code, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no later mention", tc.text)
		}
	}
	// in the sentence that names the kingdom in another form, by office or capital, "المملكة"
	// (with its prepositions) is that kingdom already
	for _, tc := range []struct{ text, want, later string }{
		{"أكد وزير الخارجية السعودي أن المملكة ستواصل العمل مع واشنطن.", "SAU", ""},
		{"أكد الوزير خلال زيارته الرياض أن واشنطن ستواصل العمل مع المملكة. وأكدت المملكة دعمها.", "SAU", ""},
		{"ونفى متحدث باسم وزارة الدفاع السعودية أي علاقة للمملكة بالغارات.", "SAU", ""},
	} {
		codes := map[string]string{}
		for _, m := range resolveText(kb, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), tc.text) {
			if strings.Contains(m.Text, "مملكة") {
				codes[m.Text] = m.Code
			}
		}
		if len(codes) == 0 {
			t.Errorf("%s: the kingdom not resolved", tc.text)
		}
		for txt, c := range codes {
			if c != tc.want {
				t.Errorf("%s: %q resolved to %q, want %s", tc.text, txt, c, tc.want)
			}
		}
	}
	// with no kingdom named before, "المملكة" alone is nobody
	if ms := resolveText(kb, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), "وأكدت المملكة دعمها."); len(ms) != 0 {
		t.Errorf("bare المملكة resolved: %+v", ms)
	}
}

// TestBareOfficeCounterpart: an office named bare after two holders of it — the story's own,
// named by the bare office or by name, and his counterpart named with his country right after
// him — is the story's own; a holder named further back does not take it from the last one.
func TestBareOfficeCounterpart(t *testing.T) {
	kb := testKB(t)
	day := func(t *testing.T, s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct{ date, text, later, want string }{
		{"2015-08-07", "أجرى وزير الخارجية عادل بن أحمد الجبير مباحثات اليوم مع وزير الخارجية الإيطالي باولو جينتيلوني في روما. وقال وزير الخارجية إن المباحثات كانت مثمرة.", "وزير الخارجية", "SAUGOV"},
		{"2020-02-29", "وقع الاتفاق بحضور الشيخ محمد بن عبدالرحمن آل ثاني نائب رئيس مجلس الوزراء وزير الخارجية، ومايك بومبيو وزير الخارجية الأمريكي. وأكد وزير الخارجية أن قطر ستواصل دعم الشعب الأفغاني.", "وزير الخارجية", "QATGOV"},
		// the last holder, named with his country, when the other is far back
		{"2015-07-20", "وقال الرئيس محمد بخاري إن الجيش يحتاج إلى أسلحة. وقتل 11 شخصا في مروة بشمال الكاميرون. واستهدف التفجيران سوقا ومحطة حافلات في غومبيه. وأعلنت بوكو حرام مسؤوليتها عن الهجمات في نيجيريا والنيجر وتشاد والكاميرون وبنين. وأعلن مكتب رئيس الكاميرون بول بيا أن 11 شخصا قتلوا. ودعا الرئيس المواطنين إلى اليقظة.", "الرئيس", "CMRGOV"},
		// with no counterpart, the last holder
		{"2015-08-07", "التقى وزير الخارجية الإيطالي باولو جينتيلوني نظيره في روما. وقال وزير الخارجية إن المباحثات كانت مثمرة.", "وزير الخارجية", "ITAGOV"},
	} {
		last := strings.LastIndex(tc.text, ". ")
		second := len([]rune(tc.text[:last]))
		found := false
		for _, m := range resolveText(kb, day(t, tc.date), tc.text) {
			if m.Start > second && m.Text == tc.later {
				found = true
				if m.Code != tc.want {
					t.Errorf("%s: later %q resolved to %q, want %s", tc.text, m.Text, m.Code, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no later %q", tc.text, tc.later)
		}
	}
}

// TestSharedCapitalName: "طرابلس" is Libya's government in a story that names Libya or nothing
// else, and Lebanon's second city (no actor) in a story about Lebanon that does not name Libya.
func TestSharedCapitalName(t *testing.T) {
	kb := testKB(t)
	day := time.Date(2019, 10, 18, 0, 0, 0, 0, time.UTC)
	codes := func(text string) map[string]string {
		out := map[string]string{}
		for _, m := range resolveText(kb, day, text) {
			out[m.Text] = m.Code
		}
		return out
	}
	if got := codes("خرج آلاف اللبنانيين إلى الشوارع في بيروت. وتظاهر المئات في طرابلس."); got["طرابلس"] != "" {
		t.Errorf("Tripoli in a Lebanese story resolved to %q", got["طرابلس"])
	}
	if got := codes("وأعلنت طرابلس رفضها للاتفاق."); got["طرابلس"] != "LBY" {
		t.Errorf("Tripoli alone resolved to %q, want LBY", got["طرابلس"])
	}
	if got := codes("التقى وزير الخارجية اللبناني نظيره الليبي. وأكدت طرابلس دعمها."); got["طرابلس"] != "LBY" {
		t.Errorf("Tripoli with Libya named resolved to %q, want LBY", got["طرابلس"])
	}
	// "عمان" is Oman, but Amman when it opens a dateline or in a story about Jordan alone
	for _, tc := range []struct{ text, want string }{
		{"عمان 14 شباط (بترا)- حذرت دائرة الأرصاد الجوية من السيول.", "JOR"},
		{"شهدت العاصمة عمان احتجاجات غاضبة إثر رفع الأسعار.", "JOR"},
		{"ووصل الوزير إلى عمان في زيارة رسمية.", "OMN"},
		{"قال وزير الخارجية الأردني أيمن الصفدي إن الأردن يرفض القرار. وأكدت عمان موقفها.", "JOR"},
		{"وأعلنت عمان رفضها للقرار.", "OMN"},
		{"استقبل سلطان عمان هيثم بن طارق وزير الخارجية الأردني. وأكدت عمان دعمها.", "OMN"},
	} {
		ms := resolveText(kb, day, tc.text)
		last := ""
		for _, m := range ms {
			if m.Text == "عمان" {
				last = m.Code
			}
		}
		if last != tc.want {
			t.Errorf("%s: عمان resolved to %q, want %s", tc.text, last, tc.want)
		}
	}
}

// TestShortFormOfSomeoneNotYetInOffice: a surname alone names a person only once the person is
// in the news (an office or a code of the time), or after the full name.
func TestShortFormOfSomeoneNotYetInOffice(t *testing.T) {
	kb := testKB(t)
	code := func(day time.Time, text, word string) string {
		for _, m := range resolveText(kb, day, text) {
			if m.Text == word {
				return m.Code
			}
		}
		return ""
	}
	y2015 := time.Date(2015, 8, 1, 0, 0, 0, 0, time.UTC)
	y2019 := time.Date(2019, 8, 1, 0, 0, 0, 0, time.UTC)
	if c := code(y2015, "وافتتح الشمري أمس المجمع الدعوي في المركز.", "الشمري"); c != "" {
		t.Errorf("الشمري in 2015 resolved to %q, want nothing (Iraq's minister from 2019)", c)
	}
	if c := code(y2019, "وقال الشمري إن القوات العراقية جاهزة.", "الشمري"); c != "IRQGOV" {
		t.Errorf("الشمري in 2019 resolved to %q, want IRQGOV", c)
	}
	if c := code(y2015, "التقى وزير الخارجية الألماني هايكو ماس نظيره. وقال ماس إن المحادثات بناءة.", "ماس"); c == "" {
		t.Error("ماس after his full name resolved to nothing")
	}
	// a candidate, known by a code of his own before his office, is named alone before it
	if c := code(y2015, "وقال ترامب إن حملته ماضية.", "ترامب"); c == "" {
		t.Error("ترامب in 2015 resolved to nothing")
	}
}
