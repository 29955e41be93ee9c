package event

import (
	"testing"
	"time"
)

func TestEventDates(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		text, article, want, wantText string
	}{
		{"التقى وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي أمس في جدة.", "2025-03-05", "2025-03-04", "أمس"},
		{"التقى وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي اليوم في جدة.", "2025-03-05", "2025-03-05", "اليوم"},
		{"سيلتقي وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي غدا في جدة.", "2025-03-05", "2025-03-06", "غدا"},
		// 2025-03-05 is a Wednesday: the past Tuesday is the 4th, the coming Sunday the 9th
		{"التقى وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي الثلاثاء الماضي.", "2025-03-05", "2025-03-04", "الثلاثاء الماضي"},
		{"سيلتقي وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي يوم الأحد المقبل.", "2025-03-05", "2025-03-09", "الأحد المقبل"},
		{"سيلتقي وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي الأسبوع المقبل.", "2025-03-05", "2025-03-12", "الأسبوع المقبل"},
		{"التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في 18 فبراير 2025.", "2025-03-05", "2025-02-18", "18 فبراير 2025"},
		{"التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في 18 شباط/فبراير.", "2025-03-05", "2025-02-18", "18 شباط / فبراير"},
		{"التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في ١٨ فبراير ٢٠٢٥.", "2025-03-05", "2025-02-18", "١٨ فبراير ٢٠٢٥"},
		// 1 Ramadan 1446 AH is 1 March 2025 (± a day by sighting; the tabular calendar is used)
		{"التقى وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي في 1 رمضان 1446 هـ.", "2025-03-05", "2025-03-01", "1 رمضان 1446 هـ"},
		{"التقى وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي في جدة.", "2025-03-05", "2025-03-05", ""},
	}
	for _, tt := range tests {
		res := c.Code(annotate(tt.text, tt.article), Options{})
		if len(res.Events) == 0 {
			t.Errorf("%s: no event", tt.text)
			continue
		}
		e := res.Events[0]
		if e.Date != tt.want || e.DateText != tt.wantText {
			t.Errorf("%s\n  date %s (%q), want %s (%q)", tt.text, e.Date, e.DateText, tt.want, tt.wantText)
		}
	}
}

func TestHijri(t *testing.T) {
	for _, tt := range []struct {
		y, m, d int
		want    string
	}{{1446, 9, 1, "2025-03-01"}, {1445, 9, 1, "2024-03-11"}, {1436, 10, 1, "2015-07-18"}} { // tabular: sighting may differ by a day
		got := fromHijri(tt.y, tt.m, tt.d).Format("2006-01-02")
		if got != tt.want {
			t.Errorf("fromHijri(%d, %d, %d) = %s, want %s", tt.y, tt.m, tt.d, got, tt.want)
		}
		y, m, d := toHijri(fromHijri(tt.y, tt.m, tt.d))
		if y != tt.y || m != tt.m || d != tt.d {
			t.Errorf("toHijri(fromHijri(%d,%d,%d)) = %d,%d,%d", tt.y, tt.m, tt.d, y, m, d)
		}
	}
	_ = time.Now
}

// TestModality checks each modality on real phrasing.
func TestModality(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ text, want string }{
		{"التقى وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي.", "asserted"},
		{"لم يلتق وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي.", "negated"},
		{"لن يلتقي وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي.", "negated"},
		{"نفى وزير الخارجية الإيراني عباس عراقجي أن يكون قد التقى بنظيره السعودي.", "negated"},
		{"سيلتقي وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي.", "planned"},
		{"من المقرر أن يلتقي وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي.", "planned"},
		{"يعتزم وزير الخارجية الإيراني عباس عراقجي لقاء نظيره السعودي الأسبوع المقبل.", "planned"},
		{"إذا التقى وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي فسيكون ذلك تحولا.", "hypothetical"},
		{"قد يلتقي وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي.", "hypothetical"},
		{"من غير المحتمل أن يلتقي وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي.", "unlikely"},
		{"يستبعد مراقبون أن يلتقي وزير الخارجية الإيراني عباس عراقجي بنظيره السعودي.", "unlikely"},
		{"وقالت طهران إن المحادثات مستمرة، نافية أن يكون وزير الخارجية الإيراني عباس عراقجي قد التقى بنظيره السعودي.", "negated"},
	}
	for _, tt := range tests {
		res := c.Code(annotate(tt.text, "2025-03-05"), Options{})
		found := false
		for _, e := range res.Events {
			if e.Root == "04" {
				found = true
				if e.Modality != tt.want {
					t.Errorf("%s\n  modality %s, want %s", tt.text, e.Modality, tt.want)
				}
				break
			}
		}
		if !found {
			t.Errorf("%s: no meeting coded", tt.text)
		}
	}
}
