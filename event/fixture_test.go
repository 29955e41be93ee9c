package event

import (
	"strings"
	"testing"
	"time"

	"marsad"
	"marsad/arabic"
	"marsad/doc"
)

// fixtureActor is a test-only actor lexicon entry: the coder is tested on its own, with mentions
// given, so that its tests do not depend on the knowledge base.
type fixtureActor struct {
	phrase string
	code   string
	kind   string
	group  []string // codes of the members of a dual/plural referent
}

var fixtureActors = []fixtureActor{
	{"وزير الخارجية الأمريكي ماركو روبيو", "USAGOV", doc.KindRole, nil},
	{"الروسي سيرجي لافروف", "RUSGOV", doc.KindName, nil},
	{"الأمريكي ماركو روبيو", "USAGOV", doc.KindName, nil},
	{"نظيره الروسي سيرجي لافروف", "RUSGOV", doc.KindCoref, nil},
	{"وزارة الخارجية الأمريكية", "USAGOV", doc.KindGovBody, nil},
	{"المتحدث باسم الخارجية الأمريكية", "USAGOV", doc.KindRole, nil},
	{"مستشار الأمن القومي مايك والتز", "USAGOV", doc.KindRole, nil},
	{"مبعوث الشرق الأوسط ستيف ويتكوف", "USAGOV", doc.KindRole, nil},
	{"المسؤولين الأمريكيين", "USAGOV", doc.KindSector, nil},
	{"رئيس صندوق الثروة السيادية الروسي كيريل ديمترييف", "RUSGOV", doc.KindRole, nil},
	{"السجناء الأمريكيين", "USACVL", doc.KindSector, nil},
	{"لافروف", "RUSGOV", doc.KindShort, nil},
	{"ديمترييف", "RUSGOV", doc.KindShort, nil},
	{"يوري أوشاكوف", "RUSGOV", doc.KindName, nil},
	{"فائز السراج", "LBYGOV", doc.KindName, nil},
	{"ودان", "", doc.KindPlace, nil}, // the Libyan town, and "و + دان" (condemned)
	{"مساعد الرئيس الروسي", "RUSGOV", doc.KindRole, nil},
	{"أوشاكوف", "RUSGOV", doc.KindShort, nil},
	{"بوتين", "RUSGOV", doc.KindShort, nil},
	{"ترامب", "USAGOV", doc.KindShort, nil},
	{"الرئيسين الأمريكي والروسي", "", doc.KindGroup, []string{"USAGOV", "RUSGOV"}},
	{"كلا البلدين", "", doc.KindGroup, []string{"USA", "RUS"}},
	{"البلدين", "", doc.KindGroup, []string{"USA", "RUS"}},
	{"الرئيسين", "", doc.KindGroup, []string{"RUSGOV", "USAGOV"}},
	{"الجانبان", "", doc.KindGroup, []string{"USA", "RUS"}}, // the knowledge base's guess: the last two named
	{"الجانب الروسي", "RUS", doc.KindDemonym, nil},
	{"الولايات المتحدة", "USA", doc.KindCountry, nil},
	{"روسيا", "RUS", doc.KindCountry, nil},
	{"أوكرانيا", "UKR", doc.KindCountry, nil},
	{"كييف", "UKR", doc.KindCapital, nil},
	{"الروسية", "RUS", doc.KindDemonym, nil},
	{"الأمريكية", "USA", doc.KindDemonym, nil},
	{"الإسرائيلي", "ISR", doc.KindDemonym, nil},
	{"الإسرائيلية", "ISR", doc.KindDemonym, nil},
	{"السعودية", "SAU", doc.KindCountry, nil},
	{"إيران", "IRN", doc.KindCountry, nil},
	{"إسرائيل", "ISR", doc.KindCountry, nil},
	{"بنظيره السعودي", "SAUGOV", doc.KindCoref, nil},
	{"نظيره السعودي", "SAUGOV", doc.KindCoref, nil},
	{"الجيش الإسرائيلي", "ISRMIL", doc.KindSector, nil},
	{"حركة حماس", "PSEREB", doc.KindOrg, nil},
	{"حماس", "PSEREB", doc.KindOrg, nil},
	{"قطاع غزة", "PSE", doc.KindPlace, nil},
	{"غزة", "PSE", doc.KindPlace, nil},
	{"الرئيس الفرنسي إيمانويل ماكرون", "FRAGOV", doc.KindRole, nil},
	{"الجزائر", "DZA", doc.KindCountry, nil},
	{"الرئيس الجزائري عبد المجيد تبون", "DZAGOV", doc.KindRole, nil},
	{"وزير الخارجية الإيراني عباس عراقجي", "IRNGOV", doc.KindRole, nil},
	{"المتظاهرون", "CVL", doc.KindSector, nil},
	{"الشرطة", "COP", doc.KindSector, nil},
	{"الحكومة", "GOV", doc.KindSector, nil},
	{"الحوثيين", "YEMREB", doc.KindOrg, nil},
	{"جماعة الحوثي", "YEMREB", doc.KindOrg, nil},
	{"التحالف", "SAUMIL", doc.KindOrg, nil},
	{"الأمم المتحدة", "IGOUNO", doc.KindOrg, nil},
	{"الولايات المتحدة الأمريكية", "USA", doc.KindCountry, nil},
	{"واشنطن", "USA", doc.KindCapital, nil},
	{"طهران", "IRN", doc.KindCapital, nil},
	{"موسكو", "RUS", doc.KindCapital, nil},
	{"رئيس الوزراء المجري فيكتور أوربان", "HUNGOV", doc.KindRole, nil},
	{"نتنياهو", "ISRGOV", doc.KindShort, nil},
	{"بودابست", "HUN", doc.KindCapital, nil},
	{"الرئيس الأمريكي جو بايدن", "USAGOV", doc.KindRole, nil},
	{"الرئيس الصيني شي جين بينغ", "CHNGOV", doc.KindRole, nil},
	{"مصدر يمني", "YEM", doc.KindSector, nil},
	{"وفدا حوثيا", "YEMREB", doc.KindOrg, nil},
	{"المبعوث الأممي", "IGOUNO", doc.KindRole, nil},
	{"المملكة العربية السعودية", "SAU", doc.KindCountry, nil},
	{"السفير الكندي", "CANGOV", doc.KindRole, nil},
	{"مجلس جامعة الدول العربية", "IGOARL", doc.KindOrg, nil},
	{"مصر", "EGY", doc.KindCountry, nil},
	{"أميركية", "USA", doc.KindDemonym, nil},
	{"بريطانية", "GBR", doc.KindDemonym, nil},
	{"القوات الأميركية", "USAMIL", doc.KindSector, nil},
	{"فرنسا", "FRA", doc.KindCountry, nil},
	{"دولة فلسطين", "PSE", doc.KindCountry, nil},
	{"السودان", "SDN", doc.KindCountry, nil},
	{"لبنان", "LBN", doc.KindCountry, nil},
	{"قوى الأمن الداخلي", "COP", doc.KindSector, nil},
	{"الصليب الأحمر", "NGOIRC", doc.KindOrg, nil},
	{"الأمين العام للأمم المتحدة", "IGOUNO", doc.KindRole, nil},
	{"الحكومة الإسرائيلية", "ISRGOV", doc.KindGovBody, nil},
	{"المحكمة الجنائية الدولية", "IGOICC", doc.KindOrg, nil},
	{"الجيش السوداني", "SDNMIL", doc.KindSector, nil},
	{"المحتجين السودانيين", "SDNCVL", doc.KindSector, nil},
	{"سوريا", "SYR", doc.KindCountry, nil},
	{"وزارة الخارجية", "GOV", doc.KindSector, nil},
	{"قوات الدعم السريع", "SDNREB", doc.KindOrg, nil},
	{"مجلس الأمن", "IGOUNO", doc.KindOrg, nil},
	{"الاستخبارات الأميركية", "USASPY", doc.KindSector, nil},
	{"العراقيين", "IRQ", doc.KindDemonym, nil},
	{"تنظيم داعش", "IMGISI", doc.KindOrg, nil},
	{"جنود سوريين", "SYRMIL", doc.KindSector, nil},
	{"الخارجية الإيرانية", "IRNGOV", doc.KindGovBody, nil},
	{"وزارة الدفاع الروسية", "RUSMIL", doc.KindGovBody, nil},
	{"القيادي", "ELI", doc.KindSector, nil},
	{"وفد", "GOV", doc.KindSector, nil},
	{"الشرطة الإسرائيلية", "ISRCOP", doc.KindSector, nil},
	{"الاتحاد الأوروبي", "IGOEEC", doc.KindOrg, nil},
	{"جوزيب بوريل", "IGOEEC", doc.KindName, nil},
	{"المتحدث باسم", "GOV", doc.KindRole, nil},
	{"الحكومة الانتقالية", "GOV", doc.KindSector, nil},
	{"مالي", "MLI", doc.KindCountry, nil},
	{"أوكرانية", "UKR", doc.KindDemonym, nil},
	{"أمريكية", "USA", doc.KindDemonym, nil},
	{"أمير قطر الشيخ تميم بن حمد آل ثاني", "QATGOV", doc.KindRole, nil},
	{"الرئيس التركي رجب طيب أردوغان", "TURGOV", doc.KindRole, nil},
	{"أمير الكويت", "KWTGOV", doc.KindRole, nil},
	{"العاهل السعودي الملك سلمان", "SAUGOV", doc.KindRole, nil},
	{"الأمير محمد بن سلمان", "SAUGOV", doc.KindName, nil},
	{"الرئيس الروسي", "RUSGOV", doc.KindRole, nil},
	{"حزب الله", "LBNREB", doc.KindOrg, nil},
	{"وزارة الخارجية التركية", "TURGOV", doc.KindGovBody, nil},
	{"فلسطينيون", "PSE", doc.KindDemonym, nil},
	{"إسرائيلية", "ISR", doc.KindDemonym, nil},
	{"مدنيون سوريون", "SYRCVL", doc.KindSector, nil},
	{"مسلحون", "IRQREB", doc.KindSector, nil},
	{"جنود عراقيين", "IRQMIL", doc.KindSector, nil},
	{"جندي تركي", "TURMIL", doc.KindSector, nil},
	{"متمردون", "TURREB", doc.KindSector, nil},
	{"وزير الخارجية المصري سامح شكري", "EGYGOV", doc.KindRole, nil},
	{"نظيره الأردني أيمن الصفدي", "JORGOV", doc.KindCoref, nil},
	{"المتظاهرين", "CVL", doc.KindSector, nil},
	{"وزارة الخارجية الكويتية", "KWTGOV", doc.KindGovBody, nil},
	{"السفير العراقي", "IRQGOV", doc.KindRole, nil},
	{"الجيش الهندي", "INDMIL", doc.KindSector, nil},
	{"الجيش الباكستاني", "PAKMIL", doc.KindSector, nil},
	{"جنوب أفريقيا", "ZAF", doc.KindCountry, nil},
	{"محكمة العدل الدولية", "IGOICJ", doc.KindOrg, nil},
	{"قوات الاحتلال", "ISRMIL", doc.KindOrg, nil},
	{"مستوطنون", "ISRCVL", doc.KindOrg, nil},
	{"رام الله", "PSE", doc.KindCapital, nil},
	{"وزارة الدفاع التايوانية", "TWNMIL", doc.KindGovBody, nil},
	{"الصين", "CHN", doc.KindCountry, nil},
	{"وزارة الصحة الفلسطينية", "PSEGOV", doc.KindGovBody, nil},
	{"الحكومة الإسبانية", "ESPGOV", doc.KindGovBody, nil},
	{"الأسيرة الأردنية هبة اللبدي", "JORCVL", doc.KindName, nil},
	{"ألمانيا", "DEU", doc.KindCountry, nil},
	{"المغرب", "MAR", doc.KindCountry, nil},
	{"مواطنين أمريكيين", "USACVL", doc.KindSector, nil},
	{"الإدارة الأمريكية", "USAGOV", doc.KindGovBody, nil},
	{"إيرانيين", "IRN", doc.KindDemonym, nil},
	{"المحتجين", "CVL", doc.KindSector, nil},
	{"المحتجون", "CVL", doc.KindSector, nil},
	{"المنظمة الدولية", "IGOUNO", doc.KindOrg, nil},
	{"السفير الإسرائيلي", "ISRGOV", doc.KindRole, nil},
	{"الأردن", "JOR", doc.KindCountry, nil},
	{"السلطات المالية", "MLIGOV", doc.KindSector, nil},
	{"وزارة الخارجية القطرية", "QATGOV", doc.KindGovBody, nil},
	{"الحكومة الأردنية", "JORGOV", doc.KindGovBody, nil},
	{"بيلوسي", "USALEG", doc.KindShort, nil},
	{"السفير الأمريكي", "USAGOV", doc.KindRole, nil},
	{"تايوان", "TWN", doc.KindCountry, nil},
	{"الرئاسة المصرية", "EGYGOV", doc.KindGovBody, nil},
	{"الاتحاد الأفريقي", "IGOAFU", doc.KindOrg, nil},
	{"الصومال", "SOM", doc.KindCountry, nil},
	{"الجيش الصومالي", "SOMMIL", doc.KindSector, nil},
	{"أيمن المقدم", "", doc.KindEntity, nil},
	{"أثير داود الغريري", "", doc.KindEntity, nil},
	{"خليل الخوري", "", doc.KindEntity, nil},
	{"كاثرين آشتون", "IGOEEC", doc.KindName, nil},
	{"ماريا لفوفا بيلوفا", "RUSGOV", doc.KindName, nil},
	{"غوايدو", "VENOPP", doc.KindName, nil},
	{"المكسيك", "MEX", doc.KindCountry, nil},
	{"كوبا", "CUB", doc.KindCountry, nil},
	{"مادورو", "VENGOV", doc.KindName, nil},
	{"هونغ لي", "", doc.KindEntity, nil},
	{"الحكومة اليمنية", "YEMGOV", doc.KindGovBody, nil},
	{"الكونغرس الأمريكي", "USALEG", doc.KindGovBody, nil},
	{"اللاجئين السوريين", "SYRREF", doc.KindSector, nil},
	{"الحكومة الأوكرانية", "UKRGOV", doc.KindGovBody, nil},
	{"الانفصاليون", "UKRSEP", doc.KindSector, nil},
	{"كندا", "CAN", doc.KindCountry, nil},
	{"البرازيل", "BRA", doc.KindCountry, nil},
	{"جنديين", "ISRMIL", doc.KindSector, nil},
	{"العراقي", "IRQ", doc.KindDemonym, nil},
	{"عمان", "OMN", doc.KindCountry, nil},
	{"الهند", "IND", doc.KindCountry, nil},
	{"أمير قطر", "QATGOV", doc.KindRole, nil},
	{"الرئيس التونسي قيس سعيد", "TUNGOV", doc.KindRole, nil},
	{"الرئيس الأمريكي دونالد ترامب", "USAGOV", doc.KindRole, nil},
	{"باكستان", "PAK", doc.KindCountry, nil},
	{"إسلام آباد", "PAK", doc.KindCapital, nil},
	{"السلطات التركية", "TURGOV", doc.KindSector, nil},
	{"قطر", "QAT", doc.KindCountry, nil},
	{"المواطنين", "CVL", doc.KindSector, nil},
	{"المتحدثة باسم", "GOV", doc.KindRole, nil},
	{"وزير الدفاع الكيني", "KENGOV", doc.KindRole, nil},
	{"ماريا زاخاروفا", "RUSGOV", doc.KindName, nil},
	{"الحكومة الباكستانية", "PAKGOV", doc.KindGovBody, nil},
	{"السلطات العراقية", "IRQGOV", doc.KindSector, nil},
	{"وزارة الخارجية التونسية", "TUNGOV", doc.KindGovBody, nil},
	{"السفارة الأمريكية", "USAGOV", doc.KindGovBody, nil},
	{"تركية", "TUR", doc.KindDemonym, nil},
	{"المصرية", "EGY", doc.KindDemonym, nil},
	{"المملكة", "SAU", doc.KindCountry, nil},
	{"الإمارات", "ARE", doc.KindCountry, nil},
	{"البحرين", "BHR", doc.KindCountry, nil},
	{"تركيا", "TUR", doc.KindCountry, nil},
	{"الشرطة الهولندية", "NLDCOP", doc.KindSector, nil},
	{"المجلس العسكري الحاكم", "MIL", doc.KindSector, nil},
	{"النيجر", "NER", doc.KindCountry, nil},
	{"إثيوبيا", "ETH", doc.KindCountry, nil},
	{"المسلحين", "REB", doc.KindSector, nil},
	{"السفير الفرنسي", "FRAGOV", doc.KindRole, nil},
	{"إسبانيا", "ESP", doc.KindCountry, nil},
	{"السلطات الإيرانية", "IRNGOV", doc.KindSector, nil},
	{"إسرائيل", "ISR", doc.KindCountry, nil},
}

