// Package quote finds quotations and reported speech in an annotated article and attributes
// them to speakers.
//
// Three forms are recognised:
//   - reported speech: a speech verb with a resolved speaker followed by a complementizer
//     (قال لافروف إن …، أكد أن …، أوضح بأن …): the quote runs from the complementizer to the end
//     of the sentence; so does the noun phrase a stance verb reports (أكد وقوف …، أعرب عن
//     تضامنه …، مشيرا إلى أهمية …);
//   - direct quotes in quotation marks (« » “ ” " "), attributed to the speech verb of their
//     sentence, or of the sentence before when a quote opens a sentence, or — in a sentence
//     with no act coded — to the person, office or body named last before words introduced as
//     someone's (after a complementizer, or three words and more: see someonesWords); a name
//     or a title in quotation marks ("تنظيم "داعش"", "لصحيفة «الشرق الأوسط»") is no quote;
//   - headline and lead quotes "X: …", where X is an actor mention right before a colon.
//
// Speech acts (verb + speaker) come from the event coder (doc.Speech), which also carries a
// speaker on to "وأضاف …" continuations.
package quote

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"marsad"
	"marsad/arabic"
	"marsad/doc"
)

var complementizers = map[string]bool{
	arabic.Key("إن"): true, arabic.Key("أن"): true, arabic.Key("بأن"): true, arabic.Key("انه"): true,
	arabic.Key("أنه"): true, arabic.Key("إنه"): true, arabic.Key("أنها"): true, arabic.Key("إنها"): true,
	arabic.Key("بأنه"): true, arabic.Key("بأنها"): true, arabic.Key("أنهم"): true, arabic.Key("إنهم"): true,
	arabic.Key("أنهما"): true, arabic.Key("إنهما"): true, arabic.Key("بأنهم"): true, arabic.Key("أننا"): true,
	arabic.Key("إننا"): true, arabic.Key("بأننا"): true, arabic.Key("أنني"): true, arabic.Key("إنني"): true,
}

// Find returns the quotes of a document, ordered by position.
func Find(d *doc.Doc, speeches []doc.Speech) []marsad.Quote {
	// the speech acts of each sentence: sub-slices of speeches when they come in sentence order,
	// as the event coder gives them, else copies grouped by sentence
	inOrder := slices.IsSortedFunc(speeches, func(a, b doc.Speech) int { return cmp.Compare(a.Sentence, b.Sentence) })
	var bySent map[int][]doc.Speech
	if !inOrder {
		bySent = map[int][]doc.Speech{}
		for _, sp := range speeches {
			bySent[sp.Sentence] = append(bySent[sp.Sentence], sp)
		}
	}
	var out []marsad.Quote
	var last *doc.Mention // last speaker, for quotes that open a sentence
	for si := range d.Sentences {
		s := &d.Sentences[si]
		sps := bySent[s.Index]
		if inOrder {
			lo, _ := slices.BinarySearchFunc(speeches, s.Index, func(sp doc.Speech, i int) int { return cmp.Compare(sp.Sentence, i) })
			hi := lo
			for hi < len(speeches) && speeches[hi].Sentence == s.Index {
				hi++
			}
			sps = speeches[lo:hi:hi]
		}
		// reported speech, each up to the next speech act of the sentence (not one inside a
		// quotation: "وأضاف: "نحن نرى أن …"" quotes the verb نرى too)
		marks := quoted(s)
		for k, sp := range sps {
			// (an act told by "أعرب/عبّر عن" — sympathy, regret — reports its object as the
			// stance does: "وأعربت الخارجية في بيان عن تضامنها الكامل")
			if sp.Act && !sp.Announces && !expressVerb(sp.Verb) && !accuseVerb(sp.Verb) {
				continue
			}
			limit, frame := len(s.Tokens), len(s.Tokens)
			for _, next := range sps[k+1:] {
				// (so does another's act there: "، فيما رحب الرئيس الأميركي بالاتفاق")
				if next.Act && next.VerbTok > sp.VerbTok && !inside(marks, next.VerbTok) && next.Speaker.Code != sp.Speaker.Code &&
					next.Speaker.Code != "" && afterComma(s, next.VerbTok) {
					limit = next.VerbTok
					break
				}
				if !next.Act && next.VerbTok > sp.VerbTok && !inside(marks, next.VerbTok) {
					// (a frame of someone else's opening a clause after a comma ends the words
					// too: "دعا الاتحاد الأفريقي إلى …، كما أعربت الخارجية الأمريكية عن …"; not one
					// inside them: "إن الطرفين اتفقا على …")
					if !next.Frame || next.Speaker.Code != sp.Speaker.Code && next.Speaker.Code != "" && afterComma(s, next.VerbTok) {
						limit = next.VerbTok
						break
					}
					frame = min(frame, next.VerbTok)
				}
			}
			// the words of a frame's complement are its speaker's words, but its complement
			// is no one else's: "وطالبت إيران بوقفها، بينما حذر قيادي حوثي من أن …"
			if q, ok := reported(d, s, sp, limit, frame); ok {
				out = append(out, q)
			}
		}
		// headline / lead "X: …"
		if q, spk, ok := colonQuote(d, s); ok && !speechBefore(sps, q, s) {
			out = append(out, q)
			m := spk
			last = &m
		} else if q, ok := spokenAfterColon(d, s, sps); ok {
			out = append(out, q)
		}
		// quotation marks
		for _, qs := range marks {
			if quotedName(s, qs, len(sps) > 0) {
				continue
			}
			spk := speakerFor(s, sps, qs, last, d.Headline && s.Index == 0)
			if spk == nil {
				continue
			}
			q := marsad.Quote{Span: marsad.Span{Start: s.Tokens[qs[0]].Start, End: s.Tokens[qs[1]].End}, Direct: true, Sentence: s.Index}
			q.Text = d.Slice(q.Start, q.End)
			p := spk.Participant
			q.Speaker = &p
			if v := verbFor(s, sps, qs); v != "" {
				q.Verb = v
			}
			// (words after a participle are said with it)
			if p := participleBefore(s, qs); p >= 0 && participleSpeaker(s, sps, qs) != nil {
				q.Verb = s.Tokens[p].Text
			}
			out = append(out, q)
		}
		for k := len(sps) - 1; k >= 0; k-- {
			if !sps[k].Act {
				m := sps[k].Speaker
				last = &m
				break
			}
		}
	}
	// the same span found twice (reported and in quotation marks) is one quote, and speech
	// reported inside a quotation of the same speaker ("نحن نرى أن …") is part of it (quoted
	// words inside reported speech stay a direct quote of their own)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	k := 0
	for i := range out {
		if k > 0 && out[k-1].Span == out[i].Span {
			out[k-1].Direct = out[k-1].Direct || out[i].Direct
			continue
		}
		if k > 0 && out[i].End <= out[k-1].End && !out[i].Direct && out[k-1].Direct && sameSpeaker(out[k-1].Speaker, out[i].Speaker) {
			continue
		}
		out[k] = out[i]
		k++
	}
	return out[:k]
}

