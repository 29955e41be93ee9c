// Package eval scores Marsad's output against gold data: events with the same metrics as the
// reference scorer ../shared/tools/score_events.py (dyad, base-code, anchored recall, quote
// speakers, modality), and named entities with CoNLL conventions (in package ner).
package eval

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"marsad/corpus"
)

// GoldDoc is one document of a gold file. The text is given inline ("text"), in a file relative
// to the gold file ("text_file"), or — Marsad's extension for texts that may not be copied —
// by reference ("ref") to an article of the shared SaudiNewsNet corpus, resolved by a Resolver.
type GoldDoc struct {
	ID       string       `json:"id"`
	Text     string       `json:"text,omitempty"`
	TextFile string       `json:"text_file,omitempty"`
	Ref      *Ref         `json:"ref,omitempty"`
	SHA256   string       `json:"sha256,omitempty"`
	Date     string       `json:"date,omitempty"`
	Events   []GoldEvent  `json:"events"`
	Quotes   []GoldQuote  `json:"quotes"`
	Entities []GoldEntity `json:"entities,omitempty"`
}

// Ref points at an article of a corpus.
type Ref struct {
	Zip   string `json:"zip"`
	URL   string `json:"url"`
	Field string `json:"field,omitempty"` // "title+content" (default)
}

// GoldEvent is a hand-coded event. Code is a string or a list of alternatives; Source and Target
// are actor codes, "*" (any) or null (none).
type GoldEvent struct {
	Anchor   string          `json:"anchor"`
	Code     json.RawMessage `json:"code"`
	Source   *string         `json:"source"`
	Target   *string         `json:"target"`
	Location string          `json:"location,omitempty"`
	Modality string          `json:"modality,omitempty"`
	Optional bool            `json:"optional,omitempty"`
}

// Codes returns the event's code alternatives.
func (g GoldEvent) Codes() []string {
	var one string
	if json.Unmarshal(g.Code, &one) == nil {
		return []string{one}
	}
	var many []string
	_ = json.Unmarshal(g.Code, &many)
	return many
}

// GoldQuote is a hand-coded quote.
type GoldQuote struct {
	Anchor      string `json:"anchor"`
	Speaker     string `json:"speaker"`
	SpeakerName string `json:"speaker_name,omitempty"`
}

// GoldEntity is a hand-coded entity.
type GoldEntity struct {
	Text     string `json:"text"`
	Type     string `json:"type"`
	Actor    string `json:"actor,omitempty"`
	Wikidata string `json:"wikidata,omitempty"`
}

// PredDoc is the part of `marsad analyze --format jsonl` output the scorer reads.
type PredDoc struct {
	ID     string      `json:"id"`
	Events []PredEvent `json:"events"`
	Quotes []PredQuote `json:"quotes"`
}

// PredEvent is a predicted event.
type PredEvent struct {
	Code     string     `json:"code"`
	Modality string     `json:"modality"`
	Source   *PredActor `json:"source"`
	Target   *PredActor `json:"target"`
	Evidence *PredSpan  `json:"evidence"`
}

// PredActor is a predicted participant.
type PredActor struct {
	Code    string `json:"code"`
	Country string `json:"country"`
}

// PredSpan is an evidence span.
type PredSpan struct {
	Start *int `json:"start"`
	End   *int `json:"end"`
}

// PredQuote is a predicted quote.
type PredQuote struct {
	Start   *int       `json:"start"`
	End     *int       `json:"end"`
	Speaker *PredActor `json:"speaker"`
}

// Resolver returns the texts of referenced articles.
type Resolver func(refs []Ref) (map[Ref]string, error)

