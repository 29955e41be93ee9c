package marsad

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of Unicode code points into an article's original text.
// Every span Marsad produces (tokens, entities, event evidence, quotes) is a Span into the text as
// it was given, never into a normalised copy.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of code points in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the code point offset i lies inside the span.
func (s Span) Contains(i int) bool { return s.Start <= i && i < s.End }

// Overlaps reports whether two spans share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Valid reports whether the span is well formed for a text of n code points.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Article is one input document.
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"` // outlet, e.g. "aawsat"
	Date   string `json:"date,omitempty"`   // publication date, YYYY-MM-DD
	Text   string `json:"text"`
}

// DateLayout is the layout of every calendar date Marsad reads and writes.
const DateLayout = "2006-01-02"

// ErrBadDate is returned (wrapped) for dates that are not YYYY-MM-DD.
var ErrBadDate = errors.New("date must be YYYY-MM-DD")

// ParseDate parses a YYYY-MM-DD date. The empty string gives the zero time and no error.
func ParseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %q", ErrBadDate, s)
	}
	return t, nil
}

// ContentHash returns the hex SHA-256 of a text: the identity of an article in the store, so that
// ingesting the same text twice adds nothing.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// Analysis is everything Marsad found in one article. Its JSON form is the output contract of
// `marsad analyze --format json`.
type Analysis struct {
	ID        string     `json:"id"`
	Date      string     `json:"date,omitempty"`
	Title     string     `json:"title,omitempty"`
	URL       string     `json:"url,omitempty"`
	Source    string     `json:"source,omitempty"`
	Hash      string     `json:"hash,omitempty"`
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
	Tokens    []Token    `json:"tokens,omitempty"`
	Entities  []Entity   `json:"entities"`
	Events    []Event    `json:"events"`
	Quotes    []Quote    `json:"quotes"`
	Tone      *Tone      `json:"tone,omitempty"`
	// Warnings lists problems met while analysing that did not stop the analysis (a stage that
	// failed on this document, text that was cut, …).
	Warnings []string `json:"warnings,omitempty"`
}

// Article returns the article the analysis was made from.
func (a *Analysis) Article() Article {
	return Article{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Date: a.Date, Text: a.Text}
}

// Slice returns the original text covered by a span. Out-of-range spans are clipped.
func (a *Analysis) Slice(s Span) string { return SliceRunes(a.Text, s) }

// SliceRunes returns the code points [s.Start, s.End) of text, clipped to the text.
func SliceRunes(text string, s Span) string {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End <= s.Start {
		return ""
	}
	i, start, end := 0, -1, len(text)
	for b := range text {
		if i == s.Start {
			start = b
		}
		if i == s.End {
			end = b
			break
		}
		i++
	}
	if start < 0 {
		return ""
	}
	return text[start:end]
}

// RuneLen is the length of a text in code points: the unit of every offset.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }

// Sentence is a sentence of the article.
type Sentence struct {
	Span
	Tone *float64 `json:"tone,omitempty"`
}

// Token is a word, number or punctuation mark of the original text.
type Token struct {
	Text string `json:"text"`
	Span
	Norm string `json:"norm,omitempty"` // normalised form
	Kind string `json:"kind,omitempty"` // word, number, latin, punct, symbol
	Stem string `json:"stem,omitempty"` // the word without clitics
}

// Entity types, as in CoNLL.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Entity is a named entity mention.
type Entity struct {
	Text string `json:"text"`
	Type string `json:"type"` // PER, ORG, LOC, MISC
	Span
	Actor *ActorRef `json:"actor,omitempty"`
	Place *Place    `json:"place,omitempty"`
	// Origin says what found the mention: "lexicon", "model" or "lexicon+model".
	Origin string `json:"origin,omitempty"`
}

// ActorRef names an actor: a CAMEO actor code plus, when known, the knowledge-base record.
type ActorRef struct {
	Code     string `json:"code"`               // CAMEO actor code, e.g. "USAGOV", "RUS", "IGOUNO"
	Name     string `json:"name,omitempty"`     // canonical English name
	Wikidata string `json:"wikidata,omitempty"` // Wikidata QID
	ID       string `json:"id,omitempty"`       // knowledge-base id
	Country  string `json:"country,omitempty"`  // ISO 3166 alpha-3 (or CAMEO country) code
	Kind     string `json:"kind,omitempty"`     // person, country, government, igo, armed_group, …
	Role     string `json:"role,omitempty"`     // office held on the article date, if a person
}

// CountryCode returns the first three letters of the CAMEO code (the country or IGO part), as
// the reference scorer compares them.
func (r ActorRef) CountryCode() string {
	if len(r.Code) >= 3 {
		return r.Code[:3]
	}
	return ""
}

// Participant is an actor as mentioned in the text: the words that name it, where, and what it
// resolves to. Event sources and targets and quote speakers are participants.
type Participant struct {
	Text string `json:"text"`
	Span
	ActorRef
}

