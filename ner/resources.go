package ner

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Gazetteer sources. External lists are compiled into the model at training time, so the model
// never reads them at run time and does not change when they do.

// titleWords are person titles and roles that precede names in news text (general Arabic, not
// taken from any test data).
var titleWords = []string{
	"الرئيس", "رئيس", "الرئيسة", "رئيسة", "وزير", "الوزير", "وزيرة", "الوزيرة", "الشيخ", "شيخ",
	"السيد", "السيدة", "الملك", "الملكة", "الأمير", "الأميرة", "أمير", "ملك", "العاهل", "ولي",
	"نائب", "النائب", "المستشار", "المستشارة", "الجنرال", "العقيد", "اللواء", "العميد", "الفريق",
	"المشير", "الدكتور", "الدكتورة", "د.", "المتحدث", "الناطق", "السفير", "سفير", "الأمين",
	"البابا", "الإمام", "المدرب", "مدرب", "اللاعب", "لاعب", "الزعيم", "زعيم", "القائد", "قائد",
	"مدير", "المدير", "عضو", "المفوض", "المبعوث", "مبعوث", "الكاتب", "الفنان", "الفنانة",
	"المخرج", "الممثل", "الممثلة", "المطرب", "المطربة", "الشاعر", "الروائي", "المرشد", "المطران",
	"الحاخام", "حاكم", "الحاكم", "محافظ", "المحافظ", "رئيسي", "المندوب", "مندوب", "القاضي",
	"المحامي", "الصحفي", "الصحافي", "المراسل", "النجم", "الكابتن", "الحارس", "المهاجم", "المدافع",
	"البروفيسور", "الأستاذ", "المهندس", "الحاج", "آية", "سماحة", "فخامة", "معالي", "سمو",
}

// orgWords are words that head organisation names.
var orgWords = []string{
	"وزارة", "الوزارة", "حزب", "الحزب", "حركة", "الحركة", "جبهة", "منظمة", "المنظمة", "جامعة",
	"الجامعة", "شركة", "الشركة", "مجلس", "المجلس", "هيئة", "الهيئة", "اتحاد", "الاتحاد", "جمعية",
	"الجمعية", "مؤسسة", "المؤسسة", "بنك", "البنك", "مصرف", "وكالة", "الوكالة", "صحيفة", "الصحيفة",
	"نادي", "النادي", "منتخب", "المنتخب", "لجنة", "اللجنة", "محكمة", "المحكمة", "جيش", "الجيش",
	"قوات", "القوات", "مجموعة", "المجموعة", "برلمان", "البرلمان", "تنظيم", "التنظيم", "مركز",
	"المركز", "معهد", "المعهد", "كلية", "الكلية", "إذاعة", "تلفزيون", "قناة", "القناة", "رابطة",
	"الرابطة", "نقابة", "النقابة", "مكتب", "المكتب", "دائرة", "مديرية", "سلطة", "السلطة", "الأمم",
	"صندوق", "الصندوق", "بورصة", "البورصة", "مصنع", "مستشفى", "المستشفى", "فريق", "الفريق",
}

// GazetteerSources names the files external gazetteers are compiled from. Empty fields are
// skipped.
type GazetteerSources struct {
	Countries   string // geo/countries.tsv (name_ar, native)
	Cities      string // geo/cities.tsv (name_ar, population ≥ MinCityPop or capital)
	WorldCities string // geo/world-cities-en-ar.csv (CountryNameAr, CityNameAr)
	WikiFANE    string // ner/fane/WikiFANE_Gold_2014_500K.txt, classes mapped to coarse types
	MinCityPop  int
	// NameParts adds single words that often start or end WikiFANE person names or are part of
	// organisation and place names.
	NameParts bool
}

// fane maps WikiFANE fine classes to gazetteer classes.
var fane = map[string]int{
	"Politician": gPer, "Religious_PER": gPer, "Artist": gPer, "Other_PER": gPer, "Scientist": gPer,
	"Athlete": gPer, "Businessperson": gPer, "Engineer": gPer, "Lawyer": gPer, "Police": gPer,
	"Group":      gGroup,
	"Government": gOrg, "Non-Governmental": gOrg, "Commercial": gOrg, "Educational": gOrg,
	"Media": gOrg, "Sports": gOrg, "Religious_ORG": gOrg, "Medical-Science": gOrg, "Entertainment": gOrg,
	"Population-Center": gGPE, "Nation": gGPE, "State-or-Province": gGPE, "Continent": gGPE,
	"GPE-Cluster": gGPE, "County-or-District": gGPE,
	"Water-Body": gGeo, "Land-Region-Natural": gGeo, "Celestial": gGeo, "Building-Grounds": gGeo,
	"Path": gGeo, "Airport": gGeo, "Subarea-Facility": gGeo,
	"Book": gMisc, "Movie": gMisc, "Software": gMisc, "Hardware": gMisc, "Sound": gMisc,
	"Air": gMisc, "Water": gMisc, "Land": gMisc, "Food": gMisc, "Drug": gMisc, "Projectile": gMisc,
}

func addPhrase(p *phraseSet, name string, c int) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	var keys []string
	for _, w := range strings.Fields(name) {
		keys = append(keys, key(w))
	}
	p.add(keys, c)
}

