package quote_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"marsad"
	"marsad/analyze"
)

var (
	once sync.Once
	an   *analyze.Analyzer
	aerr error
)

func analyzer(t *testing.T) *analyze.Analyzer {
	t.Helper()
	once.Do(func() { an, aerr = analyze.New(analyze.Options{NoNER: true}) })
	if aerr != nil {
		t.Fatal(aerr)
	}
	return an
}

// TestQuotes runs the pipeline (quotes need speakers, which need actors) on real phrasing and
// checks each expected quote: the words it must contain, its speaker's code and whether it is
// a direct quotation.
func TestQuotes(t *testing.T) {
	tests := []struct {
		text, date string
		want       []struct {
			contains, speaker string
			direct            bool
		}
	}{
		{"قال وزير الخارجية الروسي سيرجي لافروف إن المحادثات كانت مفيدة.", "2025-02-18",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"المحادثات كانت مفيدة", "RUSGOV", false}}},
		{"وقبل بدء الاجتماعات، قال لافروف، إن المحادثات تهدف إلى إنهاء \"الفترة غير الطبيعية\" في العلاقات.", "2025-02-18",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"الفترة غير الطبيعية", "RUSGOV", true}}},
		{"المتحدث باسم الخارجية الأمريكية: اتفقنا مع روسيا على توسيع التعاون", "2025-02-18",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"اتفقنا مع روسيا", "USAGOV", false}}},
		{"نفت وزارة الدفاع الروسية أن تكون طائراتها قد استهدفت مستشفى، ووصفت الاتهامات بأنها «عارية عن الصحة».", "2019-05-01",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"عارية عن الصحة", "RUSMIL", true}}},
		{"رفضت حركة حماس المقترح الإسرائيلي، مؤكدة أنه «لا يلبي الحد الأدنى» من المطالب.", "2024-05-01",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"لا يلبي الحد الأدنى", "PSEREB", true}}},
		{"ونقلت وكالة الأنباء عن الرئيس المصري عبد الفتاح السيسي قوله إن مصر لن تقبل بتهجير الفلسطينيين.", "2024-05-01",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"مصر لن تقبل", "EGYGOV", false}}},
		{"وقال المصدر – الذي طلب عدم الكشف عن اسمه – في تصريحات لـ«الشرق الأوسط» إن الوفد غادر.", "2024-05-01", nil},
		// a stance stated by a noun phrase: its object is the reported words
		{"فيما أكد الأمين العام لمجلس التعاون جاسم البديوي وقوف دول المجلس إلى جانب سلطنة عمان.", "2024-07-16",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"وقوف دول المجلس", "IGOGCC", false}}},
		// what a speaker points to after إلى is the reported words
		{"وأكد وزير الخارجية السعودي أن العلاقات مع إيران تقوم على الاحترام المتبادل، مشيراً إلى أهمية التعاون بين البلدين في مجال الأمن الإقليمي.", "2023-06-17",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"أهمية التعاون بين البلدين", "SAUGOV", false}}},
		{"وأعربت وزارة الخارجية الإماراتية في بيان عن تضامنها الكامل مع سلطنة عمان.", "2024-07-16",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"تضامنها الكامل", "AREGOV", false}}},
		// a speech act wins over another act of the sentence, even an earlier one
		{"وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش، الذي زار الجانب المصري من معبر رفح، إن الشاحنات \"شريان حياة\".", "2023-10-21",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"شريان حياة", "IGOUNO", false}}},
		// a speaking participle speaks for the sentence's subject, and a frame inside a
		// reported clause does not cut it short
		{"وأعلن الرئيس الأميركي جو بايدن أن الحكومة الإسرائيلية وافقت على الاتفاق، مؤكدا أنه \"صمم ليكون دائما\".", "2024-11-27",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"صمم ليكون دائما", "USAGOV", true}, {"الحكومة الإسرائيلية وافقت على الاتفاق", "USAGOV", false}}},
		// words quoted after an announced act are the announcer's
		{"أعلنت حركة حماس، مساء الثلاثاء، تعليق عملياتها العسكرية، \"منعا لإحراج الحكومة\"، بعد الهجوم.", "2024-01-30",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"منعا لإحراج الحكومة", "PSEREB", true}}},
		// words quoted in the sentence of another act are its doer's
		{"وأدانت وزارة الخارجية السورية بأشد العبارات العدوان \"الهمجي\" على دمشق.", "2018-04-14",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"الهمجي", "SYRGOV", true}}},
		// "X: …" with the name in quotation marks before the colon
		{"مجلس الوزراء يقر الورقة الأميركية... و\"حزب الله\": سنتعامل مع القرار كأنه غير موجود", "2025-08-08",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"سنتعامل مع القرار", "LBNREB", false}}},
		// "كتب X أن …": written words are X's
		{"وكتب وزير الخارجية الأمريكي أنتوني بلينكن أن بلاده \"لن تتخلى عن حلفائها\".", "2023-05-01",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"لن تتخلى عن حلفائها", "USAGOV", true}}},
		// a headline's "X «…»" with no verb is X's quotation
		{"الخارجية الروسية \"لن نسمح بتوسع الناتو شرقا\"\n\nأصدرت الخارجية الروسية بيانا حول الأمن الأوروبي.", "2022-01-10",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"لن نسمح بتوسع الناتو", "RUSGOV", true}}},
		// a verbal noun of warning with its doer named owns the words it quotes
		{"جاء ذلك بعد أيام من تحذير الرئيس المصري عبد الفتاح السيسي من أن المساس بحصة مصر سيؤدي إلى \"حالة عدم استقرار لا يتخيلها أحد\".", "2021-04-06",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"حالة عدم استقرار", "EGYGOV", true}}},
		// words after a colon right after a speech verb and its speaker are the speaker's; a
		// stance inside reported words leaves the reporter the last speaker
		{"قال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم الحل السياسي. وتابع: المملكة لن تقبل بأي تدخل في شؤون اليمن.", "2015-08-01",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"لن تقبل بأي تدخل", "SAUGOV", false}}},
		{"قال وزير الخارجية الأردني أيمن الصفدي إن الأردن يرفض القرار. وأضاف: نحن لن نقبل بأي تغيير في الوضع القائم.", "2020-06-01",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"نحن لن نقبل", "JORGOV", false}}},
		// with no act coded in the sentence, words introduced by a complementizer, or of three
		// words or more, are the person's named last before them
		{"إذ سبق للرئيس التونسي قيس سعيد أن وصف المتهمين بأنهم \"خونة وإرهابيون\".", "2023-05-01",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"خونة وإرهابيون", "TUNGOV", true}}},
		{"ولم تتلق الرباط أي طلب رسمي، رغم تأكيد الرئيس الفرنسي إيمانويل ماكرون استعداد بلاده \"للتدخل فور طلب ذلك\".", "2023-09-10",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"للتدخل فور طلب ذلك", "FRAGOV", true}}},
		// a hyphen inside a name joins its halves, it ends no speaker
		{"من جانبها، قالت مفوضة حقوق الطفل الروسية ماريا لفوفا-بيلوفا إن بلادها لم ترفض يوماً إعادة أي طفل.", "2023-03-20",
			[]struct {
				contains, speaker string
				direct            bool
			}{{"بلادها لم ترفض", "RUSGOV", false}}},
	}
	for _, tt := range tests {
		a, err := analyzer(t).Analyze(context.Background(), marsad.Article{ID: "q", Date: tt.date, Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			ok := false
			for _, q := range a.Quotes {
				if strings.Contains(q.Text, w.contains) && q.Speaker != nil && q.Speaker.Code == w.speaker && q.Direct == w.direct {
					ok = true
				}
				if a.Slice(q.Span) != q.Text {
					t.Errorf("quote text %q is not its span %+v", q.Text, q.Span)
				}
			}
			if !ok {
				t.Errorf("%s\n  want a quote holding %q by %s (direct %v); got %+v", tt.text, w.contains, w.speaker, w.direct, a.Quotes)
			}
		}
	}
}

