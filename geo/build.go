package geo

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// BuildStats counts what Build wrote and what it left out.
type BuildStats struct {
	Countries, Admin1, Regions, Capitals, Cities, Districts int
	Names                                                   int // Arabic names written (all entries)
	CommonNames                                             int // names marked as common words (need a cue)
	PlaceWords                                              int // names the news uses mostly as places
	DroppedNames                                            int // names left out as noise
	DroppedEntries                                          int // entries left out (no usable name)
	Corrected                                               int // entries changed or added by aliases.tsv
}

// Entries is the number of entries written.
func (s BuildStats) Entries() int {
	return s.Countries + s.Admin1 + s.Regions + s.Capitals + s.Cities + s.Districts
}

// arabCountries are the countries whose first-level regions carry Arabic native names in
// states.csv (elsewhere the "native" column is another script or a machine translation).
var arabCountries = map[string]bool{
	"SA": true, "AE": true, "BH": true, "KW": true, "QA": true, "OM": true, "YE": true, "IQ": true,
	"SY": true, "LB": true, "JO": true, "PS": true, "EG": true, "SD": true, "LY": true, "TN": true,
	"DZ": true, "MA": true, "MR": true, "SO": true, "DJ": true, "KM": true,
}

// Thresholds of the common-word filter, in occurrences per the news corpus (≈ 31,000 articles
// of Saudi news, 2015): a one-word name whose folded form is at least this frequent is a word
// of the language as much as a place name.
const (
	commonFreq = 150 // mark the name: it needs a cue (مدينة، محافظة …) or a country context
	// commonFreqForeign is the same for places outside the Arab countries.
	commonFreqForeign = 40
	// wordFreqForeign drops such a one-word name outright, whatever the place's size: a
	// foreign town called بيان (Bei'an), تغيير (Changge) or رجل (Man) is a machine
	// translation, and no country named in the article makes the word a place.
	wordFreqForeign = 300
	alFreq          = 40 // above this the name without ال is not indexed as a variant
	dropPop         = 100000
	placeMin        = 20   // a name this frequent …
	placeShare      = 0.15 // … with this share after a locative …
	placeAlt        = 0.2  // … and the other definiteness this rare is a place word ("!" in the file)
)

type bentry struct {
	Entry
	names []string // Arabic names; the first is the canonical one
	hand  bool
	def   bool // preferred reading among homonyms (aliases.tsv flag d)
	cuew  bool // aliases.tsv flag w: a common word, needs a cue
}

type builder struct {
	shared    string
	iso3      map[string]string // ISO2 → ISO3
	capitalEn map[string]string // ISO3 → English capital name
	byID      map[string]*bentry
	order     []string
	freq      map[string]int
	loc       map[string]int
	drops     []drop
	byName    map[string][]*bentry // ISO3|folded English name → places, for aliases.tsv // occurrences after a locative (في، إلى، مدينة …) or with ب
	stats     BuildStats
}

// Build compiles the gazetteer from the shared data directory (data/geo/*, and the news corpus
// data/news/saudinewsnet for word frequencies) plus the hand-written data/aliases.tsv embedded
// in this package, and writes the gzipped TSV that Default loads. The output is deterministic.
func Build(shared string, w io.Writer) (BuildStats, error) {
	b := &builder{shared: shared, iso3: map[string]string{}, capitalEn: map[string]string{}, byID: map[string]*bentry{}}
	steps := []struct {
		name string
		fn   func() error
	}{
		{"countries", b.loadCountries},
		{"territory names", b.loadCLDR},
		{"states", b.loadStates},
		{"cities", b.loadCities},
		{"aliases", b.loadAliases},
		{"world cities", b.loadWorldCities},
		{"word frequencies", b.loadFreq},
	}
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return b.stats, fmt.Errorf("geo: build %s: %w", s.name, err)
		}
		slog.Debug("geo build", "step", s.name, "entries", len(b.byID))
	}
	b.clean()
	if err := b.write(w); err != nil {
		return b.stats, fmt.Errorf("geo: build write: %w", err)
	}
	return b.stats, nil
}

