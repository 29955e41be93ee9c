package arabic

import (
	"strings"
	"sync"
	"testing"
)

// seg renders a segmentation as "و+ب+نظير+ه" (prefixes, stem, suffixes).
func seg(s Segments) string {
	parts := append(append(append([]string{}, s.Prefixes...), s.Stem), s.Suffixes...)
	return strings.Join(parts, "+")
}

func TestSegment(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		// Names and frequent words stay whole.
		{"والتز", "والتز"},
		{"بوتين", "بوتين"},
		{"ليبيا", "ليبيا"},
		{"لافروف", "لافروف"},
		{"ولي", "ولي"},
		{"كييف", "كييف"},
		{"فرنسا", "فرنسا"},
		{"بولندا", "بولندا"},
		{"لبنان", "لبنان"},
		{"واشنطن", "واشنطن"},
		{"وزير", "وزير"},
		{"بيان", "بيان"},
		{"ليست", "ليست"},
		{"ويتكوف", "ويتكوف"},
		{"بريطانيا", "بريطانيا"},
		{"فلسطين", "فلسطين"},
		{"كوريا", "كوريا"},
		{"لندن", "لندن"},
		{"بكين", "بكين"},
		{"فيينا", "فيينا"},
		{"وكالة", "وكاله"},
		{"ولاية", "ولايه"},
		{"فكرة", "فكره"},
		{"بنك", "بنك"},
		{"لجنة", "لجنه"},
		{"وطن", "وطن"},
		{"بحر", "بحر"},
		{"كبير", "كبير"},
		{"مكتبة", "مكتبه"},
		{"عربي", "عربي"},
		{"كما", "كما"},
		{"لكن", "لكن"},
		{"الذي", "الذي"},
		{"إلى", "الي"},
		{"آلية", "اليه"},
		{"الله", "الله"},
		{"حكومة", "حكومه"},
		// The article only.
		{"الولايات", "ال+ولايات"},
		{"الرياض", "ال+رياض"},
		{"الرئيس", "ال+رييس"},
		{"السعودية", "ال+سعوديه"},
		// Proclitics.
		{"والرئيس", "و+ال+رييس"},
		{"للرئيس", "ل+ال+رييس"},
		{"بالرياض", "ب+ال+رياض"},
		{"وسيلتقي", "و+س+يلتقي"},
		{"سيلتقي", "س+يلتقي"},
		{"وأضاف", "و+اضاف"},
		{"وقال", "و+قال"},
		{"فقال", "ف+قال"},
		{"والولايات", "و+ال+ولايات"},
		{"والتي", "و+التي"},
		{"وبالتالي", "و+ب+ال+تالي"},
		{"للمملكة", "ل+ال+مملكه"},
		{"وللمملكة", "و+ل+ال+مملكه"},
		{"كاليابان", "ك+ال+يابان"},
		{"لوزير", "ل+وزير"},
		{"للبنان", "ل+لبنان"},
		{"وروسيا", "و+روسيا"},
		{"وترامب", "و+ترامب"},
		{"بالإضافة", "ب+ال+اضافه"},
		{"وستكون", "و+ستكون"}, // a function word stays whole after و
		{"وسيعقد", "و+س+يعقد"},
		{"مايك", "مايك"},
		{"سيرجي", "سيرجي"},
		{"التقى", "التقي"}, // a verb, not ال+تقي
		{"والتقى", "و+التقي"},
		{"وبايدن", "و+بايدن"},
		{"وبلينكن", "و+بلينكن"},
		{"بشأن", "ب+شان"},
		{"ستجرى", "س+تجري"},
		{"اتفقنا", "اتفق+نا"},
		{"بالعراق", "ب+ال+عراق"},
		{"وأوكرانيا", "و+اوكرانيا"},
		{"أبها", "ابها"}, // a city, not اب+ها
		{"لأبها", "ل+ابها"},
		{"ولاة", "ولاه"},
		{"سائرًا", "سايرا"}, // no future س before a bare alef
		{"سأذهب", "س+اذهب"},
		{"وبطاقة", "و+بطاقه"}, // البطاقة shows بطاقة is a noun
		{"بعربي", "ب+عربي"},
		{"ولكن", "و+لكن"},
		// Pronoun suffixes.
		{"محادثاتهما", "محادثات+هما"},
		{"وبنظيره", "و+ب+نظير+ه"},
		{"ولقائه", "و+لقاء+ه"},
		{"حكومته", "حكومه+ه"},
		{"مستواه", "مستوي+ه"},
		{"أبناؤه", "ابناء+ه"},
		{"رئيسه", "رييس+ه"},
		{"كتابهم", "كتاب+هم"},
		{"بلادنا", "بلاد+نا"},
		{"قواتها", "قوات+ها"},
		{"وزيره", "وزير+ه"},
		{"منهم", "من+هم"},
		{"فهناك", "ف+هناك"},
		// Not Arabic, or nothing to split.
		{"NATO", "nato"},
		{"2025", "2025"},
		{"", ""},
		{"و", "و"},
	} {
		got := Segment(tc.word)
		if s := seg(got); s != tc.want {
			t.Errorf("Segment(%q) = %s, want %s", tc.word, s, tc.want)
		}
		checkSegments(t, tc.word, got)
	}
}