// TestContinuation: "وأضاف" with no subject continues the last speaker of the article.
func TestContinuation(t *testing.T) {
	text := "قال وزير الخارجية الإيراني عباس عراقجي إن بلاده مستعدة للحوار.\nوأضاف أن طهران «لن تتفاوض تحت الضغط»."
	a, err := analyzer(t).Analyze(context.Background(), marsad.Article{ID: "c", Date: "2025-03-01", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "لن تتفاوض") {
			found = true
			if q.Speaker == nil || q.Speaker.Code != "IRNGOV" {
				t.Errorf("continued quote speaker %+v, want IRNGOV", q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("no quote for the continuation: %+v", a.Quotes)
	}
}

// TestQuoteBoundaries: the words of one speaker do not run into a contrasting clause with a
// speaker of its own, and a quotation that is the speech's content is not skipped as a name.
func TestQuoteBoundaries(t *testing.T) {
	text := `وأدانت إيران الضربات، واعتبرتها "انتهاكا واضحا لسيادة اليمن"، بينما دعت السعودية إلى ضبط النفس و"تجنب التصعيد".`
	a, err := analyzer(t).Analyze(context.Background(), marsad.Article{ID: "q", Date: "2024-01-12", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range a.Quotes {
		if q.Speaker == nil {
			continue
		}
		if strings.Contains(q.Text, "تجنب التصعيد") && q.Speaker.Code != "SAU" {
			t.Errorf("quote %q given to %s", q.Text, q.Speaker.Code)
		}
		if strings.Contains(q.Text, "انتهاكا واضحا") && q.Speaker.Code == "IRN" {
			found = true
		}
	}
	if !found {
		t.Errorf("no quote of Iran's words; got %+v", a.Quotes)
	}
}

// TestQuoteNesting checks speech inside a quotation and a participle after a semicolon: one
// quote per quotation (not the quotation cut at the verb inside it, nor the speech reported
// inside it), and the words the participle introduces, by the last speaker.
func TestQuoteNesting(t *testing.T) {
	text := `قال وزير الخارجية السوري وليد المعلم إن العلاقات قوية. وأضاف: "نحن نرى أن مواقف إيران لن تتغير"؛ مضيفاً أنه "مهما توهم الغرب فإنه مخطئ".`
	a, err := analyzer(t).Analyze(context.Background(), marsad.Article{ID: "q", Date: "2015-08-12", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range a.Quotes {
		code := ""
		if q.Speaker != nil {
			code = q.Speaker.Code
		}
		got = append(got, code+" "+strings.Trim(q.Text, `" `))
	}
	want := []string{
		"SYRGOV العلاقات قوية",
		"SYRGOV نحن نرى أن مواقف إيران لن تتغير",
		"SYRGOV مهما توهم الغرب فإنه مخطئ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("quotes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNamesInQuotesAreNoQuotes: a name or a title in quotation marks, in a sentence with no
// act coded, is nobody's words.
func TestNamesInQuotesAreNoQuotes(t *testing.T) {
	for _, text := range []string{
		"وأقسم عشرة من القادة السابقين لحركة طالبان الأفغانية يمين الولاء لتنظيم \"داعش\".",
		"وقال الوزير الأردني ناصر جودة في حديث لصحيفة «الشرق الأوسط» إن الزيارة ناجحة.",
		"ويلقب الأمير محمد بن نايف في الأوساط العالمية بلقب \"قيصر مكافحة الإرهاب\".",
	} {
		a, err := analyzer(t).Analyze(context.Background(), marsad.Article{ID: "q", Date: "2015-08-01", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range a.Quotes {
			if q.Direct && (strings.Contains(q.Text, "داعش") || strings.Contains(q.Text, "الشرق الأوسط") || strings.Contains(q.Text, "قيصر")) {
				t.Errorf("%s\n  quoted name taken as words: %+v", text, q)
			}
		}
	}
}

// TestColonListIsNoQuote: a colon that opens a list inside reported words opens no quote of
// its own.
func TestColonListIsNoQuote(t *testing.T) {
	text := "وأوضح وزير السياحة السعودي أن المحافظات المشاركة هي: تنومة، بلقرن، أحد رفيدة، رجال ألمع."
	a, err := analyzer(t).Analyze(context.Background(), marsad.Article{ID: "q", Date: "2015-08-01", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range a.Quotes {
		if strings.HasPrefix(q.Text, "تنومة") {
			t.Errorf("a list after هي: taken as a quote: %+v", q)
		}
	}
}
