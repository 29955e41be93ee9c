package corpus

import (
	"archive/zip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marsad/internal/shareddata"
)

// writeZip writes a zip holding one member with the given content.
func writeZip(t *testing.T, path, member, content string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, err := zw.Create(member)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte(content)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

const day2 = `[
 {"source": "okaz", "url": "http://okaz.com.sa/2", "date_extracted": "2015-07-22 10:00:00",
  "title": "وزير الخارجية يلتقي نظيره", "author": "الرياض: واس", "content": "التقى وزير الخارجية نظيره الروسي.\n\nوبحث الجانبان العلاقات."},
 {"source": "alyaum", "url": "http://alyaum.com/3", "date_extracted": "2015-07-22 11:30:00",
  "title": "أمطار على جازان", "author": "", "content": "هطلت أمطار غزيرة"}
]`

const day1 = `[{"source": "aawsat", "url": "http://aawsat.com/1", "date_extracted": "2015-07-21 02:51:32",
  "title": "بريطانيا: أربعة محاور", "author": "لندن: رنيم حنوش", "content": "حدد رئيس الوزراء البريطاني"}]`

func TestSaudiNewsNetOrder(t *testing.T) {
	dir := t.TempDir()
	// Written out of order: the reader must sort by file name.
	writeZip(t, filepath.Join(dir, "2015-07-22.zip"), "2015-07-22.json", day2)
	writeZip(t, filepath.Join(dir, "2015-07-21.zip"), "2015-07-21.json", day1)
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("not a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []Doc
	for d, err := range SaudiNewsNet(dir) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, d)
	}
	want := []Doc{
		{Source: "aawsat", URL: "http://aawsat.com/1", Date: "2015-07-21", Title: "بريطانيا: أربعة محاور", Author: "لندن: رنيم حنوش", Content: "حدد رئيس الوزراء البريطاني"},
		{Source: "okaz", URL: "http://okaz.com.sa/2", Date: "2015-07-22", Title: "وزير الخارجية يلتقي نظيره", Author: "الرياض: واس", Content: "التقى وزير الخارجية نظيره الروسي.\n\nوبحث الجانبان العلاقات."},
		{Source: "alyaum", URL: "http://alyaum.com/3", Date: "2015-07-22", Title: "أمطار على جازان", Content: "هطلت أمطار غزيرة"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d docs, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("doc %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func TestSaudiNewsNetEarlyStop(t *testing.T) {
	dir := t.TempDir()
	writeZip(t, filepath.Join(dir, "a.zip"), "a.json", day2)
	n := 0
	for _, err := range SaudiNewsNet(dir) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		break
	}
	if n != 1 {
		t.Fatalf("got %d docs before break, want 1", n)
	}
}

func TestSaudiNewsNetErrors(t *testing.T) {
	dir := t.TempDir()
	writeZip(t, filepath.Join(dir, "1-bad.zip"), "bad.json", `{"not": "an array"}`)
	writeZip(t, filepath.Join(dir, "2-broken.zip"), "broken.json", `[{"source": "okaz"}, {"source": `)
	if err := os.WriteFile(filepath.Join(dir, "3-notzip.zip"), []byte("plain text"), 0o644); err != nil {
		t.Fatal(err)
	}
	writeZip(t, filepath.Join(dir, "4-good.zip"), "good.json", day1)
	var docs []Doc
	var errs []error
	for d, err := range SaudiNewsNet(dir) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	if len(errs) != 3 {
		t.Fatalf("got %d errors, want 3: %v", len(errs), errs)
	}
	if !errors.Is(errs[0], ErrFormat) {
		t.Errorf("first error %v, want ErrFormat", errs[0])
	}
	if !strings.Contains(errs[1].Error(), "broken.json") {
		t.Errorf("second error %v should name the file", errs[1])
	}
	// The broken array's first article is still delivered, then the good file.
	if len(docs) != 2 || docs[0].Source != "okaz" || docs[1].Source != "aawsat" {
		t.Fatalf("docs = %+v", docs)
	}
}

func TestSaudiNewsNetMissingDir(t *testing.T) {
	n := 0
	for _, err := range SaudiNewsNet(filepath.Join(t.TempDir(), "nope")) {
		if err == nil {
			t.Fatal("want an error for a missing directory")
		}
		n++
	}
	if n != 1 {
		t.Fatalf("got %d results, want 1 error", n)
	}
}

func TestDatePart(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2015-07-21 02:51:32", "2015-07-21"},
		{"2015-07-21", "2015-07-21"},
		{"2015-07-21T02:51:32Z", "2015-07-21"},
		{"21/07/2015", ""},
		{"", ""},
		{"2015-7-21 02:51", ""},
	} {
		if got := datePart(tc.in); got != tc.want {
			t.Errorf("datePart(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSaudiNewsNetShared reads the start of the real corpus.
func TestSaudiNewsNetShared(t *testing.T) {
	dir := shareddata.MustPath(t, "data", "news", "saudinewsnet")
	n := 0
	for d, err := range SaudiNewsNet(dir) {
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			if d.Source != "aawsat" || d.Date != "2015-07-21" ||
				!strings.HasPrefix(d.Title, "بريطانيا: أربعة محاور لاستراتيجية جديدة") ||
				!strings.HasPrefix(d.Content, "حدد رئيس الوزراء البريطاني ديفيد كاميرون") {
				t.Fatalf("first doc = %+v", d)
			}
		}
		if d.Date == "" || d.Content == "" {
			t.Fatalf("doc %d has no date or content: %+v", n, d)
		}
		n++
		if n == 200 {
			break
		}
	}
	if n != 200 {
		t.Fatalf("read %d docs, want 200", n)
	}
}

func TestDocText(t *testing.T) {
	for _, tt := range []struct {
		d    Doc
		want string
	}{
		{Doc{Title: "عنوان", Content: "نص الخبر."}, "عنوان\n\nنص الخبر."},
		{Doc{Content: "نص الخبر."}, "نص الخبر."},
		{Doc{}, ""},
	} {
		if got := tt.d.Text(); got != tt.want {
			t.Errorf("%+v: Text() = %q, want %q", tt.d, got, tt.want)
		}
	}
}
