// Package doc holds an article as the early pipeline stages leave it: sentences, tokens, actor
// mentions and place mentions, all with code-point offsets into the original text. It is the
// common input of the stages that read whole sentences — the event coder, the quote finder and the
// tone scorer — so that none of them depends on how mentions were found.
package doc

import (
	"time"
	"unicode/utf8"

	"marsad"
	"marsad/arabic"
)

// Doc is an annotated article.
type Doc struct {
	Text      string
	Date      time.Time // article date; zero when unknown
	Sentences []Sentence
	// Headline is true when the first sentence is a headline (a title line or the title field).
	Headline bool
	// ByteAt holds the byte offset in Text of every code point, then len(Text): what Slice reads.
	// The analyzer, which has it already, sets it; else Slice builds it on first use.
	ByteAt []int32
}

// Slice returns the text between code-point offsets start and end: string([]rune(d.Text)[start:end]),
// without converting the whole text. For a valid UTF-8 text (as the analyzer's always is) it is
// a substring of Text, not a copy.
func (d *Doc) Slice(start, end int) string {
	if d.ByteAt == nil {
		d.ByteAt = make([]int32, 0, len(d.Text)+1)
		for b := range d.Text {
			d.ByteAt = append(d.ByteAt, int32(b))
		}
		d.ByteAt = append(d.ByteAt, int32(len(d.Text)))
	}
	s := d.Text[d.ByteAt[start]:d.ByteAt[end]]
	if !utf8.ValidString(s) {
		return string([]rune(s)) // invalid bytes become U+FFFD, as through []rune
	}
	return s
}

// Sentence is one sentence with its annotations. Token offsets are code points into Doc.Text.
type Sentence struct {
	Index    int
	Span     marsad.Span
	Tokens   []arabic.Token
	Mentions []Mention // actor mentions, ordered by TokStart, not overlapping
	Places   []Place   // place mentions, ordered by TokStart
}

// Mention kinds.
const (
	KindName    = "name"    // a person or organisation named in full
	KindShort   = "short"   // a surname or short form
	KindCountry = "country" // a country named
	KindDemonym = "demonym" // a nationality adjective or noun (الروسي، الأمريكيين)
	KindCapital = "capital" // a capital standing for its government (موسكو، واشنطن)
	KindRole    = "role"    // a role phrase resolved to an office holder or a country sector
	KindSector  = "sector"  // a sector phrase with or without nationality (الجيش السوداني، مسلحون)
	KindCoref   = "coref"   // resolved by coreference (نظيره الروسي، الوزيرين)
	KindEntity  = "entity"  // found by the NER model only; Code may be empty
	KindPlace   = "place"   // a place used as an actor (غزة → PSE)
	KindPronoun = "pronoun" // a pronoun resolved to an earlier mention
	KindGroup   = "group"   // a plural or dual referent: see Group
	KindOrg     = "org"     // an organisation
	KindGovBody = "govbody" // a government body (البيت الأبيض، الخارجية الأمريكية)
	KindUnknown = "unknown"
)

// Mention is an actor mentioned in a sentence.
type Mention struct {
	TokStart, TokEnd int // token indices [TokStart, TokEnd) in Sentence.Tokens
	marsad.Participant
	Kind   string
	Sector string // CAMEO sector (GOV, MIL, …) when known
	Office string // office id for role mentions
	Type   string // entity type PER, ORG, LOC, MISC when known
	// Group lists the actors a plural or dual mention stands for ("الوزيرين" → two ministers).
	Group []Mention
	// Confidence of the resolution, 0..1.
	Confidence float64
	// Inferred: not named where it is used but taken from the story (the country an appeal
	// with no addressee is aimed at); its span is where the story names it.
	Inferred bool
}

// Members returns the actors a mention stands for: its Group, or the mention itself.
func (m Mention) Members() []Mention {
	if len(m.Group) > 0 {
		return m.Group
	}
	return []Mention{m}
}

// Place is a place mentioned in a sentence.
type Place struct {
	TokStart, TokEnd int
	marsad.Place
	Cue string // the locative or type cue before it (في، مدينة، محافظة …), if any
}

// Speech is a speech act found by the event coder: a speech verb and its speaker. The quote
// finder turns it into a quote of the words that follow.
type Speech struct {
	Sentence   int
	Verb       arabic.Token
	VerbTok    int     // index of the verb in the sentence's tokens
	Speaker    Mention // who speaks
	ContentTok int     // first token after the verb phrase
	// Frame is true for acts that are not statements (an appeal, a demand, a threat): they can
	// carry quotes, but the events after them are not reported speech.
	Frame bool
	// Act is true for other acts (a condemnation, an accusation, a signature): they introduce
	// no reported speech, but words quoted in their sentence are their doer's ("وأدانت الخارجية
	// العدوان "الهمجي"").
	Act bool
	// Announces is true for an Act whose verb announces the act after it ("أعلنت الوزارة
	// انتهاء العملية", "أعلن البرنامج تعليق عملياته"): what it announces is reported speech.
	Announces bool
}
