package event

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unsafe"

	"marsad"
	"marsad/arabic"
	"marsad/doc"
	"marsad/event/cameo"
	"marsad/internal/wordhash"
)

func TestPatternsLoad(t *testing.T) {
	c := testCoder(t)
	roots := map[string]int{}
	for _, p := range c.Patterns() {
		if p.Code != "" {
			roots[cameo.MustLookup(p.Code).Root()]++
		}
	}
	for r := 1; r <= 20; r++ {
		root := fmt.Sprintf("%02d", r)
		if roots[root] == 0 {
			t.Errorf("no pattern for CAMEO root %s", root)
		}
	}
	if len(c.dict) < 2000 {
		t.Errorf("dictionary has %d forms, want thousands", len(c.dict))
	}
}

// TestDateline: the place that opens an agency dateline is where the story was filed, not an
// actor, and a dateline's "عمان" is Amman; a country before a colon is a speaker.
func TestDateline(t *testing.T) {
	c := testCoder(t)
	for _, tt := range []struct {
		text, kind, country string
	}{
		{"عمان 14 شباط (بترا)- دعت الحكومة المواطنين إلى الحذر.", doc.KindPlace, "JOR"},
		{"عمان - دعت الحكومة المواطنين إلى الحذر.", doc.KindPlace, "JOR"},
		{"عمان تدعو إلى الحوار.", doc.KindCountry, "OMN"},
		{"إسرائيل: لن نسمح بذلك.", doc.KindCountry, "ISR"},
	} {
		d := annotate(tt.text, "2024-02-14")
		s := newSent(&d.Sentences[0], c.lx, getArena(d))
		s.datelines()
		if m := s.ments[0]; m.Kind != tt.kind || countryOf(&m) != tt.country {
			t.Errorf("%s: first mention %s %s, want %s %s", tt.text, m.Kind, countryOf(&m), tt.kind, tt.country)
		}
	}
}

// TestPatternAlso checks that a second code ("also") must be a valid code of another root.
func TestPatternAlso(t *testing.T) {
	for _, tt := range []struct {
		yaml string
		ok   bool
	}{
		{"- id: x\n  code: \"174\"\n  also: \"139\"\n  verbs: [أمهل|يمهل]\n", true},
		{"- id: x\n  code: \"174\"\n  also: \"173\"\n  verbs: [أمهل|يمهل]\n", false},    // same root
		{"- id: x\n  code: \"174\"\n  also: \"999\"\n  verbs: [أمهل|يمهل]\n", false},    // no such code
		{"- id: x\n  code: \"190\"\n  crowd: \"999\"\n  verbs: [اقتحم|يقتحم]\n", false}, // no such code
	} {
		_, err := LoadPatterns(fstest.MapFS{"patterns/17.yaml": &fstest.MapFile{Data: []byte(tt.yaml)}})
		if (err == nil) != tt.ok {
			t.Errorf("%q: err = %v, want ok = %v", tt.yaml, err, tt.ok)
		}
	}
}

func TestVerbForms(t *testing.T) {
	tests := []struct {
		spec string
		want []string
	}{
		{"التقى|يلتقي", []string{"التقى", "التقت", "التقيا", "التقوا", "يلتقي", "تلتقي", "يلتقيان", "يلتقون", "نلتقي"}},
		{"اجتمع|يجتمع", []string{"اجتمع", "اجتمعت", "اجتمعا", "اجتمعوا", "اجتمعنا", "يجتمع", "تجتمعان", "يجتمعون"}},
		{"دعا|يدعو", []string{"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون"}},
		{"سعى|يسعى", []string{"سعى", "سعت", "يسعى", "تسعى", "يسعون"}},
	}
	for _, tt := range tests {
		got := map[string]bool{}
		for _, f := range verbForms(tt.spec) {
			got[f.key] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("verbForms(%q) lacks %q", tt.spec, w)
			}
		}
	}
}

// A final ى is written ا before an object pronoun: the split finds the verb ("التقاه" is التقى +
// ه), but not before the pronouns of the first person or "هن" ("نعاني" is no نعى + ني, "تراهن"
// no ترى + هن).
func TestSplitsDefective(t *testing.T) {
	known := map[string]bool{}
	for _, w := range []string{"التقى", "ترعى", "نعى", "ترى"} {
		known[arabic.Key(w)] = true
	}
	tests := []struct {
		word, stem, suffix string
		ok                 bool
	}{
		{"التقاه", "التقى", "ه", true},
		{"والتقاهم", "التقى", "هم", true},
		{"ترعاها", "ترعى", "ها", true},
		{"نعاني", "نعى", "ني", false},
		{"تراهن", "ترى", "هن", false},
	}
	for _, tt := range tests {
		found := false
		for _, x := range splits(arabic.Key(tt.word), nil, known, wordhash.Filter{}) {
			if x.stem == arabic.Key(tt.stem) && x.suffix == tt.suffix && x.respelled {
				found = true
			}
		}
		if found != tt.ok {
			t.Errorf("splits(%q) reads %s + %s: %v, want %v", tt.word, tt.stem, tt.suffix, found, tt.ok)
		}
	}
}

func TestNounForms(t *testing.T) {
	tests := []struct {
		spec string
		want []string
	}{
		{"زيارة", []string{"زيارة", "زيارات", "زيارت", "زيارتين"}},
		{"لقاء", []string{"لقاء", "لقاءات", "لقائ"}},
		{"هجوم/هجمات", []string{"هجوم", "هجمات", "هجوما"}},
	}
	for _, tt := range tests {
		got := map[string]bool{}
		for _, f := range nounForms(tt.spec) {
			got[f.key] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("nounForms(%q) lacks %q", tt.spec, w)
			}
		}
	}
}

// TestTriggers checks that inflected and cliticised words find their pattern.
func TestTriggers(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ word, rule string }{
		{"التقى", "04.meet"}, {"ويلتقي", "04.meet"}, {"وسيلتقي", "04.meet"}, {"اجتمعا", "04.meet"},
		{"ولقائه", "04.meeting"}, {"محادثاتهما", "04.talks"}, {"والمفاوضات", "04.negotiate"},
		{"زيارته", "04.visit"}, {"بزيارة", "04.visit"}, {"غارات", "19.airstrike"}, {"الغارة", "19.airstrike"},
		{"اعتقلت", "17.arrest"}, {"واعتقال", "17.arrest"}, {"مظاهرات", "14.demonstrate"},
		{"احتجاجات", "14.demonstrate"}, {"أدانت", "11.condemn"}, {"اتهم", "11.accuse"},
		{"يهدد", "13.threaten"}, {"رفضت", "12.reject"}, {"طالبت", "10.demand"}, {"دعا", "02.call"},
		{"اغتيال", "18.assassinate"}, {"أفرجت", "08.release"}, {"قال", "01.say"}, {"وأضاف", "01.say"},
		// a request as a noun after على, not the verb طلب ("بناء على طلب من")
		{"بناء على طلب من", "02.at-request"},
	}
	for _, tt := range tests {
		d := annotate(tt.word, "2024-01-01")
		s := newSent(&d.Sentences[0], c.lx, getArena(d))
		trigs := c.findTriggers(s)
		if len(trigs) == 0 {
			t.Errorf("%s: no trigger, want %s", tt.word, tt.rule)
			continue
		}
		if got := trigs[0].p.Rule(); got != tt.rule {
			t.Errorf("%s: rule %s, want %s", tt.word, got, tt.rule)
		}
	}
	// words that look like triggers but are not
	for _, w := range []string{"وزارة", "البنك", "بين", "مقابل", "القاهرة", "ضربت الفيضانات إيران", "ضرب زلزال قوي تركيا",
		"بيانات الوظائف الأمريكية", "مقتل اثنين", "تصفيات كأس العالم", "تخرج 150 طالبا", "على أيدي مسلحين",
		"تجمعات لمسلحي داعش", "أي طلب", "رفضت الكشف عن هويتها", "وسارع"} {
		d := annotate(w, "2024-01-01")
		s := newSent(&d.Sentences[0], c.lx, getArena(d))
		if trigs := c.findTriggers(s); len(trigs) > 0 {
			t.Errorf("%s: spurious trigger %s", w, trigs[0].p.Rule())
		}
	}
}