// afterComma reports a comma right before token v, or before a clause opener right before it
// ("، كما أعربت", "، فيما أكد", "، وأعلن").
func afterComma(s *doc.Sentence, v int) bool {
	for j := v - 1; j >= 0 && j >= v-2; j-- {
		if t := s.Tokens[j]; t.Text == "،" || t.Text == "," {
			return true
		}
		if !commaOpeners[s.Tokens[j].Norm] {
			return false
		}
	}
	return false
}

// commaOpeners open a clause with a speaker of its own after a comma (keys).
var commaOpeners = map[string]bool{"كما": true, "فيما": true, "بينما": true, "حين": true, "في": true}

// inside reports a token inside one of the quotation-mark ranges.
func inside(marks [][2]int, i int) bool {
	for _, q := range marks {
		if q[0] < i && i < q[1] {
			return true
		}
	}
	return false
}

func sameSpeaker(a, b *marsad.Participant) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Code == b.Code
}

// hyphenInWord reports a hyphen at token j written with no space between two words.
func hyphenInWord(toks []arabic.Token, j int) bool {
	if j == 0 || j+1 >= len(toks) || toks[j].Kind != arabic.Punct || (toks[j].Text != "-" && toks[j].Text != "‐") {
		return false
	}
	return toks[j-1].Kind == arabic.Word && toks[j+1].Kind == arabic.Word && toks[j-1].End == toks[j].Start && toks[j].End == toks[j+1].Start
}

// reported returns the reported speech introduced by a speech act: from the complementizer
// after the verb (and speaker) to the end of the sentence, or up to the next speech verb.
func reported(d *doc.Doc, s *doc.Sentence, sp doc.Speech, limit, frame int) (marsad.Quote, bool) {
	toks := s.Tokens[:limit]
	start := -1
	for j := sp.ContentTok; j < len(toks) && j < frame && j <= sp.ContentTok+24; j++ {
		k := toks[j].Norm
		if complementizers[k] {
			start = j + 1
			break
		}
		// a hyphen inside a name ("ماريا لفوفا-بيلوفا", "توماس-غرينفيلد") joins its halves
		if hyphenInWord(toks, j) {
			continue
		}
		// a short quoted name ("لـ«الشرق الأوسط»") or a parenthetical between dashes or
		// brackets is skipped
		if toks[j].Kind == arabic.Punct {
			if c := closing(toks, j, 4); c > j {
				j = c
				continue
			}
		}
		if toks[j].Kind == arabic.Punct && (toks[j].Text == ":" || toks[j].Text == "«" || toks[j].Text == "\"" || toks[j].Text == "“") {
			start = j + 1
			break
		}
		if toks[j].Kind == arabic.Punct && toks[j].Text != "،" && toks[j].Text != "," {
			break
		}
	}
	if start < 0 {
		start = stanceObject(s, sp, toks, frame)
	}
	if start < 0 {
		start = appealContent(s, sp, toks, frame)
	}
	if start < 0 || start >= len(toks) {
		return marsad.Quote{}, false
	}
	end := len(toks)
	for j := start; j < len(toks); j++ {
		if j > start && isSentenceEnd(toks[j]) {
			end = j
			break
		}
		// "…، بينما دعت السعودية": a contrasting clause has a speaker of its own
		if j > start && toks[j].Norm == "بينما" {
			end = j
			break
		}
	}
	// (nor the opener of the next clause: "«يوم جيد للسويد»، فيما")
	for end > start && (toks[end-1].Kind == arabic.Punct && !arabic.IsQuoteMark(toks[end-1].Text) || commaOpeners[toks[end-1].Norm] && end-2 > start && toks[end-2].Kind == arabic.Punct) {
		end--
	}
	if end <= start {
		return marsad.Quote{}, false
	}
	q := marsad.Quote{Span: marsad.Span{Start: toks[start].Start, End: toks[end-1].End}, Verb: sp.Verb.Text, Sentence: s.Index}
	// a reported clause that is all one quotation is a direct quote
	if arabic.IsQuoteMark(toks[start].Text) && arabic.IsQuoteMark(toks[end-1].Text) {
		q.Direct = true
	}
	q.Text = d.Slice(q.Start, q.End)
	p := sp.Speaker.Participant
	q.Speaker = &p
	return q, true
}