func (b *builder) path(elem ...string) string {
	return filepath.Join(append([]string{b.shared}, elem...)...)
}

func (b *builder) add(e *bentry) {
	if _, ok := b.byID[e.ID]; !ok {
		b.order = append(b.order, e.ID)
	}
	b.byID[e.ID] = e
}

// loadFreq counts, over the news corpus, the folded one-word names of the gazetteer and their
// forms with and without ال: all that the filters ask about.
func (b *builder) loadFreq() error {
	b.freq = map[string]int{}
	b.loc = map[string]int{}
	for _, id := range b.order {
		for _, n := range b.byID[id].names {
			k := key(n)
			if strings.Contains(k, " ") {
				// (the words of a longer name too, for literal translations: "عيد الفطر")
				for _, w := range strings.Fields(k) {
					b.freq[w] = 0
				}
				continue
			}
			b.freq[k], b.freq["ال"+k] = 0, 0
			if bare, ok := stripAl(k); ok {
				b.freq[bare] = 0
			}
		}
	}
	files, err := filepath.Glob(b.path("data", "news", "saudinewsnet", "*.zip"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("no news corpus under data/news/saudinewsnet")
	}
	// One worker per CPU, each counting into its own maps over the fixed key set.
	jobs := make(chan string)
	type result struct {
		freq, loc map[string]int
		err       error
	}
	results := make(chan result)
	workers := min(runtime.GOMAXPROCS(0), len(files))
	for range workers {
		go func() {
			r := result{freq: map[string]int{}, loc: map[string]int{}}
			for f := range jobs {
				if r.err != nil {
					continue
				}
				if err := b.countZip(f, r.freq, r.loc); err != nil {
					r.err = fmt.Errorf("%s: %w", f, err)
				}
			}
			results <- r
		}()
	}
	go func() {
		for _, f := range files {
			jobs <- f
		}
		close(jobs)
	}()
	// Merge only when every worker is done: they read b.freq's key set while they run.
	var first error
	all := make([]result, 0, workers)
	for range workers {
		r := <-results
		if r.err != nil && first == nil {
			first = r.err
		}
		all = append(all, r)
	}
	for _, r := range all {
		for k, n := range r.freq {
			b.freq[k] += n
		}
		for k, n := range r.loc {
			b.loc[k] += n
		}
	}
	return first
}

// countZip counts the words of one zip of the corpus into freq and loc; b.freq is only read.
func (b *builder) countZip(path string, freq, loc map[string]int) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		var docs []struct {
			Title   string `json:"title"`
			Content string `json:"content"`
		}
		err = json.NewDecoder(rc).Decode(&docs)
		rc.Close()
		if err != nil {
			return err
		}
		for _, d := range docs {
			b.countText(d.Title, freq, loc)
			b.countText(d.Content, freq, loc)
		}
	}
	return nil
}

var corpusLocatives = map[string]bool{}

func init() {
	for _, w := range []string{"في", "إلى", "الى", "منطقة", "مدينة", "محافظة", "بمنطقة", "بمدينة", "بمحافظة", "ومحافظة", "ومدينة", "ومنطقة", "لمنطقة", "لمدينة", "لمحافظة"} {
		corpusLocatives[key(w)] = true
	}
}

func (b *builder) countText(s string, freq, loc map[string]int) {
	prev := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !isMark(r) }) {
		k := key(w)
		if _, ok := b.freq[k]; ok {
			freq[k]++
			if corpusLocatives[prev] {
				loc[k]++
			}
		}
		if rest, ok := strings.CutPrefix(k, "ب"); ok && utf8.RuneCountInString(rest) >= 3 {
			if _, ok := b.freq[rest]; ok {
				loc[rest]++
			}
		}
		prev = k
	}
}