// TestCodeSentences codes real Arabic sentences with fixture mentions and checks code, dyad and
// modality. (Whole-pipeline accuracy on the dev gold is asserted in package analyze.)
func TestCodeSentences(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		text, date string
		want       []string // "code src tgt modality"; every listed event must be found
		not        []string // roots, codes or event patterns (as in want) that must not be coded
	}{
		{"التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في الرياض.", "2025-02-18",
			[]string{"044 USAGOV RUSGOV asserted", "044 RUSGOV USAGOV asserted"}, nil},
		{"وأضاف أوشاكوف، أن روسيا والولايات المتحدة ستعملان على \"تهيئة الظروف\" لعقد اجتماع بين الرئيسين بوتين وترامب، لكن من غير المحتمل أن يتم الاجتماع في الأسبوع المقبل.", "2025-02-18",
			[]string{"010 RUSGOV - asserted", "036 RUS USA asserted", "036 USA RUS asserted", "040 RUSGOV USAGOV unlikely"}, nil},
		{"المتحدث باسم الخارجية الأمريكية: اتفقنا مع روسيا على توسيع التعاون الجيوسياسي", "2025-02-18",
			[]string{"030 USAGOV RUS asserted"}, nil},
		{"لم يلتق وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي.", "2025-03-01",
			[]string{"040 IRNGOV SAUGOV negated", "040 SAUGOV IRNGOV negated"}, nil},
		{"سيلتقي الرئيس الفرنسي إيمانويل ماكرون الرئيس الجزائري عبد المجيد تبون في الجزائر.", "2023-05-01",
			[]string{"042 FRAGOV DZAGOV planned"}, nil},
		// the pronoun on أن is the announcer; the actor after the verb is its object, and the
		// announcement of one's own future act is an asserted expression of intent
		{"أعلن رئيس الوزراء المجري فيكتور أوربان أنه سيدعو نتنياهو لزيارة بودابست.", "2024-11-22",
			[]string{"036 HUNGOV ISRGOV asserted"}, nil},
		{"أعلن الرئيس الأمريكي جو بايدن أنه سيلتقي الرئيس الصيني شي جين بينغ الأسبوع المقبل.", "2023-11-01",
			[]string{"040 USAGOV CHNGOV planned", "036 USAGOV CHNGOV asserted"}, nil},
		// describing an act as a tragedy, cowardly or heinous condemns it
		{"ووصف وزير الخارجية الأمريكي ماركو روبيو الهجوم الإسرائيلي بأنه جبان.", "2025-09-09",
			[]string{"111 USAGOV ISR asserted"}, nil},
		// leaving a deal is no military withdrawal; troops withdrawn under a deal are
		{"أعلنت واشنطن انسحابها من الاتفاق النووي مع إيران.", "2018-05-08", nil, []string{"08"}},
		{"أعلنت روسيا انسحاب قواتها من أوكرانيا بموجب الاتفاق.", "2022-03-29",
			[]string{"0874 RUS UKR asserted"}, nil},
		// cyber attacks and bombing drills are no attacks of force
		{"اتهمت الولايات المتحدة روسيا بشن هجمات إلكترونية على مؤسساتها.", "2021-04-15",
			[]string{"1123 USA RUS asserted"}, []string{"19"}},
		{"نفذت مقاتلات أمريكية تدريبات على القصف قرب سواحل روسيا.", "2023-02-19",
			nil, []string{"19"}},
		// opening a border between two states eases restrictions both ways
		{"أعادت السعودية وإيران فتح الحدود البرية.", "2023-04-10",
			[]string{"081 SAU IRN asserted", "081 IRN SAU asserted"}, nil},
		// troops deployed to keep the peace protect (074), they are no mobilisation (154)
		{"أعلنت روسيا نشر قوات حفظ سلام في أوكرانيا.", "2020-11-10",
			[]string{"074 RUS UKR asserted"}, []string{"15"}},
		// an uncoded one-word name opening the sentence before an actor is a verb there
		{"ودان فائز السراج الهجمات على طرابلس.", "2019-04-10",
			[]string{"111 LBYGOV LBY asserted"}, nil},
		// working with someone, told in the future, is an intent to cooperate expressed now
		{"وقال الوزير إن مصر ستعمل مع السعودية على تعزيز التكامل الاقتصادي.", "2020-05-10",
			[]string{"0311 EGY SAU asserted"}, nil},
		// a governing verb in the future tense governs as it does in the present
		{"وقال الوزير إن مصر ستواصل التعاون الأمني مع السعودية.", "2020-05-10",
			[]string{"0312 EGY SAU asserted"}, nil},
		// a definite nationality after a noun in the construct state is its genitive's: the
		// ships are Israeli, the attack is not Israel's
		{"أدانت مصر استهداف السفن الإسرائيلية في البحر الأحمر.", "2024-01-12",
			nil, []string{"190 ISR *"}},
		// an anonymous source announcing someone else's meeting expresses no intent of its own
		{"صرح مصدر يمني بأن وفدا حوثيا سيلتقي المبعوث الأممي في مسقط.", "2015-05-30",
			[]string{"044 YEMREB IGOUNO planned"}, []string{"03"}},
		// an object that is itself an actor ("طرد السفير الكندي") is the target
		{"قررت المملكة العربية السعودية طرد السفير الكندي.", "2018-08-06",
			[]string{"161 SAU CANGOV asserted"}, nil},
		// a release decided is a release; demanded, it is the demand's theme
		{"قررت السعودية الإفراج عن السجناء الأمريكيين.", "2025-03-01",
			[]string{"0841 SAU USACVL asserted"}, nil},
		{"طالبت السعودية بالإفراج عن السجناء الأمريكيين.", "2025-03-01",
			[]string{"1053 SAU * asserted"}, []string{"08"}},
		// sanctions with no target named are aimed at the country the story is about
		{"هددت إيران إسرائيل. وأدانت السعودية إيران. وفرضت الولايات المتحدة عقوبات جديدة.", "2025-03-01",
			[]string{"163 USA IRN asserted"}, nil},
		// "عبر عن قلقه" is pessimism, not a plain statement
		{"عبر وزير الخارجية الأمريكي ماركو روبيو عن قلقه من التصعيد.", "2025-03-01",
			[]string{"012 USAGOV - asserted"}, nil},
		// "يذكر أن", "يشار إلى أن": it is said that — nobody speaks
		{"هددت إيران إسرائيل. ويذكر أن المحادثات توقفت.", "2025-03-01", nil, []string{"01"}},
		{"هددت إيران إسرائيل. يشار إلى أن المحادثات توقفت.", "2025-03-01", nil, []string{"01"}},
		// "we" outside quotation marks and reported speech is the writer, no actor
		{"تظهر شماعة الاستخبارات الأميركية لنعلق عليها كل إخفاقاتنا. علقنا على هذه الشماعة غزو العراق.", "2015-08-01",
			nil, []string{"01"}},
		// "آلاف العراقيين": the actor as a partitive's genitive; "في هجوم لتنظيم داعش": the
		// author of the attack a passive act happened in; a denial of an act
		{"هددت إيران إسرائيل. تظاهر آلاف العراقيين في بغداد.", "2024-05-01",
			[]string{"141 IRQ * asserted"}, nil},
		{"قُتل خمسة جنود سوريين في هجوم لتنظيم داعش في دير الزور.", "2024-05-01",
			[]string{"1823 IMGISI SYRMIL asserted"}, nil},
		{"نفت الخارجية الإيرانية تزويد روسيا بطائرات مسيرة.", "2024-05-01",
			[]string{"016 IRNGOV * asserted"}, nil},
		// an unvowelled perfect before an indefinite noun of people with no object after it is
		// passive: the people were killed, and are not the doers of the strike around it; with
		// an object after them they are the subject
		{"قتل فلسطينيون في غارة إسرائيلية على غزة.", "2024-05-01",
			[]string{"1823 ISR PSE asserted", "195 ISR PSE asserted"}, nil},
		{"قتل مدنيون سوريون في غارة إسرائيلية على دمشق.", "2024-05-01",
			[]string{"1823 ISR SYRCVL asserted"}, []string{"1823 SYRCVL *"}},
		// (with no one named doing it, a killing told in the passive is background, not an
		// event: see build)
		{"قتل مدنيون سوريون في غارة على إدلب.", "2024-05-01", nil, []string{"18", "19"}},
		{"قتل مسلحون ثلاثة جنود عراقيين.", "2024-05-01",
			[]string{"1823 IRQREB IRQMIL asserted"}, nil},
		// "في هجوم بقاذفة صواريخ شنه متمردون": the doer is the subject of the resumptive verb
		{"وقتل جندي تركي في هجوم بقاذفة صواريخ شنه متمردون أكراد.", "2015-08-11",
			[]string{"1823 TURREB TURMIL asserted"}, nil},
		// a context word right after the actors refines the code ("مع نظيره … هاتفيا": a call)
		{"بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي هاتفيا تطورات الأوضاع في غزة.", "2023-11-01",
			[]string{"041 EGYGOV JORGOV asserted"}, []string{"041 JORGOV EGYGOV asserted"}},
		// organising a march is a protest; a note of protest is no demonstration
		{"نظم آلاف المتظاهرين مسيرة في الرباط تضامنا مع غزة.", "2023-11-01",
			[]string{"141 MARCVL MARGOV asserted"}, nil},
		{"استدعت وزارة الخارجية الكويتية السفير العراقي وسلمته مذكرة احتجاج.", "2023-11-01",
			[]string{"114 KWTGOV IRQGOV asserted"}, []string{"14"}},
		// exchanging fire is force both ways
		{"تبادل الجيش الهندي والجيش الباكستاني إطلاق النار على طول خط المراقبة في كشمير.", "2019-03-01",
			[]string{"190 INDMIL PAKMIL asserted", "190 PAKMIL INDMIL asserted"}, nil},
		// a target taken from the story is not the source's own country when another country
		// is named as often
		{"رفعت جنوب أفريقيا دعوى أمام محكمة العدل الدولية تتهم فيها إسرائيل بارتكاب إبادة جماعية.", "2024-01-01",
			[]string{"115 ZAF ISR asserted"}, nil},
		// an arrest with no target named concerns the country where it happened
		{"اقتحمت قوات الاحتلال مدينة نابلس واعتقلت عددا من الشبان.", "2024-01-01",
			[]string{"173 ISRMIL PSE asserted"}, nil},
		// a place after a word of direction ("شمال رام الله") is no subject of the next verb
		{"هاجم مستوطنون قرية ترمسعيا شمال رام الله وأحرقوا منازل.", "2024-01-01",
			[]string{"1712 ISRCVL * asserted"}, nil},
		// "الوزارة" is the ministry named last, and "قواتها" its forces
		{"قالت وزارة الدفاع التايوانية إن الصين أطلقت صواريخ. وأكدت الوزارة أن قواتها رفعت درجة التأهب.", "2022-08-05",
			[]string{"152 TWNMIL - asserted"}, nil},
		// an act coordinated after a reported clause is the reported subject's, not the speaker's
		{"قالت وزارة الصحة الفلسطينية إن قوات الاحتلال أطلقت الغاز داخل المستشفى، ومنعت سيارات الإسعاف من الوصول.", "2023-01-26",
			[]string{"191 ISRMIL * asserted"}, nil},
		// "احتجاجا على", "رفضا ل": the reason of the act, no protest or rejection of its own
		{"استدعت الجزائر سفيرها في مدريد للتشاور احتجاجا على موقف الحكومة الإسبانية.", "2022-03-19",
			nil, []string{"14"}},
		{"تواصل الأسيرة الأردنية هبة اللبدي إضرابها عن الطعام رفضا لقرار إسرائيل.", "2019-10-01", nil, []string{"12"}},
		// "كل من X و Y": each is the subject; a feminine ambassador recalled; "أفرجت عنهم
		// السلطات": the subject after a preposition with a plural pronoun
		{"ودعت كل من فرنسا وألمانيا طهران إلى الإفراج عن الناقلة.", "2019-07-22",
			[]string{"0253 FRA IRN asserted", "0253 DEU IRN asserted"}, nil},
		{"أعلنت المغرب استدعاء سفيرتها لدى إسبانيا للتشاور.", "2021-05-18",
			[]string{"161 MAR ESP asserted"}, nil},
		{"وصل السجناء الخمسة إلى الدوحة بعد أن أفرجت عنهم السلطات الإيرانية.", "2023-09-18",
			[]string{"0841 IRNGOV * asserted"}, nil},
		// an indefinite antecedent whose place a pronoun after the verb takes is the target,
		// the actor after it the subject; a pardon granted frees prisoners
		{"وصل خمسة مواطنين أمريكيين أفرجت عنهم السلطات الإيرانية إلى الدوحة.", "2023-09-18",
			[]string{"0841 IRNGOV USACVL asserted"}, nil},
		{"منحت الإدارة الأمريكية عفوا لخمسة إيرانيين.", "2023-09-18",
			[]string{"0841 USAGOV IRN asserted"}, nil},
		// protesters are of the place their clause names, not of the story's main country
		{"هددت روسيا أوكرانيا. وأدانت روسيا الهجوم. واعتدى المحتجون على الشرطة في يريفان.", "2020-11-10",
			[]string{"182 ARMCVL * asserted"}, nil},
		// a circumstantial participle after a comma opens the subject's next act: its actors
		// are no target of the act before
		{"ندد الأمين العام للأمم المتحدة بالتفجيرين، مؤكدا وقوف المنظمة الدولية إلى جانب الضحايا.", "2022-10-30",
			[]string{"111 IGOUNO - asserted"}, nil},
		// an ambassador does not make the story his country's: the ministry that summons him
		// is of the story's other country
		{"الأردن يستدعي السفير الإسرائيلي. واستدعت وزارة الخارجية السفير الإسرائيلي في عمان.", "2024-05-05",
			[]string{"114 JORGOV ISRGOV asserted"}, nil},
		// a deadline to leave is an expulsion and an ultimatum; "أمر بنشر" gives the ordered
		// act its doer
		{"أمهلت السلطات المالية السفير الفرنسي 72 ساعة لمغادرة البلاد.", "2022-01-31",
			[]string{"174 MLIGOV FRAGOV asserted", "139 MLIGOV FRAGOV asserted"}, nil},
		{"أمر الرئيس الأمريكي جو بايدن بنشر نحو خمسة آلاف جندي في مطار كابل.", "2021-08-15",
			[]string{"154 USAGOV * asserted"}, nil},
		// "سارع إلى الترحيب": hastening gives the welcome its doer, and is no future "I will
		// sponsor" (سـ + أرعَ)
		{"وسارع ترامب إلى الترحيب بالاتفاق.", "2020-04-12", []string{"051 USAGOV * asserted"}, []string{"04"}},
		// "حمّل X Y المسؤولية": Y, before the object word, is the one blamed, with or without X
		{"حملت وزارة الخارجية القطرية إسرائيل المسؤولية عن التصعيد.", "2024-05-01",
			[]string{"112 QATGOV ISR asserted"}, nil},
		{"قالت الحكومة الأردنية إنها \"تحمّل إسرائيل المسؤولية الكاملة\" عن حياة مواطنيها.", "2019-10-30",
			[]string{"112 JORGOV ISR asserted"}, nil},
		// "…، وأعلنت فرض عقوبات": an announcing verb with و shares the sentence's subject, not
		// the nearest name before it
		{"استدعت الصين السفير الأمريكي احتجاجا على زيارة بيلوسي، وأعلنت فرض عقوبات على تايوان.", "2022-08-05",
			[]string{"163 CHN TWN asserted"}, nil},
		// announcing a stance is a statement as well as the stance; announcing an act is the act
		{"أعلنت الرئاسة المصرية دعمها للتحالف.", "2015-03-26",
			[]string{"010 EGYGOV - asserted", "051 EGYGOV SAUMIL asserted"}, nil},
		{"أعلنت إسرائيل وقف العمليات العسكرية في غزة.", "2024-05-01", nil, []string{"01"}},
		// "نددت إيران بالعملية": the operation told before is its doer's
		{"شن التحالف غارات على صنعاء. ونددت إيران بالعملية.", "2015-03-26",
			[]string{"111 IRN SAUMIL asserted"}, nil},
		// "في حين" (whereas) opens a clause with a subject of its own
		{"أعلن الاتحاد الأفريقي دعمه للصومال، في حين دعت الولايات المتحدة جميع الأطراف إلى خفض التصعيد.", "2024-01-10",
			[]string{"0256 USA * asserted"}, nil},
		// a person the knowledge base does not know, named after an office, is an official of
		// the office's country; the office's words are no announced act
		{"أعلن رئيس لجنة التحقيق المصرية أيمن المقدم أن اللجنة لا تستبعد أي فرضية.", "2015-11-07",
			[]string{"010 EGYGOV - asserted"}, nil},
		// a joint statement "صدر عن" a list speaks for all; cabling congratulations is praise;
		// recalling two ambassadors; asking an ambassador to leave
		{"وقال بيان مشترك صدر عن المملكة والإمارات والبحرين إن الدول الثلاث قررت التدخل.", "2015-03-26",
			[]string{"010 SAU - asserted", "010 ARE - asserted", "010 BHR - asserted"}, nil},
		{"وأبرقت مصر والأردن بالتهاني.", "2017-07-10", []string{"051 EGY * asserted", "051 JOR * asserted"}, nil},
		{"واستدعت تركيا سفيريها في تل أبيب وواشنطن.", "2018-05-15", []string{"161 TUR * asserted"}, nil},
		{"طلبت تركيا من السفير الإسرائيلي مغادرة أراضيها.", "2018-05-15", []string{"174 TUR ISRGOV asserted"}, nil},
		// "أقدم على": proceeding to an act gives it its doer
		{"وأقدمت الشرطة الهولندية في وقت لاحق على تفريق مئات المحتجين.", "2017-03-12",
			[]string{"175 NLDCOP NLDCVL asserted"}, nil},
		// "المجلس العسكري الحاكم في النيجر": an army or police named alone, then "في" a country,
		// is that country's (not the story's main one)
		{"هددت فرنسا النيجر. وأدانت فرنسا الانقلاب. ورحب المجلس العسكري الحاكم في النيجر بالقرار.", "2023-09-25",
			[]string{"051 NERMIL * asserted"}, nil},
		// rescue teams and air bridges are humanitarian aid; aid with no recipient named goes to
		// the story's country
		{"وأرسلت إيران فريقاً من الهلال الأحمر إلى لبنان.", "2020-08-06", []string{"073 IRN LBN asserted"}, nil},
		{"أعلنت الإمارات إقامة جسر جوي لنقل المساعدات إلى المغرب.", "2023-09-10", []string{"073 ARE MAR asserted"}, nil},
		{"زلزال مدمر يضرب المغرب. وأوفد الأردن طائرة مساعدات طبية.", "2023-09-10", []string{"073 JOR MAR asserted"}, nil},
		// offering to mediate, giving oneself up, reserving the right to respond
		{"وعرضت روسيا القيام بدور الوسيط بين السعودية وإيران.", "2016-01-04", []string{"030 RUS SAU asserted", "030 RUS IRN asserted"}, nil},
		// an intent towards no one named is no event
		{"وعرضت روسيا القيام بدور الوسيط.", "2016-01-04", nil, []string{"03"}},
		{"وسلم عشرات المسلحين أنفسهم للقوات الأمنية العراقية.", "2017-07-10", []string{"0874 * * asserted"}, nil},
		{"هددت إثيوبيا مصر. وقالت إثيوبيا إنها ستملأ السد. وأكدت مصر أنها تحتفظ بحقها في الرد.", "2023-12-19",
			[]string{"138 EGY ETH asserted"}, nil},
		// attacking a decision or an act is criticism in words
		{"هاجم وزير الخارجية الإيراني عباس عراقجي قرار الحكومة الأردنية.", "2025-01-03",
			[]string{"111 IRNGOV JORGOV asserted"}, []string{"19"}},
		// an unnamed crowd after the verb is the people, not the last sentence's subject
		{"أعلنت وزارة الخارجية التركية حظر التجمعات. وتظاهر عشرات الآلاف في إسطنبول.", "2025-03-23",
			[]string{"141 TURCVL TURGOV asserted"}, nil},
		// stopping an activity is no arrest
		{"قال ترامب إن الولايات المتحدة ستوقف حملة القصف على الفور.", "2025-05-06", nil, []string{"17"}},
		{"وقال وزير التجارة العراقي أثير داود الغريري إن المعرض ناجح.", "2023-11-01",
			[]string{"010 IRQGOV - asserted"}, nil},
		{"أطلقت الإمارات خدمة رقمية جديدة. وقال سعادة خليل الخوري إن الخدمة تختصر الوقت.", "2024-02-01",
			[]string{"010 AREGOV - asserted"}, nil},
		// two sources of a ceasefire need no target: they are its parties; a nationality after a
		// prepositional phrase is not the ceasefire's
		{"أعلنت الهند وباكستان، السبت، التوصل إلى وقف فوري لإطلاق النار.", "2025-05-10",
			[]string{"0871 IND PAK asserted", "0871 PAK IND asserted"}, nil},
		{"أعلن الجيش السوداني وقفا لإطلاق النار بمبادرة تركية.", "2025-05-10",
			[]string{"0871 SDNMIL * asserted"}, nil},
		// a formal protest lodged "لدى" a government is aimed at it
		{"قدمت الصين احتجاجا رسميا لدى الولايات المتحدة.", "2024-01-14", []string{"114 CHN USA asserted"}, nil},
		// "من فخامة الرئيس …": the preposition before the honorifics marks the mention; "وعبر
		// صاحب السمو" is a verb, not the preposition عبر
		{"كما تلقى أمير قطر اتصالا هاتفيا من فخامة الرئيس الأمريكي دونالد ترامب.", "2025-09-09",
			[]string{"041 USAGOV QATGOV asserted"}, nil},
		{"وعبر صاحب السمو الملكي الأمير محمد بن سلمان عن شكره لمصر.", "2015-08-01",
			[]string{"010 SAUGOV - asserted"}, nil},
		// "اتصالا من Y هنأه فيه": the caller congratulated
		{"وتلقى الرئيس التونسي قيس سعيد اتصالاً هاتفياً من الرئيس الجزائري عبد المجيد تبون هنأه فيه بالفوز.", "2024-10-08",
			[]string{"051 DZAGOV TUNGOV asserted"}, nil},
		// "… داخل باكستان وإسلام آباد تتوعد": a name joined by و right before its verb opens a
		// clause; it does not share the locative of the name before it
		{"الهند تشن غارات جوية داخل باكستان وإسلام آباد تتوعد بالرد.", "2019-02-26",
			[]string{"138 PAK * asserted"}, nil},
		// deploying thousands of police elements is a show of force
		{"نشرت السلطات التركية آلاف عناصر الشرطة في شوارع إسطنبول.", "2025-03-20", []string{"153 TURGOV * asserted"}, nil},
		// halting mediation "بين X و Y" concerns both sides
		{"أعلنت قطر تعليق جهود الوساطة بين حماس وإسرائيل.", "2023-12-02",
			[]string{"165 QAT PSEREB asserted", "165 QAT ISR asserted"}, nil},
		// going out in marches; deploying the army; a curfew is no sanction; summoning a chargée
		// d'affaires
		{"وخرج آلاف المواطنين، أمس الأحد، في مسيرات بالرباط.", "2023-05-05", []string{"141 MARCVL MARGOV asserted"}, nil},
		{"أعلنت الحكومة الباكستانية نشر الجيش في العاصمة.", "2023-05-09", []string{"154 PAKGOV * asserted"}, nil},
		{"وفرضت السلطات العراقية حظرا شاملا للتجوال في بغداد.", "2022-08-29", []string{"1723 IRQGOV * asserted"}, []string{"16"}},
		{"قامت وزارة الخارجية التونسية باستدعاء القائمة بأعمال السفارة الأمريكية.", "2022-07-28",
			[]string{"114 TUNGOV USAGOV asserted"}, nil},
		// a decree of pardon frees those it names
		{"أصدر أمير الكويت مرسوماً بالعفو عن عدد من المواطنين.", "2021-11-08", []string{"0841 KWTGOV * asserted"}, nil},
		// an office named alone, then the person who holds it, is that person's country's
		{"هددت الولايات المتحدة إيران. وأدانت الولايات المتحدة الهجوم. وقالت المتحدثة باسم الخارجية ماريا زاخاروفا إن موسكو تتابع الوضع.", "2025-08-09",
			[]string{"010 RUSGOV - asserted"}, nil},
		// "لمساندة الشرطة": a noun of purpose is what the act is for, and supporting the police
		// is not the police's support
		{"وأعلن وزير الدفاع الكيني نشر الجيش لمساندة الشرطة.", "2024-06-26", []string{"010 KENGOV - asserted"}, []string{"05"}},
		// a link to another story of the site codes nothing
		{"هددت إيران إسرائيل. اقرأ أيضاً: التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في الرياض.", "2025-02-18",
			nil, []string{"04"}},
		// shooting down aircraft is force; a weapon named by its nationality is its owner's
		{"أعلنت وزارة الدفاع الروسية إسقاط 20 طائرة مسيرة أوكرانية.", "2024-05-01",
			[]string{"190 RUSMIL UKR asserted"}, nil},
		{"هددت إيران إسرائيل. استهدفت طائرة مسيرة أمريكية موقعا في بغداد.", "2024-05-01",
			[]string{"195 USA * asserted"}, nil},
		// congratulating is praise (the key of هنأ ends in نا: it is no first-person verb)
		{"هنأ ترامب بوتين بمناسبة فوزه في الانتخابات.", "2024-05-01",
			[]string{"051 USAGOV RUSGOV asserted"}, nil},
		// a visit during which the visitor meets someone: the visitor meets them
		{"وصل وزير الخارجية الأمريكي ماركو روبيو إلى الرياض في زيارة يلتقي خلالها نظيره السعودي.", "2025-02-17",
			[]string{"040 USAGOV SAUGOV asserted", "040 SAUGOV USAGOV asserted"}, nil},
		// announcing a ceasefire; a yielding act in another country concerns that country
		{"أعلنت إسرائيل وقف العمليات العسكرية في غزة.", "2024-05-01",
			[]string{"0871 ISR PSE asserted"}, nil},
		// exchanging prisoners; opposing; barring people from a place
		{"تبادلت روسيا وأوكرانيا الأسرى.", "2024-05-01",
			[]string{"0841 RUS UKR asserted", "0841 UKR RUS asserted"}, nil},
		{"قالت الخارجية الإيرانية إن إيران تعارض العقوبات الأمريكية.", "2024-05-01",
			[]string{"120 IRN USA asserted"}, nil},
		{"منع الجيش الإسرائيلي السجناء الأمريكيين من دخول غزة.", "2024-05-01",
			[]string{"191 ISRMIL USACVL asserted"}, nil},
		// an unnamed member of a body named after في belongs to it
		{"اغتالت إسرائيل القيادي في حماس في بيروت.", "2024-01-02",
			[]string{"186 ISR PSEREB asserted"}, nil},
		// "وفد من حماس": a delegation from a body is that body's, and the verb's required next
		// word may follow it; "تحقيق أهدافها" is achieving, not investigating
		{"وصل وفد من حماس إلى الدوحة.", "2024-05-01",
			[]string{"042 PSEREB QAT asserted"}, nil},
		{"أعلن ترامب تحقيق أهدافه.", "2025-03-01", nil, []string{"09"}},
		{"حققت روسيا أهدافها في أوكرانيا.", "2025-03-01", nil, []string{"09"}},
		// accepting a proposal; an airborne raid is an attack; "قبل" alone is "before"
		{"قبلت أوكرانيا مقترح الولايات المتحدة.", "2024-05-01",
			[]string{"037 UKR USA asserted"}, nil},
		{"زار لافروف أنقرة قبل الاجتماع.", "2024-05-01", nil, []string{"03"}},
		{"نفذت القوات الأميركية إنزالا جويا في غزة.", "2024-05-01",
			[]string{"195 USAMIL PSE asserted"}, nil},
		// a government body "in" a country is that country's, and a role right before it too
		{"هددت إيران إسرائيل. وقال المتحدث باسم الحكومة الانتقالية في مالي إن القوات الأميركية يجب أن تغادر.", "2022-02-18",
			[]string{"010 MLIGOV - asserted"}, nil},
		// an official whose office takes a few words speaks for the person named after the body
		{"هددت إيران إسرائيل. وأكد مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل أن القرارات ملزمة.", "2024-05-25",
			[]string{"010 IGOEEC - asserted"}, nil},
		// a threat to strike (بضرب) is a threat of force
		{"هدد ترامب بضرب إيران.", "2025-04-01",
			[]string{"138 USAGOV IRN asserted"}, nil},
		// vowing force is threatening it
		{"تعهدت إيران بالرد على إسرائيل.", "2024-05-01",
			[]string{"138 IRN ISR asserted"}, nil},
		// بدعم after a word that takes ب is what is pledged or demanded, not "with the support
		// of": the one supported is the target (but "بدعم من" stays the supporter)
		{"وتعهدت تركيا بدعم مصر.", "2024-05-01",
			[]string{"032 TUR EGY asserted"}, nil},
		{"وطالب الرئيس الفرنسي إيمانويل ماكرون بدعم لبنان.", "2024-05-01",
			[]string{"102 FRAGOV LBN asserted"}, nil},
		// the intending actor's own country, named as whose readiness it is, is no target (the
		// theme's other party is)
		{"وأكد وزير الخارجية المصري سامح شكري استعداد مصر للتعاون مع تركيا.", "2024-05-01",
			[]string{"030 EGYGOV TUR asserted"}, []string{"030 EGYGOV EGY asserted"}},
		// training another's forces, pledged, is an intent to cooperate militarily
		{"وتعهدت تركيا بمواصلة تدريب وحدات من الجيش الصومالي.", "2024-05-01",
			[]string{"0312 TUR SOMMIL asserted"}, nil},
		// a speaking participle makes no statement, but its words' judgement is a criticism;
		// what بأن describes is named before it, and one side of a country may judge the other
		{"وأعلن وزير الخارجية الإيراني عباس عراقجي الحداد، واصفاً إسرائيل بأنها «دولة فاشية».", "2024-05-01",
			[]string{"111 IRNGOV ISR asserted"}, nil},
		{"وقالت بيلوسي إن الرئيس لا يريد الحل، واصفة الحكومة بأنها «الأفشل في التاريخ».", "2020-05-01",
			[]string{"111 USALEG USAGOV asserted"}, nil},
		{"واعتبر وزير الخارجية الإيراني عباس عراقجي أن التهديد الإسرائيلي «إعلان حرب».", "2020-05-01",
			[]string{"111 IRNGOV ISR asserted"}, nil},
		// "إنها (كانت) على تواصل مع X": the pronoun on the complementizer is in contact
		{"وقالت وزارة الخارجية الأمريكية إنها كانت على تواصل مع إسرائيل قبل الضربة.", "2024-05-01",
			[]string{"040 USAGOV ISR asserted"}, nil},
		// foreign rescue teams at work in a country are aid from theirs (none from one's own)
		{"ووصلت فرق إنقاذ من إسبانيا وقطر إلى المغرب.", "2023-09-10",
			[]string{"073 ESP MAR asserted", "073 QAT MAR asserted"}, nil},
		// the state firing on its own people is violent repression (175), not a misreading
		{"وأطلق الجيش السوداني النار على المحتجين السودانيين في الخرطوم.", "2021-10-25",
			[]string{"175 SDNMIL SDNCVL asserted"}, []string{"19"}},
		// a vow of retribution is a threat of force; a bare threat stays 130
		{"وتوعدت إيران إسرائيل بعقاب قاس.", "2024-05-01",
			[]string{"138 IRN ISR asserted"}, nil},
		{"وتوعدت إيران إسرائيل.", "2024-05-01",
			[]string{"138 IRN ISR asserted"}, nil},
		{"وهددت إيران إسرائيل بعقوبات.", "2024-05-01",
			[]string{"1312 IRN ISR asserted"}, nil},
		// appeals to avoid escalation or war, or to restraint, are appeals to de-escalate
		{"ودعت الصين إيران وإسرائيل إلى تجنب أي تصعيد جديد.", "2024-05-01",
			[]string{"0256 CHN IRN asserted"}, nil},
		{"ودعت الصين إيران إلى التحلي بضبط النفس.", "2024-05-01",
			[]string{"0256 CHN IRN asserted"}, nil},
		// what is demanded decides the code: stopping one's operations, cancelling a decision,
		// dissolving a parliament
		{"وطالبت مصر إسرائيل بوقف عملياتها العسكرية في رفح.", "2024-05-01",
			[]string{"107 EGY ISR asserted"}, nil},
		{"وطالبت مصر إسرائيل بإلغاء القرار.", "2024-05-01",
			[]string{"1042 EGY ISR asserted"}, nil},
		{"وطالبت الولايات المتحدة إيران بحل البرلمان.", "2024-05-01",
			[]string{"1044 USA IRN asserted"}, nil},
		// the field of cooperation intended decides the code (economic, military, judicial)
		{"وقال الوزير إن روسيا ستواصل التعاون مع الصين في مجال الطاقة.", "2024-05-01",
			[]string{"0311 RUS CHN asserted"}, nil},
		{"وقال الوزير إن مصر ستواصل التعاون القضائي مع إسبانيا.", "2024-05-01",
			[]string{"0313 EGY ESP asserted"}, nil},
		// a crowd burning buildings or cars riots
		{"وأحرق المتظاهرون مقر الشرطة في بغداد.", "2019-10-05",
			[]string{"145 CVL COP asserted"}, nil},
		// a demand for an account or a disclosure is for an investigation (101); for a suspect
		// handed over, for judicial cooperation (1013)
		{"وطالبت مصر إسرائيل بمحاسبة المسؤولين عن الهجوم.", "2024-05-01",
			[]string{"101 EGY ISR asserted"}, nil},
		{"وطالبت تركيا الولايات المتحدة بتسليمه.", "2016-07-20",
			[]string{"1013 TUR USA asserted"}, nil},
		// a denial told in a participle is the sentence subject's
		{"وقال وزير الخارجية الإيراني عباس عراقجي إن بلاده لم تشارك في الهجوم، نافيا أي علاقة لها به.", "2024-05-01",
			[]string{"016 IRNGOV - asserted"}, nil},
		// forces put on alert (152); reserves called up (154)
		{"ووضعت إيران قواتها المسلحة في حالة تأهب قصوى.", "2024-05-01",
			[]string{"152 IRN - asserted"}, nil},
		{"واستدعت إسرائيل جنود الاحتياط.", "2024-05-01",
			[]string{"154 ISR"}, nil},
		// supplying energy is economic cooperation; intending it, an intent to cooperate
		// economically
		{"وزودت الجزائر إسبانيا بالغاز.", "2022-05-01",
			[]string{"061 DZA ESP asserted"}, nil},
		// a verb coordinated after a contrasting clause shares that clause's subject
		{"ورحبت السعودية بالقرار، بينما نددت إيران بالقرار واعتبرته «عدوانا».", "2024-05-01",
			[]string{"111 IRN"}, []string{"111 SAU"}},
		{"ورحبت السعودية بالقرار، فيما نددت إيران بالقرار، معتبرة أنه «عدوان».", "2024-05-01",
			[]string{"111 IRN"}, []string{"111 SAU"}},
		// a threat of nuclear weapons; a warning addressed to someone
		{"هددت إيران إسرائيل باستخدام السلاح النووي.", "2024-05-01",
			[]string{"1385 IRN ISR asserted"}, nil},
		{"وجهت إيران تحذيرا شديد اللهجة إلى إسرائيل.", "2024-05-01",
			[]string{"130 IRN ISR asserted"}, nil},
		// a protest lodged with a government is an official complaint
		{"احتجت روسيا رسميا لدى الولايات المتحدة على التصريحات.", "2024-05-01",
			[]string{"114 RUS USA asserted"}, []string{"14"}},
		// thanking someone is praise
		{"شكر ترامب بوتين على المحادثة البناءة.", "2025-03-01",
			[]string{"051 USAGOV RUSGOV asserted"}, nil},
		// what a speech verb calls something may be in its complement clause or quotation marks
		{"وصف وزير الخارجية الأمريكي ماركو روبيو الهجوم بأنه جريمة.", "2025-03-01",
			[]string{"111 USAGOV * asserted"}, nil},
		{"وصف وزير الخارجية الأمريكي ماركو روبيو الهجوم بأنه \"عمل حربي متهور\".", "2025-03-01",
			[]string{"111 USAGOV * asserted"}, nil},
		// the doer of a passive may be the author of the attack it happened in
		{"قُتل ثلاثة من السجناء الأمريكيين في الغارة الإسرائيلية على غزة.", "2024-01-10",
			[]string{"1823 ISR USACVL asserted"}, nil},
		// a short gloss in brackets does not end the clause
		{"استخدمت روسيا حق النقض (الفيتو) ضد مشروع قرار في مجلس الأمن.", "2022-09-30",
			[]string{"129 RUS IGOUNO asserted"}, nil},
		// a clash between two named parties in their own country is between them
		{"اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في أم درمان.", "2023-05-01",
			[]string{"190 SDNMIL SDNREB asserted", "190 SDNREB SDNMIL asserted"}, nil},
		// refraining from force is de-escalation, whatever the frame
		{"اتفقت روسيا وأوكرانيا على الامتناع عن القتال.", "2025-02-18",
			[]string{"0356 RUS UKR asserted"}, nil},
		// a ceasefire agreed is the ceasefire declared, both ways; one promised stays an intent
		{"اتفقت روسيا وأوكرانيا على وقف فوري لإطلاق النار.", "2025-02-18",
			[]string{"0871 RUS UKR asserted", "0871 UKR RUS asserted"}, []string{"03"}},
		{"وأعلنت روسيا استعدادها لوقف إطلاق النار مع أوكرانيا.", "2025-02-18",
			[]string{"0356 RUS UKR asserted"}, nil},
		// an agreement to restore (or establish) relations is the restoration, not an intent
		{"اتفقت السعودية وإيران على استئناف العلاقات الدبلوماسية بينهما.", "2023-03-10",
			[]string{"054 SAU IRN asserted", "054 IRN SAU asserted"}, []string{"03"}},
		{"أعلنت إسرائيل والمغرب إقامة علاقات دبلوماسية كاملة.", "2020-12-10",
			[]string{"054 ISR MAR asserted"}, nil},
		{"دعت الأمم المتحدة روسيا إلى عدم استهداف المدنيين.", "2025-02-18",
			[]string{"0256 IGOUNO RUS asserted"}, nil},
		// "جاء في بيان X": the words came in X's statement
		{"وجاء في بيان لوزارة الخارجية الأمريكية أن الاجتماع كان مثمرا.", "2025-02-18",
			[]string{"010 USAGOV - asserted"}, nil},
		{"هددت إيران إسرائيل. جاء ذلك في بيان لوزارة الخارجية الأمريكية.", "2025-02-18",
			[]string{"010 USAGOV - asserted"}, nil},
		// a statement speaks for its author; "صادر عن" is "issued by", not a confiscation
		{"وقال بيان صادر عن وزارة الخارجية الأمريكية إن الاجتماع كان مثمرا.", "2025-02-18",
			[]string{"010 USAGOV - asserted"}, []string{"17"}},
		{"هددت إيران إسرائيل. وذكر بيان للجيش الإسرائيلي أن الوضع هادئ.", "2025-02-18",
			[]string{"010 ISRMIL - asserted"}, nil},
		// a title before the subject's name ("وقال سمو الشيخ عبدالله بن زايد")
		{"هددت إيران إسرائيل. وقال الدكتور يوري أوشاكوف إن المحادثات كانت جيدة.", "2025-02-18",
			[]string{"010 RUSGOV - asserted"}, nil},
		// receiving: the giver is the source
		{"تلقت أوكرانيا شحنة أسلحة جديدة من الولايات المتحدة.", "2024-05-01",
			[]string{"072 USA UKR asserted"}, nil},
		{"تسلم الجيش الإسرائيلي الذخائر الأمريكية.", "2024-05-01",
			[]string{"072 USA ISRMIL asserted"}, nil},
		// a future time after a past-tense verb dates its content, not the act
		{"أبدى وزير الخارجية الأمريكي ماركو روبيو تفاؤله بإمكانية التوصل إلى اتفاق خلال الأيام المقبلة.", "2025-02-18",
			[]string{"013 USAGOV - asserted"}, nil},
		// expressing accord is mutual
		{"أكد الجانبان تطابق وجهات النظر إزاء القضايا الإقليمية.", "2025-02-18",
			[]string{"019 USA RUS asserted", "019 RUS USA asserted"}, nil},
		// a verbal noun whose pronoun is its subject takes a direct object
		{"وأكد وزير الخارجية الأمريكي ماركو روبيو، خلال لقائه نظيره الروسي سيرجي لافروف، أهمية الحوار.", "2025-02-18",
			[]string{"040 USAGOV RUSGOV asserted"}, nil},
		// SVO: the object word may open the target's name ("بدولة فلسطين"), not a VSO subject
		{"قال الرئيس الفرنسي إن فرنسا ستعترف بدولة فلسطين.", "2025-07-24",
			[]string{"054 FRA PSE planned"}, nil},
		{"فرنسا اعترفت بدولة فلسطين.", "2025-09-22",
			[]string{"054 FRA PSE asserted"}, nil},
		// a group named before is "the group" later (anaphor), and "ردا على" is no light verb
		{"أطلقت جماعة الحوثي صواريخ على السفن. والجماعة تتوعد بالرد.", "2024-01-12",
			[]string{"138 YEMREB * asserted"}, nil},
		{"هاجمت جماعة الحوثي سفينة. شنت القوات الأميركية غارات على اليمن، ردا على هجمات الجماعة على السفن.", "2024-01-12",
			[]string{"195 USAMIL YEMREB asserted", "190 YEMREB * asserted"}, nil},
		// adjacent nationalities share a role; "هدفا" (a target) is not "they aimed"
		{"ضربات أميركية بريطانية على مواقع الحوثيين.", "2024-01-12",
			[]string{"190 USA YEMREB asserted", "190 GBR YEMREB asserted"}, nil},
		{"شن الجيش الإسرائيلي غارات على 60 هدفا في غزة.", "2024-01-10",
			[]string{"195 ISRMIL PSE asserted"}, nil},
		// a pronoun-carrying preposition between verb and subject; mediation needs no target
		{"وينص الاتفاق الذي توسطت فيه الولايات المتحدة وفرنسا على وقف القتال.", "2024-11-27",
			[]string{"045 USA - asserted", "045 FRA - asserted"}, nil},
		// the light verb may stand before a long name; a call made or received needs no "هاتفيا"
		{"وأجرى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان.", "2016-07-16",
			[]string{"041 QATGOV TURGOV asserted"}, nil},
		{"وتلقى أمير الكويت اتصالا من العاهل السعودي الملك سلمان.", "2017-06-07",
			[]string{"041 SAUGOV KWTGOV asserted"}, []string{"041 KWTGOV SAUGOV asserted"}},
		// a call is the caller's, one way; a conference call joins everyone on it
		{"كما اتصل أمير قطر الشيخ تميم بن حمد آل ثاني بالرئيس التركي رجب طيب أردوغان مهنئاً.", "2016-07-16",
			[]string{"041 QATGOV TURGOV asserted"}, []string{"041 TURGOV QATGOV asserted"}},
		{"وكان ترامب قد أعلن التوصل إلى الاتفاق عقب اتصال هاتفي ثلاثي أجراه مع عاهل البحرين الملك حمد بن عيسى آل خليفة.", "2020-09-12",
			[]string{"041 USAGOV BHR asserted", "041 BHR USAGOV asserted"}, nil},
		// honorifics before the subject's name
		{"قام صاحب السمو الملكي الأمير محمد بن سلمان بزيارة إلى مصر.", "2015-07-30",
			[]string{"042 SAUGOV EGY asserted"}, nil},
		// a warning whose complement threatens force; "يقابل برد" is not a meeting
		{"وحذر الرئيس الروسي من أن أي استفزاز سيقابل برد عسكري فوري.", "2024-01-10",
			[]string{"138 RUSGOV * asserted"}, []string{"04"}},
		// an agreement between two parties is mutual
		{"دخل اتفاق وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ.", "2024-11-27",
			[]string{"0871 ISR LBNREB asserted", "0871 LBNREB ISR asserted"}, nil},
		// a definite participle is an adjective ("الشاحنات المحملة"), not a blame
		{"ودخلت الشاحنات المحملة بالمساعدات إلى غزة.", "2024-01-21",
			nil, []string{"11"}},
		// an unknown subject after the verb is not replaced by the previous sentence's
		{"التقى الرئيس الروسي بنظيره السعودي. اتهم رئيس الوفد الحكومي الحوثيين بالمماطلة.", "2024-01-10",
			[]string{"040 RUSGOV SAUGOV asserted"}, []string{"11"}},
		// an arrest with no one named arrests people of the country the story is about
		{"تواصلت الاحتجاجات في السودان. واعتقلت الشرطة عشرات الأشخاص في السودان.", "2019-04-09",
			[]string{"173 * SDN asserted"}, nil},
		// "كما حث X الجنرالين": X is the subject when an object noun follows it
		{"دعا الأمين العام للأمم المتحدة إلى وقف القتال، كما حث وزير الخارجية الأمريكي ماركو روبيو الجنرالين على وقف القتال.", "2023-04-16",
			[]string{"0256 USAGOV * asserted"}, nil},
		// a quoted complement still tells what a warning threatens
		{"وحذر الرئيس الروسي من أن أي \"استفزاز\" سيقابل \"برد عسكري فوري\".", "2022-07-22",
			[]string{"138 RUSGOV * asserted"}, nil},
		// a relative clause is not what a frame verb is about
		{"وافقت الحكومة الإسرائيلية على الاتفاق الذي توسطت فيه الولايات المتحدة وفرنسا.", "2024-11-27",
			[]string{"045 USA * asserted", "045 FRA * asserted"}, nil},
		// a light verb after the noun names the doer ("هجمات شنها الحوثيون")
		{"وجاء ذلك بعد هجمات شنها الحوثيين على السعودية.", "2022-04-02",
			[]string{"190 YEMREB SAU asserted"}, nil},
		// fleeing a position is a retreat; deploying aircraft is a mobilisation; a military
		// campaign is an attack
		{"وفرت جماعة الحوثي من القاعدة.", "2015-08-03", []string{"0874 YEMREB * asserted"}, nil},
		{"بدأت الولايات المتحدة نشر طائرات في السعودية.", "2015-07-30", []string{"154 USA * asserted"}, nil},
		{"شن الجيش الإسرائيلي حملة عسكرية على غزة.", "2024-01-10", []string{"190 ISRMIL PSE asserted"}, nil},
		// speech that needs its next word: "عبر عن", "كتب على تويتر"; regret right after "عبر عن"
		// is a pessimistic comment, like "أعرب عن أسفه"
		{"وعبرت وزارة الخارجية الأمريكية عن أسفها للقرار.", "2024-01-10", []string{"012 USAGOV - asserted"}, nil},
		{"وكتب ترامب على تويتر: \"اتفاق تاريخي\".", "2020-12-10", []string{"010 USAGOV - asserted"}, nil},
		{"وعبرت وزارة الخارجية الأمريكية، في بيان، عن أسفها للقرار.", "2024-01-10", []string{"010 USAGOV - asserted"}, nil},
		{"وكتب ترامب كتابا عن حياته.", "2020-12-10", nil, []string{"01"}},
		// an unnamed official speaks for the body named after the office word
		{"وقال مسؤول في حماس إن الحركة لن تتخلى عن سلاحها.", "2025-10-10", []string{"010 PSEREB - asserted"}, nil},
		{"وأعرب منسق الأمم المتحدة الخاص تور وينسلاند عن قلقه.", "2023-07-04", []string{"010 IGOUNO - asserted"}, nil},
		// an agreement between two parties is theirs, not aimed at the story's country
		{"هاجمت إسرائيل غزة. وجاء فتح المعبر بعد اتفاق بين الولايات المتحدة ومصر على إدخال المساعدات إلى غزة.", "2023-10-21",
			[]string{"057 USA EGY asserted", "057 EGY USA asserted"}, nil},
		// "الجانبان" after a meeting are the meeting's parties, not the last two countries named
		{"استقبل الرئيس الجزائري عبد المجيد تبون الرئيس الفرنسي إيمانويل ماكرون. وتناول اللقاء دور الولايات المتحدة وروسيا، حيث اتفق الجانبان على مواصلة التنسيق.", "2023-05-01",
			[]string{"030 DZAGOV FRAGOV asserted", "030 FRAGOV DZAGOV asserted"}, nil},
		// a welcome of "the decision" is aimed at whoever took it
		{"أصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحق نتنياهو. ورحبت حركة حماس بالقرار.", "2024-11-21",
			[]string{"051 PSEREB IGOICC asserted"}, nil},
		// aid entering a place with no giver named
		{"ودخلت مئات الشاحنات المحملة بالمساعدات الإنسانية إلى غزة.", "2024-01-20", []string{"073 - PSE asserted"}, nil},
		// a host receives (043) and the guest visits (042)
		{"استقبل الرئيس الجزائري عبد المجيد تبون الرئيس الفرنسي إيمانويل ماكرون.", "2022-08-25",
			[]string{"043 DZAGOV FRAGOV asserted", "042 FRAGOV DZAGOV asserted"}, nil},
		// the story's country is the one its actors belong to, not where the talks are held
		{"انطلقت في جدة محادثات بين الجيش السوداني وقوات الدعم السريع. وعقدت الجلسة الثانية في جدة. واستمرت الجلسة في جدة. ودعا الأمين العام للأمم المتحدة إلى وقف القتال.", "2023-05-07",
			[]string{"0256 IGOUNO SDN asserted"}, nil},
		// a bare sector takes the story's country over one named far off in its sentence (the
		// act's object, more often than its nationality)
		{"قالت سوريا إن الضربات عدوان. وأكدت سوريا أنها سترد. وأدانت وزارة الخارجية بأشد العبارات الهجوم الذي شنته الولايات المتحدة.", "2018-04-14",
			[]string{"111 SYRGOV * asserted"}, nil},
		// declared support is an endorsement, its genitive country the supporter
		{"وأكد الرئيس الجزائري عبد المجيد تبون دعم الجزائر الكامل لوحدة السودان.", "2024-01-10",
			[]string{"051 DZA SDN asserted"}, nil},
		// a bare sector takes a nearby country, never a non-governmental body's
		{"تظاهر آلاف في لبنان. وأعلنت قوى الأمن الداخلي توقيف 70 شخصا، فيما أفاد الصليب الأحمر بإصابة العشرات.", "2019-10-18",
			[]string{"173 LBNCOP LBNCVL asserted"}, nil},
		// a conjunct after من is not the next verb's subject
		// (and an appeal with no addressee goes to the country the story is about)
		{"تواصلت المعارك في السودان. عقد مجلس جامعة الدول العربية اجتماعا طارئا بشأن السودان، بطلب من مصر والسعودية، دعا في ختامه إلى وقف إطلاق النار.", "2023-04-16",
			[]string{"0256 IGOARL SDN asserted"}, nil},
		// "مدينة" condemns only when it opens a clause; elsewhere it is a city
		{"قالت وزارة الخارجية التركية، مدينة الهجوم على غزة.", "2024-01-10",
			[]string{"111 TURGOV * asserted"}, nil},
		{"قالت وزارة الخارجية التركية إن الهجوم وقع في مدينة غزة.", "2024-01-10",
			nil, []string{"11"}},
		{"أدانت السعودية الغارات الإسرائيلية على قطاع غزة.", "2024-01-10",
			[]string{"111 SAU ISR asserted", "195 ISR PSE asserted"}, nil},
		{"شن الجيش الإسرائيلي غارات على غزة.", "2024-01-10",
			[]string{"195 ISRMIL PSE asserted"}, nil},
		{"دعت الأمم المتحدة إلى وقف إطلاق النار في غزة.", "2024-01-10",
			[]string{"0256 IGOUNO PSE asserted"}, nil},
		{"هددت إيران بالرد العسكري على الولايات المتحدة.", "2024-01-10",
			[]string{"138 IRN USA asserted"}, nil},
		{"رفضت حركة حماس المشاركة في المحادثات.", "2024-01-10",
			[]string{"125 PSEREB * asserted"}, nil},
		{"إذا هاجمت إيران إسرائيل فسترد الولايات المتحدة.", "2024-01-10",
			[]string{"190 IRN ISR hypothetical"}, nil},
		// what one hopes for has not happened
		{"أبدى الوزير القطري تفاؤله بإمكانية التوصل إلى اتفاق بين إسرائيل وحماس.", "2024-01-10",
			nil, []string{"057 * * asserted", "057 * * planned"}},
		{"قال وزير الخارجية الأمريكي ماركو روبيو إن واشنطن لن تفرض عقوبات جديدة على إيران.", "2025-03-01",
			[]string{"010 USAGOV - asserted", "163 USA IRN negated"}, nil},
		{"ارتفعت أسعار النفط في الأسواق العالمية.", "2024-01-10", nil, []string{"01", "19", "04"}},
		// an unvowelled kill or arrest followed by a count is passive: the counted are its target
		{"قتل عدد من الحوثيين في غارة إسرائيلية على الحديدة.", "2015-07-20", []string{"1823 ISR YEMREB asserted"}, nil},
		{"وقتل ثلاثة من الحوثيين برصاص الجيش الإسرائيلي.", "2015-07-20", []string{"1823 ISRMIL YEMREB asserted"}, nil},
		// (with no one named making it, an arrest is the act of the authorities where it happened)
		{"اعتقل عشرات من أنصار حماس في غزة.", "2015-07-20", []string{"173 PSE PSEREB asserted"}, nil},
		{"قتل الجيش الإسرائيلي ثلاثة من الحوثيين.", "2015-07-20", []string{"1823 ISRMIL YEMREB asserted"}, nil},
		{"وقال إن الجيش الإسرائيلي اعتقل 25 من الحوثيين.", "2015-07-20", []string{"173 ISRMIL YEMREB asserted"}, nil},
		// a vague group with its members listed after بينها/منها; the story's country is not
		// the target of several countries that include it
		{"ورحبت دول عربية عدة بالقرار، بينها مصر والسعودية.", "2025-03-01", []string{"051 EGY - asserted", "051 SAU - asserted"}, nil},
		{"ورحبت عدة دول بالاتفاق، ومنها مصر والسعودية.", "2025-03-01", []string{"051 EGY - asserted", "051 SAU - asserted"}, nil},
		// the doer's own forces in a verbal noun's genitive are not its target
		{"أعلنت روسيا انسحاب قواتها من أوكرانيا.", "2022-11-11", []string{"0874 RUS UKR asserted"}, nil},
		// a title the knowledge base cannot read before a known person: the person is the subject
		{"وأعلن رئيس حكومة الوفاق الليبية فائز السراج النفير العام.", "2019-04-05", []string{"010 LBYGOV - asserted"}, nil},
		// adverbials and counts between the verb and its object word do not use up the window
		{"أطلق الجيش الإسرائيلي فجر الأربعاء أكثر من عشرة صواريخ على غزة.", "2024-01-10", []string{"195 ISRMIL PSE asserted"}, nil},
		// an adverbial set off by commas stands between the verb's subject and its object
		{"التقى وزير الخارجية الأمريكي ماركو روبيو، صباح الأربعاء، الجيش الإسرائيلي.", "2025-02-19", []string{"040 USAGOV ISRMIL asserted"}, nil},
		// adverbials between a verb's subject and the word the pattern needs next
		{"أطلقت روسيا، الأحد، سراح السجناء الأمريكيين.", "2025-02-19", []string{"0841 RUS USACVL asserted"}, nil},
		// a place phrase between a verb and its subject is the target, not the end of the search
		{"وصل إلى غزة وزير الخارجية الأمريكي ماركو روبيو.", "2025-02-19", []string{"042 USAGOV PSE asserted"}, nil},
		// a victim followed by the agent of a passive: "قتل X برصاص Y" is Y killing X
		{"قتل السجناء الأمريكيين برصاص الجيش الإسرائيلي.", "2024-01-10", []string{"1823 ISRMIL USACVL asserted"}, nil},
		// a relative pronoun is the verb's subject: the actor after the verb is its object; a
		// person before the pronoun is whom it stands for
		{"أدانت السعودية الهجوم الذي استهدف الجيش الإسرائيلي.", "2024-01-10", nil, []string{"19"}},
		{"استقبل وزير الخارجية الأمريكي ماركو روبيو لافروف، الذي يزور الولايات المتحدة.", "2025-02-18", []string{"042 RUSGOV USA asserted"}, nil},
		// recalling one's own ambassador breaks relations; summoning another's is a protest
		{"استدعت السعودية سفيرها في طهران للتشاور.", "2024-01-10", []string{"161 SAU IRN asserted"}, []string{"11"}},
		{"خفضت السعودية مستوى تمثيلها الدبلوماسي في إيران.", "2024-01-10", []string{"160 SAU IRN asserted"}, nil},
		{"جمدت الولايات المتحدة أصول روسيا.", "2022-03-10", []string{"163 USA RUS asserted"}, nil},
		// handing over weapons is military aid to the receiver named as the verb's object
		{"سلمت الولايات المتحدة أوكرانيا صواريخ باتريوت.", "2023-03-10", []string{"072 USA UKR asserted"}, nil},
		{"زودت إيران الحوثيين بصواريخ باليستية.", "2023-03-10", []string{"072 IRN YEMREB asserted"}, nil},
		// a vague plural subject before the verb is no reason to make the speaker the doer
		{"وقال وزير الخارجية الأمريكي ماركو روبيو إن الأطراف وافقت على وقف إطلاق النار.", "2025-03-01", nil, []string{"03"}},
		// an announced act past an adverbial set off by commas; من marking the target
		{"أعلن وزير الخارجية الأمريكي ماركو روبيو، الخميس، الانسحاب العسكري من أوكرانيا.", "2025-03-01", []string{"0874 USAGOV UKR asserted"}, nil},
		// an office speaks for its holder
		{"وقال مكتب فائز السراج في بيان إن الوضع مستقر.", "2019-04-05", []string{"010 LBYGOV - asserted"}, nil},
		// setting a condition is a demand
		{"اشترطت روسيا إطلاق سراح السجناء الأمريكيين.", "2025-03-01", []string{"1053 RUS USACVL asserted"}, nil},
		// artillery fire and captures
		{"أطلقت حماس قذائف هاون على إسرائيل.", "2024-01-10", []string{"194 PSEREB ISR asserted"}, nil},
		{"أسرت حماس 45 من الجيش الإسرائيلي.", "2024-01-10", []string{"173 PSEREB ISRMIL asserted"}, nil},
		{"قدمت السعودية العزاء لأسر الضحايا في إسرائيل.", "2024-01-10", nil, []string{"17"}},
		// a claim is made to no one in particular; the claimed attack is aimed at its target
		{"تبنت حماس الهجوم الذي استهدف الجيش الإسرائيلي.", "2024-01-10", []string{"015 PSEREB - asserted"}, nil},
		// refusing to condemn an attack negates the condemnation, not the attack
		{"امتنعت السعودية عن إدانة الهجوم الإسرائيلي على غزة.", "2024-01-10", []string{"111 SAU ISR negated", "190 ISR PSE asserted"}, nil},
		{"لم تدن السعودية الهجوم الإسرائيلي على غزة.", "2024-01-10", []string{"111 SAU ISR negated", "190 ISR PSE asserted"}, nil},
		// a warning of consequences or of nuclear arms is a threat
		{"حذرت إيران إسرائيل من مغبة التصعيد.", "2024-01-10", []string{"130 IRN ISR asserted"}, nil},
		// a state protesting lodges a formal protest; its people demonstrate
		{"احتجت السعودية رسميا على تصريحات إيران.", "2025-02-19", []string{"114 SAU IRN asserted"}, []string{"14"}},
		{"دانت السعودية الهجوم على إسرائيل.", "2025-02-19", []string{"111 SAU ISR asserted"}, nil},
		{"أغلق الجيش الإسرائيلي المسجد الأقصى أمام أنصار حماس.", "2025-02-19", []string{"1721 ISRMIL *"}, nil},
		{"سمحت السعودية بدخول شاحنات المساعدات إلى غزة.", "2025-02-19", []string{"0863 SAU PSE asserted"}, nil},
		{"وقال العقيد فائز السراج إن الوضع مستقر.", "2019-04-05", []string{"010 LBYGOV - asserted"}, nil},
		{"تأهلت السعودية في تصفيات كأس العالم على حساب إيران.", "2015-08-05", nil, []string{"18"}},
		// talks named with no parties are the parties' of the mutual event of their sentence
		{"وقعت السعودية وإيران اتفاقا بعد خمسة أيام من المفاوضات.", "2023-03-10",
			[]string{"046 SAU IRN asserted", "046 IRN SAU asserted"}, nil},
		// a mediator is no party of what the parties then agree
		{"توسطت قطر بين الولايات المتحدة وإيران، واتفقا على تبادل السجناء.", "2023-09-18",
			[]string{"045 QAT USA asserted", "0353 USA IRN asserted", "0353 IRN USA asserted"}, []string{"0353 QAT *", "0353 * QAT"}},
		// a relative clause naming a meeting's parties gives them to the meeting
		{"جاء الإعلان بعد لقاء جمع السعودية وإيران أمس.", "2023-03-10",
			[]string{"040 SAU IRN asserted", "040 IRN SAU asserted"}, nil},
		// the nationality after a mediation is the mediators', not the ceasefire's; a host of
		// talks between parties is no party to them
		{"اتفقت السعودية وإيران على وقف إطلاق النار بوساطة أميركية.", "2023-03-10",
			[]string{"045 USA * asserted"}, []string{"03 * USA", "08 USA *"}},
		{"أعلنت وزارة الخارجية الأمريكية أن السعودية وإيران اتفقتا على وقف إطلاق النار في ختام مفاوضات استضافتها مصر.", "2023-03-10",
			[]string{"046 SAU IRN asserted"}, []string{"046 * EGY", "046 EGY *"}},
		// "إلى" is no definite object after the actor of a coordinated verb ("ودعت طهران إلى"),
		// nor a name's second word after an anaphor ("ودعت الحركة إلى")
		{"وصف وزير الخارجية الأمريكي ماركو روبيو القرار بأنه غير مقبول، ودعا طهران إلى التعاون.", "2025-07-03",
			[]string{"021 USAGOV IRN asserted"}, []string{"02 IRN *"}},
		{"رفضت حركة حماس المقترح. ودعت الحركة إلى التهدئة.", "2024-01-10",
			[]string{"0256 PSEREB * asserted"}, nil},
		// a perfect verb's spelling after an independent pronoun is a predicate noun
		{"وقالت الحكومة إن المهاجم، وهو طالب في الثالثة والعشرين من عمره، قتل في الهجوم.", "2015-06-27", nil, []string{"10"}},
		// "by a strike of X" names the killer even far after a long list of the killed
		{"قُتل قائد الجيش الإسرائيلي ونائب رئيس حركة حماس وعدد من مرافقيهما، فجر الجمعة، بغارة جوية أميركية.", "2020-01-03",
			[]string{"1823 USA * asserted"}, nil},
		// a sponsor with no parties named sponsors the parties of its sentence's mutual event
		{"وقعت السعودية وإيران اتفاقا بعد أيام من المفاوضات برعاية الأمم المتحدة.", "2023-03-10",
			[]string{"045 IGOUNO SAU asserted", "045 IGOUNO IRN asserted"}, nil},
		// a void word inside an actor's name is the name: the Rapid Support Forces are no support
		{"وهاجم الجيش السوداني قوات الدعم السريع في الخرطوم.", "2023-05-01",
			[]string{"190 SDNMIL SDNREB asserted"}, nil},
		// stopping exports is no arrest (an embargo only towards a country named)
		{"أوقفت الشركة صادراتها.", "2024-01-01", nil, []string{"17"}},
		// "حض" urges as "حث" does
		{"وحضت فرنسا إسرائيل على احترام وقف إطلاق النار في لبنان.", "2024-12-01",
			[]string{"0256 FRA ISR asserted"}, nil},
		// persona non grata is expulsion
		{"قررت المملكة العربية السعودية اعتبار السفير الكندي شخصا غير مرغوب فيه.", "2018-08-06",
			[]string{"174 SAU CANGOV asserted"}, nil},
		// protesters storming a building riot; an army storming it attacks
		{"اقتحم المتظاهرون السفارة الإسرائيلية في القاهرة.", "2011-09-10",
			[]string{"145 * ISR asserted"}, []string{"19 * *"}},
		// a mutual act judged is no judgement itself: the signing is not aimed at the welcomer
		{"وقعت السعودية وإيران اتفاقا. ورحب وزير الخارجية الأمريكي ماركو روبيو بتوقيع الاتفاق، معربا عن أمله في السلام.", "2023-03-10",
			[]string{"051 USAGOV * asserted"}, []string{"05 SAU USAGOV", "05 IRN USAGOV"}},
		// a woman's office of several words, then her name: she is the speaker
		{"وقالت مسؤولة السياسة الخارجية في الاتحاد كاثرين آشتون إن الهدف هو إقناع إيران بالعودة إلى طاولة المفاوضات.", "2012-04-01",
			[]string{"010 IGOEEC - asserted"}, nil},
		{"من جانبها، قالت مفوضة حقوق الطفل الروسية ماريا لفوفا بيلوفا إن بلادها لم ترفض يوماً إعادة أي طفل.", "2023-03-20",
			[]string{"010 RUSGOV - asserted"}, nil},
		// recognising a leader or a state named right after ب; what one confesses to is no
		// actor, nor a body named after another word with ب
		{"سارعت كندا والبرازيل إلى الاعتراف بغوايدو.", "2019-01-24",
			[]string{"054 CAN VENOPP asserted", "054 BRA VENOPP asserted"}, nil},
		{"اعترفت كندا بغوايدو رئيسا مؤقتا.", "2019-01-24", []string{"054 CAN VENOPP asserted"}, nil},
		{"واعترف الجيش الإسرائيلي بمقتل جنديين.", "2015-01-28", nil, []string{"054"}},
		{"وقالت الشرطة إن الموقوفين اعترفوا بارتباطهم بتنظيم داعش.", "2015-08-01", nil, []string{"054"}},
		// an act after the subject's own stance noun ("تمسكها", "حرصها") is the subject's; not
		// after another clause's subject
		{"كما أعلنت المكسيك وكوبا تمسكها بالاعتراف بحكومة مادورو.", "2019-01-24",
			[]string{"054 MEX VENGOV asserted", "054 CUB VENGOV asserted"}, nil},
		// (keenness to support is an intent: "التزام الاتحاد بدعم الحكومة الصومالية" is 0332/030 in the studied gold)
		{"أكدت تركيا حرصها على دعم الحكومة الأردنية.", "2019-01-24", []string{"032 TUR JORGOV asserted"}, []string{"051 JORGOV *"}},
		{"أطلقت الشرطة النار على المحتجين في كوبا لكنهم يؤكدون إصرارهم على الاعتراف بغوايدو.", "2019-01-24", nil, []string{"05"}},
		// a frame's complement may follow a preposition with a pronoun ("خلاله"), but not open
		// another clause ("بينما اتصل …")
		{"واتصل وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف وعرض خلاله تقديم المساعدة لأوكرانيا.", "2025-03-01",
			[]string{"033 USAGOV UKR asserted"}, nil},
		{"أبدى وزير الخارجية الأمريكي ماركو روبيو استعداده، بينما اتصل الروسي سيرجي لافروف بنظيره السعودي.", "2025-03-01",
			[]string{"041 RUSGOV SAUGOV asserted"}, nil},
		// who spoke for the subject — the office and the holder's name after it — is no target
		{"دعت الصين على لسان المتحدث باسم خارجيتها هونغ لي روسيا إلى ضبط النفس.", "2014-03-01",
			[]string{"0256 CHN RUS asserted"}, nil},
		// a rebel judging its country's government judges another side; a counted noun is no
		// participle ("107 متهما": defendants, not accusing)
		{"وقالت جماعة الحوثي إن وفدها سيبقى في الكويت، متهمة الحكومة اليمنية بالتصعيد العسكري.", "2016-08-01",
			[]string{"112 YEMREB YEMGOV asserted"}, nil},
		{"وأحالت وزارة الصحة الفلسطينية 107 متهما إلى المحكمة.", "2016-08-01", nil, []string{"112"}},
		// describing an act as a historic mistake, or charges as baseless, criticises
		{"ووصف وزير الخارجية الأمريكي ماركو روبيو الاتفاق الإسرائيلي بأنه \"خطأ تاريخي\".", "2025-03-01",
			[]string{"111 USAGOV ISR asserted"}, nil},
		{"ووصف وزير الخارجية الأمريكي ماركو روبيو الاتهامات الإسرائيلية بأنها \"لا أساس لها\".", "2025-03-01",
			[]string{"111 USAGOV ISR asserted"}, nil},
		// exchanging accusations: each side accuses the other
		{"تبادلت روسيا وأوكرانيا الاتهامات بقصف المحطة.", "2022-08-10",
			[]string{"112 RUS UKR asserted", "112 UKR RUS asserted"}, []string{"19"}},
		// members of a body named after في act for it; saying one will use force threatens now
		{"بينما هدد أعضاء في الكونغرس الأمريكي بقطع المساعدات عن الحكومة اليمنية.", "2012-11-29",
			[]string{"130 USALEG * asserted"}, nil},
		{"وقال المتحدث إن التحالف سيستخدم القوة العسكرية ضد جماعة الحوثي.", "2019-08-10",
			[]string{"138 SAUMIL YEMREB asserted"}, nil},
		// a participle after a number in words counts a noun; stopping fire or the acceptance of
		// something arrests no one
		{"وأحالت وزارة الصحة الفلسطينية ستة وخمسين متهما إلى المحكمة.", "2013-07-02", nil, []string{"112"}},
		{"وقالت حماس إن إسرائيل أوقفت النار على غزة ست ساعات.", "2014-07-16", nil, []string{"173"}},
		{"أوقفت الحكومة الأردنية قبول الأوراق الهندية.", "2016-11-10", nil, []string{"173"}},
		// an international body judging itself is a misread party; an adverbial may stand before
		// the accusations exchanged
		{"ودان الاتحاد الأفريقي الاعتداء وجدد التزام الاتحاد الأفريقي بدعم الحكومة الأردنية.", "2013-09-22",
			nil, []string{"111 IGOAFU IGOAFU"}},
		{"تبادلت الحكومة الأوكرانية والانفصاليون الموالون لروسيا، الجمعة، الاتهامات بإسقاط الطائرة.", "2014-07-18",
			[]string{"112 UKRGOV UKRSEP asserted", "112 UKRSEP UKRGOV asserted"}, nil},
		// a stance told with the verb that expresses it, described after it or made in a
		// statement is the stance alone, no statement beside it — unless the stance gives no
		// event, or is announced (أعلن), which the gold sets code as a statement too
		{"رحبت حركة حماس بالقرار، واعتبرته خطوة مهمة على طريق العدالة.", "2020-01-01",
			[]string{"051 PSEREB * asserted"}, []string{"010"}},
		{"وأعرب وزير الخارجية الأمريكي ماركو روبيو عن شكره للسعودية.", "2025-03-01",
			[]string{"051 USAGOV SAU asserted"}, []string{"010"}},
		{"ودانت الحكومة الأردنية في بيان الهجوم الإسرائيلي على غزة.", "2024-01-01",
			[]string{"111 JORGOV ISR asserted"}, []string{"010"}},
		{"ودانت تركيا في بيان لوزارة خارجيتها الهجوم على المسجد.", "2024-01-01", []string{"010 TUR - asserted"}, nil},
		{"أعلنت السعودية تأييدها للحكومة الأردنية.", "2024-01-01", []string{"010 SAU - asserted", "051 SAU JORGOV asserted"}, nil},
		// committed to an act (ملتزمة ب…) is an intent, as ready for one is; committed to a law
		// or a principle codes nothing
		{"وقال الرئيس إن الحكومة الأردنية ملتزمة بمواصلة الحوار مع إسرائيل.", "2020-01-01",
			[]string{"036 JORGOV ISR asserted"}, nil},
		{"وقال الرئيس إن الحكومة الأردنية ملتزمة بالقانون الدولي.", "2020-01-01", nil, []string{"03"}},
		// working to bring two sides' views together is an intent to mediate
		{"وقال الرئيس إن الحكومة الأردنية ستعمل على تقريب وجهات النظر بين مصر وإثيوبيا.", "2020-01-01",
			[]string{"039 JORGOV EGY asserted"}, nil},
		// a country taking in refugees or returnees meets no one
		{"وقال الوزير إن الحكومة الأردنية ستستقبل اللاجئين السوريين العائدين.", "2020-01-01", nil, []string{"04"}},
		// replying that … is a statement; replying by force is not
		{"وردت وزارة الخارجية الأمريكية بأن واشنطن لن تسحب دبلوماسييها.", "2019-01-24", []string{"010 USAGOV - asserted"}, nil},
		{"ورد الجيش الإسرائيلي بقصف مواقع الحركة.", "2019-01-24", nil, []string{"010"}},
		// a condition before a comma and a circumstantial participle does not reach the clause the
		// participle opens
		{"وقال بوتين إن على أوكرانيا التخلي عن نهجها إذا كانت تريد السلام حقاً، مؤكداً أن روسيا ستواصل دعم الحكومة الأردنية.", "2020-06-01",
			[]string{"030 RUS JORGOV asserted"}, nil},
		// help offered with an investigation is judicial cooperation, and no investigation of its own
		{"وأكد وزير الخارجية الأمريكي ماركو روبيو أن واشنطن عرضت المساعدة في التحقيق على الحكومة الأردنية.", "2019-10-10",
			[]string{"0313 USA JORGOV asserted"}, []string{"09"}},
		// sport is not politics
		{"أجرت السعودية مفاوضات مع روسيا لضم اللاعب إلى الفريق الكروي.", "2015-07-24", nil, []string{"04"}},
		// the speaker before a headline's colon is not the subject of what the words say
		{"حماس: وحدة الصف الفلسطيني تقضي على مخططات الاحتلال", "2024-01-10", nil, []string{"18"}},
		// economic data and natural disasters are no statement and no attack
		{"ارتفع الدولار بعد بيانات الوظائف الأمريكية القوية.", "2015-08-09", nil, []string{"01"}},
		// "اثنين" (two) is not the feminine plural of أثنى (praised)
		{"وأدى ذلك إلى إصابة الجيش الإسرائيلي اثنين.", "2015-07-20", nil, []string{"05"}},
	}
	for _, tt := range tests {
		res := c.Code(annotate(tt.text, tt.date), Options{})
		var got []string
		for _, e := range res.Events {
			got = append(got, fmt.Sprintf("%s %s %s %s", e.Code, orDash(pcode(e.Source)), orDash(pcode(e.Target)), e.Modality))
		}
		for _, w := range tt.want {
			if !containsEvent(got, w) {
				t.Errorf("%s\n  missing %q\n  got %q", tt.text, w, got)
			}
		}
		for _, r := range tt.not {
			if strings.Contains(r, " ") { // an event pattern as in want, its code a prefix
				if slices.ContainsFunc(got, func(g string) bool {
					code, rest, _ := strings.Cut(r, " ")
					gcode, grest, _ := strings.Cut(g, " ")
					return strings.HasPrefix(gcode, code) && containsEvent([]string{"x " + grest}, "x "+rest)
				}) {
					t.Errorf("%s\n  coded %q\n  got %q", tt.text, r, got)
				}
				continue
			}
			for _, e := range res.Events {
				if e.Root == r || e.Code == r {
					t.Errorf("%s\n  coded root %s: %s", tt.text, r, e.Rule)
				}
			}
		}
	}
}

