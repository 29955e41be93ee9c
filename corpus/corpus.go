// Package corpus reads the raw news corpora Marsad learns from, as streams.
//
// The only corpus so far is SaudiNewsNet (31,030 Saudi newspaper articles from July–August 2015,
// CC BY-NC-SA 4.0): a directory of zip files, each holding one JSON array of articles. The reader
// decodes one article at a time, so memory stays bounded by the largest single article rather than
// by the size of a zip's JSON.
package corpus

import (
	"archive/zip"
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Doc is one article of a corpus.
type Doc struct {
	Source  string // outlet, e.g. "aawsat"
	URL     string
	Date    string // YYYY-MM-DD, from date_extracted
	Title   string
	Author  string
	Content string
}

// Text is the article as the analyzer reads one with a title: the title, a blank line, the
// content (the content alone when there is no title).
func (d Doc) Text() string {
	if d.Title == "" {
		return d.Content
	}
	return d.Title + "\n\n" + d.Content
}

// rawDoc is the JSON shape of a SaudiNewsNet article.
type rawDoc struct {
	Source        string `json:"source"`
	URL           string `json:"url"`
	DateExtracted string `json:"date_extracted"`
	Title         string `json:"title"`
	Author        string `json:"author"`
	Content       string `json:"content"`
}

// ErrFormat is returned (wrapped) when a corpus file is not a JSON array of articles.
var ErrFormat = errors.New("corpus: not a JSON array of articles")

// SaudiNewsNet streams the articles of the SaudiNewsNet corpus in dir: the *.zip files in name
// order, and inside each zip its *.json members in archive order, articles in file order.
//
// An error (an unreadable zip, a malformed JSON file) is yielded with a zero Doc; the reader then
// moves on to the next file, so a consumer that only logs errors still sees every readable article.
// Stopping the loop early closes the open files.
func SaudiNewsNet(dir string) iter.Seq2[Doc, error] {
	return func(yield func(Doc, error) bool) {
		files, err := filepath.Glob(filepath.Join(dir, "*.zip"))
		if err != nil {
			yield(Doc{}, fmt.Errorf("corpus: list %s: %w", dir, err))
			return
		}
		if len(files) == 0 {
			if _, err := os.Stat(dir); err != nil {
				yield(Doc{}, fmt.Errorf("corpus: %w", err))
				return
			}
		}
		sort.Strings(files)
		for _, f := range files {
			if !readZip(f, yield) {
				return
			}
		}
	}
}

// readZip yields the articles of one zip file. It reports whether the consumer wants more.
func readZip(path string, yield func(Doc, error) bool) bool {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return yield(Doc{}, fmt.Errorf("corpus: open %s: %w", path, err))
	}
	defer zr.Close()
	for _, m := range zr.File {
		if m.FileInfo().IsDir() || !strings.EqualFold(filepath.Ext(m.Name), ".json") {
			continue
		}
		rc, err := m.Open()
		if err != nil {
			if !yield(Doc{}, fmt.Errorf("corpus: open %s in %s: %w", m.Name, path, err)) {
				return false
			}
			continue
		}
		more := readArray(rc, path+"!"+m.Name, yield)
		rc.Close()
		if !more {
			return false
		}
	}
	return true
}

// readArray decodes a JSON array of articles one element at a time. It reports whether the
// consumer wants more.
func readArray(r io.Reader, name string, yield func(Doc, error) bool) bool {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 64<<10))
	tok, err := dec.Token()
	if err != nil {
		return yield(Doc{}, fmt.Errorf("corpus: read %s: %w", name, err))
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return yield(Doc{}, fmt.Errorf("corpus: read %s: %w", name, ErrFormat))
	}
	for dec.More() {
		var raw rawDoc
		if err := dec.Decode(&raw); err != nil {
			// The decoder cannot resynchronise inside a broken array: report and skip the file.
			return yield(Doc{}, fmt.Errorf("corpus: decode %s: %w", name, err))
		}
		if !yield(raw.doc(), nil) {
			return false
		}
	}
	if _, err := dec.Token(); err != nil {
		return yield(Doc{}, fmt.Errorf("corpus: read %s: %w", name, err))
	}
	return true
}

func (r rawDoc) doc() Doc {
	return Doc{
		Source:  r.Source,
		URL:     r.URL,
		Date:    datePart(r.DateExtracted),
		Title:   r.Title,
		Author:  r.Author,
		Content: r.Content,
	}
}

// datePart returns the YYYY-MM-DD prefix of a timestamp such as "2015-07-21 02:51:32", or "" if
// the timestamp does not start with a date.
func datePart(s string) string {
	if len(s) < 10 {
		return ""
	}
	d := s[:10]
	for i := 0; i < 10; i++ {
		c := d[i]
		switch i {
		case 4, 7:
			if c != '-' {
				return ""
			}
		default:
			if c < '0' || c > '9' {
				return ""
			}
		}
	}
	if len(s) > 10 && s[10] != ' ' && s[10] != 'T' {
		return ""
	}
	return d
}
