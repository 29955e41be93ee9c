// Package input reads the documents Marsad analyses: plain-text files in any of the encodings
// the arabic package detects (UTF-8, UTF-16, Windows-1256), standard input, directories of such
// files, and JSON Lines files whose lines are {"id","text","date","title","url","source"}.
//
// Reading streams: a JSONL file is read line by line, and a text file longer than MaxBytes is
// cut at paragraph boundaries into parts analysed one at a time, so memory stays bounded
// whatever the input size. Bad input (binary data, a malformed line) yields an Item with an
// error and reading goes on with the next document.
package input

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"marsad"
	"marsad/arabic"
)

// Format of an input.
const (
	Text  = "text"
	JSONL = "jsonl"
)

// DefaultMaxBytes is the default size of one document; longer text files are split.
const DefaultMaxBytes = 1 << 20

// Options control reading.
type Options struct {
	Format   string // "text" (default) or "jsonl"
	ID       string // id of the single text input (default: the file name without extensions)
	Date     string // date for documents that carry none, YYYY-MM-DD
	MaxBytes int    // split text documents longer than this (default DefaultMaxBytes)
}

// Item is one document read, or the error met reading it.
type Item struct {
	Article  marsad.Article
	Origin   string // file name and, for JSONL, line number
	Warnings []string
	Err      error
}

// ErrEmpty is returned for an input with no text.
var ErrEmpty = errors.New("empty input")

// Read yields the documents of the named inputs in order; "-" is standard input. Directories
// are walked for *.txt, *.text and *.jsonl files (in name order).
func Read(ctx context.Context, names []string, stdin io.Reader, opt Options) iter.Seq[Item] {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.Format == "" {
		opt.Format = Text
	}
	return func(yield func(Item) bool) {
		if opt.Date != "" {
			if _, err := marsad.ParseDate(opt.Date); err != nil {
				yield(Item{Err: fmt.Errorf("--date: %w", err)})
				return
			}
		}
		for _, name := range names {
			if ctx.Err() != nil {
				yield(Item{Err: ctx.Err()})
				return
			}
			if name == "-" {
				if !readOne(ctx, "stdin", stdin, opt, opt.Format, yield) {
					return
				}
				continue
			}
			st, err := os.Stat(name)
			if err != nil {
				if !yield(Item{Origin: name, Err: err}) {
					return
				}
				continue
			}
			if st.IsDir() {
				files, err := listDir(name)
				if err != nil {
					if !yield(Item{Origin: name, Err: err}) {
						return
					}
					continue
				}
				for _, f := range files {
					format := opt.Format
					if strings.HasSuffix(f, ".jsonl") {
						format = JSONL
					}
					if !readFile(ctx, f, opt, format, yield) {
						return
					}
				}
				continue
			}
			format := opt.Format
			if strings.HasSuffix(name, ".jsonl") {
				format = JSONL
			}
			if !readFile(ctx, name, opt, format, yield) {
				return
			}
		}
	}
}

func listDir(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".txt", ".text", ".jsonl":
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

func readFile(ctx context.Context, name string, opt Options, format string, yield func(Item) bool) bool {
	f, err := os.Open(name)
	if err != nil {
		return yield(Item{Origin: name, Err: err})
	}
	defer f.Close()
	return readOne(ctx, name, f, opt, format, yield)
}

// Stem returns a file name without directory and extensions: "riyadh-talks.ar.txt" → "riyadh-talks".
func Stem(name string) string {
	b := filepath.Base(name)
	if i := strings.IndexByte(b, '.'); i > 0 {
		b = b[:i]
	}
	return b
}

func readOne(ctx context.Context, name string, r io.Reader, opt Options, format string, yield func(Item) bool) bool {
	dec, enc, err := arabic.NewReader(r)
	if err != nil {
		return yield(Item{Origin: name, Err: fmt.Errorf("%s: %w", name, err)})
	}
	if format == JSONL {
		return readJSONL(ctx, name, dec, opt, yield)
	}
	id := opt.ID
	if id == "" {
		id = Stem(name)
	}
	var warn []string
	if enc != "" && enc != "utf-8" {
		warn = append(warn, "decoded from "+string(enc))
	}
	return readText(ctx, name, id, dec, opt, warn, yield)
}

// readText reads a text document, splitting it into parts of at most opt.MaxBytes at
// paragraph (or line, or word) boundaries.
func readText(ctx context.Context, name, id string, r io.Reader, opt Options, warn []string, yield func(Item) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	buf := make([]byte, 0, min(opt.MaxBytes, 1<<20))
	part := 0
	eof := false
	for {
		for len(buf) < opt.MaxBytes && !eof {
			chunk := make([]byte, min(64<<10, opt.MaxBytes-len(buf)))
			n, err := io.ReadFull(br, chunk)
			buf = append(buf, chunk[:n]...)
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				eof = true
			} else if err != nil {
				return yield(Item{Origin: name, Err: fmt.Errorf("%s: %w", name, err)})
			}
		}
		if ctx.Err() != nil {
			return yield(Item{Origin: name, Err: ctx.Err()})
		}
		cut := len(buf)
		if !eof {
			cut = cutPoint(buf)
		}
		text := string(bytes.ToValidUTF8(buf[:cut], []byte("\uFFFD")))
		rest := append([]byte(nil), buf[cut:]...)
		if part == 0 && eof && strings.TrimSpace(text) == "" {
			return yield(Item{Origin: name, Err: fmt.Errorf("%s: %w", name, ErrEmpty)})
		}
		it := Item{Origin: name, Article: marsad.Article{ID: id, Date: opt.Date, Text: text}, Warnings: warn}
		if part > 0 || !eof {
			it.Article.ID = fmt.Sprintf("%s#%d", id, part+1)
			it.Warnings = append(append([]string(nil), warn...), fmt.Sprintf("input longer than %d bytes: analysed in parts; this is part %d", opt.MaxBytes, part+1))
		}
		if strings.TrimSpace(text) != "" {
			if !yield(it) {
				return false
			}
		}
		part++
		buf = rest
		if eof && len(buf) == 0 {
			return true
		}
		if eof {
			// a final remainder (only when cutPoint left bytes)
			continue
		}
	}
}