// stanceVerbs state a stance by a noun phrase rather than a clause ("وأكد الأمين العام وقوف
// دول المجلس إلى جانب السلطنة", "مؤكدة دعمها الكامل", "أعربت عن تضامنها"): their object is
// the reported words. The value says whether عن comes first.
var stanceVerbs = map[string]bool{}

// expressVerb reports a stance verb followed by عن (أعرب، عبّر) at token v.
func expressVerb(v arabic.Token) bool { return stanceVerbs[verbKey(v)] }

// verbKey is the key of verb token v without the conjunction و or ف before it.
func verbKey(v arabic.Token) string {
	k := v.Norm
	if k == "" {
		k = arabic.Key(v.Text)
	}
	return strings.TrimPrefix(strings.TrimPrefix(k, "و"), "ف")
}

// accuseVerbs accuse someone of what ب names ("اتهم مكتب الدبيبة رئاسة البرلمان بالتلاعب
// بالنصاب"): that is the accuser's reported words (keys, without و/ف).
var accuseVerbs = map[string]bool{}

func init() {
	for _, w := range []string{"اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "متهما", "متهمة", "متهمين"} {
		accuseVerbs[arabic.Key(w)] = true
		appealVerbs[arabic.Key(w)] = true
	}
}

// accuseVerb reports an accusing verb at token v.
func accuseVerb(v arabic.Token) bool { return accuseVerbs[verbKey(v)] }

// denyVerbs are the stance verbs of denial (keys).
var denyVerbs = map[string]bool{}

func init() {
	for _, w := range []string{"أكد", "يؤكد", "تؤكد", "أكدت", "مؤكدا", "مؤكدة", "مؤكدين", "جدد", "يجدد", "تجدد", "جددت",
		"أعلن", "يعلن", "تعلن", "أعلنت", "معلنا", "معلنة"} {
		stanceVerbs[arabic.Key(w)] = false
	}
	for _, w := range []string{"أعرب", "يعرب", "تعرب", "أعربت", "معربا", "معربة", "معربين",
		"عبر", "يعبر", "تعبر", "عبرت", "معبرا", "معبرة"} {
		stanceVerbs[arabic.Key(w)] = true
	}
	for _, w := range []string{"أبدى", "يبدي", "تبدي", "أبدت", "مبديا", "مبدية"} {
		stanceVerbs[arabic.Key(w)] = false
	}
	// a denial of a noun phrase ("نفت الجماعة مشاركتها في الهجوم", "نفى أي علاقة للمملكة")
	for _, w := range []string{"نفى", "نفت", "ينفي", "تنفي", "نفوا", "نافيا", "نافية"} {
		stanceVerbs[arabic.Key(w)] = false
		denyVerbs[arabic.Key(w)] = true
	}
}

// pointVerbs point to what they report with إلى and a noun phrase ("مشيراً إلى أهمية التعاون
// بين البلدين", "ولفت إلى ضرورة …"): the noun phrase is the reported words (keys).
var pointVerbs = map[string]bool{}

func init() {
	for _, w := range []string{"أشار", "يشير", "تشير", "أشارت", "مشيرا", "مشيرة", "مشيرين", "مشيرتين",
		"لفت", "يلفت", "تلفت", "لفتت", "لافتا", "لافتة"} {
		pointVerbs[arabic.Key(w)] = true
	}
}

// toKey is the key of إلى.
var toKey = arabic.Key("إلى")

// stanceAside are the words between a stance verb (and its speaker) and its object that do
// not end the search: "في بيان", "خلاله", "اليوم", "مجددا".
var stanceAside = map[string]bool{}

func init() {
	for _, w := range []string{"في", "لدى", "بيان", "خلاله", "خلالها", "فيه", "فيها", "اليوم", "أمس", "مجددا", "الأحد",
		"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "،", ","} {
		stanceAside[arabic.Key(w)] = true
	}
}