var fixturePlaces = []struct {
	phrase, country string
}{
	{"عاصمة المملكة العربية السعودية الرياض", "SAU"},
	{"الرياض", "SAU"},
	{"جدة", "SAU"},
	{"موسكو", "RUS"},
	{"طهران", "IRN"},
	{"غزة", "PSE"},
	{"الجزائر", "DZA"},
	{"صنعاء", "YEM"},
	{"جنيف", "CHE"},
	{"الدوحة", "QAT"},
	{"مسقط", "OMN"},
	{"أم درمان", "SDN"},
	{"إدلب", "SYR"},
	{"الرباط", "MAR"},
	{"كشمير", "IND"},
	{"نابلس", "PSE"},
	{"يريفان", "ARM"},
	{"إسطنبول", "TUR"},
}

// annotate builds a doc.Doc with fixture mentions: every phrase is matched on token keys, the
// first token possibly carrying proclitics (the mention span then starts after them).
func annotate(text, date string) *doc.Doc {
	d := &doc.Doc{Text: text}
	d.Date, _ = time.Parse(marsad.DateLayout, date)
	for si, sp := range arabic.Sentences(text) {
		rs := []rune(text)[sp.Start:sp.End]
		toks := arabic.AppendTokens(nil, string(rs), sp.Start)
		s := doc.Sentence{Index: si, Span: marsad.Span{Start: sp.Start, End: sp.End}, Tokens: toks}
		for i := 0; i < len(toks); {
			best, bestN, bestPre := -1, 0, 0
			for k, fa := range fixtureActors {
				words := strings.Fields(fa.phrase)
				if n, pre := matchPhrase(toks, i, words); n > bestN {
					best, bestN, bestPre = k, n, pre
				}
			}
			if best < 0 {
				i++
				continue
			}
			fa := fixtureActors[best]
			m := doc.Mention{TokStart: i, TokEnd: i + bestN, Kind: fa.kind, Confidence: 1}
			m.Start = toks[i].Start + bestPre
			m.End = toks[i+bestN-1].End
			m.Text = string([]rune(text)[m.Start:m.End])
			m.Code = fa.code
			switch fa.kind {
			case doc.KindRole, doc.KindName, doc.KindShort:
				m.ActorRef.Kind = "person"
			}
			if fa.kind == doc.KindEntity {
				m.Type = "PER" // a person found by the NER model only
			}
			if fa.kind == doc.KindRole && strings.HasPrefix(fa.phrase, "السفير") {
				m.Office = "ambassador" // as the knowledge base's office of that title
			}
			if len(fa.code) >= 3 && !sectors[fa.code] {
				m.Country = fa.code[:3]
			}
			for gi, g := range fa.group {
				gm := doc.Mention{TokStart: i, TokEnd: i + bestN, Kind: doc.KindRole, Confidence: 0.8}
				gm.Span, gm.Text, gm.Code, gm.Country = m.Span, m.Text, g, g[:3]
				gm.ID = m.Text + string(rune('0'+gi))
				m.Group = append(m.Group, gm)
			}
			s.Mentions = append(s.Mentions, m)
			i += bestN
		}
		for i := 0; i < len(toks); i++ {
			for _, fp := range fixturePlaces {
				words := strings.Fields(fp.phrase)
				if n, pre := matchPhrase(toks, i, words); n > 0 {
					p := doc.Place{TokStart: i, TokEnd: i + n}
					p.Start, p.End = toks[i].Start+pre, toks[i+n-1].End
					p.Text = string([]rune(text)[p.Start:p.End])
					p.Country = fp.country
					s.Places = append(s.Places, p)
					i += n - 1
					break
				}
			}
		}
		d.Sentences = append(d.Sentences, s)
	}
	return d
}

func matchPhrase(toks []arabic.Token, i int, words []string) (n, pre int) {
	if i+len(words) > len(toks) {
		return 0, 0
	}
	for k, w := range words {
		tk := toks[i+k].Norm
		wk := arabic.Key(w)
		if tk == wk {
			continue
		}
		if k == 0 {
			ok := false
			for _, p := range []string{"و", "ف", "ب", "ل", "وب", "ول", "فب", "وال", "بال", "لل", "ولل"} {
				if tk == p+wk || (strings.HasPrefix(wk, "ال") && (p == "لل" || p == "ولل") && tk == p+strings.TrimPrefix(wk, "ال")) {
					ok = true
					pre = len([]rune(p))
					if strings.HasPrefix(wk, "ال") && (p == "لل" || p == "ولل") {
						pre--
					}
					break
				}
			}
			if ok {
				continue
			}
		}
		return 0, 0
	}
	return len(words), pre
}

func testCoder(t testing.TB) *Coder {
	t.Helper()
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}