// ReadGold reads a gold JSONL file and resolves every document's text.
func ReadGold(path string, resolve Resolver) ([]GoldDoc, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	var docs []GoldDoc
	var refs []Ref
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g GoldDoc
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, nil, fmt.Errorf("eval: %s:%d: not JSON: %w", path, n, err)
		}
		if g.Ref != nil && g.Text == "" && g.TextFile == "" {
			refs = append(refs, *g.Ref)
		}
		docs = append(docs, g)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	var byRef map[Ref]string
	if len(refs) > 0 {
		if resolve == nil {
			return nil, nil, fmt.Errorf("eval: %s: %w", path, ErrNoResolver)
		}
		if byRef, err = resolve(refs); err != nil {
			return nil, nil, fmt.Errorf("eval: %s: %w", path, err)
		}
	}
	texts := make([]string, len(docs))
	for i, g := range docs {
		switch {
		case g.Text != "":
			texts[i] = g.Text
		case g.TextFile != "":
			b, err := os.ReadFile(filepath.Join(filepath.Dir(path), g.TextFile))
			if err != nil {
				return nil, nil, fmt.Errorf("eval: %s (%s): %w", path, g.ID, err)
			}
			texts[i] = string(b)
		case g.Ref != nil:
			t, ok := byRef[*g.Ref]
			if !ok {
				return nil, nil, fmt.Errorf("eval: %s (%s): article %s not found in %s", path, g.ID, g.Ref.URL, g.Ref.Zip)
			}
			if g.SHA256 != "" && sha(t) != g.SHA256 {
				return nil, nil, fmt.Errorf("eval: %s (%s): text of %s does not match its sha256", path, g.ID, g.Ref.URL)
			}
			texts[i] = t
		default:
			return nil, nil, fmt.Errorf("eval: %s (%s): no text, text_file or ref", path, g.ID)
		}
	}
	return docs, texts, nil
}

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// ErrNoResolver is returned for a referenced text when no resolver is given.
var ErrNoResolver = errors.New("text given by reference but no corpus to resolve it")

// CorpusResolver resolves references into the SaudiNewsNet corpus under dir (the zips of
// ../shared/data/news/saudinewsnet). The text of an article is its title, a blank line, and its
// content.
func CorpusResolver(dir string) Resolver {
	return func(refs []Ref) (map[Ref]string, error) {
		want := map[string][]Ref{}
		for _, r := range refs {
			want[r.URL] = append(want[r.URL], r)
		}
		out := map[Ref]string{}
		for d, err := range corpus.SaudiNewsNet(dir) {
			if err != nil {
				return nil, err
			}
			for _, r := range want[d.URL] {
				if r.Field != "" && r.Field != "title+content" {
					return nil, fmt.Errorf("unsupported ref field %q", r.Field)
				}
				out[r] = d.Title + "\n\n" + d.Content
			}
		}
		return out, nil
	}
}

// ReadPred reads predictions (one JSON object per line).
func ReadPred(r io.Reader) ([]PredDoc, error) {
	var out []PredDoc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var p PredDoc
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			return nil, fmt.Errorf("eval: predictions line %d: not JSON: %w", n, err)
		}
		out = append(out, p)
	}
	return out, sc.Err()
}

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// EventScores are the reference scorer's numbers.
type EventScores struct {
	Dyad     PRF `json:"dyad"`
	Base     PRF `json:"base"`
	Anchored struct {
		Gold   int     `json:"gold"`
		Found  int     `json:"found"`
		Recall float64 `json:"recall"`
	} `json:"anchored"`
	Quotes struct {
		Gold         int     `json:"gold"`
		Found        int     `json:"found"`
		SpeakerRight int     `json:"speaker_right"`
		SpeakerAcc   float64 `json:"speaker_acc"`
	} `json:"quotes"`
	Modality struct {
		Matched int     `json:"matched"`
		Right   int     `json:"right"`
		Acc     float64 `json:"acc"`
	} `json:"modality"`
	// Missed and Extra list dyad-level errors per document (the scorer's --verbose).
	Missed []string `json:"-"`
	Extra  []string `json:"-"`
}

var notHappened = map[string]bool{"negated": true, "hypothetical": true, "unlikely": true}

// key is an event key: (code part, source country, target country). A code part with several
// alternatives is their sorted list joined by "|".
type key struct {
	code     string
	alts     bool
	src, tgt string
}

func ctryStr(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "*" {
		return "*"
	}
	if utf8.RuneCountInString(code) >= 3 {
		return string([]rune(code)[:3])
	}
	return "---"
}

func ctryGold(s *string) string {
	if s == nil {
		return "---"
	}
	return ctryStr(*s)
}

func ctryPred(a *PredActor) string {
	if a == nil {
		return "---"
	}
	c := a.Code
	if c == "" {
		c = a.Country
	}
	return ctryStr(c)
}

func levelRoot(code string) string {
	r := []rune(code)
	if len(r) > 2 {
		r = r[:2]
	}
	return string(r)
}

func levelBase(code string) string {
	r := []rune(code)
	if len(r) >= 3 {
		return string(r[:3])
	}
	return code
}