// placeWord reports whether the news corpus uses a one-word name mostly as a place: often
// enough, rarely in the other form of definiteness (a proper name does not alternate تبوك/التبوك
// the way a noun does وقت/الوقت), and a fair share of the time after a locative (في تبوك، بتبوك،
// منطقة تبوك).
func (b *builder) placeWord(k string) bool {
	if genericWords[k] {
		return false
	}
	f := b.freq[k]
	alt := "ال" + k
	if bare, ok := stripAl(k); ok {
		alt = bare
	}
	return f >= placeMin && float64(b.freq[alt]) <= placeAlt*float64(f) && float64(b.loc[k]) >= placeShare*float64(f)
}

// genericWords are nouns for kinds of places and directions, never taken as the one-word name
// of a place from the sources (they hold such machine translations: North → شمال).
var genericWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`شمال جنوب شرق غرب وسط الشمال الجنوب الشرق الغرب الوسط شمالي جنوبي
		المنطقة المدينة العاصمة البلدة القرية الحي المركز الميناء الجزيرة الساحل الوادي الجبل الصحراء
		الخليج البحر النهر السوق الشارع الجامعة المطار البلد البلاد الأحياء المحافظة الولاية الدولة
		الإقليم القلعة القصر المدرسة السجن الجامع المسجد منطقة مدينة بلدة قرية حي مركز ميناء جزيرة
		ساحل وادي جبل صحراء خليج بحر نهر سوق شارع جامعة مطار بلد دولة قلعة قصر مدرسة سجن مسجد
		كنيسة الكنيسة ساحة الساحة حديقة الحديقة مزرعة المزرعة عاصمة محافظة ولاية إقليم المقر المكتب
		مكتب الغابات المنتزه المقهى الكلية الكليات الجزر حدود الحدود`) {
		genericWords[key(w)] = true
	}
}

func readTSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var head []string
	var rows []map[string]string
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if head == nil {
			head = cols
			continue
		}
		row := make(map[string]string, len(head))
		for i, h := range head {
			if i < len(cols) {
				row[h] = strings.TrimSpace(cols[i])
			}
		}
		rows = append(rows, row)
	}
	return rows, sc.Err()
}

func readCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, errors.New("empty file")
	}
	head := recs[0]
	head[0] = strings.TrimPrefix(head[0], "\ufeff")
	rows := make([]map[string]string, 0, len(recs)-1)
	for _, rec := range recs[1:] {
		row := make(map[string]string, len(head))
		for i, h := range head {
			if i < len(rec) {
				row[h] = strings.TrimSpace(rec[i])
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func atof(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

func atoi(s string) int {
	f, _ := strconv.ParseFloat(s, 64)
	return int(f)
}

// cleanName trims a source name and drops it if it is not plausible Arabic.
func cleanName(s string) string {
	s = strings.TrimSpace(norm.NFC.String(s))
	s = strings.Join(strings.Fields(s), " ")
	if !isArabicName(s) {
		return ""
	}
	for _, p := range []string{"في ", "من ", "على ", "إلى ", "الى "} {
		if strings.HasPrefix(s, p) {
			return ""
		}
	}
	return s
}

func (b *builder) loadCountries() error {
	rows, err := readTSV(b.path("data", "geo", "countries.tsv"))
	if err != nil {
		return err
	}
	for _, r := range rows {
		iso3, iso2 := r["iso3"], r["iso2"]
		if len(iso3) != 3 || len(iso2) != 2 {
			continue
		}
		b.iso3[iso2] = iso3
		b.capitalEn[iso3] = r["capital_en"]
		e := &bentry{Entry: Entry{ID: iso3, Name: r["name_en"], Country: iso3, Type: TypeCountry,
			Wikidata: r["wikidata"], Lat: atof(r["lat"]), Lon: atof(r["lon"]), Population: atoi(r["population"])}}
		if n := cleanName(r["name_ar"]); n != "" {
			e.names = append(e.names, n)
		}
		b.add(e)
	}
	return nil
}

// loadCLDR adds the CLDR Arabic territory names (and their short/variant forms) to countries.
func (b *builder) loadCLDR() error {
	f, err := os.ReadFile(b.path("data", "geo", "cldr-ar", "territories.json"))
	if err != nil {
		return err
	}
	var doc struct {
		Main map[string]struct {
			LDN struct {
				Territories map[string]string `json:"territories"`
			} `json:"localeDisplayNames"`
		} `json:"main"`
	}
	if err := json.Unmarshal(f, &doc); err != nil {
		return err
	}
	terr := doc.Main["ar"].LDN.Territories
	codes := make([]string, 0, len(terr))
	for c := range terr {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		iso2, _, _ := strings.Cut(c, "-alt-")
		e := b.byID[b.iso3[iso2]]
		if e == nil {
			continue
		}
		for _, part := range strings.Split(terr[c], " - ") {
			if n := cleanName(part); n != "" {
				e.addName(n)
			}
		}
	}
	return nil
}

func (e *bentry) addName(n string) {
	k := key(n)
	for _, o := range e.names {
		if key(o) == k {
			return
		}
	}
	e.names = append(e.names, n)
}

// typePrefixes are words that name the kind of a region; a name with one also gets a variant
// without it (محافظة البصرة → البصرة is the city's name too, and is kept apart by ranking).
var typePrefixes = []string{"محافظة ", "منطقة ", "ولاية ", "إمارة ", "امارة ", "مقاطعة ", "إقليم ", "اقليم ", "قضاء ", "لواء ", "شعبية ", "بلدية "}

func (b *builder) loadStates() error {
	rows, err := readCSV(b.path("data", "geo", "states.csv"))
	if err != nil {
		return err
	}
	for _, r := range rows {
		if r["parent_id"] != "" || r["iso3166_2"] == "" {
			continue
		}
		iso3 := b.iso3[r["country_code"]]
		if iso3 == "" {
			continue
		}
		e := &bentry{Entry: Entry{ID: r["iso3166_2"], Name: r["name"], Country: iso3, Admin1: r["iso3166_2"],
			Type: TypeAdmin1, Wikidata: r["wikiDataId"], Lat: atof(r["latitude"]), Lon: atof(r["longitude"]),
			Population: atoi(r["population"])}}
		if arabCountries[r["country_code"]] {
			if n := cleanName(r["native"]); n != "" {
				e.names = append(e.names, n)
				for _, p := range typePrefixes {
					if strings.HasPrefix(n, p) && utf8.RuneCountInString(n) > utf8.RuneCountInString(p)+2 {
						e.addName(strings.TrimPrefix(n, p))
					}
				}
			}
		}
		b.add(e)
	}
	return nil
}

var cityTypes = map[string]string{
	"capital": TypeCapital, "city": TypeCity, "town": TypeCity, "locality": TypeCity, "municipality": TypeCity,
	"settlement": TypeCity, "village": TypeCity, "adm1": TypeCity, "adm2": TypeCity, "adm3": TypeCity,
	"adm4": TypeCity, "gov_seat": TypeCity, "cities": TypeCity, "special municipality": TypeCity,
	"district": TypeDistrict, "county": TypeDistrict, "section": TypeDistrict, "regency": TypeDistrict,
	"prefecture": TypeDistrict, "province": TypeDistrict, "banner": TypeDistrict, "area": TypeDistrict,
	"parish": TypeDistrict, "subdistrict": TypeDistrict, "township": TypeDistrict,
	"administrative zone": TypeDistrict,
}

func (b *builder) loadCities() error {
	rows, err := readTSV(b.path("data", "geo", "cities.tsv"))
	if err != nil {
		return err
	}
	for _, r := range rows {
		typ, ok := cityTypes[r["type"]]
		iso3 := b.iso3[r["country"]]
		if !ok || iso3 == "" {
			continue
		}
		if typ == TypeCapital && !sameName(r["name_en"], b.capitalEn[iso3]) {
			typ = TypeDistrict // a quarter of the capital, not the capital
		}
		if r["lat"] == "" || atof(r["lat"]) == 0 && atof(r["lon"]) == 0 {
			b.stats.DroppedEntries++ // no coordinates
			continue
		}
		e := &bentry{Entry: Entry{ID: "c" + r["id"], Name: r["name_en"], Country: iso3, Type: typ,
			Wikidata: r["wikidata"], Lat: atof(r["lat"]), Lon: atof(r["lon"]), Population: atoi(r["population"])}}
		if a := r["country"] + "-" + r["state_code"]; b.byID[a] != nil && b.byID[a].Type == TypeAdmin1 {
			e.Admin1 = a
		}
		if n := cleanName(r["name_ar"]); n != "" {
			e.names = append(e.names, n)
		} else {
			b.stats.DroppedEntries++
			continue
		}
		b.add(e)
	}
	return nil
}

// foldEn folds an English name for matching: accents removed, lower case, letters only.
func foldEn(s string) string {
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.IsLetter(r) && r < 0x250 {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

func sameName(a, b string) bool {
	fa, fb := foldEn(a), foldEn(b)
	return fa != "" && (fa == fb || strings.HasPrefix(fa, fb) || strings.HasPrefix(fb, fa))
}

// loadAliases merges data/aliases.tsv: corrections and additions written by hand.
//
// Columns: type, country (ISO3), admin1, English name, lat, lon, population, Wikidata, flags,
// Arabic names separated by "|". A line that matches an entry (same ISO3 for a country, same
// code for an admin1, else same country and English name) corrects it: its names come first
// and its non-empty fields replace the source's. Other lines add entries and must give
// coordinates. Type "drop" removes the listed Arabic names from every entry of that country
// (or of all countries for "*"). Flags: d = the default reading among homonyms, w = a common
// word that needs a cue.
func (b *builder) loadAliases() error {
	sc := bufio.NewScanner(strings.NewReader(aliasesTSV))
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		c := strings.Split(text, "\t")
		if len(c) != 10 {
			return fmt.Errorf("aliases.tsv:%d: %d columns, want 10", line, len(c))
		}
		typ, country, admin1, name := c[0], c[1], c[2], c[3]
		var names []string
		for _, n := range strings.Split(c[9], "|") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if typ == "drop" {
			b.drops = append(b.drops, drop{country, names})
			continue
		}
		if !validType(typ) {
			return fmt.Errorf("aliases.tsv:%d: bad type %q", line, typ)
		}
		e := b.match(typ, country, admin1, name)
		if e == nil {
			if c[4] == "" || c[5] == "" {
				return fmt.Errorf("aliases.tsv:%d: %s (%s) matches no entry and has no coordinates", line, name, country)
			}
			e = &bentry{Entry: Entry{ID: "h:" + country + ":" + foldEn(name), Name: name, Country: country, Type: typ}}
			b.add(e)
			if b.byName != nil && typ != TypeAdmin1 && typ != TypeRegion {
				k := country + "|" + foldEn(name)
				b.byName[k] = append(b.byName[k], e)
			}
		}
		e.hand = true
		e.Type = typ
		if a := b.byID[admin1]; admin1 != "" && (a == nil || a.Type != TypeAdmin1) {
			return fmt.Errorf("aliases.tsv:%d: unknown admin1 %q", line, admin1)
		}
		if admin1 != "" {
			e.Admin1 = admin1
		}
		if c[4] != "" {
			e.Lat, e.Lon = atof(c[4]), atof(c[5])
		}
		if c[6] != "" {
			e.Population = atoi(c[6])
		}
		if c[7] != "" {
			e.Wikidata = c[7]
		}
		e.def = strings.Contains(c[8], "d")
		e.cuew = strings.Contains(c[8], "w")
		old := e.names
		e.names = nil
		for _, n := range names {
			e.addName(n)
		}
		if !strings.Contains(c[8], "r") { // r: replace the source names instead of adding to them
			for _, n := range old {
				e.addName(n)
			}
		}
		b.stats.Corrected++
	}
	return sc.Err()
}

func validType(t string) bool {
	switch t {
	case TypeCountry, TypeAdmin1, TypeRegion, TypeCapital, TypeCity, TypeDistrict:
		return true
	}
	return false
}

func (b *builder) match(typ, country, admin1, name string) *bentry {
	switch {
	case typ == TypeCountry:
		return b.byID[country]
	case typ == TypeAdmin1 && admin1 != "":
		if e := b.byID[admin1]; e != nil {
			return e
		}
	}
	if typ == TypeRegion || typ == TypeAdmin1 {
		return nil
	}
	if b.byName == nil {
		b.byName = map[string][]*bentry{}
		for _, id := range b.order {
			if e := b.byID[id]; e.Type != TypeCountry && e.Type != TypeAdmin1 && e.Type != TypeRegion {
				k := e.Country + "|" + foldEn(e.Name)
				b.byName[k] = append(b.byName[k], e)
			}
		}
	}
	var best *bentry
	for _, e := range b.byName[country+"|"+foldEn(name)] {
		if best == nil || e.Population > best.Population {
			best = e
		}
	}
	return best
}

type drop struct {
	country string
	names   []string
}

func (b *builder) dropNames(country string, names []string) {
	drop := map[string]bool{}
	for _, n := range names {
		drop[key(n)] = true
	}
	for _, id := range b.order {
		e := b.byID[id]
		if country != "*" && e.Country != country {
			continue
		}
		kept := e.names[:0]
		for _, n := range e.names {
			if drop[key(n)] {
				b.stats.DroppedNames++
				continue
			}
			kept = append(kept, n)
		}
		e.names = kept
	}
}

// loadWorldCities adds the Arabic names of world-cities-en-ar.csv (Wikidata labels, better than
// the machine-made ones) to the entries they match by country and English name.
func (b *builder) loadWorldCities() error {
	rows, err := readCSV(b.path("data", "geo", "world-cities-en-ar.csv"))
	if err != nil {
		return err
	}
	byCountryName := map[string]string{}
	for _, id := range b.order {
		if e := b.byID[id]; e.Type == TypeCountry {
			byCountryName[foldEn(e.Name)] = e.Country
			for _, n := range e.names {
				byCountryName[key(n)] = e.Country
			}
		}
	}
	index := map[string][]*bentry{}
	for _, id := range b.order {
		e := b.byID[id]
		if e.Type == TypeCapital || e.Type == TypeCity || e.Type == TypeDistrict {
			k := e.Country + "|" + foldEn(e.Name)
			index[k] = append(index[k], e)
		}
	}
	for _, r := range rows {
		iso3 := byCountryName[foldEn(r["CountryNameEn"])]
		if iso3 == "" {
			iso3 = byCountryName[key(r["CountryNameAr"])]
		}
		cands := index[iso3+"|"+foldEn(r["CityNameEn"])]
		if len(cands) == 0 {
			continue
		}
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].Population > cands[j].Population })
		e := cands[0]
		n := cleanName(r["CityNameAr"])
		if n == "" {
			continue
		}
		for _, p := range typePrefixes {
			n = strings.TrimPrefix(n, p)
		}
		e.addName(n)
		if e.Population == 0 {
			e.Population = atoi(r["Population"])
		}
	}
	return nil
}

var typeRank = map[string]int{TypeCountry: 6, TypeCapital: 5, TypeAdmin1: 4, TypeRegion: 4, TypeCity: 3, TypeDistrict: 1}

// clean drops noise: duplicate entries (same country, same name, within 25 km), Wikidata ids
// the source repeats on unrelated rows, and names that are common words of the language.
func (b *builder) clean() {
	for _, d := range b.drops {
		b.dropNames(d.country, d.names)
	}
	// Wikidata ids given to more than one entry are copy errors of the source: keep them only
	// where they are trustworthy.
	qids := map[string]int{}
	for _, id := range b.order {
		if q := b.byID[id].Wikidata; q != "" {
			qids[q]++
		}
	}
	for _, id := range b.order {
		e := b.byID[id]
		if e.Wikidata != "" && qids[e.Wikidata] > 1 && !e.hand && e.Type != TypeCountry && e.Type != TypeCapital && e.Type != TypeAdmin1 {
			e.Wikidata = ""
		}
	}
	// Duplicates.
	seen := map[string][]*bentry{}
	for _, id := range b.order {
		e := b.byID[id]
		if e.Type == TypeCountry || e.Type == TypeAdmin1 || e.Type == TypeRegion || len(e.names) == 0 {
			continue
		}
		k := e.Country + "|" + key(e.names[0])
		dup := false
		for i, o := range seen[k] {
			if distKm(o.Lat, o.Lon, e.Lat, e.Lon) < 25 {
				keep, lose := o, e
				if better(e, o) {
					keep, lose = e, o
					seen[k][i] = e
				}
				for _, n := range lose.names {
					keep.addName(n)
				}
				if keep.Wikidata == "" {
					keep.Wikidata = lose.Wikidata
				}
				if keep.Admin1 == "" {
					keep.Admin1 = lose.Admin1
				}
				lose.names = nil
				dup = true
				break
			}
		}
		if !dup {
			seen[k] = append(seen[k], e)
		}
	}
	// Common words. Countries, capitals and hand-checked entries keep their names; a one-word
	// name of another entry that is frequent in the news corpus is either the name of such a
	// major place too (a homonym: الرياض in Tunisia), or a word of the language: then a small
	// place loses the name and a big one keeps it marked as needing a cue.
	arab3 := map[string]bool{}
	for iso2 := range arabCountries {
		arab3[b.iso3[iso2]] = true
	}
	protected := func(e *bentry) bool {
		// Foreign capitals that matter are checked by hand; the others can be words (ديلي).
		return (e.hand && !e.cuew) || e.Type == TypeCountry || e.Type == TypeCapital && arab3[e.Country]
	}
	major := map[string]bool{}
	for _, id := range b.order {
		if e := b.byID[id]; protected(e) {
			for _, n := range e.names {
				major[key(n)] = true
			}
		}
	}
	for _, id := range b.order {
		e := b.byID[id]
		var kept []string
		for _, n := range e.names {
			k := key(n)
			if genericWords[k] && !e.hand {
				b.stats.DroppedNames++
				continue
			}
			common := e.cuew
			limit, placeOK := commonFreq, true
			if !arab3[e.Country] {
				// A foreign name frequent in Saudi news is a famous place (checked by hand, so
				// protected) or an Arabic word: زيادة for Over, هوى for Huế.
				limit, placeOK = commonFreqForeign, false
				if !protected(e) && !e.cuew {
					if b.foreignWords(k, e.Population) {
						b.stats.DroppedNames++
						continue
					}
					// (a noun's indefinite form: إبادة for Abadeh, as الإبادة is common)
					if _, defin := stripAl(k); !defin && !strings.Contains(k, " ") && b.freq["ال"+k] >= commonFreqForeign && b.freq["ال"+k] >= b.freq[k] {
						if e.Type == TypeDistrict || e.Population < dropPop {
							b.stats.DroppedNames++
							continue
						}
						common = true
					}
				}
			}
			if !protected(e) && !e.cuew && !strings.Contains(k, " ") && b.freq[k] >= limit && !major[k] && !(placeOK && b.placeWord(k)) {
				if e.Type == TypeDistrict || e.Population < dropPop {
					b.stats.DroppedNames++
					continue
				}
				common = true
			}
			if common {
				b.stats.CommonNames++
				n = "~" + n
			} else if !strings.Contains(k, " ") && (e.hand || arab3[e.Country]) && b.placeWord(k) {
				// The corpus is Saudi news: what it uses as a place is an Arab place or one of
				// the well-known ones checked by hand, not a Danish village called كأس.
				b.stats.PlaceWords++
				n = "!" + n
			}
			kept = append(kept, n)
		}
		e.names = kept
	}
}

// foreignWords reports a name of a foreign place that is words of the language, not a name: a
// one-word name very frequent in the news corpus (بيان, تغيير), or the longer name of a small
// place made only of common words (عيد الفطر for Bayramiç, حمام سباحة for Pool, المياه العذبة
// for Freshwater; not بئر السبع or دار السلام, large places whose names are transliterated).
func (b *builder) foreignWords(k string, population int) bool {
	if !strings.Contains(k, " ") {
		return b.freq[k] >= wordFreqForeign
	}
	if population >= dropPop {
		return false
	}
	for _, w := range strings.Fields(k) {
		if rest, ok := strings.CutPrefix(w, "و"); ok && b.freq[w] < commonFreqForeign {
			w = rest // "والجزر"
		}
		if b.freq[w] < commonFreqForeign {
			return false
		}
	}
	return true
}

func better(a, o *bentry) bool {
	if a.hand != o.hand {
		return a.hand
	}
	if typeRank[a.Type] != typeRank[o.Type] {
		return typeRank[a.Type] > typeRank[o.Type]
	}
	return a.Population > o.Population
}

func distKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// Header is the first line of the compiled gazetteer.
const header = "#id\ttype\tcountry\tadmin1\tlat\tlon\tpopulation\twikidata\tname\tflags\tnames_ar"

func (b *builder) write(w io.Writer) error {
	ids := make([]string, 0, len(b.order))
	for _, id := range b.order {
		e := b.byID[id]
		if len(e.names) == 0 {
			if e.Type != TypeCountry && e.Type != TypeAdmin1 {
				b.stats.DroppedEntries++
				continue
			}
		}
		ids = append(ids, id)
	}
	sort.Strings(ids)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, "# Marsad gazetteer, compiled by `marsad train geo` from dr5hn/countries-states-cities-database (ODbL),")
	fmt.Fprintln(bw, "# jamsshhayd/world-cities-translations (CC BY 4.0), CLDR (Unicode License v3) and geo/data/aliases.tsv.")
	fmt.Fprintln(bw, header)
	for _, id := range ids {
		e := b.byID[id]
		flags := ""
		if e.hand {
			flags += "h"
		}
		if e.def {
			flags += "d"
		}
		var names []string
		for _, n := range e.names {
			names = append(names, n)
			if k := key(strings.TrimLeft(n, "~!")); !strings.HasPrefix(n, "~") && !strings.Contains(k, " ") {
				if bare, ok := stripAl(k); ok && b.freq[bare] < alFreq && (e.hand || e.Type != TypeDistrict && e.Population >= 100000 || e.Type == TypeCountry || e.Type == TypeAdmin1 || e.Type == TypeCapital) {
					names = append(names, "+"+strings.TrimPrefix(strings.TrimLeft(n, "~!"), "ال"))
				}
			}
		}
		b.stats.Names += len(names)
		switch e.Type {
		case TypeCountry:
			b.stats.Countries++
		case TypeAdmin1:
			b.stats.Admin1++
		case TypeRegion:
			b.stats.Regions++
		case TypeCapital:
			b.stats.Capitals++
		case TypeCity:
			b.stats.Cities++
		default:
			b.stats.Districts++
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%.5f\t%.5f\t%d\t%s\t%s\t%s\t%s\n", e.ID, e.Type, e.Country, e.Admin1,
			e.Lat, e.Lon, e.Population, e.Wikidata, strings.ReplaceAll(e.Name, "\t", " "), flags, strings.Join(names, "|"))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}