// stanceObject returns the first token of the noun phrase a stance verb reports (see
// stanceVerbs), or -1: a word right after the verb, its speaker and a few asides, that is no
// preposition, complementizer or actor.
func stanceObject(s *doc.Sentence, sp doc.Speech, toks []arabic.Token, frame int) int {
	k := verbKey(sp.Verb)
	an, ok := stanceVerbs[k]
	point := pointVerbs[k]
	if !ok && !point {
		return -1
	}
	j := sp.ContentTok
	if sp.Act {
		j = sp.VerbTok + 1 // (an act's trigger may span its object: "أعربت عن تضامنها")
	}
	if sp.Speaker.TokStart >= j && sp.Speaker.TokStart <= j+1 && sp.Speaker.TokEnd > j {
		j = sp.Speaker.TokEnd
	}
	for n := 0; n < 5 && j < len(toks) && j < frame && stanceAside[toks[j].Norm]; n++ {
		// "، الاثنين 10 من آذار،": a date or a place set off by commas
		if c := commaAside(s, toks, j, frame); c > j {
			j = c
			continue
		}
		// "وزارة الدفاع في الحكومة السورية", "البعثة الأممية لدى ليبيا": the body or place the
		// speaker belongs to
		if toks[j].Norm == "في" || toks[j].Norm == "لدي" {
			if e := mentionEndAt(s, j+1); e > j+1 {
				j = e
				continue
			}
		}
		j++
	}
	if an {
		if j >= len(toks) || toks[j].Norm != "عن" {
			return -1
		}
		j++
	}
	if point {
		if j >= len(toks) || toks[j].Norm != toKey {
			return -1
		}
		j++
	}
	if j >= len(toks) || j >= frame || toks[j].Kind != arabic.Word || stanceStop[toks[j].Norm] {
		return -1
	}
	for _, m := range s.Mentions {
		if m.TokStart <= j && j < m.TokEnd {
			return -1 // an actor: the verb's subject or object, not a stance
		}
	}
	// a denial or an announcement whose subject the coder did not find right after the verb
	// ("نفى نائب رئيس الشرطة في دبي، الفريق ضاحي خلفان، ما …"): the words after it may be that
	// subject, not what is denied
	if sp.Announces || denyVerbs[k] {
		if sp.Speaker.TokStart > j && sp.Speaker.End > 0 || sp.Speaker.Code == "" {
			return -1
		}
		for _, m := range s.Mentions {
			// (not one after a preposition fused to it: "نفى … أي علاقة للمملكة بالغارات")
			// (toks ends where the next speech act starts: a mention past it is that act's)
			if m.TokStart > j && m.TokStart < j+4 && m.TokStart < len(toks) && personLike(m) && m.Start <= toks[m.TokStart].Start {
				return -1
			}
		}
	}
	return j
}

// personLike reports a mention of a person, an office or a body that can be a verb's subject.
func personLike(m doc.Mention) bool {
	switch m.Kind {
	case doc.KindName, doc.KindShort, doc.KindRole, doc.KindCoref, doc.KindGovBody, doc.KindOrg, doc.KindSector:
		return true
	case doc.KindEntity:
		return m.Type == "PER" || m.Type == "ORG"
	}
	return false
}

// mentionEndAt returns the end of the actor mention or place starting at token j, or -1.
func mentionEndAt(s *doc.Sentence, j int) int {
	for _, m := range s.Mentions {
		if m.TokStart == j {
			return m.TokEnd
		}
	}
	for _, p := range s.Places {
		if p.TokStart == j {
			return p.TokEnd
		}
	}
	return -1
}

// commaAside returns the token after an aside of at most five words between the comma at j and
// the next one, with no actor in it ("، الاثنين 10 من آذار،"), or j.
func commaAside(s *doc.Sentence, toks []arabic.Token, j, frame int) int {
	if toks[j].Text != "،" && toks[j].Text != "," {
		return j
	}
	for k := j + 1; k < len(toks) && k < frame && k <= j+6; k++ {
		if toks[k].Text == "،" || toks[k].Text == "," {
			if k == j+1 {
				return j
			}
			for _, m := range s.Mentions {
				if m.TokStart > j && m.TokStart < k {
					return j
				}
			}
			return k + 1
		}
		if toks[k].Kind == arabic.Punct {
			return j
		}
	}
	return j
}

// appealVerbs call on someone to act ("دعا X إلى …", "طالب بـ …", "حث X على …"): what they
// call for is the caller's reported words (keys, without و/ف).
var appealVerbs = map[string]bool{}

func init() {
	for _, w := range []string{"دعا", "دعت", "دعوا", "يدعو", "تدعو", "داعيا", "داعية", "داعين", "طالب", "طالبت", "طالبوا",
		"يطالب", "تطالب", "مطالبا", "مطالبة", "مطالبين", "حث", "حثت", "يحث", "تحث", "حاثا", "ناشد", "ناشدت", "يناشد",
		"تناشد", "مناشدا", "مناشدة"} {
		appealVerbs[arabic.Key(w)] = true
	}
}