func goldKey(g GoldEvent, level func(string) string) key {
	codes := g.Codes()
	var one string
	isList := json.Unmarshal(g.Code, &one) != nil
	if !isList {
		return key{code: level(one), src: ctryGold(g.Source), tgt: ctryGold(g.Target)}
	}
	set := map[string]bool{}
	for _, c := range codes {
		set[level(c)] = true
	}
	var parts []string
	for c := range set {
		parts = append(parts, c)
	}
	sort.Strings(parts)
	return key{code: strings.Join(parts, "|"), alts: true, src: ctryGold(g.Source), tgt: ctryGold(g.Target)}
}

func predKey(p PredEvent, level func(string) string) key {
	return key{code: level(p.Code), src: ctryPred(p.Source), tgt: ctryPred(p.Target)}
}

func (k key) loose() bool { return k.alts || k.src == "*" || k.tgt == "*" }

func (k key) String() string {
	c := "'" + k.code + "'"
	if k.alts {
		c = "('" + strings.ReplaceAll(k.code, "|", "', '") + "',)"
		if strings.Contains(k.code, "|") {
			c = "('" + strings.ReplaceAll(k.code, "|", "', '") + "')"
		}
	}
	return fmt.Sprintf("(%s, '%s', '%s')", c, k.src, k.tgt)
}

// fits: a gold key part matches when equal, "*", or an alternative list holding the value.
func fits(g, p key) bool {
	codeOK := g.code == p.code
	if g.alts {
		codeOK = false
		for _, c := range strings.Split(g.code, "|") {
			if c == p.code {
				codeOK = true
			}
		}
	}
	return codeOK && (g.src == "*" || g.src == p.src) && (g.tgt == "*" || g.tgt == p.tgt)
}

func less(a, b key) bool {
	if a.code != b.code {
		return a.code < b.code
	}
	if a.src != b.src {
		return a.src < b.src
	}
	return a.tgt < b.tgt
}

func modality(m string) string {
	if m == "" {
		return "asserted"
	}
	return strings.ToLower(m)
}

func scoreDoc(gold []GoldEvent, pred []PredEvent, level func(string) string) (tp, fp, fn int, missed, extra []key) {
	req, opt := map[key]bool{}, map[key]bool{}
	for _, e := range gold {
		if notHappened[modality(e.Modality)] {
			continue
		}
		k := goldKey(e, level)
		if e.Optional {
			opt[k] = true
		} else {
			req[k] = true
		}
	}
	for k := range req {
		delete(opt, k)
	}
	unused := map[key]bool{}
	for _, p := range pred {
		if !notHappened[modality(p.Modality)] {
			unused[predKey(p, level)] = true
		}
	}
	// exact keys first, then wildcards and alternatives (deterministic order within each)
	var order []key
	for k := range req {
		order = append(order, k)
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i].loose() != order[j].loose() {
			return !order[i].loose()
		}
		return less(order[i], order[j])
	})
	for _, gk := range order {
		var hits []key
		for pk := range unused {
			if fits(gk, pk) {
				hits = append(hits, pk)
			}
		}
		if len(hits) == 0 {
			missed = append(missed, gk)
			continue
		}
		sort.Slice(hits, func(i, j int) bool { return less(hits[i], hits[j]) })
		tp++
		if gk.src == "*" || gk.tgt == "*" {
			for _, h := range hits {
				delete(unused, h)
			}
		} else {
			delete(unused, hits[0])
		}
	}
	for gk := range opt {
		for pk := range unused {
			if fits(gk, pk) {
				delete(unused, pk)
			}
		}
	}
	for pk := range unused {
		extra = append(extra, pk)
	}
	sort.Slice(extra, func(i, j int) bool { return less(extra[i], extra[j]) })
	return tp, len(unused), len(missed), missed, extra
}