func TestSegmentStemOffsets(t *testing.T) {
	for _, tc := range []struct {
		word       string
		start, end int
	}{
		{"وبنظيره", 2, 6},
		{"وَالرَّئِيسُ", 4, 12}, // marks stay inside the original span
		{"للرئيس", 2, 6},
		{"ولقائه", 1, 5},
		{"الـرياض", 3, 7},
		{"بوتين", 0, 5},
	} {
		s := Segment(tc.word)
		if s.StemStart != tc.start || s.StemEnd != tc.end {
			t.Errorf("Segment(%q) stem at %d:%d, want %d:%d", tc.word, s.StemStart, s.StemEnd, tc.start, tc.end)
		}
	}
}

func TestAddWords(t *testing.T) {
	s := NewSegmenter(DefaultLexicon())
	if got := seg(s.Segment("وويتكوف")); got != "وويتكوف" {
		t.Fatalf("before AddWords: %s", got)
	}
	s.AddWords("ستيف ويتكوف", "بلبيسي")
	for _, tc := range []struct{ word, want string }{
		{"وويتكوف", "و+ويتكوف"},
		{"لويتكوف", "ل+ويتكوف"},
		{"ويتكوف", "ويتكوف"},
		{"بلبيسي", "بلبيسي"},
	} {
		if got := seg(s.Segment(tc.word)); got != tc.want {
			t.Errorf("after AddWords: Segment(%q) = %s, want %s", tc.word, got, tc.want)
		}
	}
	// The default segmenter is not affected.
	if got := seg(Segment("وويتكوف")); got != "وويتكوف" {
		t.Errorf("DefaultSegmenter changed: %s", got)
	}
}

func TestSegmenterWithoutLexicon(t *testing.T) {
	s := NewSegmenter(nil)
	for _, tc := range []struct{ word, want string }{
		{"والرئيس", "و+ال+رييس"}, // unknown words lose only article-like prefixes
		{"الرياض", "ال+رياض"},
		{"بوتين", "بوتين"},
		{"وزير", "وزير"},
		{"والتز", "والتز"}, // too short after وال
	} {
		if got := seg(s.Segment(tc.word)); got != tc.want {
			t.Errorf("Segment(%q) without lexicon = %s, want %s", tc.word, got, tc.want)
		}
	}
}

func TestSegmentConcurrent(t *testing.T) {
	s := NewSegmenter(DefaultLexicon())
	words := strings.Fields("والرئيس للرئيس بالرياض وسيلتقي محادثاتهما ولقائه بوتين الولايات وبنظيره")
	want := make([]string, len(words))
	for i, w := range words {
		want[i] = seg(NewSegmenter(DefaultLexicon()).Segment(w))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				k := (i + g) % len(words)
				if got := seg(s.Segment(words[k])); got != want[k] {
					t.Errorf("concurrent Segment(%q) = %s, want %s", words[k], got, want[k])
					return
				}
				if g == 0 && i == 100 {
					s.AddWords("كيريل")
				}
			}
		}()
	}
	wg.Wait()
}

func TestStem(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{"المحادثات", "محادث"},
		{"محادثة", "محادث"},
		{"محادثاتهما", "محادث"},
		{"الأمريكيون", "امريك"},
		{"الأمريكية", "امريك"},
		{"أمريكي", "امريك"},
		{"والمفاوضات", "مفاوض"},
		{"اللاعبين", "لاعب"},
		{"المعلمون", "معلم"},
		{"بيان", "بيان"},
		{"عمان", "عمان"},
		{"وزيره", "وزير"},
		{"NATO", "nato"},
	} {
		if got := Stem(tc.word); got != tc.want {
			t.Errorf("Stem(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

// checkSegments verifies that the stem span lies inside the word and that its Key is the stem
// (or, when the lexicon restored a spelling, differs only in the last letter).
func checkSegments(t testing.TB, word string, s Segments) {
	t.Helper()
	rs := []rune(word)
	if s.StemStart < 0 || s.StemStart > s.StemEnd || s.StemEnd > len(rs) {
		t.Fatalf("Segment(%q): stem span %d:%d out of range", word, s.StemStart, s.StemEnd)
	}
	k := []rune(Key(string(rs[s.StemStart:s.StemEnd])))
	st := []rune(s.Stem)
	if len(k) != len(st) || len(k) > 0 && string(k[:len(k)-1]) != string(st[:len(st)-1]) {
		t.Fatalf("Segment(%q): stem %q but the span %d:%d holds %q", word, s.Stem, s.StemStart, s.StemEnd, string(k))
	}
}