// BuildGazetteer compiles the external lists.
func BuildGazetteer(src GazetteerSources) (*phraseSet, error) {
	p := newPhraseSet()
	for _, w := range titleWords {
		addPhrase(p, w, gTitle)
	}
	for _, w := range orgWords {
		addPhrase(p, w, gOrgWord)
	}
	if src.Countries != "" {
		err := readTSV(src.Countries, func(h map[string]int, f []string) {
			addPhrase(p, f[h["name_ar"]], gCountry)
			if n := f[h["native"]]; isArabic(n) {
				addPhrase(p, n, gCountry)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if src.Cities != "" {
		err := readTSV(src.Cities, func(h map[string]int, f []string) {
			pop, _ := strconv.Atoi(f[h["population"]])
			if pop >= src.MinCityPop || f[h["type"]] == "capital" {
				addPhrase(p, f[h["name_ar"]], gCity)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if src.WorldCities != "" {
		f, err := os.Open(src.WorldCities)
		if err != nil {
			return nil, fmt.Errorf("ner: gazetteer: %w", err)
		}
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		recs, err := r.ReadAll()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("ner: gazetteer %s: %w", src.WorldCities, err)
		}
		for i, rec := range recs {
			if i == 0 || len(rec) < 3 {
				continue
			}
			addPhrase(p, rec[0], gCountry)
			addPhrase(p, rec[2], gCity)
		}
	}
	if src.WikiFANE != "" {
		sents, err := ReadFANE(src.WikiFANE)
		if err != nil {
			return nil, err
		}
		// Name parts: words seen at least twice in that role and in that role in at least a
		// fifth of their occurrences (so علي the preposition-looking name stays, في does not).
		var seen = map[string]int{}
		var role = map[string]*[4]int{}
		addRole := func(k string, r int) {
			c := role[k]
			if c == nil {
				c = &[4]int{}
				role[k] = c
			}
			c[r]++
		}
		for _, s := range sents {
			for _, w := range s.Words {
				seen[key(w)]++
			}
			for _, e := range spansOf(s.Labels) {
				c, ok := fane[e.Type]
				if !ok {
					continue
				}
				keys := make([]string, 0, e.TokEnd-e.TokStart)
				for _, w := range s.Words[e.TokStart:e.TokEnd] {
					keys = append(keys, key(w))
				}
				p.add(keys, c)
				switch c {
				case gPer:
					if len(keys) > 1 {
						addRole(keys[0], 0)
						addRole(keys[len(keys)-1], 1)
					}
				case gOrg:
					for _, k := range keys {
						addRole(k, 2)
					}
				case gGPE, gGeo:
					for _, k := range keys {
						addRole(k, 3)
					}
				}
			}
		}
		if !src.NameParts {
			role = nil
		}
		for k, c := range role {
			for r, bit := range [4]int{gGiven, gFamily, gOrgPart, gPlacePart} {
				if c[r] >= 2 && 5*c[r] >= seen[k] {
					p.add([]string{k}, bit)
				}
			}
		}
	}
	return p, nil
}

func isArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

func readTSV(path string, fn func(h map[string]int, f []string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ner: gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var h map[string]int
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if h == nil {
			h = map[string]int{}
			for i, n := range fs {
				h[n] = i
			}
			continue
		}
		if len(fs) < len(h) {
			continue
		}
		fn(h, fs)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("ner: gazetteer %s: %w", path, err)
	}
	return nil
}

// ReadFANE reads a FANE file ("token<TAB>BIO-Class", BOM, CRLF, U+200E marks, no sentence
// breaks). It cuts sentences after "." tokens so that taggers and matchers see sentence-sized
// pieces.
func ReadFANE(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	return readFANE(f)
}

func readFANE(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(strings.NewReplacer("\ufeff", "", "\u200e", "").Replace(sc.Text()))
		f := strings.Split(line, "\t")
		if line == "" || len(f) < 2 || f[0] == "" {
			if len(cur.Words) > 0 {
				out = append(out, cur)
				cur = Sentence{}
			}
			continue
		}
		cur.Words = append(cur.Words, f[0])
		cur.Labels = append(cur.Labels, strings.TrimSpace(f[1]))
		if f[0] == "." {
			out = append(out, cur)
			cur = Sentence{}
		}
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: read fane: %w", err)
	}
	return out, nil
}

// faneType maps WikiFANE fine classes to ANERcorp types for training; classes missing here
// (groups, products, weapons, vehicles, works…) are left open ("?": O or MISC), since ANERcorp's
// MISC has no counterpart in FANE.
var faneType = map[int]string{gPer: "PERS", gOrg: "ORG", gGPE: "LOC", gGeo: "LOC"}

// FANEForTraining maps FANE sentences to partially labelled ANERcorp-style sentences: PERS,
// LOC and ORG entities keep their spans; every other token is "?" (O or MISC).
func FANEForTraining(sents []Sentence) []Sentence {
	out := make([]Sentence, 0, len(sents))
	for _, s := range sents {
		labels := make([]string, len(s.Words))
		for i := range labels {
			labels[i] = "?"
		}
		for _, e := range spansOf(s.Labels) {
			t, ok := faneType[fane[e.Type]]
			if _, known := fane[e.Type]; !ok || !known {
				continue
			}
			for j := e.TokStart; j < e.TokEnd; j++ {
				labels[j] = "I-" + t
			}
			labels[e.TokStart] = "B-" + t
		}
		out = append(out, Sentence{Words: s.Words, Labels: labels})
	}
	return out
}
