package actor

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"marsad/arabic"
)

// MentionType says what words a mention is made of.
type MentionType string

// Mention types.
const (
	Name      MentionType = "name"       // a full name ("سيرجي لافروف"), or a role with a name ("الرئيس بوتين")
	ShortName MentionType = "short_name" // a short form ("لافروف") or a name known from earlier in the document
	Country   MentionType = "country"    // a country name ("روسيا", "للولايات المتحدة")
	Demonym   MentionType = "demonym"    // a nationality word alone ("الفلسطينيون", "الجانب الروسي")
	Capital   MentionType = "capital"    // a capital as a metonym ("موسكو"); Code is the country
	Org       MentionType = "org"        // an organisation, armed group, government body or medium
	RoleType  MentionType = "role"       // a role with a nationality or organisation ("وزير الخارجية الأمريكي")
	Sector    MentionType = "sector"     // a sector word with a nationality ("الجيش السوداني")
	Coref     MentionType = "coref"      // a word that refers back ("نظيره الروسي", "البلدين", "الرئيس")
)

// Mention is an actor mentioned in a sentence.
type Mention struct {
	Start, End       int    // code points into the text
	TokStart, TokEnd int    // token indices [TokStart, TokEnd)
	Text             string // original text of the mention
	Code             string // CAMEO code on the date ("USAGOV", "SDNMIL", "RUS", "IGOUNO"); "" for a pair
	Actor            *Actor // the record, nil for a bare sector phrase ("الجيش السوداني") or an unknown person
	Country          string // ISO3/CAMEO country, "" for IGOs
	Sector           string // the sector part of Code ("GOV", "MIL" …)
	Office           string // the office of a role mention, or the office a named person holds that day
	Type             MentionType
	// Group holds the referents of a plural or dual mention ("الوزيرين الروسي … والأمريكي …",
	// "البلدين", "الجانبين"). Members spelled out in the text have their own spans; members found
	// by coreference carry the span of the group word.
	Group      []Mention
	Confidence float64

	conj  bool // the first word carried the conjunction و or ف
	aside bool // named as a mediator or sponsor ("بوساطة قطرية"): not one of the sides
	place bool // a nationality qualifying a place ("في العاصمة الكينية"): not one of the sides
	// qualified: an office named with its country ("وزير الخارجية الإيطالي"), not bare
	qualified bool
	sent      int32 // the sentence of the document it was named in
	// placeHead: the key of the head noun of a place's name that may stand alone for it later
	// ("قطاع" of "قطاع غزة"), or ""; kept for the mentions of earlier sentences, which carry
	// no text
	placeHead string
}

// referent is what a document-level alias points to.
type referent struct {
	actor                         *Actor
	code, country, sector, office string
}

// Doc resolves the mentions of one document, sentence by sentence, at the document's date. It
// keeps what coreference needs: the actors mentioned so far, the short forms they introduced and
// the full names seen. A Doc is not safe for concurrent use; make one per document.
type Doc struct {
	kb    *KB
	day   int32
	hist  []past
	alias map[string]*referent
	// sonAlias maps the last word of a name that ends in "بن X" ("جمال بن عمر") to its
	// referent: later "بن عمر" names the same person (X alone is the father's name)
	sonAlias map[string]*referent
	// aliasFilter filters lookups in alias: most words are no alias.
	aliasFilter fewBloom
	full        map[*Actor]int // actors named in full → sequence number of their latest full mention
	// kingdomNamed: a kingdom or sultanate was named in full ("المملكة العربية السعودية"), so
	// "المملكة" is that one; until then it is Saudi Arabia once mentioned in any form
	kingdomNamed bool
	seq          int
	// sentences counts the sentences resolved so far (the first is a headline or a lead)
	sentences int
	// cursor maps rune offsets of the last text to byte offsets incrementally.
	cur runeCursor
}

// sentences recycles the state of resolving a sentence, whose buffers keep their capacity from
// one sentence (and one document) to the next.
var sentences = sync.Pool{New: func() any { return new(sentence) }}

// aliasOf returns the referent of a reading (whose keyHash is h) that is an alias of the
// document, or nil.
func (d *Doc) aliasOf(v *variant, h uint64) *referent {
	if !d.aliasFilter.mayHave(h) {
		return nil
	}
	if v.alef {
		var buf [64]byte
		return d.alias[string(v.bytes(buf[:0]))]
	}
	return d.alias[v.key]
}

// NewDoc starts a document dated date (the zero date means today).
func (kb *KB) NewDoc(date time.Time) *Doc {
	return &Doc{kb: kb, day: dayOf(date), hist: make([]past, 0, 64), alias: map[string]*referent{}, full: map[*Actor]int{}}
}