// containsEvent reports an event "code source target modality" in got; a "*" field in want
// matches anything.
func containsEvent(got []string, want string) bool {
	wf := strings.Fields(want)
	for _, g := range got {
		gf := strings.Fields(g)
		if len(gf) < len(wf) {
			continue
		}
		ok := true
		for i, w := range wf {
			if w != "*" && w != gf[i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func TestRiyadhWithFixtures(t *testing.T) {
	b, err := os.ReadFile("../examples/riyadh-talks.ar.txt")
	if err != nil {
		t.Fatal(err)
	}
	res := testCoder(t).Code(annotate(string(b), "2025-02-18"), Options{})
	var keys []string
	for _, e := range res.Events {
		keys = append(keys, e.Code+" "+pcode(e.Source)+">"+pcode(e.Target)+" "+e.Modality)
	}
	all := strings.Join(keys, "\n")
	for _, w := range []string{"044 USAGOV>RUSGOV asserted", "010 RUSGOV> asserted", "036 RUS>USA asserted", "040 RUSGOV>USAGOV unlikely"} {
		if !strings.Contains(all, w) {
			t.Errorf("riyadh: missing %s in\n%s", w, all)
		}
	}
	for _, e := range res.Events {
		if e.Modality == "asserted" && e.Root == "04" && pcode(e.Source) == "RUSGOV" && pcode(e.Target) == "USAGOV" && strings.Contains(e.Trigger.Text, "الاجتماع") {
			t.Errorf("the unlikely Putin–Trump meeting was coded as held: %+v", e)
		}
	}
}

func BenchmarkCode(b *testing.B) {
	text, err := os.ReadFile("../examples/riyadh-talks.ar.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := annotate(string(text), "2025-02-18")
	c := testCoder(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		c.Code(d, Options{})
	}
	b.ReportMetric(float64(len(d.Sentences)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func FuzzCode(f *testing.F) {
	for _, s := range []string{"التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي", "", "،،،", "لم لن لا", "بين بين بين و و"} {
		f.Add(s)
	}
	c := testCoder(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := annotate(s, "2024-01-01")
		res := c.Code(d, Options{Trace: true})
		n := len([]rune(s))
		for _, e := range res.Events {
			if !e.Evidence.Valid(n) || !e.Trigger.Valid(n) {
				t.Fatalf("bad span in %+v for %q", e, s)
			}
		}
		_ = arabic.Tokenize(s)
	})
}

// TestEvidence: an event's evidence covers its clause — the particles that open it, the
// trigger, its actors and the rest of its phrase — and stops at punctuation.
func TestEvidence(t *testing.T) {
	c := testCoder(t)
	for _, tt := range []struct {
		text, code, want string
	}{
		{"دعت السعودية إلى ضبط النفس، فيما أدانت إيران الهجوم.", "02", "دعت السعودية إلى ضبط النفس"},
		{"ومن المقرر أن يزور وزير الخارجية الأمريكي ماركو روبيو الرياض الأسبوع المقبل.", "04", "ومن المقرر أن يزور وزير الخارجية الأمريكي ماركو روبيو الرياض الأسبوع المقبل"},
		{"وكان وزير الخارجية الأمريكي ماركو روبيو قد التقى بنظيره الروسي سيرجي لافروف في الرياض.", "04", "وكان وزير الخارجية الأمريكي ماركو روبيو قد التقى بنظيره الروسي سيرجي لافروف في الرياض"},
		// the verb right before the subject opens the clause the event is told in
		{"أعلن الرئيس الأمريكي دونالد ترامب أنه سيلتقي بوتين في الرياض.", "04", "أعلن الرئيس الأمريكي دونالد ترامب أنه سيلتقي بوتين في الرياض"},
		// a source named in a list is told with the whole list
		{"السعودية ومصر تقطعان العلاقات مع قطر.", "16", "السعودية ومصر تقطعان العلاقات مع قطر"},
	} {
		d := annotate(tt.text, "2025-02-18")
		res := c.Code(d, Options{})
		found := false
		for _, e := range res.Events {
			if e.Root != tt.code {
				continue
			}
			found = true
			if got := marsad.SliceRunes(tt.text, e.Evidence); got != tt.want {
				t.Errorf("%s\n  evidence %q\n  want     %q", tt.text, got, tt.want)
			}
		}
		if !found {
			t.Errorf("%s: no event of root %s", tt.text, tt.code)
		}
	}
}

// TestTriggerText: a trigger of several words is told as the text wrote it, with no space
// added inside "أغسطس/آب", and its span is that text.
func TestTriggerText(t *testing.T) {
	c := testCoder(t)
	text := "وكانت القوات السعودية قد شنت منذ أغسطس/آب الماضي هجوما واسعا على مواقع الحوثيين."
	d := annotate(text, "2022-10-30")
	res := c.Code(d, Options{})
	found := false
	for _, e := range res.Events {
		if e.Root != "19" {
			continue
		}
		found = true
		want := "شنت منذ أغسطس/آب الماضي هجوما"
		if e.Trigger.Text != want || marsad.SliceRunes(text, e.Trigger.Span) != want {
			t.Errorf("trigger %q, span %q; want %q", e.Trigger.Text, marsad.SliceRunes(text, e.Trigger.Span), want)
		}
	}
	if !found {
		t.Errorf("no attack in %s", text)
	}
}

// TestHonorificPronoun: "وأكد فخامته" names the previous sentence's subject (the host, not his
// guest), and the event's source is the pronoun's own words.
func TestHonorificPronoun(t *testing.T) {
	text := "استقبل الرئيس الجزائري عبد المجيد تبون الرئيس الفرنسي إيمانويل ماكرون. وأكد فخامته أن فرنسا تدين الهجوم."
	res := testCoder(t).Code(annotate(text, "2023-05-01"), Options{})
	for _, e := range res.Events {
		if e.Code == "010" && e.Sentence == 1 {
			if e.Source == nil || e.Source.Text != "فخامته" || e.Source.Code != "DZAGOV" {
				t.Errorf("speaker of وأكد فخامته: %+v", e.Source)
			}
			return
		}
	}
	t.Errorf("no statement in the second sentence: %+v", res.Events)
}

// TestHappinessIsNoHonorific: "أبدى سعادته" is his happiness, not His Excellency.
func TestHappinessIsNoHonorific(t *testing.T) {
	text := "استقبل الرئيس الجزائري عبد المجيد تبون الرئيس الفرنسي إيمانويل ماكرون. وأبدى سعادته بالزيارة."
	d := annotate(text, "2023-05-01")
	res := testCoder(t).Code(d, Options{})
	for _, e := range res.Events {
		for _, p := range []*marsad.Participant{e.Source, e.Target} {
			if p != nil && p.Text == "سعادته" {
				t.Errorf("%s: سعادته taken for a dignitary", e.Code)
			}
		}
	}
	s := newSent(&d.Sentences[1], testCoder(t).lx, getArena(d))
	s.addHonorifics(nil, nil)
	for _, m := range s.ments {
		if m.Text == "سعادته" {
			t.Errorf("سعادته after أبدى is a mention: %+v", m)
		}
	}
}

// TestWordSlotSize: a slot of the word table is half a cache line (words.go).
func TestWordSlotSize(t *testing.T) {
	if n := unsafe.Sizeof(wordSlot{}); n != 32 {
		t.Errorf("wordSlot is %d bytes, want 32", n)
	}
}

// TestProtestDuring: a protest during which someone acted ("خلال احتجاجات") is not theirs.
func TestProtestDuring(t *testing.T) {
	c := testCoder(t)
	res := c.Code(annotate("أوقفت الشرطة الإسرائيلية عشرات الأشخاص خلال احتجاجات في غزة.", "2024-05-01"), Options{})
	arrest := false
	for _, e := range res.Events {
		if e.Root == "14" && pcode(e.Source) == "ISRCOP" {
			t.Errorf("the police's arrest made them protesters: %s %s", e.Code, e.Rule)
		}
		arrest = arrest || e.Root == "17"
	}
	if !arrest {
		t.Errorf("no arrest coded: %+v", res.Events)
	}
}

// TestBetweenInObject: "بين X و Y" inside what is welcomed names the agreement's parties, not
// the welcomer's ("أعربت عن ترحيبها بالاتفاق بين السودان وجنوب السودان" with no antecedent).
func TestBetweenInObject(t *testing.T) {
	c := testCoder(t)
	res := c.Code(annotate("وأعربت عن ترحيبها بالاتفاق بين روسيا وأوكرانيا.", "2024-05-01"), Options{})
	for _, e := range res.Events {
		if e.Root == "05" && e.Code != "057" && (pcode(e.Source) == "RUS" || pcode(e.Source) == "UKR") {
			t.Errorf("the agreement's parties welcome it: %s %s → %s (%s)", e.Code, pcode(e.Source), pcode(e.Target), e.Rule)
		}
	}
}

// TestPronounSubject checks verbs that carry their subject as a pronoun: a dual or plural verb
// after a meeting has the meeting's parties as subject, and the actor right after such a verb
// is its object, never its subject.
func TestPronounSubject(t *testing.T) {
	c := testCoder(t)
	res := c.Code(annotate("التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف، واتفقا على تشكيل فرق تفاوض.", "2025-02-18"), Options{})
	var got []string
	for _, e := range res.Events {
		got = append(got, fmt.Sprintf("%s %s %s %s", e.Code, orDash(pcode(e.Source)), orDash(pcode(e.Target)), e.Modality))
	}
	for _, w := range []string{"036 USAGOV RUSGOV asserted", "036 RUSGOV USAGOV asserted"} {
		if !containsEvent(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	res = c.Code(annotate("وصل الوزيران إلى الرياض. والتقيا وزير الخارجية الأمريكي ماركو روبيو.", "2025-02-18"), Options{})
	for _, e := range res.Events {
		if pcode(e.Source) == "USAGOV" {
			t.Errorf("the object of a dual verb became its subject: %s %s → %s", e.Code, pcode(e.Source), pcode(e.Target))
		}
	}
	for _, tt := range []struct {
		spec string
		key  string
		want pron
	}{
		{"التقى|يلتقي", "التقى", pronNone}, {"التقى|يلتقي", "التقيا", pronThird}, {"التقى|يلتقي", "يلتقون", pronThird},
		{"التقى|يلتقي", "التقينا", pronFirst}, {"اتفق|يتفق", "اتفقا", pronThird}, {"اتفق|يتفق", "نتفق", pronFirst},
		{"اتفق|يتفق", "يتفق", pronNone},
	} {
		found := false
		for _, f := range verbForms(tt.spec) {
			if f.key == tt.key {
				found = true
				if f.pron != tt.want {
					t.Errorf("verbForms(%q): %s has pron %d, want %d", tt.spec, tt.key, f.pron, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("verbForms(%q) lacks %s", tt.spec, tt.key)
		}
	}
	// أتفق (I agree) is written اتفق once hamza is folded: the key keeps its subject
	for _, e := range c.dict[arabic.Key("اتفق")] {
		if e.pron != pronNone {
			t.Errorf("%s: key اتفق marked as carrying its subject", e.p.ID)
		}
	}
}

// TestTerritoryIsPlace: a nationality after a territory noun ("بالأراضي الإسرائيلية") is where
// an act goes, never who acts.
func TestTerritoryIsPlace(t *testing.T) {
	text := "أطلقت حماس صواريخ على الأراضي الإسرائيلية وتم إسقاطها."
	res := testCoder(t).Code(annotate(text, "2024-01-10"), Options{})
	var got []string
	for _, e := range res.Events {
		got = append(got, fmt.Sprintf("%s %s %s", e.Code, orDash(pcode(e.Source)), orDash(pcode(e.Target))))
		if pcode(e.Source) == "ISR" {
			t.Errorf("the territory acts: %s", got[len(got)-1])
		}
	}
	if !containsEvent(got, "195 PSEREB ISR") {
		t.Errorf("missing 195 PSEREB ISR in %q", got)
	}
	for _, text := range []string{"بالأراضي الإسرائيلية", "وفي الأراضي الإسرائيلية", "للأراضي الإسرائيلية"} {
		d := annotate(text, "2024-01-10")
		s := newSent(&d.Sentences[0], testCoder(t).lx, getArena(d))
		s.territories()
		if len(s.ments) != 1 || s.ments[0].Kind != doc.KindPlace {
			t.Errorf("%s: mentions %+v, want one place", text, s.ments)
		}
	}
}

// TestFocusTargetText: a target inferred from the story's country carries the words naming
// that country, not those of an actor of it.
func TestFocusTargetText(t *testing.T) {
	text := "رفضت حماس المقترح. واستمرت الاشتباكات في غزة. ودعت السعودية إلى التهدئة."
	res := testCoder(t).Code(annotate(text, "2024-01-10"), Options{})
	for _, e := range res.Events {
		if e.Root == "02" && pcode(e.Target) == "PSE" {
			if e.Target.Text != "غزة" {
				t.Errorf("target text %q, want غزة", e.Target.Text)
			}
			return
		}
	}
	t.Errorf("no appeal aimed at PSE: %+v", res.Events)
}

// TestAdjectiveAfterPreposition: a nationality after a preposition belongs to the preposition's
// noun ("الهجوم على الأهداف الأمريكية" is no American attack).
func TestAdjectiveAfterPreposition(t *testing.T) {
	res := testCoder(t).Code(annotate("أدانت السعودية الهجوم على الأهداف الأمريكية.", "2024-01-10"), Options{})
	for _, e := range res.Events {
		if e.Root == "19" && pcode(e.Source) == "USA" {
			t.Errorf("the attack's source is the target's nationality: %s %s → %s", e.Code, pcode(e.Source), pcode(e.Target))
		}
	}
}

// TestTwoCountriesOfMeeting: "البلدين" after a meeting are the meeting's two sides, whatever
// countries were named last.
func TestTwoCountriesOfMeeting(t *testing.T) {
	text := "التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره السعودي. وبحث اللقاء العلاقات الثنائية بين البلدين."
	res := testCoder(t).Code(annotate(text, "2025-02-18"), Options{})
	for _, e := range res.Events {
		if e.Sentence == 1 && (pcode(e.Source) == "RUS" || pcode(e.Target) == "RUS") {
			t.Errorf("البلدين taken for the last two countries named: %s %s → %s", e.Code, pcode(e.Source), pcode(e.Target))
		}
	}
}

// TestAppositionRole: a name only the tagger found takes the code of the office named right
// after it.
func TestAppositionRole(t *testing.T) {
	text := "التقى يوري أوشاكوف أحمد الخطيب وزير الخارجية الأمريكي ماركو روبيو."
	d := annotate(text, "2025-02-18")
	toks := d.Sentences[0].Tokens
	// "أحمد الخطيب" as the tagger would give it: tokens 3–4
	d.Sentences[0].Mentions = append(d.Sentences[0].Mentions, taggerEntity(text, toks, 3, 5, "PER"))
	slices.SortFunc(d.Sentences[0].Mentions, func(a, b doc.Mention) int { return a.TokStart - b.TokStart })
	s := newSent(&d.Sentences[0], testCoder(t).lx, getArena(d))
	s.appositionRoles()
	for _, x := range s.ments {
		if x.Kind == doc.KindEntity {
			if x.Code != "USAGOV" {
				t.Errorf("%s: code %q, want USAGOV from the office after it", x.Text, x.Code)
			}
			return
		}
	}
	t.Errorf("the entity is gone: %+v", s.ments)
}

// TestNounKey: a noun told again with a conjunction, preposition or article is the same noun.
func TestNounKey(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"الضربات", "ضربات"},
		{"وبالضربات", "ضربات"},
		{"ضربات", "ضربات"},
		{"فالهجوم", "هجوم"},
		{"للهجوم", "هجوم"},
		{"والحرب", "حرب"},
		{"الدم", "الدم"}, // too short to lose the article
	} {
		if got := nounKey(arabic.Key(tt.in)); got != arabic.Key(tt.want) {
			t.Errorf("nounKey(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// Homographs (words.yaml) are never triggers as written, whatever they spell through clitics;
// the verb they look like, written with its hamza, still is.
func TestHomographsAreNoTriggers(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		text, word string
		trigger    bool
	}{
		{"وقال الرئيس اليمني إن رأي الحكومة واضح.", "رأي", false},
		{"وأكد بيان صادر عن الوزارة دعمها لليمن.", "صادر", false},
		{"وقال الوزير إن هناك تقدما في المحادثات.", "هناك", false},
		{"وأكد الوزير أهمية متابعة سير العمل.", "سير", false},
		{"وقالت وزارتا الخارجية والدفاع إن القرار نهائي.", "وزارتا", false},
		{"وقال ياسر القحطاني إن الفريق جاهز.", "ياسر", false},
		{"وقال الوزير إن رأيه واضح في هذه القضية.", "رأيه", false},
		{"وقال المتحدث إن القانون الذي أقره البرلمان نافذ.", "أقره", false},
		{"وقال المتحدث باسم الخارجية إن وزارته لم تتلق أي إخطار.", "وزارته", false},
		{"وتسعى الحكومة لتحقيق الاستقرار في البلاد.", "لتحقيق", false},
		{"وبلغت صادرات الساعات 300 مليون فرنك سويسري.", "فرنك", false},
		{"وأكد البيان رفض الإرهاب بجميع أشكاله ومظاهره.", "ومظاهره", false},
		{"وقال إن العلاقة التي تجمعهم بالحزب قديمة.", "تجمعهم", false},
		{"وقال مسؤول إن الحوثيين لا يهتمون بمصير قتلاهم.", "قتلاهم", false},
		{"وقال إن نصفهم من النساء والأطفال.", "نصفهم", false},
		{"وأكد أنه يسعده أن أشارك في هذا المؤتمر.", "أشارك", false},
		{"وقال إن نفر من المسلحين هاجموا القرية.", "نفر", false},
		{"ويتوقع هطول أمطار مصحوبة برياح وتدن في مدى الرؤية.", "وتدن", false},
		{"هنأ الرئيس المصري نظيره الأمريكي بفوزه.", "هنأ", true},
	} {
		d := annotate(tc.text, "2020-01-01")
		ar := getArena(d)
		s := newSent(&d.Sentences[0], c.lx, ar)
		found := false
		for _, tr := range c.findTriggers(s) {
			if s.toks[tr.i].Text == tc.word {
				found = true
			}
		}
		putArena(ar)
		if found != tc.trigger {
			t.Errorf("%s: %q is a trigger: %v, want %v", tc.text, tc.word, found, tc.trigger)
		}
	}
}

// TestUnknownBodySector: an organisation the tagger found and the knowledge base does not know
// takes the sector of its head word (its country from context later; with a place after في, that
// place's country: see analyze's TestCodeWithKnowledgeBase); a centre is too often a public
// service to take either.
func TestUnknownBodySector(t *testing.T) {
	for _, tt := range []struct {
		text       string
		start, end int // the entity's tokens
		want       string
	}{
		{"وقالت جماعة أنصار الدين إنها ستقاتل.", 1, 4, "REB"},
		{"وقال المركز الوطني للأرصاد إن الحرارة سترتفع.", 1, 4, ""},
	} {
		d := annotate(tt.text, "2021-04-11")
		m := taggerEntity(tt.text, d.Sentences[0].Tokens, tt.start, tt.end, "ORG")
		var ms []doc.Mention
		for _, x := range d.Sentences[0].Mentions {
			if x.TokEnd <= tt.start || x.TokStart >= tt.end {
				ms = append(ms, x)
			}
		}
		d.Sentences[0].Mentions = append(ms, m)
		slices.SortFunc(d.Sentences[0].Mentions, func(a, b doc.Mention) int { return a.TokStart - b.TokStart })
		s := newSent(&d.Sentences[0], testCoder(t).lx, getArena(d))
		s.orgCountries()
		found := false
		for _, x := range s.ments {
			if x.Kind == doc.KindEntity {
				found = true
				if x.Code != tt.want {
					t.Errorf("%s: %s coded %q, want %q", tt.text, x.Text, x.Code, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: the entity is gone: %+v", tt.text, s.ments)
		}
	}
}

// taggerEntity is a mention of tokens [start, end) of text as the NER tagger alone would give it:
// an entity of type typ with no code.
func taggerEntity(text string, toks []arabic.Token, start, end int, typ string) doc.Mention {
	m := doc.Mention{TokStart: start, TokEnd: end, Kind: doc.KindEntity, Type: typ, Confidence: 0.5}
	m.Start, m.End = toks[start].Start, toks[end-1].End
	m.Text = string([]rune(text)[m.Start:m.End])
	return m
}

// TestMediumNationality: a nationality one to three words after a media noun, with or without
// its proclitics, is the medium's; after "موقع" (a post as often as a website) it is not.
func TestMediumNationality(t *testing.T) {
	for _, tt := range []struct {
		text string
		word string // the nationality
		want bool
	}{
		{"وقال لوسائل إعلام إيطالية إن الوضع خطير.", "إيطالية", true},
		{"وقال للصحيفة الفرنسية إن الوضع خطير.", "الفرنسية", true},
		{"وقال لصحيفة لوموند الفرنسية إن الوضع خطير.", "الفرنسية", true},
		{"وقصف مسلحون موقع الجيش السوري قرب الحدود.", "السوري", false},
		{"وزار الوزير الفرنسي بيروت أمس.", "الفرنسي", false},
	} {
		d := annotate(tt.text, "2024-01-01")
		s := newSent(&d.Sentences[0], testCoder(t).lx, getArena(d))
		i := slices.IndexFunc(s.toks, func(x arabic.Token) bool { return x.Text == tt.word })
		if i < 0 {
			t.Fatalf("%s: no token %q", tt.text, tt.word)
		}
		if got := s.mediumNationality(i); got != tt.want {
			t.Errorf("%s: mediumNationality(%q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}