// Modalities of an event: did it happen, according to the text?
const (
	Asserted     = "asserted"     // the text says it happened / is happening
	Negated      = "negated"      // the text says it did not happen
	Planned      = "planned"      // announced, intended or scheduled for the future
	Hypothetical = "hypothetical" // conditional or counterfactual
	Unlikely     = "unlikely"     // the text says it is not expected to happen
)

// Event is a coded political event.
type Event struct {
	Code      string  `json:"code"` // CAMEO code, 2–4 digits, e.g. "044"
	Root      string  `json:"root"` // CAMEO root, 2 digits
	Base      string  `json:"base"` // CAMEO base code, 3 digits (or the root when the code is a root)
	Name      string  `json:"name"` // CAMEO name of the code
	Quad      int     `json:"quad"` // QuadClass 1..4
	Goldstein float64 `json:"goldstein"`
	Plover    string  `json:"plover,omitempty"`
	// PloverMode and PloverContext refine the PLOVER category (see the PLOVER manual).
	PloverMode    string   `json:"plover_mode,omitempty"`
	PloverContext []string `json:"plover_context,omitempty"`

	Source *Participant `json:"source"`
	Target *Participant `json:"target"`
	// Actors lists every participant of a multilateral event (a meeting of several parties).
	Actors   []Participant `json:"actors,omitempty"`
	Location *Place        `json:"location,omitempty"`

	Modality string `json:"modality"`
	// ReportedBy is the named source the text attributes the event to, if any.
	ReportedBy *Participant `json:"reported_by,omitempty"`
	Date       string       `json:"date,omitempty"` // when the event happened (or is planned), YYYY-MM-DD
	// DateText is the expression the date came from, if not the article date.
	DateText string `json:"date_text,omitempty"`

	Sentence int  `json:"sentence"` // index into Analysis.Sentences
	Evidence Span `json:"evidence"`
	Trigger  Trig `json:"trigger"`
	// Mentions counts the sentences that report this same event (same code, dyad and place);
	// MentionSpans holds the evidence of every mention, the first being Evidence.
	Mentions     int    `json:"mentions,omitempty"`
	MentionSpans []Span `json:"mention_spans,omitempty"`
	IsRoot       bool   `json:"is_root,omitempty"` // reported in the headline or lead

	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
	Tone       float64 `json:"tone,omitempty"` // tone of the evidence sentence
}

// Trig is the word or phrase that triggered an event.
type Trig struct {
	Text string `json:"text"`
	Span
}

// Place is a geographic location, resolved to coordinates.
type Place struct {
	Text string `json:"text,omitempty"` // the words in the article
	Span
	Name      string  `json:"name,omitempty"`    // canonical name (English)
	NameAr    string  `json:"name_ar,omitempty"` // canonical name (Arabic)
	Country   string  `json:"country,omitempty"` // ISO 3166 alpha-3
	Admin1    string  `json:"admin1,omitempty"`  // first-level region code, e.g. "SA-01"
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Wikidata  string  `json:"wikidata,omitempty"`
	Precision string  `json:"precision,omitempty"` // country, admin1, city
}

// Quote is a quotation or a piece of reported speech.
type Quote struct {
	Text string `json:"text"`
	Span
	Verb     string       `json:"verb,omitempty"` // the speech verb, e.g. "قال"
	Speaker  *Participant `json:"speaker"`
	Direct   bool         `json:"direct"` // in quotation marks, as opposed to reported speech
	Sentence int          `json:"sentence"`
}

// Tone is GDELT-style tone: percentages of positive and negative words.
type Tone struct {
	Tone      float64 `json:"tone"`     // Positive - Negative
	Positive  float64 `json:"positive"` // % of words that are positive
	Negative  float64 `json:"negative"` // % of words that are negative
	Polarity  float64 `json:"polarity"` // Positive + Negative
	WordCount int     `json:"word_count"`
}

// Root returns the two-digit CAMEO root of a code ("0441" → "04").
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// BaseCode returns the three-digit CAMEO base code ("0441" → "044"; a root stays a root).
func BaseCode(code string) string {
	if len(code) <= 3 {
		return code
	}
	return code[:3]
}

// QuadClass returns the QuadClass of a CAMEO code by its root: 01–05 verbal cooperation (1),
// 06–09 material cooperation (2), 10–14 verbal conflict (3), 15–20 material conflict (4).
// It returns 0 for a code that is not CAMEO.
func QuadClass(code string) int {
	if len(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' {
		return 0
	}
	r := int(code[0]-'0')*10 + int(code[1]-'0')
	switch {
	case r >= 1 && r <= 5:
		return 1
	case r >= 6 && r <= 9:
		return 2
	case r >= 10 && r <= 14:
		return 3
	case r >= 15 && r <= 20:
		return 4
	}
	return 0
}