// Sentence returns the actor mentions of one sentence, in text order. tokens are the sentence's
// tokens; their offsets may index text itself (text may be the sentence or the whole document)
// or the document text was cut from (as arabic.AppendTokens with a base gives). Mention offsets
// are always in the tokens' coordinates. If tokens is nil, text is tokenized. Mentions found here
// are remembered for coreference in later sentences.
func (d *Doc) Sentence(text string, tokens []arabic.Token) []Mention {
	if d == nil || d.kb == nil {
		return nil
	}
	if tokens == nil {
		tokens = arabic.Tokenize(text)
	}
	if len(tokens) == 0 {
		return nil
	}
	if d.cur.s != text {
		d.cur = runeCursor{s: text}
	}
	s := sentences.Get().(*sentence)
	defer sentences.Put(s)
	defer func() { d.sentences++ }()
	s.reset(d, text, tokens, textBase(&d.cur, text, tokens[0]))
	for i := 0; i < len(tokens); {
		if s.m.keys[i] == "" || tokens[i].Kind == arabic.Punct {
			i++
			continue
		}
		next := s.parse(i)
		if next <= i {
			next = i + 1
		}
		i = next
	}
	s.kingdomInSentence()
	// (a group the knowledge base names only between marks first: "حركة «الشباب» الصومالية" is
	// al-Shabaab, its nationality no sign of an unknown party)
	s.quotedNames()
	s.namedBodies()
	s.deputies()
	s.quotedBodies()
	s.loyalForces()
	s.affiliatedBodies()
	s.secretariats()
	s.appositions()
	slices.SortStableFunc(s.out, func(a, b Mention) int { return a.TokStart - b.TokStart })
	var out []Mention
	if len(s.out) > 0 {
		out = slices.Clone(s.out)
	}
	s.done()
	d.remember(out)
	return out
}

// remember adds a sentence's mentions to the history.
func (d *Doc) remember(ms []Mention) {
	for _, m := range ms {
		if len(m.Group) > 0 {
			if m.Type != Coref {
				for _, g := range m.Group {
					d.hist = append(d.hist, pastOf(&g))
				}
			}
			continue
		}
		if (m.Type == Sector || m.Type == RoleType) && m.Country == "" && m.Actor == nil {
			continue // a bare sector is nobody's antecedent
		}
		d.hist = append(d.hist, pastOf(&m))
		// "السلطنة" is Oman once Oman is named in any form (no other sultanate is in the news)
		if m.Country == "OMN" && d.alias["السلطنه"] == nil {
			if ref, ok := d.countryRef("OMN"); ok {
				d.setAlias("السلطنه", ref)
			}
		}
		// "ترمب يلتقي الشرع في الرياض … وشكر المملكة": the kingdom is the one just mentioned
		// (named by a nationality or an office of its — "وزير الخارجية السعودي" — it is too)
		// (the other kingdoms take it from their king: "استقبل جلالة الملك محمد السادس … الرئيس
		// الفرنسي، الذي يقوم بزيارة دولة للمملكة")
		if !d.kingdomNamed && m.Office == "monarch" && otherKingdoms[m.Country] && d.alias["المملكه"] == nil {
			if ref, ok := d.countryRef(m.Country); ok {
				d.setAlias("المملكه", ref)
			}
		}
		if !d.kingdomNamed {
			if ref, ok := d.kingdomOf(&m); ok {
				d.setAlias("المملكه", ref)
			}
		}
	}
	const keep = 256
	if len(d.hist) > 2*keep {
		d.hist = append(d.hist[:0], d.hist[len(d.hist)-keep:]...)
	}
}

// kingdomOf returns the kingdom (arabKingdoms) that mention m names in any form: by name, by
// its capital, its nationality or an office of its ("وزير الخارجية السعودي").
func (d *Doc) kingdomOf(m *Mention) (referent, bool) {
	if !arabKingdoms[m.Country] {
		return referent{}, false
	}
	if m.Actor != nil && m.Actor.Kind == CountryKind {
		return refOf(m), true
	}
	if m.Type == Demonym || m.Type == RoleType {
		return d.countryRef(m.Country)
	}
	return referent{}, false
}

// kingdomInSentence resolves "المملكة" in a sentence that names the kingdom in another form
// before the document has told which kingdom it is ("أكد وزير الخارجية السعودي أن المملكة",
// "… إن واشنطن ستواصل العمل مع المملكة" after "خلال زيارته الرياض"): the sentence's kingdom, by
// name, capital, nationality or office, as it is for the sentences after it.
func (s *sentence) kingdomInSentence() {
	d := s.d
	if d.kingdomNamed || d.alias["المملكه"] != nil {
		return
	}
	var ref referent
	found := false
	for i := range s.out {
		if ref, found = d.kingdomOf(&s.out[i]); found {
			break
		}
	}
	if !found {
		return
	}
	d.setAlias("المملكه", ref)
	for i, k := range s.m.keys {
		if (strings.HasSuffix(k, "المملكه") || strings.HasSuffix(k, "للمملكه")) && !s.inMention(i) {
			s.alias(i)
		}
	}
}

// setAlias lets the word key stand for ref later in the document.
func (d *Doc) setAlias(key string, ref referent) {
	d.alias[key] = &ref
	d.aliasFilter.add(keyHash(&variant{key: key}))
}

// countryRef returns the referent of the country record with ISO3 code iso.
func (d *Doc) countryRef(iso string) (referent, bool) {
	c := d.kb.Actor(iso)
	if c == nil || c.Kind != CountryKind {
		return referent{}, false
	}
	return referent{actor: c, code: iso, country: iso}, true
}