// appealContent returns the token where what an appeal calls for begins — the preposition
// "إلى"، "على" or a word with ب after the verb, its speaker and its addressee — or -1.
func appealContent(s *doc.Sentence, sp doc.Speech, toks []arabic.Token, frame int) int {
	k := verbKey(sp.Verb)
	if !appealVerbs[k] {
		return -1
	}
	// the preposition each verb takes: دعا/ناشد إلى، حث على، طالب بـ
	var want func(n string) bool
	switch {
	case strings.HasPrefix(k, "حث") || strings.HasPrefix(k, "يحث") || strings.HasPrefix(k, "تحث") || strings.HasPrefix(k, "حاث"):
		want = func(n string) bool { return n == "علي" }
	case strings.Contains(k, "طالب") || accuseVerbs[k]:
		want = func(n string) bool { return strings.HasPrefix(n, "ب") && len(n) > 4 }
	default:
		want = func(n string) bool { return n == "الي" }
	}
	for j := sp.ContentTok; j < len(toks) && j < frame && j <= sp.ContentTok+10; j++ {
		if toks[j].Kind == arabic.Punct && toks[j].Text != "،" && toks[j].Text != "," {
			return -1
		}
		if slices.ContainsFunc(s.Mentions, func(m doc.Mention) bool { return m.TokStart <= j && j < m.TokEnd }) {
			continue // (the speaker and the addressee)
		}
		if n := toks[j].Norm; want(n) {
			// (not "إلى ذلك": an aside, nor "به": what someone else asked for)
			if n == "به" || n == "بها" || j+1 >= len(toks) || toks[j+1].Kind != arabic.Word || stanceStop[toks[j+1].Norm] ||
				toks[j+1].Norm == "ذلك" || toks[j+1].Norm == "هذا" {
				return -1
			}
			return j
		}
	}
	return -1
}

// stanceStop are words that cannot open a stance's noun phrase.
var stanceStop = map[string]bool{}

func init() {
	for _, w := range []string{"على", "من", "إلى", "عن", "مع", "أن", "إن", "أنه", "أنها", "ان", "بأن", "الذي", "التي", "ما",
		"لا", "لم", "لن", "قد", "كان", "وقد"} {
		stanceStop[arabic.Key(w)] = true
	}
}

// closing returns the token that closes the quotation mark, dash or bracket at j within max
// tokens, or -1.
func closing(toks []arabic.Token, j, max int) int {
	want := ""
	switch toks[j].Text {
	case "«":
		want = "»"
	case "“":
		want = "”"
	case "(":
		want = ")"
	case "[":
		want = "]"
	case "\"", "–", "-", "—":
		want = toks[j].Text
	}
	if want == "" {
		return -1
	}
	limit := max
	if toks[j].Text == "–" || toks[j].Text == "—" || toks[j].Text == "-" || toks[j].Text == "(" {
		limit = 12
	}
	for k := j + 1; k < len(toks) && k <= j+limit; k++ {
		if toks[k].Text == want {
			return k
		}
	}
	return -1
}

func isSentenceEnd(t arabic.Token) bool {
	switch t.Text {
	case ".", "!", "?", "؟", "؛", ";":
		return true
	}
	return false
}

// speechBefore reports a speech act (not a frame) whose verb comes before the quote: the colon
// then belongs to reported speech ("وقال الوزير: …").
func speechBefore(sps []doc.Speech, q marsad.Quote, s *doc.Sentence) bool {
	for _, sp := range sps {
		if !sp.Frame && !sp.Act && sp.VerbTok < len(s.Tokens) && s.Tokens[sp.VerbTok].Start < q.Start {
			return true
		}
	}
	return false
}

// colonQuote finds "X: …" where X is an actor mention ending right before the colon (or
// before a quotation mark closing it).
func colonQuote(d *doc.Doc, s *doc.Sentence) (marsad.Quote, doc.Mention, bool) {
	for i, t := range s.Tokens {
		if t.Text != ":" {
			continue
		}
		// (the name may stand in quotation marks: «و"حزب الله": سنتعامل مع القرار»)
		before := i
		if before > 0 && arabic.IsQuoteMark(s.Tokens[before-1].Text) {
			before--
		}
		for _, m := range s.Mentions {
			if m.TokEnd != i && m.TokEnd != before || m.Code == "" {
				continue
			}
			if i+1 >= len(s.Tokens) {
				break
			}
			end := len(s.Tokens)
			for end > i+1 && s.Tokens[end-1].Kind == arabic.Punct && !arabic.IsQuoteMark(s.Tokens[end-1].Text) {
				end--
			}
			if end <= i+1 {
				break
			}
			q := marsad.Quote{Span: marsad.Span{Start: s.Tokens[i+1].Start, End: s.Tokens[end-1].End}, Sentence: s.Index}
			q.Text = d.Slice(q.Start, q.End)
			p := m.Participant
			q.Speaker = &p
			return q, m, true
		}
		// "اقرأ أيضاً: وزير الري: مصر لن تقبل …": a "read also" lead before the headline's own
		// colon
		if readAlso(s, i) {
			continue
		}
		break
	}
	return marsad.Quote{}, doc.Mention{}, false
}

