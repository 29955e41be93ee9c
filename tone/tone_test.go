package tone

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"marsad"
	"marsad/arabic"
	"marsad/internal/shareddata"
)

// hit is an expected hit: the words it covers in the sentence, the lexicon entry, and whether it
// is negated.
type hit struct {
	words   string
	entry   string
	negated bool
}

func sign(x float64) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// hitWords returns the original words a hit covers.
func hitWords(toks []arabic.Token, h Hit) string {
	ws := make([]string, 0, h.TokEnd-h.TokStart)
	for _, t := range toks[h.TokStart:h.TokEnd] {
		ws = append(ws, t.Text)
	}
	return strings.Join(ws, " ")
}

func TestScoreSentences(t *testing.T) {
	lex := Default()
	tests := []struct {
		text string
		sign int
		hits []hit
	}{
		// Conflict and violence, with clitics.
		{"قتل عشرة أشخاص وأصيب عشرون آخرون في هجوم انتحاري استهدف سوقا شعبيا.", -1,
			[]hit{{"قتل", "قتل", false}, {"وأصيب", "أصيب", false}, {"هجوم انتحاري", "هجوم انتحاري", false}, {"استهدف", "استهدف", false}}},
		{"ندد الوزير بالهجوم الإرهابي وبالاعتداءات المتكررة على المدنيين.", -1,
			[]hit{{"ندد", "ندد", false}, {"بالهجوم الإرهابي", "هجوم إرهابي", false}, {"وبالاعتداءات", "اعتداءات", false}}},
		{"أسفر القصف عن مقتل 12 مدنيا بينهم أطفال.", -1, []hit{{"القصف", "قصف", false}, {"مقتل", "مقتل", false}}},
		{"شنت الطائرات غارات جوية على مواقع المسلحين.", -1, []hit{{"غارات جوية", "غارات جوية", false}}},
		{"لقي ثلاثة جنود حتفهم في انفجار عبوة ناسفة.", -1, []hit{{"لقي ثلاثة", "", false}, {"عبوة ناسفة", "عبوة ناسفة", false}}},
		{"اندلعت اشتباكات عنيفة بين الجيش والمتمردين.", -1, []hit{{"اندلعت", "اندلع", false}, {"اشتباكات", "اشتباكات", false}, {"عنيفة", "عنيفة", false}}},
		{"يواصل الاحتلال تهجير السكان ومصادرة أراضيهم.", -1, []hit{{"الاحتلال", "احتلال", false}, {"تهجير", "تهجير", false}, {"ومصادرة", "مصادرة", false}}},
		{"نزح أكثر من مئة ألف شخص بسبب المعارك.", -1, []hit{{"نزح", "نزح", false}, {"المعارك", "معارك", false}}},
		{"سيدعمون الإرهابيين بالسلاح والمال.", -1, []hit{{"سيدعمون الإرهابيين", "دعم+إرهابيين", false}}},
		{"اعتقلت قوات الأمن عشرين مشتبها بهم.", -1, []hit{{"اعتقلت", "اعتقل", false}}},
		{"وتعتقل السلطات الصحفيين بشكل تعسفي.", -1, []hit{{"وتعتقل", "اعتقل", false}, {"تعسفي", "تعسفي", false}}},
		{"أعدمت السلطات خمسة معارضين.", -1, []hit{{"أعدمت", "أعدم", false}}},
		{"يعاني السكان من الجوع والعطش.", -1, []hit{{"يعاني", "يعاني", false}, {"الجوع", "جوع", false}, {"والعطش", "عطش", false}}},

		// Negation.
		{"لم تنجح المفاوضات في التوصل إلى حل.", -1, []hit{{"تنجح", "تنجح", true}}},
		{"أعرب الوزير عن قلقه من عدم الاستقرار في المنطقة.", -1, []hit{{"قلقه", "قلق", false}, {"عدم الاستقرار", "عدم الاستقرار", false}}},
		{"لا يمكن القبول بهذا العدوان.", -1, []hit{{"القبول", "قبول", true}, {"العدوان", "عدوان", false}}},
		{"لم تسجل أي إصابات بين المدنيين.", 1, []hit{{"إصابات", "إصابات", true}}},
		{"أكد أن بلاده لن تقبل بأي تهديد لأمنها.", -1, []hit{{"تقبل", "تقبل", true}, {"تهديد", "تهديد", false}}},
		{"ليست هناك أي بوادر لانفراج الأزمة.", -1, []hit{{"لانفراج", "انفراج", true}, {"الأزمة", "أزمة", false}}},
		{"نفذت العملية دون وقوع خسائر بشرية.", 1, []hit{{"خسائر بشرية", "خسائر بشرية", true}}},
		{"يعيش آلاف الأطفال بلا مأوى.", -1, []hit{{"بلا مأوى", "بلا مأوى", false}}},
		{"لا يزال الوضع متوترا في المدينة.", -1, []hit{{"متوترا", "متوتر", false}}},
		{"لا سيما في ظل الأزمة الاقتصادية.", -1, []hit{{"الأزمة الاقتصادية", "أزمة اقتصادية", false}}},
		{"وصف المتحدث الحادث بأنه غير مقبول.", -1, []hit{{"الحادث", "حادث", false}, {"غير مقبول", "غير مقبول", false}}},
		{"شهدت المنطقة موجة عنف غير مسبوقة.", -1, []hit{{"عنف", "عنف", false}}},
		{"وقالت إن الوضع في غاية الخطورة ولا يبشر بخير.", -1, []hit{{"الخطورة", "خطورة", false}, {"بخير", "خير", true}}},
		{"الفترة غير الطبيعية في العلاقات بين البلدين.", -1, []hit{{"غير الطبيعية", "غير طبيعي", false}}},

		// Multi-word expressions.
		{"أعلن الطرفان وقف إطلاق النار اعتبارا من منتصف الليل.", 1, []hit{{"وقف إطلاق النار", "وقف إطلاق النار", false}}},
		{"دعت الأمم المتحدة إلى وقف لإطلاق النار في السودان.", 1, []hit{{"وقف لإطلاق النار", "وقف إطلاق النار", false}}},
		{"قتل شخص في إطلاق النار على دورية للشرطة.", -1, []hit{{"قتل", "قتل", false}, {"إطلاق النار", "إطلاق النار", false}}},
		{"اتهمت الحكومة المتمردين بخرق وقف إطلاق النار.", -1, []hit{{"بخرق وقف إطلاق النار", "خرق+وقف إطلاق النار", false}}},
		{"يناقش مجلس حقوق الإنسان التقرير السنوي.", 0, nil},
		{"اجتمع وزراء خارجية مجلس التعاون الخليجي في الرياض.", 0, nil},
		{"سيطرت قوات الدعم السريع على المدينة.", 0, nil},
		{"وثقت المنظمة انتهاكات حقوق الإنسان في السجون.", -1, []hit{{"انتهاكات حقوق الإنسان", "انتهاكات حقوق الإنسان", false}}},
		{"أبدى الجانبان حسن النية لإنهاء الخلاف.", 1, []hit{{"حسن النية", "حسن النية", false}, {"لإنهاء الخلاف", "إنهاء+خلاف", false}}},
		{"تمثل هذه الخطوة نقلة نوعية في مسيرة التنمية.", 1, []hit{{"نقلة نوعية", "نقلة نوعية", false}, {"مسيرة التنمية", "مسيرة التنمية", false}}},

		// Rise and fall words take their polarity from what they govern.
		{"ارتفعت أسعار المواد الغذائية خلال الشهر الماضي.", -1, []hit{{"ارتفعت أسعار", "ارتفعت+أسعار", false}}},
		{"انخفض معدل البطالة إلى أدنى مستوياته.", 1, []hit{{"انخفض معدل البطالة", "انخفض+بطالة", false}}},
		{"تراجعت معدلات الجريمة في المدينة.", 1, []hit{{"تراجعت معدلات الجريمة", "تراجعت+جريمة", false}}},
		{"ارتفع عدد القتلى إلى خمسين.", -1, []hit{{"ارتفع عدد القتلى", "ارتفع+قتلى", false}}},
		{"تراجع النمو الاقتصادي في الربع الأول.", -1, []hit{{"تراجع النمو", "تراجع+نمو", false}}},
		{"ارتفعت أرباح الشركة بنسبة 20 في المئة.", 1, []hit{{"ارتفعت أرباح", "ارتفعت+أرباح", false}}},
		{"تعمل الحكومة على مكافحة الفساد والحد من الفقر.", 1, []hit{{"مكافحة الفساد", "مكافحة+فساد", false}, {"والحد من الفقر", "الحد من+فقر", false}}},
		{"انهارت الهدنة بعد ساعات من إعلانها.", -1, []hit{{"انهارت الهدنة", "انهار+هدنة", false}}},
		{"أدى الهجوم إلى تصاعد التوتر بين البلدين.", -1, []hit{{"الهجوم", "هجوم", false}, {"تصاعد", "تصاعد", false}, {"التوتر", "توتر", false}}},
		{"طالبت المنظمة برفع الحصار عن المدينة.", 1, []hit{{"برفع الحصار", "رفع الحصار", false}}},

		// Intensifiers.
		{"أعرب عن قلق بالغ إزاء الوضع.", -1, []hit{{"قلق بالغ", "قلق بالغ", false}}},
		{"أدانت الوزارة الحادث بشدة.", -1, []hit{{"أدانت", "أدان", false}, {"الحادث", "حادث", false}}},

		// Diplomacy and cooperation.
		{"وقع البلدان اتفاقية للتعاون الاقتصادي.", 1, []hit{{"اتفاقية", "اتفاقية", false}, {"للتعاون", "تعاون", false}}},
		{"رحبت المملكة بالاتفاق ووصفته بأنه خطوة إيجابية.", 1, []hit{{"رحبت", "رحب", false}, {"بالاتفاق", "اتفاق", false}, {"خطوة إيجابية", "خطوة إيجابية", false}}},
		{"أشاد الرئيس بالجهود المبذولة لتعزيز السلام.", 1, []hit{{"أشاد", "أشاد", false}, {"بالجهود", "جهود", false}, {"لتعزيز", "تعزيز", false}, {"السلام", "سلام", false}}},
		{"أكد الجانبان حرصهما على تعزيز الشراكة الاستراتيجية.", 1, []hit{{"تعزيز", "تعزيز", false}, {"الشراكة الاستراتيجية", "شراكة استراتيجية", false}}},
		{"أفرجت السلطات عن عشرات المعتقلين.", 1, []hit{{"أفرجت السلطات عن عشرات المعتقلين", "أفرج+معتقلين", false}}},
		{"تم التوصل إلى هدنة إنسانية لإدخال المساعدات.", 1, []hit{{"هدنة إنسانية", "هدنة إنسانية", false}, {"المساعدات", "مساعدات", false}}},
		{"تواصل المملكة تقديم المساعدات الإنسانية والإغاثية لليمن.", 1, []hit{{"المساعدات الإنسانية", "مساعدات إنسانية", false}, {"والإغاثية", "إغاثية", false}}},
		{"شهدت العلاقات بين البلدين تحسنا ملحوظا.", 1, []hit{{"تحسنا ملحوظا", "تحسن ملحوظ", false}}},

		// Economy, health, disasters.
		{"يشهد الاقتصاد نموا قويا وازدهارا في مختلف القطاعات.", 1, []hit{{"نموا", "نمو", false}, {"وازدهارا", "ازدهار", false}}},
		{"تعرضت البلاد لأزمة مالية خانقة.", -1, []hit{{"لأزمة مالية", "أزمة مالية", false}}},
		{"أعلنت الشركة إفلاسها بعد سنوات من الخسائر.", -1, []hit{{"إفلاسها", "إفلاس", false}, {"الخسائر", "خسائر", false}}},
		{"ضرب زلزال قوي المنطقة وخلف دمارا واسعا.", -1, []hit{{"زلزال", "زلزال", false}, {"دمارا", "دمار", false}}},
		{"تماثل المريض للشفاء وغادر المستشفى.", 1, []hit{{"للشفاء", "شفاء", false}, {"المريض", "مريض", false}}},
		{"حذرت المنظمة من تفشي الكوليرا في المخيمات.", -1, []hit{{"حذرت", "حذر", false}, {"تفشي", "تفشي", false}, {"الكوليرا", "الكوليرا", false}}},
		{"حقق المنتخب فوزا كبيرا وتأهل إلى النهائي.", 1, []hit{{"فوزا", "فوز", false}}},

		// Concessive clauses are backgrounded; sports terms are not sentiment.
		{"أشاد المدرب بأداء اللاعبين رغم الخسارة.", 1, []hit{{"أشاد", "أشاد", false}, {"الخسارة", "خسارة", false}}},
		{"وعلى الرغم من الصعوبات حقق الفريق نجاحا كبيرا.", 1, []hit{{"الصعوبات", "صعوبات", false}, {"نجاحا كبيرا", "نجاح كبير", false}}},
		{"انتهت المباراة بالتعادل السلبي بين الفريقين.", 0, nil},
		{"حصلت الطالبة على المركز الأول في المسابقة.", 1, []hit{{"المركز الأول", "المركز الأول", false}}},

		// Neutral news.
		{"يزور الرئيس الفرنسي الرياض الأسبوع المقبل.", 0, nil},
		{"عقد المجلس اجتماعه الدوري برئاسة الأمين العام.", 0, nil},
		{"تبلغ مساحة المدينة نحو مئتي كيلومتر مربع.", 0, nil},
		{"أشار المتحدث إلى أن الوزير سيلقي كلمة في المؤتمر.", 0, nil},
		{"وحدد لكل خلية دورها فقد كان العمل كاملا.", 0, nil},
	}
	if len(tests) < 60 {
		t.Fatalf("only %d sentences; the table should hold at least 60", len(tests))
	}
	for _, tc := range tests {
		toks := arabic.Tokenize(tc.text)
		tone := lex.Score(toks)
		hits := lex.Words(toks)
		if sign(tone.Tone) != tc.sign {
			t.Errorf("%s\n  tone %+.2f, want sign %d; hits %v", tc.text, tone.Tone, tc.sign, describe(toks, hits))
		}
		for _, want := range tc.hits {
			if want.entry == "" {
				if hasWords(toks, hits, want.words) {
					t.Errorf("%s\n  %q should not score; hits %v", tc.text, want.words, describe(toks, hits))
				}
				continue
			}
			found := false
			for _, h := range hits {
				if hitWords(toks, h) == want.words {
					found = true
					if h.Entry != want.entry || h.Negated != want.negated {
						t.Errorf("%s\n  %q: entry %q negated %v, want %q negated %v", tc.text, want.words, h.Entry, h.Negated, want.entry, want.negated)
					}
				}
			}
			if !found {
				t.Errorf("%s\n  no hit on %q; hits %v", tc.text, want.words, describe(toks, hits))
			}
		}
	}
}