// cutPoint finds where to cut a full buffer: after the last blank line, else the last newline,
// else the last space, else at a rune boundary.
func cutPoint(b []byte) int {
	lo := len(b) / 2
	if i := bytes.LastIndex(b[lo:], []byte("\n\n")); i >= 0 {
		return lo + i + 2
	}
	if i := bytes.LastIndexByte(b[lo:], '\n'); i >= 0 {
		return lo + i + 1
	}
	if i := bytes.LastIndexByte(b[lo:], ' '); i >= 0 {
		return lo + i + 1
	}
	n := len(b)
	for n > 0 && !utf8.RuneStart(b[n-1]) {
		n--
	}
	if n > 0 {
		n--
	}
	if n == 0 {
		return len(b)
	}
	return n
}

// jsonDoc is one JSONL input line.
type jsonDoc struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	Title  string `json:"title"`
	URL    string `json:"url"`
	Source string `json:"source"`
}

func readJSONL(ctx context.Context, name string, r io.Reader, opt Options, yield func(Item) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	n := 0
	for {
		if ctx.Err() != nil {
			return yield(Item{Origin: name, Err: ctx.Err()})
		}
		line, tooLong, err := readLine(br, opt.MaxBytes*2)
		if err != nil && err != io.EOF {
			return yield(Item{Origin: name, Err: fmt.Errorf("%s: %w", name, err)})
		}
		if len(line) > 0 || tooLong {
			n++
			origin := fmt.Sprintf("%s:%d", name, n)
			it := Item{Origin: origin}
			var jd jsonDoc
			switch {
			case tooLong:
				it.Err = fmt.Errorf("%s: line longer than %d bytes", origin, opt.MaxBytes*2)
			case json.Unmarshal(line, &jd) != nil:
				it.Err = fmt.Errorf("%s: not a JSON object with a text field", origin)
			case strings.TrimSpace(jd.Text) == "" && strings.TrimSpace(jd.Title) == "":
				it.Err = fmt.Errorf("%s: %w", origin, ErrEmpty)
			default:
				if jd.ID == "" {
					jd.ID = fmt.Sprintf("%s-%d", Stem(name), n)
				}
				if jd.Date == "" {
					jd.Date = opt.Date
				}
				if len(jd.Date) > 10 { // accept timestamps "2015-07-21 02:51:32"
					jd.Date = jd.Date[:10]
				}
				if _, derr := marsad.ParseDate(jd.Date); derr != nil {
					it.Err = fmt.Errorf("%s: %w", origin, derr)
					break
				}
				it.Article = marsad.Article{ID: jd.ID, Text: jd.Text, Date: jd.Date, Title: jd.Title, URL: jd.URL, Source: jd.Source}
			}
			if !yield(it) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// readLine reads one line (without the newline); a line longer than max is consumed and
// reported as tooLong without being kept in memory.
func readLine(br *bufio.Reader, max int) ([]byte, bool, error) {
	var line []byte
	tooLong := false
	for {
		frag, isPrefix, err := br.ReadLine()
		if !tooLong {
			line = append(line, frag...)
			if len(line) > max {
				tooLong, line = true, nil
			}
		}
		if err != nil {
			return bytes.TrimSpace(line), tooLong, err
		}
		if !isPrefix {
			return bytes.TrimSpace(line), tooLong, nil
		}
	}
}