// readAlso reports a "read also" lead ("اقرأ أيضاً", "طالع أيضا", "اقرأ المزيد") as all the words
// before the colon at i.
func readAlso(s *doc.Sentence, i int) bool {
	if i == 0 || i > 3 {
		return false
	}
	switch s.Tokens[0].Norm {
	case "اقرا", "طالع", "شاهد", "إقرأ", "اقرأ":
		return true
	}
	return false
}

// spokenAfterColon finds the words after a colon right after a speech verb or its speaker,
// with no complementizer or quotation marks to open them ("وأضاف: نحن نرى …", "وقال الوزير:
// الوضع مستقر"): they are the speaker's, three words or more.
func spokenAfterColon(d *doc.Doc, s *doc.Sentence, sps []doc.Speech) (marsad.Quote, bool) {
	for i, t := range s.Tokens {
		if t.Text != ":" {
			continue
		}
		sp := lastBefore(sps, i, false)
		if sp == nil || i+1 >= len(s.Tokens) || arabic.IsQuoteMark(s.Tokens[i+1].Text) || complementizers[arabic.Key(s.Tokens[i+1].Text)] {
			return marsad.Quote{}, false
		}
		// the colon right after the verb or its speaker ("وأضاف:", "وقال الوزير:"), not one
		// opening a list inside the reported words ("… هي: تنومة، بلقرن")
		if i != sp.VerbTok+1 && !(sp.Speaker.TokEnd == i && sp.Speaker.TokStart > sp.VerbTok && sp.Speaker.TokStart-sp.VerbTok <= 2) {
			return marsad.Quote{}, false
		}
		end, words := len(s.Tokens), 0
		for end > i+1 && s.Tokens[end-1].Kind == arabic.Punct && !arabic.IsQuoteMark(s.Tokens[end-1].Text) {
			end--
		}
		for j := i + 1; j < end; j++ {
			if s.Tokens[j].Kind != arabic.Punct {
				words++
			}
		}
		if words < 3 {
			return marsad.Quote{}, false
		}
		q := marsad.Quote{Span: marsad.Span{Start: s.Tokens[i+1].Start, End: s.Tokens[end-1].End}, Sentence: s.Index, Verb: sp.Verb.Text}
		q.Text = d.Slice(q.Start, q.End)
		p := sp.Speaker.Participant
		q.Speaker = &p
		return q, true
	}
	return marsad.Quote{}, false
}

// quoted returns token ranges [open, close] of quotation-mark pairs in a sentence.
func quoted(s *doc.Sentence) [][2]int {
	var out [][2]int
	open := -1
	var closer string
	for i, t := range s.Tokens {
		if t.Kind != arabic.Punct {
			continue
		}
		switch {
		case open < 0 && (t.Text == "«" || t.Text == "“" || t.Text == "\"" || t.Text == "„"):
			open = i
			closer = map[string]string{"«": "»", "“": "”", "\"": "\"", "„": "“"}[t.Text]
		case open >= 0 && (t.Text == closer || (closer == "”" && t.Text == "\"")):
			if i > open+1 {
				out = append(out, [2]int{open, i})
			}
			open = -1
		}
	}
	return out
}