func hasWords(toks []arabic.Token, hits []Hit, words string) bool {
	for _, h := range hits {
		if strings.Contains(words, hitWords(toks, h)) {
			return true
		}
	}
	return false
}

func describe(toks []arabic.Token, hits []Hit) []string {
	var out []string
	for _, h := range hits {
		neg := ""
		if h.Negated {
			neg = "¬"
		}
		out = append(out, neg+hitWords(toks, h)+"="+h.Entry+":"+strconv.FormatFloat(h.Score, 'f', 1, 64))
	}
	return out
}

// TestLabelledSentences checks the sign of the tone against hand-labelled sentences. A sentence
// counts as neutral when its tone is within ±neutralBand percentage points.
func TestLabelledSentences(t *testing.T) {
	const neutralBand = 1.0
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lex := Default()
	var n, agree int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, label, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		want, err := strconv.Atoi(label)
		if err != nil || want < -1 || want > 1 {
			t.Fatalf("bad label in %q", line)
		}
		toks := arabic.Tokenize(text)
		tone := lex.Score(toks)
		got := 0
		if tone.Tone >= neutralBand {
			got = 1
		} else if tone.Tone <= -neutralBand {
			got = -1
		}
		n++
		if got == want {
			agree++
		} else {
			t.Logf("disagree: want %+d got %+.2f: %s %v", want, tone.Tone, text, describe(toks, lex.Words(toks)))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 40 {
		t.Fatalf("%d labelled sentences, want at least 40", n)
	}
	rate := float64(agree) / float64(n)
	t.Logf("sign agreement %d/%d = %.1f%%", agree, n, 100*rate)
	if rate < 0.8 {
		t.Errorf("sign agreement %.1f%% < 80%%", 100*rate)
	}
}

func TestToneFormula(t *testing.T) {
	lex := Default()
	// One word, score −3 (مجزرة): a whole negative word out of one.
	got := lex.Score(arabic.Tokenize("مجزرة"))
	want := marsad.Tone{Tone: -100, Positive: 0, Negative: 100, Polarity: 100, WordCount: 1}
	if !closeTone(got, want) {
		t.Errorf("مجزرة: %+v, want %+v", got, want)
	}
	// Four words, one positive of strength 2 (اتفاق) and one negative of strength 3 (مجزرة);
	// the number and the full stop are not words.
	got = lex.Score(arabic.Tokenize("اتفاق بعد مجزرة راح ضحيتها 40."))
	// words: اتفاق بعد مجزرة راح ضحيتها = 5; positive 2/3, negative 1 + ضحية (2/3).
	pos, neg := 100*(2.0/3)/5, 100*(1+2.0/3)/5
	want = marsad.Tone{Tone: pos - neg, Positive: pos, Negative: neg, Polarity: pos + neg, WordCount: 5}
	if !closeTone(got, want) {
		t.Errorf("mixed: %+v, want %+v", got, want)
	}
	// Empty and punctuation-only texts have no words and no tone.
	for _, s := range []string{"", "  ", "!!! ؟ 123 ٪"} {
		if got := lex.Score(arabic.Tokenize(s)); got != (marsad.Tone{}) {
			t.Errorf("%q: %+v, want zero", s, got)
		}
	}
	// An intensified strength-2 word weighs as a full word.
	got = lex.Score(arabic.Tokenize("قلق شديد"))
	if math.Abs(got.Negative-50) > 1e-9 || got.WordCount != 2 {
		t.Errorf("قلق شديد: %+v, want negative 50 over 2 words", got)
	}
}

func closeTone(a, b marsad.Tone) bool {
	eq := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	return eq(a.Tone, b.Tone) && eq(a.Positive, b.Positive) && eq(a.Negative, b.Negative) &&
		eq(a.Polarity, b.Polarity) && a.WordCount == b.WordCount
}

func TestConcessive(t *testing.T) {
	toks := arabic.Tokenize("أشاد المدرب بأداء اللاعبين رغم الخسارة.")
	for _, h := range Default().Words(toks) {
		if h.Entry == "خسارة" && h.Score != -2*ConcessiveFactor {
			t.Errorf("خسارة after رغم: score %v, want %v", h.Score, -2*ConcessiveFactor)
		}
	}
}

func TestWordCount(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"قتل 12 شخصا، وأصيب 3.", 3},
		{"قال مسؤول في NATO إن «الوضع مستقر».", 7},
		{"٥٠٪ … !", 0},
	}
	for _, tc := range tests {
		toks := arabic.Tokenize(tc.text)
		if got := WordCount(toks); got != tc.want {
			t.Errorf("WordCount(%q) = %d, want %d", tc.text, got, tc.want)
		}
		if got := Default().Score(toks).WordCount; got != tc.want {
			t.Errorf("Score(%q).WordCount = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestHitsOnOffsets checks that every hit names a run of word tokens whose code-point span slices
// back to the matched words of the original text.
func TestHitsOnOffsets(t *testing.T) {
	text := "وبالهجوم الإرهابي، سقط قتلى. ورحب المجلس بوقفٍ لإطلاق النار وبالتعاون المشترك."
	toks := arabic.Tokenize(text)
	hits := Default().Words(toks)
	if len(hits) < 4 {
		t.Fatalf("hits %v", describe(toks, hits))
	}
	last := -1
	for _, h := range hits {
		if h.TokStart < 0 || h.TokEnd > len(toks) || h.TokStart >= h.TokEnd || h.TokStart < last {
			t.Fatalf("bad hit range %+v", h)
		}
		last = h.TokEnd
		span := marsad.Span{Start: toks[h.TokStart].Start, End: toks[h.TokEnd-1].End}
		got := marsad.SliceRunes(text, span)
		if !strings.HasPrefix(got, toks[h.TokStart].Text) || !strings.HasSuffix(got, toks[h.TokEnd-1].Text) {
			t.Errorf("hit %+v slices to %q", h, got)
		}
	}
	want := []string{"وبالهجوم الإرهابي", "سقط قتلى", "ورحب", "بوقفٍ لإطلاق النار", "وبالتعاون"}
	got := make([]string, len(hits))
	for i, h := range hits {
		got[i] = hitWords(toks, h)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("hits %q, want %q", got, want)
	}
}

func TestLookup(t *testing.T) {
	lex := Default()
	tests := []struct {
		word, lemma string // lemma "" = no entry
	}{
		{"وبالهجوم", "هجوم"},
		{"للإرهاب", "إرهاب"},
		{"والإرهابيين", "إرهابيين"},
		{"بالإرهابي", "إرهابي"},
		{"الإرهابية", "إرهابية"},
		{"أزماتها", "أزمات"},
		{"بأزمته", "أزمة"},
		{"إنجازاتها", "إنجازات"},
		{"وإنجازه", "إنجاز"},
		{"مؤامراتهم", "مؤامرات"},
		{"جرائمهم", "جرائم"},
		{"اشتباكاتها", "اشتباكات"},
		{"باشتباك", "اشتباك"},
		{"سيدعمون", "دعم"},
		{"يعتقلون", "يعتقل"},
		{"ويحتجزون", "احتجز"},
		{"سينسحبون", "انسحب"},
		{"وتستهدف", "استهدف"},
		{"اعتدائهم", "اعتداء"},
		{"قتيلا", "قتيل"},
		{"إرهابيا", "إرهابي"},
		{"مقاتلو", "مقاتل"},
		{"ويقاتلون", "قاتل"},
		{"المتحرش", "متحرش"},
		{"قُتِلَ", "قتل"},
		{"بالاستقرار", "استقرار"},
		{"نموا", "نمو"},
		{"تحسنا", "تحسن"},
		{"مئتين", ""},
		{"مصالحها", ""},
		{"آسيا", ""},
		{"مأساوية", "مأساوية"},
		{"اللاجئين", "لاجئين"},
		{"الهاوية", "الهاوية"},
		{"هاوية", "الهاوية"},
		// False friends that must not match a polar entry.
		{"المكان", ""},
		{"الأمن", ""},
		{"النساء", ""},
		{"بينما", ""},
		{"هناك", ""},
		{"تشاد", ""},
		{"يقال", ""},
		{"الفجر", ""},
		{"الكرة", ""},
		{"الهامة", ""},
		{"وجوده", ""},
		{"فروعها", ""},
		{"أعمارهم", ""},
		{"القحطاني", ""},
	}
	for _, tc := range tests {
		e, ok := lex.Lookup(tc.word)
		polar := ok && e.Tag != TagNeutral
		switch {
		case tc.lemma == "" && polar:
			t.Errorf("Lookup(%q) = %q (%s), want no polar entry", tc.word, e.Lemma, e.Tag)
		case tc.lemma != "" && (!ok || e.Lemma != tc.lemma):
			t.Errorf("Lookup(%q) = %q, %v; want %q", tc.word, e.Lemma, ok, tc.lemma)
		}
	}
}

func TestParse(t *testing.T) {
	good := "# comment\n\nهجوم\t-2\tN\tconflict\nوقف إطلاق النار\t+2\tMWE\t\nارتفاع\t1\tUP\nأسعار\t-1\tCTX\nجدا\t0\tINT\n"
	l, err := Parse(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != 5 {
		t.Errorf("Len = %d, want 5", l.Len())
	}
	if e, ok := l.Lookup("بالهجوم"); !ok || e.Score != -2 || e.Note != "conflict" {
		t.Errorf("Lookup(بالهجوم) = %+v, %v", e, ok)
	}
	bad := []struct{ text, msg string }{
		{"هجوم\t-2\n", "line 1"},
		{"هجوم\tx\tN\n", "score"},
		{"هجوم\t-4\tN\n", "out of range"},
		{"هجوم\t0\tN\n", "out of range"},
		{"هجوم\t-2\tQ\n", "unknown tag"},
		{"هجوم\t-2\tN\nالهجوم\t-1\tN\nهُجوم\t-1\tN\n", "line 3: duplicate"},
		{"وقف النار\t2\tMWE\nوقف  النار\t2\tMWE\n", "duplicate phrase"},
		{"سلام\t2\tMWE\n", "one word"},
		{"جدا\t1\tINT\n", "out of range"},
		{"\t2\tN\n", "empty lemma"},
	}
	for _, tc := range bad {
		if _, err := Parse(strings.NewReader(tc.text)); err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Parse(%q) error %v, want %q", tc.text, err, tc.msg)
		}
	}
}

// TestDefaultLexicon checks the embedded lexicon: it parses, it is large enough, and its polar
// entries outnumber the 3,000 the project asked for.
func TestDefaultLexicon(t *testing.T) {
	l, err := Parse(strings.NewReader(polarityTSV))
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != Default().Len() {
		t.Errorf("Default has %d entries, Parse %d", Default().Len(), l.Len())
	}
	tags := map[string]int{}
	for _, e := range l.Entries() {
		tags[e.Tag]++
		if e.Note == "" {
			t.Errorf("%q has no note", e.Lemma)
		}
	}
	polar := tags[TagNoun] + tags[TagNounVerb] + tags[TagVerb] + tags[TagAdj] + tags[TagPlural] + tags[TagAdverb] + tags[TagPhrase]
	t.Logf("%d entries, %d polar; by tag %v", l.Len(), polar, tags)
	if polar < 3000 {
		t.Errorf("%d polar entries, want at least 3000", polar)
	}
	for _, w := range []string{"هجوم", "قتل", "مقتل", "قتلى", "جرحى", "دمار", "انفجار", "إرهاب", "عدوان", "احتلال", "تهديد", "أزمة",
		"انهيار", "تصعيد", "فشل", "فساد", "اعتقال", "قمع", "إدانة", "تنديد", "رفض", "عقوبات", "حرب", "مجزرة", "نزوح", "لاجئين",
		"كارثة", "جفاف", "مجاعة", "وباء", "خسارة", "عجز", "تراجع", "انخفاض", "تضخم", "اتفاق", "تعاون", "سلام", "دعم", "ترحيب",
		"نجاح", "تقدم", "ازدهار", "نمو", "استقرار", "مصالحة", "شراكة", "تنمية", "مساعدات", "إغاثة", "إفراج", "هدنة", "تهدئة",
		"إيجابي", "بناء", "ارتفاع", "مبادرة", "تفاهم", "صداقة"} {
		if _, ok := l.Lookup(w); !ok {
			t.Errorf("no entry for %q", w)
		}
	}
}

// TestExampleArticle scores the example article: a report of talks that agreed on cooperation.
func TestExampleArticle(t *testing.T) {
	b, err := os.ReadFile(shareddata.MustPath(t, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	toks := arabic.Tokenize(text)
	lex := Default()
	doc := lex.Score(toks)
	if doc.Tone <= 0 || doc.WordCount < 300 {
		t.Errorf("article tone %+v, want positive over 300+ words", doc)
	}
	// The headline is about the war: negative.
	spans := arabic.Sentences(text)
	var head []arabic.Token
	for _, tk := range toks {
		if tk.End <= spans[0].End {
			head = append(head, tk)
		}
	}
	if got := lex.Score(head); got.Tone >= 0 {
		t.Errorf("headline tone %+v, want negative", got)
	}
	entries := map[string]bool{}
	for _, h := range lex.Words(toks) {
		entries[h.Entry] = true
	}
	for _, e := range []string{"اتفاق", "تعاون", "اتفاق سلام", "إيجابية", "ينهي+حرب", "تسوية+نزاع"} {
		if !entries[e] {
			t.Errorf("article: no hit %q in %v", e, entries)
		}
	}
}

func exampleText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(shareddata.MustPath(tb, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestConcurrent scores the example article from several goroutines at once (run with -race):
// the lexicon is shared and every call gets scratch space of its own.
func TestConcurrent(t *testing.T) {
	toks := arabic.Tokenize(exampleText(t))
	lex := Default()
	want := lex.Score(toks)
	done := make(chan marsad.Tone)
	for range 4 {
		go func() {
			var last marsad.Tone
			for range 20 {
				last = lex.Score(toks)
				lex.Words(toks)
			}
			done <- last
		}()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent score %+v, want %+v", got, want)
		}
	}
}
