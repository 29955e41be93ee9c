package input

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"marsad/arabic"
)

const sample = "التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في الرياض.\n"

func collect(t *testing.T, names []string, stdin io.Reader, opt Options) []Item {
	t.Helper()
	var out []Item
	for it := range Read(context.Background(), names, stdin, opt) {
		out = append(out, it)
	}
	return out
}

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadEncodings(t *testing.T) {
	dir := t.TempDir()
	cp1256, err := charmap.Windows1256.NewEncoder().String(sample)
	if err != nil {
		t.Fatal(err)
	}
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(sample)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"utf8.txt", []byte(sample)},
		{"bom.txt", append([]byte{0xEF, 0xBB, 0xBF}, sample...)},
		{"win1256.txt", []byte(cp1256)},
		{"utf16.txt", []byte(u16)},
	}
	for _, tt := range tests {
		p := write(t, dir, tt.name, tt.data)
		items := collect(t, []string{p}, nil, Options{Date: "2025-02-18"})
		if len(items) != 1 || items[0].Err != nil {
			t.Fatalf("%s: %+v", tt.name, items)
		}
		a := items[0].Article
		if a.Text != sample {
			t.Errorf("%s: text %q, want %q", tt.name, a.Text, sample)
		}
		if a.ID != strings.TrimSuffix(tt.name, ".txt") || a.Date != "2025-02-18" {
			t.Errorf("%s: id %q date %q", tt.name, a.ID, a.Date)
		}
	}
}

func TestReadBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := write(t, dir, "empty.txt", nil)
	blank := write(t, dir, "blank.txt", []byte(" \n\n \t"))
	png := write(t, dir, "image.txt", append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0, 1, 2, 3}, 100)...))
	good := write(t, dir, "good.txt", []byte(sample))
	items := collect(t, []string{empty, blank, png, filepath.Join(dir, "missing.txt"), good}, nil, Options{})
	if len(items) != 5 {
		t.Fatalf("got %d items, want 5", len(items))
	}
	if !errors.Is(items[0].Err, ErrEmpty) || !errors.Is(items[1].Err, ErrEmpty) {
		t.Errorf("empty inputs: %v, %v", items[0].Err, items[1].Err)
	}
	if !errors.Is(items[2].Err, arabic.ErrBinary) {
		t.Errorf("binary input: %v", items[2].Err)
	}
	if items[3].Err == nil {
		t.Error("missing file: no error")
	}
	if items[4].Err != nil || items[4].Article.Text != sample {
		t.Errorf("a good file after bad ones: %+v", items[4])
	}
	if items := collect(t, []string{good}, nil, Options{Date: "18-02-2025"}); len(items) != 1 || items[0].Err == nil {
		t.Errorf("bad --date accepted: %+v", items)
	}
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"` + strings.TrimSpace(sample) + `","date":"2025-02-18","title":"عنوان","url":"http://x"}`,
		`not json`,
		`{"id":"b","text":""}`,
		`{"text":"نص بلا معرف","date":"2015-07-21 02:51:32"}`,
		`{"id":"c","text":"نص","date":"yesterday"}`,
		``,
	}, "\n")
	items := collect(t, []string{"-"}, strings.NewReader(in), Options{Format: JSONL})
	if len(items) != 5 {
		t.Fatalf("got %d items, want 5: %+v", len(items), items)
	}
	if items[0].Err != nil || items[0].Article.ID != "a" || items[0].Article.Title != "عنوان" || items[0].Article.URL != "http://x" {
		t.Errorf("line 1: %+v", items[0])
	}
	if items[1].Err == nil || !strings.Contains(items[1].Err.Error(), "stdin:2") {
		t.Errorf("line 2: %v", items[1].Err)
	}
	if !errors.Is(items[2].Err, ErrEmpty) {
		t.Errorf("line 3: %v", items[2].Err)
	}
	if items[3].Err != nil || items[3].Article.ID != "stdin-4" || items[3].Article.Date != "2015-07-21" {
		t.Errorf("line 4: %+v", items[3])
	}
	if items[4].Err == nil {
		t.Errorf("line 5: bad date accepted")
	}
}

// TestReadLargeStreams reads a 50 MB text file: it is cut into parts at paragraph boundaries,
// every byte is kept, and memory stays far below the input size.
func TestReadLargeStreams(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	para := []byte(strings.Repeat(strings.TrimSpace(sample)+" ", 8) + "\n\n")
	size := 0
	for size < 50<<20 {
		f.Write(para)
		size += len(para)
	}
	f.Close()
	runtime.GC()
	var before, peak runtime.MemStats
	runtime.ReadMemStats(&before)
	total, parts := 0, 0
	for it := range Read(context.Background(), []string{p}, nil, Options{}) {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		parts++
		total += len(it.Article.Text)
		if len(it.Article.Text) > DefaultMaxBytes {
			t.Fatalf("part %d has %d bytes", parts, len(it.Article.Text))
		}
		if !strings.HasSuffix(it.Article.Text, "\n\n") && total < size {
			t.Fatalf("part %d not cut at a paragraph boundary", parts)
		}
		if parts%10 == 0 {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.HeapInuse {
				peak = m
			}
		}
	}
	if total != size {
		t.Errorf("read %d bytes, want %d", total, size)
	}
	if parts < 50 {
		t.Errorf("%d parts, want ≥ 50", parts)
	}
	if grow := int64(peak.HeapInuse) - int64(before.HeapInuse); grow > 20<<20 {
		t.Errorf("heap grew by %d MB reading a 50 MB file", grow>>20)
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{"examples/riyadh-talks.ar.txt": "riyadh-talks", "a.jsonl": "a", "/x/y/z": "z"} {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(sample), false)
	f.Add([]byte(`{"id":"x","text":"نص"}`+"\n{"), true)
	f.Add([]byte{0xff, 0xfe, 0, 0}, false)
	f.Fuzz(func(t *testing.T, b []byte, jsonl bool) {
		opt := Options{MaxBytes: 64}
		if jsonl {
			opt.Format = JSONL
		}
		for it := range Read(context.Background(), []string{"-"}, bytes.NewReader(b), opt) {
			if it.Err == nil && it.Article.Text == "" && it.Article.Title == "" {
				t.Fatalf("empty article without error")
			}
		}
	})
}