// speakerFor picks the speaker of a quoted span: the speech act of the sentence nearest before
// it, else the one after it, else the last speaker (a quote that opens the sentence).
func speakerFor(s *doc.Sentence, sps []doc.Speech, q [2]int, last *doc.Mention, headline bool) *doc.Mention {
	// "نعى قصر الإليزيه ديبي، واصفاً إياه بـ"الصديق الشجاع"": words after a circumstantial
	// participle are said by the subject of the clause it hangs on, not by whoever is named
	// last before it
	if m := participleSpeaker(s, sps, q); m != nil {
		return m
	}
	// the last speech act before the quote, else the first after it; other acts only when the
	// sentence has no speech act ("وأدانت الخارجية العدوان "الهمجي"")
	// (an act before the quote comes before a speech act after it: "دان أوباما "الهجوم الشنيع"،
	// فيما وصف بان كي مون …"; and another's act opening a clause after the speech act, its doer
	// named after it, owns the words after it: "وصف روحاني …، بينما اتهم نتنياهو طهران بأنها
	// "…"")
	best := lastBefore(sps, q[0], false)
	if act := lastBefore(sps, q[0], true); act != nil && (best == nil ||
		act.VerbTok > best.VerbTok && act.Speaker.Code != best.Speaker.Code && act.Speaker.Code != "" && afterComma(s, act.VerbTok) &&
			act.Speaker.TokStart > act.VerbTok && act.Speaker.TokStart <= act.VerbTok+2) {
		best = act
	}
	for _, acts := range [...]bool{false, true} {
		if best != nil {
			break
		}
		for i := range sps {
			if sps[i].Act == acts && sps[i].VerbTok > q[1] {
				best = &sps[i]
				break
			}
		}
	}
	if best != nil {
		m := best.Speaker
		return &m
	}
	if q[0] <= 1 && last != nil {
		return last
	}
	// a headline's "X «…»" with no verb: "ولجنة التحقيق "لا تستبعد أي فرضية""
	if headline {
		for _, m := range s.Mentions {
			if m.TokEnd == q[0] && m.Code != "" {
				mm := m
				return &mm
			}
		}
	}
	// a sentence with no act coded: words introduced as someone's ("إذ سبق للرئيس قيس سعيد أن
	// وصف المتهمين بأنهم "خونة وإرهابيون"", "معتبراً أنها "بداية التغيير"") are the person's,
	// office's or body's named last, a few words before; a name in quotation marks after
	// other words ("تنظيم "داعش"", "لصحيفة «الشرق الأوسط»") is no one's words
	if q[0] > 0 && someonesWords(s, q) {
		for k := len(s.Mentions) - 1; k >= 0; k-- {
			m := &s.Mentions[k]
			if m.TokEnd > q[0] || m.Code == "" {
				continue
			}
			if q[0]-m.TokEnd > 15 {
				break
			}
			if m.Kind == doc.KindRole || m.Kind == doc.KindName || m.Kind == doc.KindShort || m.Kind == doc.KindGovBody {
				mm := *m
				return &mm
			}
		}
	}
	// "X: «…»"
	for _, m := range s.Mentions {
		if m.TokEnd < q[0] && m.Code != "" && q[0]-m.TokEnd <= 2 {
			for j := m.TokEnd; j < q[0]; j++ {
				if s.Tokens[j].Text == ":" {
					mm := m
					return &mm
				}
			}
		}
	}
	return nil
}

// participleBefore returns the circumstantial participle after a comma a few words before the
// quoted tokens q ("، واصفاً إياه بـ"), or -1.
func participleBefore(s *doc.Sentence, q [2]int) int {
	for j := q[0] - 1; j > 0 && j >= q[0]-8; j-- {
		t := s.Tokens[j]
		if isSentenceEnd(t) || arabic.IsQuoteMark(t.Text) {
			break
		}
		k := arabic.Key(t.Text)
		if (participles[k] || participles[strings.TrimPrefix(k, "و")]) && (s.Tokens[j-1].Text == "،" || s.Tokens[j-1].Text == ",") {
			return j
		}
	}
	return -1
}

// participleSpeaker returns the speaker of quoted tokens q that follow a circumstantial
// participle after a comma ("، واصفاً …", "، معتبراً أن …"), when the coder read no speech act
// at the participle itself: the speaker of the first act of the participle's clause, else the
// first actor named in that clause. nil when the quote follows no such participle.
func participleSpeaker(s *doc.Sentence, sps []doc.Speech, q [2]int) *doc.Mention {
	p := participleBefore(s, q)
	if p < 0 {
		return nil
	}
	for i := range sps {
		if sps[i].VerbTok > p && sps[i].VerbTok < q[0] {
			return nil // a verb after the participle is an act of its own
		}
	}
	cs := 0
	for j := p - 2; j >= 0; j-- {
		if t := s.Tokens[j]; isSentenceEnd(t) || t.Text == "؛" || t.Text == ":" || clauseOpeners[arabic.Key(t.Text)] {
			cs = j + 1
			break
		}
	}
	for i := range sps {
		if sps[i].VerbTok >= cs && sps[i].VerbTok < p-1 && sps[i].Speaker.Code != "" {
			m := sps[i].Speaker
			return &m
		}
	}
	for k := range s.Mentions {
		m := &s.Mentions[k]
		if m.TokStart < cs || m.TokEnd > p-1 || m.Code == "" || len(m.Group) > 0 {
			continue
		}
		if m.TokStart > 0 && prepositions[arabic.Key(s.Tokens[m.TokStart-1].Text)] {
			continue // "في السودان، …": not the subject
		}
		switch m.Kind {
		case doc.KindRole, doc.KindName, doc.KindShort, doc.KindGovBody, doc.KindOrg, doc.KindCountry, doc.KindCapital:
			mm := *m
			return &mm
		}
	}
	return nil
}

// participles open a circumstantial clause after a comma whose subject is the clause's before.
var participles = map[string]bool{}

// prepositions before a mention make it no subject.
var prepositions = map[string]bool{}

// clauseOpeners start a clause of their own inside a sentence ("…، فيما رحب X …").
var clauseOpeners = map[string]bool{}

func init() {
	for _, w := range []string{"واصفا", "واصفة", "معتبرا", "معتبرة", "مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "مضيفا",
		"مضيفة", "مشددا", "مشددة", "محذرا", "محذرة", "لافتا", "لافتة", "موضحا", "موضحة", "قائلا", "قائلة",
		"معربا", "معربة", "منددا", "مطالبا", "مطالبة", "داعيا", "داعية", "واصفين", "معتبرين", "مؤكدين", "محذرين",
		"معلنا", "معلنة", "معلنين"} {
		participles[arabic.Key(w)] = true
	}
	for _, w := range []string{"فيما", "بينما", "حين", "كما", "وكما"} {
		clauseOpeners[arabic.Key(w)] = true
	}
	for _, w := range []string{"في", "من", "إلى", "على", "عن", "مع", "لدى", "بين", "ضد"} {
		prepositions[arabic.Key(w)] = true
	}
}