// arabKingdoms are the countries that news calls "المملكة" once named in any form. Only Saudi
// Arabia: measured on the gold sets, Jordan, Morocco and Bahrain named in passing took
// "المملكة" from the kingdom the story was about.
var arabKingdoms = map[string]bool{"SAU": true}

// otherKingdoms are the kingdoms that news calls "المملكة" once their king is named (not the
// country alone).
var otherKingdoms = map[string]bool{"MAR": true, "JOR": true, "BHR": true}

// past is a mention of an earlier sentence as coreference sees it: whom it refers to, its type
// and whether it carried a conjunction. Its span is not kept: a group member found by
// coreference takes the span of the group word.
type past struct {
	referent
	typ       MentionType
	conj      bool
	aside     bool
	place     bool
	qualified bool
	sent      int32
	placeHead string
}

func pastOf(m *Mention) past {
	return past{referent: refOf(m), typ: m.Type, conj: m.conj, aside: m.aside, place: m.place, qualified: m.qualified, sent: m.sent,
		placeHead: placeHeadOf(m)}
}

// mention returns the past mention as a Mention without a span.
func (p *past) mention() Mention {
	m := Mention{Type: p.typ, conj: p.conj, aside: p.aside, place: p.place, qualified: p.qualified, sent: p.sent, placeHead: p.placeHead}
	setRef(&m, p.referent)
	return m
}

// textBase returns the offset of text in the coordinates of the tokens: 0 when the first token
// is found at its own offsets in text, else the difference to where its text first occurs.
func textBase(c *runeCursor, text string, t0 arabic.Token) int {
	bi := strings.Index(text, t0.Text)
	if bi < 0 {
		return 0
	}
	first := utf8.RuneCountInString(text[:bi])
	if first == t0.Start {
		return 0
	}
	// Is the token at its own offsets all the same (a later occurrence of its text)? A text of
	// fewer bytes than t0.Start has fewer runes too, and need not be walked to tell: the
	// sentence of a document whose tokens carry document offsets.
	if t0.Start <= len(text) && c.slice(t0.Start, t0.End) == t0.Text || t0.Start > len(text) && t0.Text == "" {
		return 0
	}
	return t0.Start - first
}

// runeCursor converts rune offsets of a string to byte offsets, moving forward from the last
// position (mentions come in order), so that a long text passed with every sentence is walked
// once.
type runeCursor struct {
	s    string
	r, b int
	// marks are recent positions (rune, byte) the cursor moved forward from: an offset before
	// the cursor (a group's start after its members) is walked to from the nearest of them, or
	// from the start, eight bytes at a time, rather than back one rune at a time.
	marks [4][2]int
	next  int
}

func (c *runeCursor) byteAt(r int) int {
	switch {
	case r < c.r:
		c.r, c.b = 0, 0
		for _, m := range c.marks {
			if m[0] <= r && m[0] > c.r {
				c.r, c.b = m[0], m[1]
			}
		}
	case r > c.r:
		c.marks[c.next] = [2]int{c.r, c.b}
		c.next = (c.next + 1) % len(c.marks)
	}
	c.b, c.r = skipRunes(c.s, c.b, c.r, r)
	return c.b
}

// skipRunes moves from byte b of s, which is rune cr, forward to rune r (or the end of s), as
// stepping with utf8.DecodeRuneInString would, and returns the byte and rune reached. Blocks of
// eight bytes made of ASCII and whole two-byte sequences (all of Arabic) are counted at once.
func skipRunes(s string, b, cr, r int) (int, int) {
	const high = 0x8080808080808080
	for cr < r && b < len(s) {
		if r-cr >= 8 && b+8 <= len(s) {
			x := le64(s[b:])
			if x&high == 0 {
				b, cr = b+8, cr+8
				continue
			}
			top := x & high
			cont := top &^ (x << 1)             // 10xxxxxx
			lead := top & (x << 1)              // 11xxxxxx
			long := lead & (x << 2)             // 111xxxxx: a lead of three or four bytes
			some := (x<<3 | x<<4 | x<<5 | x<<6) // 110xxxx0 and 1100000x are C0/C1, never valid
			n := 8
			if lead>>63 != 0 {
				lead &^= 1 << 63 // a lead in the last byte: its rune is for the next block
				n = 7
			}
			if long == 0 && lead&^some == 0 && lead<<8 == cont {
				b, cr = b+n, cr+n-bits.OnesCount64(cont)
				continue
			}
		}
		switch x := s[b]; {
		case x < utf8.RuneSelf:
			b++
		case x >= 0xc2 && x <= 0xdf && b+1 < len(s) && s[b+1]&0xc0 == 0x80:
			b += 2
		default:
			_, size := utf8.DecodeRuneInString(s[b:])
			b += size
		}
		cr++
	}
	return b, cr
}

func (c *runeCursor) slice(start, end int) string {
	if start < 0 {
		start = 0
	}
	if end <= start {
		return ""
	}
	a := c.byteAt(start)
	b := c.byteAt(end)
	if a > b {
		return ""
	}
	return c.s[a:b]
}