// round4 rounds to 4 decimals as Python's round(x, 4) does: correctly rounded from the exact
// binary value, ties to even.
func round4(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

func prf(tp, fp, fn int) PRF {
	var p, r, f float64
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{TP: tp, FP: fp, FN: fn, P: round4(p), R: round4(r), F1: round4(f)}
}

// ScoreEvents scores predictions against gold documents (texts[i] is gold[i]'s text).
func ScoreEvents(gold []GoldDoc, texts []string, pred []PredDoc) EventScores {
	var res EventScores
	byID := map[string]PredDoc{}
	for _, p := range pred {
		if p.ID != "" {
			byID[p.ID] = p
		}
	}
	var dyad, base [3]int
	anchTotal, anchFound, qTotal, qFound, qRight, mTotal, mRight := 0, 0, 0, 0, 0, 0, 0
	for i, g := range gold {
		p, ok := byID[g.ID]
		if !ok && len(byID) == 0 && i < len(pred) {
			p = pred[i]
		}
		text := []rune(texts[i])
		for _, lv := range []struct {
			tot   *[3]int
			level func(string) string
		}{{&dyad, levelRoot}, {&base, levelBase}} {
			tp, fp, fn, missed, extra := scoreDoc(g.Events, p.Events, lv.level)
			lv.tot[0] += tp
			lv.tot[1] += fp
			lv.tot[2] += fn
			if lv.tot == &dyad {
				for _, k := range missed {
					res.Missed = append(res.Missed, g.ID+" "+k.String())
				}
				for _, k := range extra {
					res.Extra = append(res.Extra, g.ID+" "+k.String())
				}
			}
		}
		for _, ge := range g.Events {
			if ge.Optional {
				continue
			}
			gk := goldKey(ge, levelRoot)
			var same []PredEvent
			for _, pe := range p.Events {
				if fits(gk, predKey(pe, levelRoot)) {
					same = append(same, pe)
				}
			}
			if !notHappened[modality(ge.Modality)] {
				anchTotal++
				a := runeIndex(text, ge.Anchor)
				if a >= 0 {
					for _, pe := range same {
						s, e := -1, -1
						if pe.Evidence != nil {
							if pe.Evidence.Start != nil {
								s = *pe.Evidence.Start
							}
							if pe.Evidence.End != nil {
								e = *pe.Evidence.End
							}
						}
						if s <= a && a < e {
							anchFound++
							break
						}
					}
				}
			}
			if len(same) > 0 {
				mTotal++
				for _, pe := range same {
					if modality(pe.Modality) == modality(ge.Modality) {
						mRight++
						break
					}
				}
			}
		}
		for _, gq := range g.Quotes {
			qTotal++
			a := runeIndex(text, gq.Anchor)
			if a < 0 {
				continue
			}
			al := utf8.RuneCountInString(gq.Anchor)
			for _, pq := range p.Quotes {
				s, e := -1, -1
				if pq.Start != nil {
					s = *pq.Start
				}
				if pq.End != nil {
					e = *pq.End
				}
				if s < a+al && a < e {
					qFound++
					gs := gq.Speaker
					if ctryPred(pq.Speaker) == ctryGold(&gs) {
						qRight++
					}
					break
				}
			}
		}
	}
	res.Dyad = prf(dyad[0], dyad[1], dyad[2])
	res.Base = prf(base[0], base[1], base[2])
	res.Anchored.Gold, res.Anchored.Found = anchTotal, anchFound
	if anchTotal > 0 {
		res.Anchored.Recall = round4(float64(anchFound) / float64(anchTotal))
	}
	res.Quotes.Gold, res.Quotes.Found, res.Quotes.SpeakerRight = qTotal, qFound, qRight
	if qTotal > 0 {
		res.Quotes.SpeakerAcc = round4(float64(qRight) / float64(qTotal))
	}
	res.Modality.Matched, res.Modality.Right = mTotal, mRight
	if mTotal > 0 {
		res.Modality.Acc = round4(float64(mRight) / float64(mTotal))
	}
	return res
}

// runeIndex is Python's str.find: the code-point index of the first occurrence, or -1.
func runeIndex(text []rune, sub string) int {
	s := []rune(sub)
	if len(s) == 0 {
		return 0
	}
outer:
	for i := 0; i+len(s) <= len(text); i++ {
		for j := range s {
			if text[i+j] != s[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}

// WriteText prints the scores in the reference scorer's text format.
func (r EventScores) WriteText(w io.Writer) {
	for _, x := range []struct {
		name string
		p    PRF
	}{{"dyad", r.Dyad}, {"base", r.Base}} {
		fmt.Fprintf(w, "%-9s P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)\n", x.name, x.p.P, x.p.R, x.p.F1, x.p.TP, x.p.FP, x.p.FN)
	}
	fmt.Fprintf(w, "anchored  recall %.3f   (%d/%d)\n", r.Anchored.Recall, r.Anchored.Found, r.Anchored.Gold)
	fmt.Fprintf(w, "quotes    found %d/%d  speaker right %d/%d  acc %.3f\n", r.Quotes.Found, r.Quotes.Gold, r.Quotes.SpeakerRight, r.Quotes.Gold, r.Quotes.SpeakerAcc)
	fmt.Fprintf(w, "modality  right %d/%d  acc %.3f\n", r.Modality.Right, r.Modality.Matched, r.Modality.Acc)
}