// someonesWords reports whether quoted tokens q of a sentence with no act coded read as
// someone's words rather than a name or a title in quotation marks: they follow a
// complementizer or a colon ("بأنهم "خونة وإرهابيون"", "معتبراً أنها "بداية التغيير""), or
// are three words or more ("استعداد بلاده "للتدخل فور طلب ذلك"") — two after بـ ("واصفاً إياه
// بـ"الصديق الشجاع"") — that are not mostly names and do not follow a word that names them
// ("تحت مسمى "الحرب على الإرهاب"").
func someonesWords(s *doc.Sentence, q [2]int) bool {
	prev := arabic.Key(s.Tokens[q[0]-1].Text)
	if introducesWords[prev] {
		return true
	}
	words, named := quotedWords(s, q)
	if 2*named >= words {
		return false
	}
	return words >= 3 || words == 2 && (prev == arabic.Key("بـ") || prev == arabic.Key("ب"))
}

// quotedWords counts the words between quotation marks q and how many of them are names of
// actors or places.
func quotedWords(s *doc.Sentence, q [2]int) (words, named int) {
	in := func(a, b int) bool { return a > q[0] && b <= q[1] }
	for j := q[0] + 1; j < q[1]; j++ {
		if s.Tokens[j].Kind == arabic.Punct {
			continue
		}
		words++
		// (an actor, not whatever the tagger found: "الخطوة التاريخية" may be tagged)
		if slices.ContainsFunc(s.Mentions, func(m doc.Mention) bool {
			return m.Code != "" && in(m.TokStart, m.TokEnd) && m.TokStart <= j && j < m.TokEnd
		}) ||
			slices.ContainsFunc(s.Places, func(p doc.Place) bool { return in(p.TokStart, p.TokEnd) && p.TokStart <= j && j < p.TokEnd }) {
			named++
		}
	}
	return words, named
}

// quotedName reports quotation marks around a name or a title, not words: after a word that
// names what follows ("تنظيم "داعش"", "لصحيفة «الشرق الأوسط»", "بلقب "قيصر مكافحة
// الإرهاب"", "لـ«الشرق الأوسط»" when short), or, in a sentence with no act coded, a name
// alone ("«داعش»" after a noun; a speaker may put a name in quotes: "وحمّلت الوزارة "كيان
// الاحتلال"").
func quotedName(s *doc.Sentence, q [2]int, acts bool) bool {
	if q[0] == 0 {
		return false
	}
	prev := arabic.Key(s.Tokens[q[0]-1].Text)
	words, named := quotedWords(s, q)
	if namingWords[prev] || words <= 3 && (prev == arabic.Key("لـ") || prev == arabic.Key("ل")) {
		return true
	}
	for _, c := range [...]string{"و", "ب", "ل"} {
		if r, ok := strings.CutPrefix(prev, c); ok && namingWords[r] {
			return true
		}
	}
	return !acts && named > 0 && named >= words && !introducesWords[prev]
}

// namingWords stand before a name or a title in quotation marks.
var namingWords = map[string]bool{}

func init() {
	for _, w := range []string{"اسم", "مسمى", "تسمية", "عنوان", "لقب", "الملقب", "الملقبة",
		"المسمى", "المسماة", "يسمى", "تسمى", "يدعى", "تدعى", "وسم", "هاشتاغ", "كتاب", "فيلم", "برنامج", "عملية",
		"حملة", "مبادرة", "تنظيم", "جماعة", "حركة", "صحيفة", "موقع", "قناة", "وكالة", "مجلة", "مؤسسة", "شركة"} {
		namingWords[arabic.Key(w)] = true
	}
}

// introducesWords stand right before quoted words that are someone's: a complementizer
// ("بأنهم "خونة"") or a colon.
var introducesWords = map[string]bool{}

func init() {
	for _, w := range []string{"أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه", "بأنها", "بأنهم", "أنهم",
		"إنهم", "بأنهما", "أنهما", ":"} {
		introducesWords[arabic.Key(w)] = true
	}
}

func verbFor(s *doc.Sentence, sps []doc.Speech, q [2]int) string {
	for _, acts := range [...]bool{false, true} {
		if sp := lastBefore(sps, q[0], acts); sp != nil {
			return sp.Verb.Text
		}
	}
	return ""
}

// lastBefore returns the last speech act (acts: the last other act) before token i, or nil.
func lastBefore(sps []doc.Speech, i int, acts bool) *doc.Speech {
	for k := len(sps) - 1; k >= 0; k-- {
		if sps[k].Act == acts && sps[k].VerbTok < i {
			return &sps[k]
		}
	}
	return nil
}
