package event

import (
	"slices"
	"strings"
	"unicode/utf8"

	"marsad"
	"marsad/actor"
	"marsad/arabic"
	"marsad/doc"
)

// sent is the coder's working view of one sentence.
type sent struct {
	d    *doc.Sentence
	toks []arabic.Token
	keys []string

	taMarb []bool        // the token ends in ة: a final ه of its key is not a pronoun
	ments  []doc.Mention // actor mentions plus places used as actors, ordered by TokStart
	mentAt []int         // token index → index in ments, or -1
	lx     *lexicon
	cs, ce []int       // clause start and end of every token, computed on first use
	wi     []*wordInfo // readings of every token, set on first use (see info)
	wix    []int32     // where in infos the readings of a token are, when wi is not set yet
	infos  *[tableMax]*wordInfo
	flags  []wordFlags // what the word table says of every token

	trigs       []*trig  // the sentence's triggers, once found
	clausesDone bool     // cs and ce are computed
	mk          []string // marker of every mention, computed on first use
	// of marks the mentions that only say where the mention before them is ("الحكومة
	// الانتقالية في السودان"): a coordination runs over them; nil when there are none
	of []bool
}

// newSent prepares sentence d as the next sentence of the arena, and returns it.
func newSent(d *doc.Sentence, lx *lexicon, ar *arena) *sent {
	ar.sents = append(ar.sents, sent{d: d, toks: d.Tokens, lx: lx})
	s := &ar.sents[len(ar.sents)-1]
	n := len(d.Tokens)
	s.keys, s.taMarb, s.wi, s.wix, s.flags = ar.keys.take(n), ar.ta.take(n), ar.wi.take(n), ar.wix.take(n), ar.flags.take(n)
	for i, t := range d.Tokens {
		s.keys[i] = t.Norm
		if s.keys[i] == "" {
			s.keys[i] = arabic.Key(t.Text)
		}
		s.taMarb[i] = endsWithTaMarbuta(t.Text)
	}
	// every token is read (clauses, triggers): look them all up now, in one pass
	s.infos = lx.infos(s.keys, s.taMarb, s.wi, s.wix, s.flags, &ar.look)
	s.ments = mergeMentions(d, ar.ments.take(len(d.Mentions) + len(d.Places))[:0])
	s.mentAt, s.cs, s.ce = ar.ints.take(n), ar.ints.take(n), ar.ints.take(n)
	for i := range s.mentAt {
		s.mentAt[i] = -1
	}
	for k, m := range s.ments {
		for i := m.TokStart; i < m.TokEnd && i < n; i++ {
			if i >= 0 {
				s.mentAt[i] = k
			}
		}
	}
	return s
}

func overlapsPlace(ps []doc.Place, m doc.Mention) bool {
	for _, p := range ps {
		if p.Country != "" && m.TokStart < p.TokEnd && p.TokStart < m.TokEnd {
			return true
		}
	}
	return false
}

// mergeMentions returns the actor mentions plus the places not covered by an actor mention
// (a place can stand for its country as an actor: "غارة على غزة"), in out (which has room for
// them all).
func mergeMentions(d *doc.Sentence, out []doc.Mention) []doc.Mention {
	for _, m := range d.Mentions {
		// an unresolved entity (the tagger's alone) that is a known place gives way to the place
		if m.Code == "" && len(m.Group) == 0 && overlapsPlace(d.Places, m) {
			continue
		}
		out = append(out, m)
	}
	for _, p := range d.Places {
		if p.Country == "" {
			continue
		}
		if seatOf(out, p) {
			continue
		}
		covered := false
		for _, m := range out {
			if m.TokStart < p.TokEnd && p.TokStart < m.TokEnd {
				covered = true
				break
			}
		}
		if covered {
			continue
		}
		m := doc.Mention{TokStart: p.TokStart, TokEnd: p.TokEnd, Kind: doc.KindPlace, Type: "LOC", Confidence: 0.6}
		m.Text = p.Text
		m.Span = p.Span
		m.Code = p.Country
		m.Country = p.Country
		m.Name = p.Name
		m.Wikidata = p.Wikidata
		out = append(out, m)
	}
	// insertion sort by TokStart (lists are short)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].TokStart < out[j-1].TokStart; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// seatOf gives the place p to the governor or mayor named right before it with no country
// ("حاكم ولاية كاليفورنيا", "والي ولاية الخرطوم"): the office is that country's, and the place
// is its seat, no actor of its own. It reports whether it did.
func seatOf(out []doc.Mention, p doc.Place) bool {
	for i := range out {
		m := &out[i]
		if m.Kind != doc.KindRole || m.Country != "" || len(m.Group) > 0 || !localOffices[m.Office] {
			continue
		}
		// (the place may take in the role's last word: "حاكم ولاية" + "ولاية تكساس")
		if m.TokEnd == p.TokStart || m.TokEnd+1 == p.TokStart && p.Cue != "" || p.TokStart > m.TokStart && p.TokStart < m.TokEnd && p.TokEnd > m.TokEnd {
			m.Country, m.Code = p.Country, p.Country+m.Code
			return true
		}
	}
	return false
}

// localOffices are the offices of a province or a city.
var localOffices = map[string]bool{"governor": true, "mayor": true}

func (s *sent) splits(i int) []split {
	return s.info(i).spl
}

// info returns the readings of token i, fetched from the word table on first use.
func (s *sent) info(i int) *wordInfo {
	if s.wi[i] == nil {
		s.wi[i] = s.infos[s.wix[i]]
	}
	return s.wi[i]
}

// endsWithTaMarbuta reports whether the last letter of a word (ignoring diacritics) is ة.
func endsWithTaMarbuta(w string) bool {
	for len(w) > 0 {
		r, size := utf8.DecodeLastRuneInString(w)
		if (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640 {
			w = w[:len(w)-size]
			continue
		}
		return r == 'ة'
	}
	return false
}

// tokHas reports whether token i, read through its clitics, is one of the words in set.
func (s *sent) tokHas(i int, set map[string]bool) bool {
	return hasWord(s.keys[i], s.splits(i), set)
}

// hasWord reports whether a token key k with readings spl, read through its clitics, is one of
// the words in set.
func hasWord(k string, spl []split, set map[string]bool) bool {
	if len(set) == 0 {
		return false
	}
	if set[k] {
		return true
	}
	if len(k) > 2 && (strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف")) && set[k[len("و"):]] {
		return true
	}
	for _, sp := range spl {
		if sp.prep == "س" {
			continue
		}
		if set[sp.stem] {
			return true
		}
		if sp.art && set["ال"+sp.stem] {
			return true
		}
	}
	return false
}

// tokIs reports whether token i is the word key (read through clitics).
// anyKey reports a token in [from, to) whose key (or its key without proclitics) is in set.
func (s *sent) anyKey(from, to int, set map[string]bool) bool {
	for j := max(from, 0); j < to && j < len(s.toks); j++ {
		if s.tokHas(j, set) {
			return true
		}
	}
	return false
}

func (s *sent) tokIs(i int, key string, _ bool) bool {
	if i < 0 || i >= len(s.keys) {
		return false
	}
	k := s.keys[i]
	if k == key {
		return true
	}
	if len(k) > 2 && (strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف")) && k[len("و"):] == key {
		return true
	}
	for _, sp := range s.splits(i) {
		if sp.stem == key || (sp.art && len(key) == len("ال")+len(sp.stem) && key[:len("ال")] == "ال" && key[len("ال"):] == sp.stem) {
			return true
		}
	}
	return false
}

func (s *sent) isPunct(i int) bool {
	return i >= 0 && i < len(s.toks) && (s.toks[i].Kind == arabic.Punct || s.toks[i].Kind == arabic.Symbol)
}

// strong reports whether token i ends a clause: sentence punctuation, colons, quotes, brackets, dashes.
func (s *sent) strong(i int) bool {
	if !s.isPunct(i) {
		return false
	}
	switch s.toks[i].Text {
	case "،", ",", "'":
		return false
	case "(":
		return !s.gloss(i, 1)
	case ")":
		return !s.gloss(i, -1)
	case "/":
		return !s.slashJoin(i)
	case "-", "–", "—", "ـ":
		return !s.dashAside(i) && !s.hyphenJoin(i)
	}
	return true
}

// gloss reports a bracket at i that encloses a short gloss of what stands before it ("حق النقض
// (الفيتو)", "حلف شمال الأطلسي (الناتو)"): one to three words up to the matching bracket in
// direction dir. A gloss does not end the clause.
func (s *sent) gloss(i, dir int) bool {
	want := ")"
	if dir < 0 {
		want = "("
	}
	for k := 1; k <= 4; k++ {
		j := i + dir*k
		if j < 0 || j >= len(s.toks) {
			return false
		}
		if s.toks[j].Text == want {
			return k > 1
		}
		if s.isPunct(j) {
			return false
		}
	}
	return false
}

// dashAside reports a dash that opens or closes an aside of one to three words that name no
// actor between two dashes ("الملك سلمان - حفظه الله - في قصر السلام"), which ends no clause
// ("- نحن لسنا إرهابيين -" does).
func (s *sent) dashAside(i int) bool {
	for _, dir := range [2]int{1, -1} {
		for k := 1; k <= 4; k++ {
			j := i + dir*k
			if j < 0 || j >= len(s.toks) {
				break
			}
			if t := s.toks[j].Text; t == "-" || t == "–" || t == "—" || t == "ـ" {
				if k > 1 {
					return true
				}
				break
			}
			if s.isPunct(j) || s.mentAt[j] >= 0 {
				break
			}
		}
	}
	return false
}

// glossEnd returns the token after the gloss in brackets that opens at token j ("(الأحد)"), its
// closing bracket sought before lim; or j when no gloss opens there.
func (s *sent) glossEnd(j, lim int) int {
	if s.toks[j].Text != "(" || !s.gloss(j, 1) {
		return j
	}
	for j < lim && s.toks[j].Text != ")" {
		j++
	}
	return j + 1
}

// weak reports a comma.
func (s *sent) weak(i int) bool {
	return s.isPunct(i) && (s.toks[i].Text == "،" || s.toks[i].Text == ",")
}

// quoteMark reports a quotation mark.
func (s *sent) quoteMark(i int) bool {
	return s.isPunct(i) && arabic.IsQuoteMark(s.toks[i].Text)
}

// hyphenJoin reports a hyphen written between two words with no space that no actor mention
// touches, as in "ليل السبت-الأحد": it joins two words of one phrase and separates no clauses.
// (A name cut at its hyphen, "ليندا توماس-غرينفيلد", keeps the dash as a bound.)
func (s *sent) hyphenJoin(i int) bool {
	return s.joinsWords(i, "-") && s.mentAt[i-1] < 0 && s.mentAt[i+1] < 0
}

// slashJoin reports a slash written between two words with no space, as in the paired month
// names "أغسطس/آب": it joins two names of one thing and separates nothing.
func (s *sent) slashJoin(i int) bool { return s.joinsWords(i, "/") }

// joinsWords reports the mark at token i written between two words with no space on either side.
func (s *sent) joinsWords(i int, mark string) bool {
	return i > 0 && i+1 < len(s.toks) && s.toks[i].Text == mark &&
		s.toks[i-1].End == s.toks[i].Start && s.toks[i+1].Start == s.toks[i].End &&
		!s.isPunct(i-1) && !s.isPunct(i+1)
}

// clauses computes, once, the clause of every token. A clause ends at a strong boundary
// (sentence punctuation, colon, bracket, dash), a complementizer or a clause conjunction;
// quotation marks do not end a clause.
func (s *sent) clauses() {
	n := len(s.toks)
	brk := func(j int) bool {
		if s.quoteMark(j) {
			return false
		}
		if s.strong(j) {
			return true
		}
		// the flags rule out nearly every token without reading its wordInfo
		if s.flags[j]&(fCompl|fClauseConj) == 0 {
			return false
		}
		// (a word inside a name is no conjunction: "موسى فكي محمد" holds no "فـ" + "كي")
		if m := s.mentAt[j]; m >= 0 && s.ments[m].TokStart < j {
			return false
		}
		if s.flags[j]&fCompl != 0 {
			if _, ok := s.lx.compl.matchAt(s, j); ok {
				return true
			}
		}
		if s.flags[j]&fClauseConj != 0 {
			_, ok := s.lx.clauseConj.matchAt(s, j)
			return ok
		}
		return false
	}
	// ce[j] is set to -1 at a boundary in the first pass, then to the clause end in the second
	start := 0
	for j := 0; j < n; j++ {
		s.cs[j] = start
		s.ce[j] = 0
		if brk(j) {
			start = j + 1
			s.ce[j] = -1
		}
	}
	end := n
	for j := n - 1; j >= 0; j-- {
		b := s.ce[j] < 0
		s.ce[j] = end
		if b {
			end = j
		}
	}
	s.clausesDone = true
}

// clauseStart returns the first token of the clause that holds token i: after the last
// boundary before i.
func (s *sent) clauseStart(i int) int {
	if i <= 0 || len(s.toks) == 0 {
		return 0
	}
	if !s.clausesDone {
		s.clauses()
	}
	if i >= len(s.toks) {
		i = len(s.toks) - 1
	}
	return s.cs[i]
}

// clauseEnd returns the index after the last token of the clause that holds token i.
func (s *sent) clauseEnd(i int) int {
	if len(s.toks) == 0 {
		return 0
	}
	if !s.clausesDone {
		s.clauses()
	}
	if i < 0 {
		i = 0
	}
	if i >= len(s.toks) {
		return len(s.toks)
	}
	return s.ce[i]
}

// alongside reports a mention starting at token jj as named after "إلى جانب" (alongside, not
// "to" nor "against"; "جانب" may open the mention itself: "إلى جانب السعودية").
func (s *sent) alongside(jj int) bool {
	if jj < 1 || !(s.keys[jj] == "جانب" || jj >= 2 && s.keys[jj-1] == "جانب") {
		return false
	}
	b := jj - 1
	return s.keys[jj] != "جانب" && b >= 1 && s.keys[b-1] == "الي" || s.keys[jj] == "جانب" && s.keys[b] == "الي"
}

// marker tells how mention k is introduced: a preposition marker name ("مع", "ب", …), "obj"
// when nothing introduces it, "prep" for another preposition, "and" when it is coordinated with
// the mention before it.
func (s *sent) marker(k int) string {
	if len(s.mk) != len(s.ments) {
		s.mk = make([]string, len(s.ments))
	}
	if s.mk[k] == "" {
		s.mk[k] = s.computeMarker(k)
	}
	return s.mk[k]
}

// fightersOf are the plural nouns in construct with the body whose fighters they are
// ("مسلحي تنظيم داعش", "مقاتلي حزب الله"), keys.
var fightersOf = keySet("مسلحي", "مقاتلي", "مسلحين", "مقاتلين", "عناصر", "أفراد", "ميليشيات", "مليشيات", "جنود")

// facilityNouns are the places a city names ("مطار كابل", "ميناء الحديدة"), keys.
var facilityNouns = keySet("مطار", "ميناء", "معبر", "قاعدة", "سجن", "مستشفى", "جامعة", "مخيم", "منفذ")

// partnerWords are one's partners in a body ("مع أشقائها في مجلس التعاون", "مع شركائه في
// الاتحاد الأوروبي"), keys.
var partnerWords = keySet("أشقائها", "أشقائه", "أشقائنا", "أشقائهم", "شركائها", "شركائه", "شركائنا", "شركائهم",
	"حلفائها", "حلفائه", "حلفائنا", "حلفائهم", "نظرائه", "نظرائها", "نظرائهم")

// memberWords name some members of a body, before it ("ممثلين عن", "قادة من", "ممثلي"), keys.
var memberWords = keySet("ممثلين", "ممثلي", "ممثلا", "ممثلون", "قادة", "قيادات", "قياديين", "قياديي", "أعضاء", "عدد",
	"مسؤولين", "مسؤولي", "شخصيات", "نواب", "زعماء", "كبار", "مندوبين", "مندوبي", "وجهاء", "رؤساء", "ممثل", "وفد",
	"وفدا")

// withMembers reports that the words ending at j are "مع" and some members of a body, of a
// mention that starts at j+1: "مع ممثلين عن", "مع قادة", "مع عدد من قادة".
func (s *sent) withMembers(j int) bool {
	for n := 0; n < 2 && j >= 1; n++ {
		if k := s.keys[j]; k == "من" || k == "عن" || k == "في" {
			j--
		}
		if j < 1 || !memberWords[s.keys[j]] || s.mentAt[j] >= 0 {
			return false
		}
		if s.keys[j-1] == "مع" {
			return true
		}
		j--
	}
	return false
}

// countAnd returns where the "و" starts of a count ending at token c ("و40", "ونحو 40",
// "وعشرات"), or -1 if no count with و ends there.
func (s *sent) countAnd(c int) int {
	w := func(j int) string { return strings.TrimPrefix(s.keys[j], "و") }
	if !(s.toks[c].Kind == arabic.Number || quantities[w(c)]) {
		return -1
	}
	if c >= 1 && approx[w(c-1)] {
		c--
	}
	switch {
	case strings.HasPrefix(s.keys[c], "و") && len(s.keys[c]) > len("و"):
		return c
	case c >= 1 && s.keys[c-1] == "و":
		return c - 1
	}
	return -1
}

// prepAt returns the marker name of the preposition written as a word at token j (other than
// skip), or "".
func (s *sent) prepAt(j int, skip string) string {
	for name, ws := range s.lx.preps {
		if _, ok := ws.matchAt(s, j); ok && name != skip {
			return name
		}
	}
	return ""
}

// ownClitic reports whether the proclitics on mention m's own first word (past و/ف) begin with
// clitic ("بغوايدو" for ب).
func (s *sent) ownClitic(m doc.Mention, clitic string) bool {
	if m.TokStart < 0 || m.TokStart >= len(s.toks) {
		return false
	}
	pre := s.proclitics(m)
	if r, ok := strings.CutPrefix(pre, "و"); ok {
		pre = r
	} else if r, ok := strings.CutPrefix(pre, "ف"); ok {
		pre = r
	}
	return strings.HasPrefix(pre, clitic)
}

// proclitics returns the key of the clitics on mention m's first token before the mention itself
// (m.TokStart must be a token of the sentence).
func (s *sent) proclitics(m doc.Mention) string {
	t := s.toks[m.TokStart]
	if m.Start > t.Start {
		return arabic.Key(string([]rune(t.Text)[:min(m.Start-t.Start, len([]rune(t.Text)))]))
	}
	return s.leadingClitics(m.TokStart, m)
}

// cliticBetween reports a word outside any mention in [from, to) whose key begins with
// clitic, past و/ف.
func (s *sent) cliticBetween(from, to int, clitic string) bool {
	for j := max(from, 0); j < to && j < len(s.keys); j++ {
		if s.mentAt[j] >= 0 {
			continue
		}
		k := s.keys[j]
		if r, ok := strings.CutPrefix(k, "و"); ok && len(r) > len(clitic) {
			k = r
		}
		if strings.HasPrefix(k, clitic) && len(k) > len(clitic) {
			return true
		}
	}
	return false
}

func (s *sent) computeMarker(k int) string {
	m := s.ments[k]
	if m.TokStart < 0 || m.TokStart >= len(s.toks) {
		return "obj"
	}
	pre := s.proclitics(m)
	conj := false
	if strings.HasPrefix(pre, "و") || strings.HasPrefix(pre, "ف") {
		conj = true
		pre = pre[len("و"):]
	}
	switch {
	case strings.HasPrefix(pre, "ب"):
		return "ب"
	case strings.HasPrefix(pre, "ل"):
		return "ل"
	case strings.HasPrefix(pre, "ك"):
		return "prep"
	}
	// a separate preposition word before it (over honorifics: "من فخامة الرئيس دونالد ترامب",
	// "من صاحب السمو الملكي الأمير محمد بن سلمان")
	j := m.TokStart - 1
	// "وحركة «حماس»", "و«حماس»": a quoted name coordinated, over its opening mark and the
	// head noun before it, with the mention right before them
	// (not the subject of a singular verb right after it, which opens a clause of its own:
	// "إسرائيل تقبل المبادرة المصرية و«حماس» ترفضها")
	// (or in brackets: "وجماعة (انصار الله) الحوثية")
	if k > 0 && j >= 1 && (s.quoteMark(j) || s.toks[j].Text == "(") && s.toks[j].End == s.toks[j+1].Start && s.ments[k-1].TokEnd == j-1 && !s.singularVerbAfter(m.TokEnd) {
		if h := s.keys[j-1]; h == "و" || strings.HasPrefix(h, "و") && quotedHeads[strings.TrimPrefix(h, "و")] {
			return "and"
		}
	}
	// "بين الجيش السوري وعناصر من تنظيم داعش", "ومسلحي تنظيم داعش": a body's fighters,
	// coordinated with the mention right before them (fighters only: a delegation or members
	// after a meeting's party, "ووفد من …", made meetings no gold set has)
	if k > 0 && j >= 1 && s.keys[j] == "من" && s.ments[k-1].TokEnd == j-1 {
		if r, ok := strings.CutPrefix(s.keys[j-1], "و"); ok && fightersOf[r] {
			return "and"
		}
	}
	if k > 0 && j >= 0 && s.ments[k-1].TokEnd == j {
		if r, ok := strings.CutPrefix(s.keys[j], "و"); ok && fightersOf[r] {
			return "and"
		}
	}
	// "وقّع المجلس العسكري الانتقالي ونحو 40 من الحركات المسلحة": a count of a body's members
	// after و is coordinated with the mention right before it
	if k > 0 && j >= 2 && s.keys[j] == "من" && s.countAnd(j-1) == s.ments[k-1].TokEnd {
		return "and"
	}
	// "التقى الحلبوسي ممثلين عن المحتجين": a body's representatives stand for it, marked as
	// they are (here the verb's object)
	if j >= 2 && s.keys[j] == "عن" && memberWords[s.keys[j-1]] && s.mentAt[j-1] < 0 {
		j -= 2
		if s.mentAt[j] >= 0 || s.isPunct(j) {
			return "obj"
		}
		if name := s.prepAt(j, ""); name != "" {
			return name
		}
		return "obj"
	}
	// "غارات على ما وصفته نيودلهي بأنه معسكر": who names the thing, no party to the act
	if describerOf(s, m.TokStart) {
		return "prep"
	}
	// "هجوم النظام المدعوم من روسيا": the backer of the noun before, no party to its act
	if j >= 1 && s.keys[j] == "من" && backedWords[s.keys[j-1]] {
		return "prep"
	}
	// "مع كل من أذربيجان وأرمينيا", "بين كل من": each of a list after a preposition is
	// marked by it
	if j >= 2 && s.keys[j] == "من" && s.keys[j-1] == "كل" {
		if name := s.prepAt(j-2, "من"); name != "" {
			return name
		}
	}
	// a place named after a facility is marked as the facility is ("في مطار كابل", "بميناء
	// الحديدة")
	if m.Kind == doc.KindPlace && j >= 1 {
		k := s.keys[j]
		if facilityNouns[k] {
			j--
		} else if r, ok := strings.CutPrefix(k, "ب"); ok && facilityNouns[r] {
			return "ب"
		} else if r, ok := strings.CutPrefix(k, "ل"); ok && facilityNouns[r] {
			return "ل"
		}
	}
	if jj := honorificsBack(s, j); jj < j && honorPreps[s.keys[jj]] {
		j = jj
	}
	// "إلى جانب وفد عماني", "تقاتل إلى جانب القوات": alongside (not "to", nor "against")
	if s.alongside(m.TokStart) {
		return "prep"
	}
	// "مع أشقائها في مجلس التعاون": the partners are the body's members, with whom
	if j >= 2 && s.keys[j] == "في" && partnerWords[s.keys[j-1]] && s.keys[j-2] == "مع" {
		return "مع"
	}
	// "مع ممثلين عن المعارضة", "مع عدد من قادة حركة حماس": the members of a body met with
	// stand for it
	if s.withMembers(j) {
		return "مع"
	}
	// a preposition with a pronoun ("فيه", "عليها") governs nothing after it
	if j >= 0 && !prepPronoun[s.keys[j]] {
		if name := s.prepAt(j, ""); name != "" {
			return name
		}
		if _, ok := s.lx.otherPreps.matchAt(s, j); ok && !(masdarPreps[s.keys[j]] && s.governsB(j-1)) {
			return "prep"
		}
		if s.keys[j] == "و" {
			conj = true
		}
	}
	if conj && k > 0 {
		prev := s.ments[k-1]
		// (over a gloss in brackets after it: "قوات بعثة الاتحاد الأفريقي (أميصوم) والجيش
		// الصومالي")
		gap := m.TokStart - s.glossEnd(prev.TokEnd, m.TokStart)
		if gap == 0 || (gap == 1 && (s.keys[m.TokStart-1] == "و" || s.weak(m.TokStart-1))) {
			return "and"
		}
	}
	return "obj"
}

// describerOf reports the subject of "ما وصفته", "ما تسميه", "ما اعتبره" right before token
// j: who calls the thing by a name, not the one it is aimed at ("غارات على ما وصفته نيودلهي
// بأنه معسكر تدريب").
func describerOf(s *sent, j int) bool {
	return j >= 2 && describeVerbs[s.keys[j-1]] && (s.keys[j-2] == "ما" || s.keys[j-2] == "بما" || s.keys[j-2] == "لما")
}

// describeVerbs name or describe what "ما" stands for, with its object pronoun (keys).
var describeVerbs = keySet("وصفته", "وصفه", "وصفها", "وصفتها", "تصفه", "يصفه", "تصفها", "يصفها", "وصفوه", "يصفونه",
	"سمته", "سماه", "أسماه", "أسمته", "تسميه", "يسميه", "تسميها", "يسميها", "اعتبرته", "اعتبره", "تعتبره", "يعتبره")

// coordinatedAt reports a mention starting at token j that is coordinated with the one before it.
func (s *sent) coordinatedAt(j int) bool {
	k := s.mentionStarting(j)
	return k >= 0 && s.marker(k) == "and"
}

// backedWords say who backs the noun before them ("المدعوم من", "مدعومة من"), keys.
var backedWords = keySet("المدعوم", "المدعومة", "المدعومين", "المدعومون", "مدعوم", "مدعومة", "مدعومين", "مدعومون")

// governsB reports a word at i, or before the subject mention that ends at i, that takes its
// object with ب ("تعهدت تركيا بدعم …", "طالب بدعم …").
func (s *sent) governsB(i int) bool {
	if i >= 0 && i < len(s.mentAt) {
		if k := s.mentAt[i]; k >= 0 && s.ments[k].TokEnd == i+1 {
			i = s.ments[k].TokStart - 1
		}
	}
	if i < 0 {
		return false
	}
	return bGoverning[s.keys[i]] || bGoverning[strings.TrimPrefix(s.keys[i], "و")]
}

// masdarPreps are verbal nouns with ب that mostly work as prepositions ("هجوم بدعم من
// إيران", "بمشاركة مصر") but are the object of a word that takes ب ("تعهدت تركيا بدعم مصر":
// Egypt is supported, not a supporter).
var masdarPreps = keySet("بدعم", "بمشاركة")

// bGoverning are the verbs and verbal nouns whose object takes ب: a pledge, a promise, a demand,
// doing something ("قامت بدعم").
var bGoverning = keySet("تعهد", "تعهدت", "يتعهد", "تتعهد", "تعهدوا", "تعهدا", "نتعهد", "أتعهد", "تعهده", "تعهدها", "التعهد", "تعهدات", "تعهداتها", "تعهداته",
	"وعد", "وعدت", "يعد", "تعد", "وعدوا", "نعد",
	"التزم", "التزمت", "يلتزم", "تلتزم", "التزامه", "التزامها", "التزام", "الالتزام", "التزامات", "التزاماته", "التزاماتها", "ملتزم", "ملتزمة", "ملتزمون",
	"طالب", "طالبت", "يطالب", "تطالب", "طالبوا", "يطالبون", "مطالبا", "مطالبة", "مطالبين", "المطالبة", "مطالبته", "مطالبتها", "نطالب",
	"قام", "قامت", "يقوم", "تقوم", "قاموا", "يقومون", "ستقوم", "سيقوم",
	"أمر", "أمرت", "يأمر", "تأمر", "أوصى", "أوصت", "يوصي", "توصي", "تكفل", "تكفلت", "يتكفل", "تتكفل")

// honorificsBack returns the token before the honorifics that end at j ("صاحب السمو الملكي").
func honorificsBack(s *sent, j int) int {
	for j > 0 && honorifics[s.keys[j]] {
		j--
	}
	return j
}

// honorPreps are the prepositions looked for before honorifics (not "عبر", also a verb: "وعبر
// صاحب السمو الملكي …" is "and His Highness expressed").
var honorPreps = keySet("من", "مع", "إلى", "على", "عن", "لدى", "بين")

// hasProclitic reports a preposition clitic (ب ل ك) on mention k's first token.
func (s *sent) hasProclitic(k int) bool {
	m := s.ments[k]
	t := s.toks[m.TokStart]
	pre := ""
	if m.Start > t.Start {
		pre = arabic.Key(string([]rune(t.Text)[:min(m.Start-t.Start, len([]rune(t.Text)))]))
	} else {
		pre = s.leadingClitics(m.TokStart, m)
	}
	pre = strings.TrimPrefix(strings.TrimPrefix(pre, "و"), "ف")
	return strings.HasPrefix(pre, "ب") || strings.HasPrefix(pre, "ل") || strings.HasPrefix(pre, "ك")
}

// leadingClitics guesses the proclitics of token i when the mention span starts with the token:
// the mention's matched text tells where the name begins.
func (s *sent) leadingClitics(i int, m doc.Mention) string {
	k := s.keys[i]
	mk := arabic.Key(firstWord(m.Text))
	if mk == "" || k == mk || !strings.HasSuffix(k, strings.TrimPrefix(mk, "ال")) {
		return ""
	}
	name := strings.TrimPrefix(mk, "ال")
	pre := strings.TrimSuffix(k, name)
	pre = strings.TrimSuffix(pre, "ال")
	if pre == "لل" {
		return "ل"
	}
	return pre
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " \u00a0"); i >= 0 {
		return s[:i]
	}
	return s
}

// chain returns the mentions coordinated with mention k ("روسيا والولايات المتحدة"), in order,
// searching both ways.
func (s *sent) chain(k int) []int {
	start := k
	for start > 0 && s.marker(start) == "and" {
		start--
		if start > 0 && s.isOf(start) {
			start-- // "الحكومة الانتقالية في السودان والجبهة الثورية"
		}
	}
	out := []int{start}
	for j := start + 1; j < len(s.ments); j++ {
		if s.isOf(j) && j+1 < len(s.ments) && s.marker(j+1) == "and" {
			continue
		}
		if s.marker(j) != "and" {
			break
		}
		out = append(out, j)
	}
	// "أدت اليمين رئيسةً لتايوان وبكين تنتقد خطابها": after a list a preposition governs, a
	// conjunct right before a verb is that verb's subject, opening a clause of its own
	if len(out) > 1 {
		if mk := s.marker(out[0]); mk != "obj" && mk != "and" {
			for c := 1; c < len(out); c++ {
				if s.verbRightAfter(s.ments[out[c]].TokEnd) {
					if k < out[c] {
						return out[:c]
					}
					return out[c:]
				}
			}
		}
	}
	return out
}

// verbRightAfter reports a trigger verb in the imperfect with no conjunction at token j (as
// headlines tell acts: "وبكين تنتقد", "وإسلام آباد تتوعد").
func (s *sent) verbRightAfter(j int) bool {
	if j >= len(s.toks) || s.mentAt[j] >= 0 || s.isPunct(j) {
		return false
	}
	info := s.info(j)
	for _, c := range info.cands {
		if c.e.pos == posImperfect && info.spl[c.sp].conj == "" {
			return true
		}
	}
	return false
}

// singularVerbAfter reports a trigger verb in the third person singular at token j, over a
// closing quotation mark: a quoted name coordinated right before it is the subject of a clause
// of its own ("و«حماس» ترفضها"). (Not asked of unquoted names: coordinated subjects often take a
// singular verb, "مصر والولايات المتحدة توافق", "الجيش والشرطة أعلنت" — measured, splitting
// them lost nine true events in the studied sets.)
func (s *sent) singularVerbAfter(j int) bool {
	if j < len(s.toks) && s.quoteMark(j) {
		j++
	}
	if j >= len(s.toks) || s.mentAt[j] >= 0 || s.isPunct(j) {
		return false
	}
	info := s.info(j)
	for _, c := range info.cands {
		if c.e.pos.verb() && c.e.pron == pronNone && info.spl[c.sp].conj == "" {
			return true
		}
	}
	return false
}

// isOf reports whether mention k only says where the mention before it is (see sent.of).
func (s *sent) isOf(k int) bool {
	return k < len(s.of) && s.of[k]
}

// pastApposition returns the first token after a clause's subject, which ends at token from,
// where at holds, past what is said of the subject in apposition: the rest of a lineage and
// offices named after it with no comma ("الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس
// مجلس الوزراء وزير الداخلية"), or a few words between two commas ("جون كيري، الذي يقوم بجولة في
// المنطقة،", "هولاند، يرافقه وفد كبير،"); then past others joined to the subject with و ("ماكي
// سال، الرئيس الدوري لإيكواس، ورئيس بنين"). It returns −1 when at holds nowhere there.
func (s *sent) pastApposition(from int, at func(j int) bool) int {
	n := len(s.toks)
	j := from
	subj := -1
	if from > 0 {
		subj = s.mentAt[from-1]
	}
	if subj >= 0 && s.ments[subj].Type == "PER" {
		j = lineageEnd(s, j, n)
	}
	// (an office may name the subject again: "ولي العهد" after the crown prince's name)
	office := func(k int) bool {
		return k >= 0 && (s.ments[k].Kind == doc.KindRole || subj >= 0 && sameActor(s.ments[k], s.ments[subj]))
	}
	for {
		k := s.mentionStarting(j)
		if !office(k) {
			break
		}
		j = s.ments[k].TokEnd
	}
	joined := func(j int) int {
		if k := s.mentionStarting(j); k >= 0 && s.marker(k) == "and" {
			ch := s.chain(k)
			return s.ments[ch[len(ch)-1]].TokEnd
		}
		return j
	}
	switch {
	case j >= n:
		return -1
	case s.weak(j):
		for e := j + 2; e < n && e <= j+10; e++ {
			if s.weak(e) {
				if e++; e < n && at(e) {
					return e
				}
				if e = joined(e); e < n && at(e) {
					return e
				}
				return -1
			}
			if s.strong(e) || s.quoteMark(e) {
				return -1
			}
		}
	case asideTitleHeads[s.keys[j]] && (s.mentAt[j] < 0 || office(s.mentAt[j])):
		for e := j + 1; e < n && e <= j+12 && !s.isPunct(e); e++ {
			if at(e) {
				return e
			}
		}
	case j > from && at(j):
		return j
	}
	return -1
}

// mentionStarting returns the index of the mention starting at token i, or -1.
func (s *sent) mentionStarting(i int) int {
	if i < 0 || i >= len(s.mentAt) {
		return -1
	}
	k := s.mentAt[i]
	if k >= 0 && s.ments[k].TokStart == i {
		return k
	}
	return -1
}

// possessive country words: "بلاده" (his country) stands for the country of the actor it refers
// to; "حكومته" for its government.
var possessiveCountry = map[string]string{
	"بلاده": "", "بلادها": "", "بلادنا": "", "بلادي": "", "بلده": "", "بلدها": "", "بلدنا": "",
	"بلادهم": "", "دولته": "", "دولتها": "", "دولتنا": "",
	"حكومته": "GOV", "حكومتها": "GOV", "حكومتنا": "GOV", "جيشه": "MIL", "جيشها": "MIL", "جيشنا": "MIL",
	"قواته": "MIL", "قواتها": "MIL", "قواتنا": "MIL",
}

// addPossessives adds mentions for "بلاده"-like words, resolved to the country of the nearest
// actor before them in the sentence, else of fallback.
func (s *sent) addPossessives(fallback *doc.Mention) {
	added := false
	for i := range s.toks {
		if s.mentAt[i] >= 0 || s.flags[i]&fPronoun == 0 {
			continue
		}
		k := s.keys[i]
		if len(k) > 2 && (strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف") || strings.HasPrefix(k, "ل") || strings.HasPrefix(k, "ب")) {
			if _, ok := possessiveCountry[k[len("و"):]]; ok {
				k = k[len("و"):]
			}
		}
		sector, ok := possessiveCountry[k]
		if !ok {
			continue
		}
		// (past an actor governed by a preposition: "أكد الرئيس المصري لنظيره الفرنسي دعم
		// بلاده" is the Egyptian's country, the one he told is not)
		var ref, governed *doc.Mention
		for j := len(s.ments) - 1; j >= 0; j-- {
			if s.ments[j].TokEnd <= i && countryOf(&s.ments[j]) != "" && len(s.ments[j].Group) == 0 {
				if s.prepGoverned(j) {
					if governed == nil {
						governed = &s.ments[j]
					}
					continue
				}
				ref = &s.ments[j]
				break
			}
		}
		if ref == nil {
			ref = governed
		}
		if ref == nil {
			ref = fallback
		}
		if ref == nil || countryOf(ref) == "" {
			continue
		}
		m := doc.Mention{TokStart: i, TokEnd: i + 1, Kind: doc.KindPronoun, Confidence: 0.7}
		m.Text, m.Span = s.toks[i].Text, marsad.Span{Start: s.toks[i].Start, End: s.toks[i].End}
		m.Country = countryOf(ref)
		m.Code = m.Country + sector
		s.ments = append(s.ments, m)
		added = true
	}
	if added {
		s.reindex()
	}
}

// prepGoverned reports mention k after a preposition, fused to it or to the noun it qualifies
// ("لنظيره الفرنسي", "مع وزير الخارجية", "بالرئيس").
func (s *sent) prepGoverned(k int) bool {
	m := s.ments[k]
	if m.TokStart == 0 {
		return false
	}
	if mk := s.marker(k); mk != "obj" && mk != "and" {
		return true
	}
	if m.Kind == doc.KindDemonym && s.mentAt[m.TokStart-1] < 0 {
		p := strings.TrimPrefix(s.keys[m.TokStart-1], "و")
		return strings.HasPrefix(p, "ل") || strings.HasPrefix(p, "ب")
	}
	return false
}

// quotedEntities drops the names the tagger alone found between quotation marks ("أعلن السراج
// «النفير العام»"): a slogan or a title quoted, not an actor who acts or speaks.
func (s *sent) quotedEntities() {
	k := 0
	for _, m := range s.ments {
		if m.Kind == doc.KindEntity && m.Code == "" && m.TokStart > 0 && m.TokEnd < len(s.toks) &&
			s.quoteMark(m.TokStart-1) && s.quoteMark(m.TokEnd) {
			continue
		}
		s.ments[k] = m
		k++
	}
	if k < len(s.ments) {
		clear(s.ments[k:])
		s.ments = s.ments[:k]
		s.reindex()
	}
}

// reindex sorts the mentions after some were added and rebuilds the token index.
func (s *sent) reindex() {
	for i := 1; i < len(s.ments); i++ {
		for j := i; j > 0 && s.ments[j].TokStart < s.ments[j-1].TokStart; j-- {
			s.ments[j], s.ments[j-1] = s.ments[j-1], s.ments[j]
		}
	}
	for i := range s.mentAt {
		s.mentAt[i] = -1
	}
	for k, m := range s.ments {
		for i := m.TokStart; i < m.TokEnd && i < len(s.mentAt); i++ {
			s.mentAt[i] = k
		}
	}
	s.mk = nil // mention indices changed
}

// mayStandFor reports a key that addPossessives, addAnaphors or addHonorifics may read as
// standing for an actor: the flag fPronoun, worked out once per word key, spares them three map
// look-ups per token.
func mayStandFor(k string) bool {
	if _, ok := possessiveCountry[k]; ok {
		return true
	}
	if len(k) > 2 && (strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف") || strings.HasPrefix(k, "ل") || strings.HasPrefix(k, "ب")) {
		if _, ok := possessiveCountry[k[len("و"):]]; ok {
			return true
		}
	}
	if _, ok := anaphors[k]; ok {
		return true
	}
	if honorificPronouns[k] {
		return true
	}
	r, ok := strings.CutPrefix(k, "و")
	return ok && honorificPronouns[r]
}

// nearSector is how many tokens away a country may be to give a bare sector its nationality.
const nearSector = 2

// sideBefore returns the country of "الجانب <nationality>" (the side) right before token j,
// with at most four words of an office between and no punctuation ("عن الجانب الأردني وزير
// المياه والري"), or "".
func (s *sent) sideBefore(j int) string {
	for k := j - 1; k >= 1 && k >= j-5; k-- {
		if s.isPunct(k) {
			return ""
		}
		n := s.mentAt[k]
		if n < 0 {
			continue
		}
		o := &s.ments[n]
		if bareSector(*o) {
			k = o.TokStart // (the office itself, with no country of its own: "وزير المياه")
			continue
		}
		if o.TokEnd != k+1 {
			return ""
		}
		// (the side is a mention of its own, "الجانب الأردني", or a nationality after the word)
		side := ""
		if w := strings.Fields(o.Text); len(w) > 1 {
			side = arabic.Key(w[0])
		}
		if o.Kind == doc.KindDemonym && o.TokStart > 0 && o.TokEnd-o.TokStart == 1 {
			side = s.keys[o.TokStart-1]
		}
		switch strings.TrimPrefix(side, "و") {
		case "الجانب", "جانب", "بالجانب", "للجانب":
		default:
			return ""
		}
		if c := countryOf(o); isCountryCode(c) {
			return c
		}
		return ""
	}
	return ""
}

// nearPerson is how far (in tokens) from a person the knowledge base does not know an actor of
// a country may be named and still give him its country, before the story's main country is
// guessed instead (a nationality or a place that far is another noun's: "جنودًا إسرائيليين
// اقتحموا منزلًا لتوقيف محمد ابو ماريا"). Measured on the development sets against nearSector:
// quote speakers +2 studied, +7 blind (dyads +2 studied, -2 blind); 4 and 10 did no better.
const nearPerson = 6

// anaphors are definite common nouns that name, in a news story, a group already named: "أعلنت
// الجماعة" after "جماعة الحوثي", "قالت الحركة" after "حركة حماس". Each maps to the word the
// group's name contains and the sectors a group so called carries.
var anaphors = map[string]struct {
	head    string
	sectors []string
}{}

func init() {
	armed := []string{"REB", "INS", "UAF", "SEP", "RAD"}
	for _, a := range []struct {
		words   []string
		head    string
		sectors []string
	}{
		{[]string{"الجماعة"}, "جماعة", armed},
		{[]string{"الحركة"}, "حركة", armed},
		{[]string{"التنظيم"}, "تنظيم", armed},
		{[]string{"الميليشيا", "المليشيا", "الميليشيات", "المليشيات"}, "ميليشيا", armed},
		{[]string{"الحزب"}, "حزب", []string{"PTY"}},
		// "وأكدت الوزارة" after "وزارة الدفاع التايوانية": the ministry named last
		{[]string{"الوزارة"}, "وزارة", nil},
	} {
		for _, w := range a.words {
			k := arabic.Key(w)
			e := struct {
				head    string
				sectors []string
			}{arabic.Key(a.head), a.sectors}
			// with its proclitics: والجماعة، فالحركة، بالتنظيم، للجماعة، وللحزب
			for _, p := range []string{"", "و", "ف", "ب", "وب", "فب"} {
				anaphors[p+k] = e
			}
			for _, p := range []string{"ل", "ول", "فل"} {
				anaphors[p+strings.TrimPrefix(k, "ا")] = e
			}
		}
	}
}

// addAnaphors adds a mention for each anaphoric group noun (الجماعة، الحركة) outside any
// mention, standing for the last group named before it (in this sentence or in prev, the
// groups of earlier sentences, most recent last) whose name holds the noun or whose code has
// the noun's sector.
func (s *sent) addAnaphors(prev []doc.Mention) {
	added := false
	for i := range s.toks {
		if s.mentAt[i] >= 0 || s.flags[i]&fPronoun == 0 {
			continue
		}
		an, ok := anaphors[s.keys[i]]
		if !ok {
			continue
		}
		// "الحركة الشعبية", "الحزب الديمقراطي": a name of its own, not an anaphor
		if i+1 < len(s.toks) && s.mentAt[i+1] < 0 && definite(s.keys[i+1]) {
			continue
		}
		var ref *doc.Mention
		match := func(m *doc.Mention) bool {
			if m.Code == "" || len(m.Group) > 0 {
				return false
			}
			if strings.Contains(arabic.Key(m.Text), an.head) {
				return true
			}
			for _, sec := range an.sectors {
				if len(m.Code) >= 6 && m.Code[3:6] == sec {
					return true
				}
			}
			return false
		}
		for j := len(s.ments) - 1; j >= 0 && ref == nil; j-- {
			if s.ments[j].TokEnd <= i && match(&s.ments[j]) {
				ref = &s.ments[j]
			}
		}
		for j := len(prev) - 1; j >= 0 && ref == nil; j-- {
			if match(&prev[j]) {
				ref = &prev[j]
			}
		}
		if ref == nil {
			continue
		}
		m := doc.Mention{TokStart: i, TokEnd: i + 1, Kind: doc.KindCoref, Confidence: 0.7}
		m.Participant = ref.Participant
		m.Text, m.Span = s.toks[i].Text, marsad.Span{Start: s.toks[i].Start, End: s.toks[i].End}
		m.Sector = ref.Sector
		m.Country = countryOf(ref)
		s.ments = append(s.ments, m)
		added = true
	}
	if added {
		s.reindex()
	}
}

// pairSides are the words for the two sides of an encounter ("اتفق الجانبان").
var pairSides = keySet("الجانبان", "الجانبين", "الطرفان", "الطرفين", "كلا الجانبين", "كلا الطرفين", "البلدين", "البلدان",
	"كلا البلدين")

// countryPair are the words of pairSides that name two countries.
var countryPair = keySet("البلدين", "البلدان", "كلا البلدين")

// sidesOfLastMeeting makes "الجانبان" after a meeting stand for the meeting's two parties
// (the knowledge base's guess, the last two actors named, may be a list of countries the
// meeting talked about).
func (s *sent) sidesOfLastMeeting(last []doc.Mention, trigs []*trig) {
	var pair []doc.Mention
	for _, m := range last {
		if m.Code == "" || len(m.Group) > 0 {
			continue
		}
		dup := false
		for _, p := range pair {
			if countryOf(&p) == countryOf(&m) {
				dup = true
			}
		}
		if !dup {
			pair = append(pair, m)
		}
	}
	if len(pair) != 2 {
		return
	}
	for k := range s.ments {
		m := &s.ments[k]
		if len(m.Group) == 0 || !pairSides[arabic.Key(m.Text)] && !pairSides[arabic.Key(strings.TrimPrefix(m.Text, "و"))] {
			continue
		}
		// "البلدان" are two countries, not a body and a country ("لقاء روته وفدا من كوريا")
		if countryPair[arabic.Key(strings.TrimPrefix(m.Text, "و"))] && slices.ContainsFunc(pair, func(p doc.Mention) bool { return !isCountryCode(countryOf(&p)) }) {
			continue
		}
		// "التقى X Y …، حيث بحث الجانبان": the two sides of a meeting told before it in its
		// sentence are its own
		if n, first := s.sidesBefore(k); n == 2 && slices.ContainsFunc(trigs, func(t *trig) bool {
			return t.p.root[:2] == "04" && t.pos.verb() && t.end <= first && first-t.end <= 1
		}) {
			continue
		}
		g := make([]doc.Mention, 2)
		for i, p := range pair {
			g[i] = p
			g[i].TokStart, g[i].TokEnd, g[i].Span, g[i].Text = m.TokStart, m.TokEnd, m.Span, m.Text
			g[i].Kind = doc.KindCoref
		}
		m.Group = g
	}
}

// rivalSectors are the sectors of the sides a government named alone deals with at home: rebels,
// insurgents and the opposition it faces, and the country's own military.
var rivalSectors = map[string]bool{"REB": true, "INS": true, "OPP": true, "MIL": true}

// domesticRivalInChain returns the country of the rebels, insurgents, opposition or military
// coordinated with mention k ("الحكومة الانتقالية والجبهة الثورية"), or "".
func (s *sent) domesticRivalInChain(k int) string {
	for _, j := range s.chain(k) {
		if j == k {
			continue
		}
		o := &s.ments[j]
		if c := countryOf(o); isCountryCode(c) && len(o.Group) == 0 && strings.HasPrefix(o.Code, c) && rivalSectors[o.Code[len(c):]] {
			return c
		}
	}
	return ""
}

// bareRivalInChain reports that mention k, a bare government or opposition, is coordinated with
// the other one, bare too ("الحكومة والمعارضة").
func (s *sent) bareRivalInChain(k int) bool {
	for _, j := range s.chain(k) {
		if o := &s.ments[j]; j != k && o.Kind == doc.KindSector && (o.Code == "GOV" || o.Code == "OPP") && o.Code != s.ments[k].Code {
			return true
		}
	}
	return false
}

// sidesOfOwnSentence makes "الجانبان" later in a sentence whose symmetric verb has a subject of
// two coordinated parties stand for those two ("وقعت حكومة الكونغو الديمقراطية وحركة 23 مارس …
// في ختام جولة مفاوضات استضافتها دولة قطر بين الجانبين"): the knowledge base's guess, the last
// two actors named, may take in the host or the mediator named between.
func (c *Coder) sidesOfOwnSentence(s *sent, trigs []*trig) {
	for k := range s.ments {
		m := &s.ments[k]
		if len(m.Group) != 2 || !pairSides[arabic.Key(strings.TrimPrefix(m.Text, "و"))] {
			continue
		}
		for _, t := range trigs {
			if !t.pos.verb() || !t.p.Symmetric || t.end > m.TokStart {
				continue
			}
			j := c.postSubject(s, t.end-1, m.TokStart)
			if j < 0 {
				continue
			}
			ch := s.chain(j)
			if len(ch) != 2 || ch[0] != j {
				break
			}
			a, b := s.ments[ch[0]], s.ments[ch[1]]
			if a.Code == "" || b.Code == "" || len(a.Group) > 0 || len(b.Group) > 0 || sameActor(a, b) ||
				countryPair[arabic.Key(strings.TrimPrefix(m.Text, "و"))] && countryOf(&a) == countryOf(&b) {
				break
			}
			g := []doc.Mention{a, b}
			for i := range g {
				g[i].TokStart, g[i].TokEnd, g[i].Span, g[i].Text = m.TokStart, m.TokEnd, m.Span, m.Text
				g[i].Kind = doc.KindCoref
			}
			m.Group = g
			break
		}
	}
}

// sidesBefore counts the distinct countries of the coded single mentions before mention k
// that no preposition introduces, and returns the first one's token.
func (s *sent) sidesBefore(k int) (n, first int) {
	seen := map[string]bool{}
	first = -1
	for j := 0; j < k; j++ {
		if m := &s.ments[j]; m.Code != "" && len(m.Group) == 0 && m.Kind != doc.KindPlace {
			if mk := s.marker(j); mk == "obj" || mk == "and" {
				seen[countryOf(m)] = true
				if first < 0 {
					first = m.TokStart
				}
			}
		}
	}
	return len(seen), first
}

// territoryNouns name a country's land, sea or air: a nationality after one ("بالأراضي
// اليمنية", "المياه الإقليمية الإيرانية") is a place, not an actor.
var territoryNouns = keySet("الأراضي", "أراضي", "الأرض", "أرض", "الحدود", "حدود", "المياه", "مياه", "الأجواء", "أجواء",
	"السواحل", "سواحل", "الساحل", "العاصمة", "المدن", "مدن", "القرى", "قرى", "البلدات", "المناطق", "مناطق", "المحافظات",
	"محافظات", "الجزر", "العمق", "الداخل", "المدينة", "البلدة", "القرية", "الشواطئ", "الموانئ")

// territories makes a nationality word after a territory noun a place: "قصف مصادر النيران
// بالأراضي اليمنية" aims at Yemen, and Yemen does not fire.
// datelines turns the place that opens an agency dateline ("عمان 14 شباط (بترا)-",
// "الرياض - واس") into a place: where the story was filed, not an actor. A country's name
// there is a city's: the dateline "عمان" is Amman, Oman's are filed from Muscat.
func (s *sent) datelines() {
	if len(s.ments) == 0 || len(s.toks) < 3 {
		return
	}
	m := &s.ments[0]
	if m.TokStart != 0 || len(m.Group) > 0 || m.TokEnd >= len(s.toks) {
		return
	}
	switch m.Kind {
	case doc.KindCountry, doc.KindCapital, doc.KindPlace:
	default:
		return
	}
	next := s.toks[m.TokEnd]
	if next.Kind != arabic.Number && !datelineMarks[next.Text] {
		return
	}
	if c, ok := datelineCities[s.keys[0]]; ok && m.Kind == doc.KindCountry {
		m.Country, m.Code = c, c
	}
	m.Kind = doc.KindPlace
}

// homeDateline returns the country of a state news agency whose dateline opens the sentence
// with a place of its own country ("الرياض ٢٥ صفر … واس", "الدوحة في 16 أكتوبر /قنا/"), or "".
// A world agency (Reuters, AFP) or one filing from abroad ("نيروبي - 16 - 1 (كونا)") gives none.
func (s *sent) homeDateline() string {
	if len(s.ments) < 2 {
		return ""
	}
	first := &s.ments[0]
	if first.TokStart != 0 || first.Kind != doc.KindCapital && first.Kind != doc.KindPlace && first.Kind != doc.KindCountry {
		return ""
	}
	c := countryOf(first)
	if !isCountryCode(c) {
		return ""
	}
	for k := 1; k < len(s.ments) && s.ments[k].TokStart <= 16; k++ {
		m := &s.ments[k]
		if isMedium(m) && countryOf(m) == c && stateAgencies[m.ID] {
			return c
		}
	}
	return ""
}

// homeKingdom resolves "المملكة" (the Kingdom), named with no kingdom before it, to the
// kingdom whose state agency files the story from home ("نجاح وساطة المملكة" in a story of
// واس from Riyadh).
func (s *sent) homeKingdom(home string) {
	if !kingdoms[home] {
		return
	}
	for k := range s.ments {
		m := &s.ments[k]
		if m.Code != "" || len(m.Group) > 0 || m.TokEnd-m.TokStart != 1 {
			continue
		}
		// (with its clitics: "والمملكة", "بالمملكة", "للمملكة")
		key := strings.TrimPrefix(strings.TrimPrefix(s.keys[m.TokStart], "و"), "ف")
		if strings.HasPrefix(key, "لل") {
			key = "ا" + strings.TrimPrefix(key, "ل")
		} else if strings.HasPrefix(key, "بال") {
			key = strings.TrimPrefix(key, "ب")
		}
		if key == kingdomKey {
			m.Code, m.Country, m.Kind, m.Type = home, home, doc.KindCountry, "LOC"
			m.ActorRef.Kind = "country"
			m.Confidence = 0.6
		}
	}
}

// kingdoms are the states that news of their own agencies calls "المملكة".
var kingdoms = map[string]bool{"SAU": true, "JOR": true, "BHR": true, "MAR": true}

var kingdomKey = arabic.Key("المملكة")

// stateAgencies are the knowledge-base ids of the state news agencies, which file their own
// government's news from home.
var stateAgencies = map[string]bool{"spa": true, "sana": true, "qna": true, "wam": true, "kuna": true, "petra": true,
	"mena": true, "wafa": true, "irna": true, "saba": true, "nna-lebanon": true, "anadolu": true, "tass": true, "xinhua": true,
	"bna-bahrain": true, "ona-oman": true, "aps-algeria": true, "map-morocco": true, "tap-tunisia": true, "suna-sudan": true,
	"ina-iraq": true}

// datelineMarks follow the place of a dateline.
var datelineMarks = map[string]bool{"-": true, "–": true, "—": true, "ـ": true, "(": true, "/": true}

// datelineCities are cities written like a country: in a dateline they are the city.
var datelineCities = map[string]string{arabic.Key("عمان"): "JOR"}

func (s *sent) territories() {
	for k := range s.ments {
		m := &s.ments[k]
		if m.Kind != doc.KindDemonym || m.TokStart == 0 || len(m.Group) > 0 {
			continue
		}
		w := s.keys[m.TokStart-1]
		for _, p := range [...]string{"و", "ف"} {
			w = strings.TrimPrefix(w, p)
		}
		if !territoryNouns[w] {
			if r, ok := strings.CutPrefix(w, "ب"); ok && territoryNouns[r] {
				w = r
			} else if r, ok := strings.CutPrefix(w, "ل"); ok && territoryNouns["ا"+r] {
				w = "ا" + r // "للأراضي" = ل + الأراضي
			}
		}
		if territoryNouns[w] {
			m.Kind = doc.KindPlace
		}
		// a nationality right after a town's name qualifies the town: "محكمة … بمدينة المنصورة
		// المصرية قد قضت" — the court rules, not Egypt
		if k > 0 && s.ments[k-1].TokEnd == m.TokStart && s.ments[k-1].Kind == doc.KindPlace && len(s.ments[k-1].Group) == 0 {
			m.Kind = doc.KindPlace
		}
	}
}

// namedBefore gives a one-word name the tagger found but the knowledge base does not know the
// code of the one earlier mention of the article (a person or an office holder named in full)
// whose last word it is, or the word before its last after an office: "وزير الخارجية الصومالي
// أحمد معلم فقي … وأضاف فقي", "المتحدث باسم الخارجية الصينية لين جيان … وقال لين". If two
// actors fit, neither is taken.
func (s *sent) namedBefore(prev []doc.Mention) {
	for k := range s.ments {
		m := &s.ments[k]
		if m.Kind != doc.KindEntity || m.Type != "PER" || m.Code != "" || m.TokEnd-m.TokStart != 1 {
			continue
		}
		w := arabic.Key(m.Text)
		if utf8.RuneCountInString(w) < 3 {
			continue
		}
		var ref *doc.Mention
		for j := range prev {
			p := &prev[j]
			words := strings.Fields(arabic.Key(p.Text))
			// (a family name first, after an office: "المتحدث باسم الخارجية الصينية لين جيان")
			if len(words) < 3 || words[len(words)-1] != w && !(len(words) >= 4 && words[len(words)-2] == w) {
				continue
			}
			if ref != nil && ref.Code != p.Code {
				ref = nil
				break
			}
			ref = p
		}
		if ref != nil {
			m.Code, m.Country, m.Sector, m.Office = ref.Code, ref.Country, ref.Sector, ref.Office
			m.ActorRef = ref.ActorRef
		}
	}
}

// orgCountries gives an organisation the tagger found but the knowledge base does not know,
// when its name opens with the head of a body's name (هيئة، لجنة، حزب، جبهة …) and a place
// follows with في, that place's country, with the sector the head gives: "فتحت هيئة النزاهة
// الاتحادية في العراق تحقيقاً" (IRQGOV), "جبهة التناوب والوفاق في تشاد" (TCDPTY). Words
// joined by و may continue the name past the tagger's span.
func (s *sent) orgCountries() {
	for k := range s.ments {
		m := &s.ments[k]
		if m.Kind != doc.KindEntity || m.Type != "ORG" || m.Code != "" {
			continue
		}
		next := ""
		if m.TokStart+1 < len(s.toks) {
			next = s.toks[m.TokStart+1].Text
		}
		sector, ok := actor.BodySector(s.toks[m.TokStart].Text, next)
		if !ok {
			continue
		}
		j := m.TokEnd
		for n := 0; n < 2 && j+1 < len(s.toks) && s.mentAt[j] < 0 && strings.HasPrefix(s.keys[j], "وال"); n++ {
			j++ // "جبهة التناوب والوفاق في تشاد"
		}
		place := ""
		if j+1 < len(s.toks) && s.keys[j] == "في" {
			if p := s.placeStarting(j + 1); p != nil && p.Country != "" {
				place, j = p.Country, p.TokEnd
			}
		}
		// "«جبهة التناوب والوفاق في تشاد» (فاكت) المتمردة": a rebel group
		if s.rebelAfter(j) {
			sector = "REB"
		}
		if place != "" {
			m.Code, m.Country, m.Sector = place+sector, place, sector
		}
		// with no place, a party, a group or an NGO ("حركة أنصار الدين") takes its sector only:
		// its country comes from context, as for a bare sector (a public body or a firm is too
		// often another country's)
		if m.Code == "" && sector != "GOV" && sector != "BUS" && !placeBound[strings.TrimPrefix(s.keys[m.TokStart], "و")] {
			m.Code, m.Sector = sector, sector
		}
		// "المتحدث باسم حركة أنصار الدين": an office read without its body is the body's
		if m.Code != "" && m.TokStart > 0 {
			if r := s.mentAt[m.TokStart-1]; r >= 0 && s.ments[r].Kind == doc.KindRole && s.ments[r].Country == "" && len(s.ments[r].Group) == 0 && s.keys[m.TokStart-1] == "باسم" {
				s.ments[r].Code, s.ments[r].Country, s.ments[r].Sector = m.Code, m.Country, m.Sector
			}
		}
	}
}

// rebelAfter reports a rebel's adjective at token j, after a closing quotation mark and an
// acronym in brackets ("» (فاكت) المتمردة").
func (s *sent) rebelAfter(j int) bool {
	if j < len(s.toks) && s.quoteMark(j) {
		j++
	}
	if j < len(s.toks) && s.toks[j].Text == "(" {
		for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
			if s.toks[k].Text == ")" {
				j = k + 1
				break
			}
		}
	}
	return j < len(s.toks) && rebelAdjectives[s.keys[j]]
}

// rebelAdjectives call a group an armed rebellion.
var rebelAdjectives = keySet("المتمردة", "المتمرد", "المسلحة", "المسلح", "المعارضة المسلحة", "الإرهابية", "الإرهابي", "الجهادية", "الجهادي", "الانفصالية", "الانفصالي")

// placeBound heads name bodies too often public or local to take the story's country:
// "المركز الوطني للأرصاد" is a weather service.
var placeBound = keySet("مركز", "المركز", "مرصد", "المرصد", "شبكة", "الشبكة", "اتحاد", "الاتحاد")

// inActorName reports tokens [from, to) inside the longer name of an organisation or a
// person ("الدعم" in "قوات الدعم السريع"); not of a medium, whose name says what it is
// ("قناة العربية").
func (s *sent) inActorName(from, to int) bool {
	k := s.mentAt[from]
	if k < 0 {
		return false
	}
	m := &s.ments[k]
	return !isMedium(m) && (m.Kind == doc.KindOrg || m.Kind == doc.KindName || m.Kind == doc.KindEntity && m.Code != "") &&
		m.TokStart <= from && to <= m.TokEnd && m.TokEnd-m.TokStart > to-from
}

// placeStarting returns the gazetteer place that starts at token j, or nil.
func (s *sent) placeStarting(j int) *doc.Place {
	for pi := range s.d.Places {
		if s.d.Places[pi].TokStart == j {
			return &s.d.Places[pi]
		}
	}
	return nil
}

// isPlaceMention reports a mention that the gazetteer also reads as a place at the same words
// ("قصف الجيش اليمني مواقع في تعز"): a location in the country, not the country as an actor.
func (s *sent) isPlaceMention(m *doc.Mention) bool {
	for pi := range s.d.Places {
		if p := &s.d.Places[pi]; p.TokStart == m.TokStart && p.TokEnd == m.TokEnd {
			return true
		}
	}
	return false
}

// appositionRoles gives a name the tagger found but the knowledge base does not know the code
// of the office named right after it ("أحمد معاذ الخطيب الرئيس الأسبق للائتلاف الوطني السوري",
// with or without a comma between).
func (s *sent) appositionRoles() {
	for k := range s.ments {
		m := &s.ments[k]
		if m.Kind != doc.KindEntity || m.Type != "PER" || m.Code != "" {
			continue
		}
		j := m.TokEnd
		if j < len(s.toks) && s.weak(j) {
			j++
		}
		if n := s.mentionStarting(j); n >= 0 && s.ments[n].Kind == doc.KindRole && s.ments[n].Code != "" && len(s.ments[n].Group) == 0 {
			r := s.ments[n]
			m.Code, m.Country, m.Sector, m.Office = r.Code, r.Country, r.Sector, r.Office
		}
	}
}

// honorificPronouns stand for the dignitary last named ("وأكد سموه", "وقال فخامته").
var honorificPronouns = keySet("سموه", "سموها", "فخامته", "معاليه", "معاليها", "جلالته", "سعادته", "سماحته", "دولته")

// emotionVerbs express a feeling: the word after them is the feeling ("أبدى سعادته").
var emotionVerbs = keySet("أبدى", "ابدى", "وأبدى", "يبدي", "أبدت", "وأبدت", "تبدي", "أظهر", "أظهرت", "عبر", "أعرب")

// addHonorifics adds a mention for each honorific pronoun outside any mention, standing for
// the last person named before it in this sentence, else the previous sentence's subject, else
// the last of prev.
func (s *sent) addHonorifics(prev []doc.Mention, subject *doc.Mention) {
	added := false
	for i := range s.toks {
		if s.mentAt[i] >= 0 || s.flags[i]&fPronoun == 0 {
			continue
		}
		k := s.keys[i]
		if !honorificPronouns[k] {
			r, ok := strings.CutPrefix(k, "و")
			if !ok || !honorificPronouns[r] {
				continue
			}
			k = r
		}
		// "أبدى سعادته بالإنجاز", "عن سعادته": his happiness, not His Excellency
		if k == "سعادته" && i > 0 && (s.keys[i-1] == "عن" || emotionVerbs[s.keys[i-1]]) {
			continue
		}
		var ref *doc.Mention
		for j := len(s.ments) - 1; j >= 0 && ref == nil; j-- {
			if s.ments[j].TokEnd <= i && isPerson(&s.ments[j]) {
				ref = &s.ments[j]
			}
		}
		// else the last sentence's subject, when a person ("وقال الشيخ عبدالله بن زايد … مقدما
		// الشكر للرئيس ترامب. وأكد سموه"), else the last person named
		// — of them, one whose title the pronoun names first ("شهد صاحب السمو الشيخ محمد بن
		// زايد ودولة ناريندرا مودي … وأكد سموه": the sheikh, not the prime minister)
		if ref == nil && subject != nil && isPerson(subject) && titled(k, subject) {
			ref = subject
		}
		for j := len(prev) - 1; j >= 0 && ref == nil; j-- {
			if isPerson(&prev[j]) && titled(k, &prev[j]) {
				ref = &prev[j]
			}
		}
		if ref == nil && subject != nil && isPerson(subject) {
			ref = subject
		}
		if ref == nil && len(prev) > 0 {
			ref = &prev[len(prev)-1]
		}
		if ref == nil {
			continue
		}
		m := doc.Mention{TokStart: i, TokEnd: i + 1, Kind: doc.KindCoref, Confidence: 0.7}
		m.Participant = ref.Participant
		m.Text, m.Span = s.toks[i].Text, marsad.Span{Start: s.toks[i].Start, End: s.toks[i].End}
		m.Sector, m.Office = ref.Sector, ref.Office
		s.ments = append(s.ments, m)
		added = true
	}
	if added {
		s.reindex()
	}
}

// honorificTitles are words of the titles an honorific pronoun stands for (by its key).
var honorificTitles = map[string][]string{
	"سموه": {"سمو", "الشيخ", "الأمير", "ولي العهد", "ولي عهد"}, "سموها": {"سمو", "الشيخة", "الأميرة"},
	"جلالته": {"جلالة", "الملك", "السلطان"}, "فخامته": {"فخامة", "الرئيس", "رئيس"},
	"معاليه": {"معالي", "وزير"}, "معاليها": {"معالي", "وزيرة"}, "دولته": {"دولة", "رئيس الوزراء", "رئيس وزراء", "رئيس الحكومة"},
	"سماحته": {"سماحة", "الشيخ", "المفتي", "آية الله", "السيد"},
}

// honorificOffices are the offices an honorific pronoun stands for (by its key).
var honorificOffices = map[string][]string{
	"سموه": {"crown_prince"}, "جلالته": {"monarch"}, "فخامته": {"president"}, "دولته": {"prime_minister"},
	"سماحته": {"religious_leader", "supreme_leader"},
}

// titled reports whether mention m's words or office hold a title honorific pronoun k stands
// for; true when the pronoun names no title of its own.
func titled(k string, m *doc.Mention) bool {
	ws, ok := honorificTitles[k]
	if !ok {
		return true
	}
	for _, w := range ws {
		if strings.Contains(m.Text, w) {
			return true
		}
	}
	if (k == "معاليه" || k == "معاليها") && strings.HasSuffix(m.Office, "minister") && m.Office != "prime_minister" {
		return true
	}
	return slices.Contains(honorificOffices[k], m.Office)
}

// isPerson reports a mention of a known person.
func isPerson(m *doc.Mention) bool {
	return m.Code != "" && len(m.Group) == 0 && m.ActorRef.Kind == "person"
}

// sectors are the CAMEO sector codes an actor code can carry after its country.
var sectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "OPP": true,
	"REB": true, "PTY": true, "MED": true, "BUS": true, "CVL": true, "REF": true, "EDU": true, "HLH": true,
	"LAB": true, "REL": true, "ELI": true, "SPY": true, "INS": true, "AGR": true, "DEV": true, "HRI": true,
	"MOD": true, "RAD": true, "UAF": true, "SEP": true, "CRM": true}

// stateOrgan are the sectors that belong to a state, never to an international body: an army,
// police, courts, a parliament or an intelligence service near the UN are a country's.
var stateOrgan = map[string]bool{"MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}

// soundPluralNun reports a sound masculine plural with its ن ("متظاهرون", "مسلحين"): a noun
// that is no first term of a construct.
func soundPluralNun(k string) bool {
	return runeLen(k) >= 5 && (strings.HasSuffix(k, "ون") || strings.HasSuffix(k, "ين"))
}

// bareSector reports a mention that names a sector without a country ("الشرطة", "مسلحون").
func bareSector(m doc.Mention) bool {
	return (m.Country == "" && sectors[m.Code] && len(m.Group) == 0) || (m.Kind == doc.KindEntity && m.Type == "PER" && m.Code == "")
}

// placeCountries completes bare sector mentions with a country: the nearest country named in
// the sentence (an actor or a place), else the document's main country.
func (s *sent) placeCountries(focus, placeFocus, home, prevSubject string, guessed *map[string]doc.Mention) {
	// first the mentions whose body is named right after them (see belongsTo), so that a
	// mention next to them can take their country below
	for k := range s.ments {
		if m := &s.ments[k]; bareSector(*m) {
			s.belongsTo(m)
		}
	}
	for k := range s.ments {
		m := &s.ments[k]
		if !bareSector(*m) {
			continue
		}
		// "الباحث باتريك جورج زكي" … "قال زكي في تصريحات لوسائل إعلام إيطالية": a person the
		// knowledge base does not know keeps the country (and office) guessed at his first
		// mention, by his name's last word
		if m.Kind == doc.KindEntity && m.Type == "PER" && m.TokEnd > m.TokStart {
			if g, ok := (*guessed)[s.keys[m.TokEnd-1]]; ok {
				m.Code, m.Country, m.Sector, m.Confidence = g.Code, g.Country, g.Sector, g.Confidence
				continue
			}
		}
		// "المتحدث باسم الحكومة الانتقالية في مالي": a role right before a mention of a body
		// is that body's
		if n := s.mentionStarting(m.TokEnd); n >= 0 && m.Kind == doc.KindRole && !bareSector(s.ments[n]) && len(s.ments[n].Group) == 0 {
			if c := countryOf(&s.ments[n]); isCountryCode(c) && s.ments[n].Kind == doc.KindSector {
				m.Country = c
				m.Code = c + m.Code
				m.Confidence *= 0.8
				continue
			}
		}
		// "المتحدثة باسم الخارجية ماريا زاخاروفا": an office named alone, then within two words
		// the person who holds it, is that person's country's
		if m.Kind == doc.KindRole {
			if c := s.holderAfter(m); c != "" {
				m.Country = c
				m.Code = c + m.Code
				m.Confidence *= 0.9
				continue
			}
		}
		// "نقلت وكالة أنباء إيرانية عن مصدر عسكري": an unnamed source a medium quotes is of
		// the medium's country
		if c := s.mediumCountryBefore(m.TokStart); c != "" && m.Kind != doc.KindEntity {
			m.Country = c
			m.Code = c + m.Code
			m.Confidence *= 0.8
			continue
		}
		// "ووقع الإعلان عن الجانب الأردني وزير المياه والري محمد النجار": who signs or speaks
		// for a side is of that side's country
		if c := s.sideBefore(m.TokStart); c != "" {
			m.Country = c
			m.Code = c + m.Code
			m.Confidence *= 0.9
			if m.Kind == doc.KindEntity && m.Type == "PER" {
				// (with the office named before the person, kept for the name's later mentions)
				if sec := s.officeBefore(m.TokStart); sec != "" {
					m.Code, m.Sector = c+sec, sec
				}
				if *guessed == nil {
					*guessed = map[string]doc.Mention{}
				}
				(*guessed)[s.keys[m.TokEnd-1]] = *m
			}
			continue
		}
		// "بين الحكومة الانتقالية والجبهة الثورية": a government named alone beside the rebels or
		// the opposition it faces is of their country, not of the place of the talks
		if m.Code == "GOV" && m.Kind == doc.KindSector {
			if c := s.domesticRivalInChain(k); c != "" {
				m.Country = c
				m.Code = c + m.Code
				m.Confidence *= 0.9
				continue
			}
		}
		// "بين وفدي الحكومة والمعارضة" in a story on Syria's talks in Geneva: a government and
		// the opposition named alone side by side are the two sides of the story's country, not
		// of the place where they meet
		if (m.Code == "GOV" || m.Code == "OPP") && m.Kind == doc.KindSector && isCountryCode(focus) && s.bareRivalInChain(k) {
			m.Country = focus
			m.Code = focus + m.Code
			m.Confidence *= 0.8
			continue
		}
		best, bestCode, dist := "", "", 1<<30
		bestAdj := false  // the nearest is named after the mention, not right after it
		bestWeak := false // the nearest is a place or a nationality, not an actor
		for j := range s.ments {
			o := s.ments[j]
			if j == k || bareSector(o) || len(o.Group) > 0 {
				continue
			}
			c := countryOf(&o)
			// a non-governmental or international body has no police or ministry ("قوى الأمن
			// الداخلي … الصليب الأحمر", "وتتهم الأمم المتحدة الجيش"), and a foreign envoy's
			// country is not the host's ("استدعت الخارجية السفير الإسرائيلي")
			// (nor does a medium quoted: "قال الوزير لقناة العربية")
			if c == "" || sectors[c] || c == "NGO" || c == "IGO" && m.Kind != doc.KindRole && stateOrgan[m.Code] || o.Office == "ambassador" ||
				strings.HasSuffix(o.Code, "MED") || o.Kind == doc.KindDemonym && s.mediumNationality(o.TokStart) {
				continue
			}
			// "هاجم متظاهرون السفارة الأمريكية": a plural with its ن is in construct with
			// nothing; the noun phrase after it is another one, the act's object
			if o.TokStart == m.TokEnd && o.Kind != doc.KindDemonym && m.TokEnd > 0 && soundPluralNun(s.keys[m.TokEnd-1]) {
				continue
			}
			d := o.TokStart - m.TokStart
			if d < 0 {
				d = -d
			}
			if d < dist {
				best, bestCode, dist = c, o.Code, d
				bestWeak = o.Kind == doc.KindDemonym
				bestAdj = o.TokStart > m.TokEnd && !(o.TokStart == m.TokEnd+1 && s.keys[m.TokEnd] == "من") // (not "مواطن من الشيشان")
			}
		}
		// "اقتحم محتجون مبنى السفارة السعودية في طهران": people in the street are of the place
		// their clause names, not of the nationality of what they storm
		if m.Code == "CVL" && bestAdj {
			cs, ce := s.clauseStart(m.TokStart), s.clauseEnd(m.TokStart)
			for pi, p := range s.d.Places {
				if p.Country != "" && p.Country != best && p.TokStart >= cs && p.TokStart < ce && s.locative(&s.d.Places[pi]) {
					best, bestCode, dist = p.Country, "", 0
					break
				}
			}
		}
		for _, p := range s.d.Places {
			d := p.TokStart - m.TokStart
			if d < 0 {
				d = -d
			}
			if p.Country != "" && d < dist && !s.mediumNationality(p.TokStart) {
				best, bestCode, dist = p.Country, "", d
				bestWeak = true
			}
		}
		if best == "IGO" && dist <= nearSector && m.Kind != doc.KindSector {
			// an office next to an international body is the body's ("المتحدث باسم البرنامج"
			// after the World Food Programme): its code, not "IGO" with a sector
			m.Code = bestCode
			m.Confidence *= 0.8
			continue
		}
		// (a state's organ is no international body's: "ودعت الحكومة الأمم المتحدة إلى …" is
		// the story's government addressing the UN)
		if best == "IGO" && m.Kind == doc.KindSector && stateOrganWord(m.Text) {
			best, dist = "", 1<<30
		}
		if prevSubject != "" && dist > nearSector && stateOrgan[m.Code] || prevSubject != "" && dist > nearSector && m.Code == "GOV" && m.Kind != doc.KindEntity {
			// "قررت حكومة دولة الكويت … . وقالت وزارة الخارجية": a state's organ opening the
			// sentence after one where that state acted is its own
			// (not in a story a state agency files from home, where it is home's: "دمشق-سانا" …
			// "وأدانت وزارة الخارجية والمغتربين العدوان" after the attackers were named)
			if k := s.firstMention(); k >= 0 && &s.ments[k] == m && m.TokStart <= 2 && (home == "" || home == prevSubject) {
				best = prevSubject
			}
		}
		// "وأدانت دولة الإمارات الهجوم، وأعربت وزارة الخارجية عن تضامنها مع سلطنة عُمان": a
		// state's organ later in a sentence whose subject is a state is that state's
		ownState := false
		if dist > nearSector && (stateOrgan[m.Code] || m.Code == "GOV") && m.Kind != doc.KindEntity {
			if k := s.firstMention(); k >= 0 && s.ments[k].TokStart <= 2 && s.ments[k].TokEnd <= m.TokStart && s.marker(k) == "obj" && s.ments[k].Kind == doc.KindCountry {
				if c := countryOf(&s.ments[k]); isCountryCode(c) {
					best, ownState = c, true
				}
			}
		}
		if !ownState && (best == "" || dist > nearSector && focus != "" && best != prevSubject && !(m.Kind == doc.KindEntity && dist <= nearPerson && !bestWeak)) {
			// a country named far off in the sentence is more often the act's object than the
			// sector's nationality (a person's, by an actor up to nearPerson words off: "عفا
			// الرئيس المصري عن الباحث مجدي الصاوي")
			best = focus
			// (a state's organ named alone in a story a state agency files from home is that
			// state's: "الرياض … واس" … "أعلنت وزارة الخارجية نجاح وساطة …", whatever countries
			// the story names most)
			if home != "" && (stateOrgan[m.Code] || m.Code == "GOV") && m.Kind != doc.KindEntity {
				best = home
			}
			// (rebels and the opposition named alone are of the country the story happens in,
			// places counted: "فصائل المعارضة" in a story from Aleppo that names Russia and Turkey
			// as mediators)
			if (m.Code == "REB" || m.Code == "OPP") && placeFocus != "" {
				best = placeFocus
			}
			// (but protesters, civilians and police are of the place their clause names:
			// "اقتحم آلاف المحتجين مقر الحكومة في يريفان" in a story about Russia's deal)
			// (and so are a government and a parliament named alone: "مقر الحكومة والبرلمان في
			// يريفان")
			// (and workers: "عمال مناجم يحتجون … في كاتوفيتشي، جنوبي بولندا")
			if sec := m.Code; sec == "CVL" || sec == "COP" || sec == "LAB" || (sec == "GOV" || sec == "LEG" || sec == "OPP") && m.Kind == doc.KindSector {
				cs, ce := s.clauseStart(m.TokStart), s.clauseEnd(m.TokStart)
				for pi, p := range s.d.Places {
					if p.Country != "" && p.TokStart >= cs && p.TokStart < ce && s.locative(&s.d.Places[pi]) {
						best = p.Country
						break
					}
				}
			}
		}
		if best != "" {
			m.Country = best
			m.Code = best + m.Code
			m.Confidence *= 0.8
			if m.Kind == doc.KindEntity {
				m.Confidence = 0.3 // a person the knowledge base does not know: a guess
				// "رئيس لجنة التحقيق المصرية أيمن المقدم": a person named after an office or a
				// rank is an official of that country
				if b := s.bodyOfOffice(m.TokStart); b != nil {
					// "رئيس لجنة التحقيق المصرية أيمن المقدم": an official of that body
					m.Code, m.Country, m.Sector = b.Code, b.Country, b.Sector
					if b.Country == "" {
						m.Code, m.Country = best+b.Sector, best
					}
					m.Confidence = 0.5
				} else if sec := s.officeBefore(m.TokStart); sec != "" {
					m.Code, m.Sector = best+sec, sec
					m.Confidence = 0.5
				}
				if m.Type == "PER" {
					if *guessed == nil {
						*guessed = map[string]doc.Mention{}
					}
					(*guessed)[s.keys[m.TokEnd-1]] = *m
				}
			}
		}
	}
}

// mediumCountryBefore returns the country of the medium named right before "عن" and token i
// ("وكالة الأنباء السعودية عن", "وكالة أنباء إيرانية عن", "التلفزيون الرسمي السوري عن"), also
// before "عن مصدر في" and a body at i ("نقلت سانا عن مصدر في وزارة الداخلية"), or "".
func (s *sent) mediumCountryBefore(i int) string {
	// (a body the unnamed source is in: "نقلت سانا عن مصدر في وزارة الداخلية")
	if i >= 4 && s.keys[i-1] == "في" && unnamedSources[s.keys[i-2]] {
		i -= 2
	}
	if i < 2 || s.keys[i-1] != "عن" {
		return ""
	}
	end := i - 1
	// (past the medium's short name in brackets: "وكالة الأنباء السورية (سانا) عن مصدر")
	if s.toks[end-1].Text == ")" {
		for j := end - 2; j >= 1 && j >= end-4; j-- {
			if s.toks[j].Text == "(" {
				end = j
				break
			}
		}
	}
	k := s.mentAt[end-1]
	if k < 0 || s.ments[k].TokEnd != end {
		return ""
	}
	o := &s.ments[k]
	c := countryOf(o)
	if !isCountryCode(c) {
		return ""
	}
	if strings.HasSuffix(o.Code, "MED") {
		return c
	}
	if o.Kind != doc.KindDemonym {
		return ""
	}
	for j := o.TokStart - 1; j >= 0 && j >= o.TokStart-3; j-- {
		if mediaHeads[strings.TrimPrefix(s.keys[j], "و")] {
			return c
		}
	}
	return ""
}

// unnamedSources are the words for an unnamed source inside a body (keys).
var unnamedSources = keySet("مصدر", "مصادر", "مسؤول", "مسؤولين")

// mediumNationality reports a nationality at token i that is a medium's ("لوسائل إعلام
// إيطالية", "لصحيفة فرنسية"): a media noun stands one to three words before it ("موقع" is too
// often a military post: "موقع الجيش السوري").
func (s *sent) mediumNationality(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if k := s.keys[j]; !strings.HasSuffix(k, "موقع") && mediaHead(k) {
			return true
		}
	}
	return false
}

// mediaHead reports a key of a media noun, with or without its proclitics ("لوسائل",
// "وللصحيفة").
func mediaHead(k string) bool {
	for range 3 {
		if mediaHeads[k] {
			return true
		}
		switch {
		case strings.HasPrefix(k, "لل"):
			k = "ال" + strings.TrimPrefix(k, "لل")
		case strings.HasPrefix(k, "و"), strings.HasPrefix(k, "ف"), strings.HasPrefix(k, "ل"), strings.HasPrefix(k, "ب"):
			_, n := utf8.DecodeRuneInString(k)
			k = k[n:]
		default:
			return false
		}
	}
	return mediaHeads[k]
}

// mediaHeads are the nouns that name a medium before its nationality (keys).
var mediaHeads = keySet("وكالة", "الوكالة", "صحيفة", "الصحيفة", "قناة", "القناة", "التلفزيون", "الإذاعة", "إذاعة", "موقع", "وسائل",
	"الإعلام", "إعلام", "أنباء", "الأنباء")

// stateOrganWord reports a mention text naming a state's own organ — its government,
// authorities, ministry, presidency, parliament, army or police — which no international body
// has (a mission, a delegation or forces may be the UN's).
func stateOrganWord(text string) bool {
	k := strings.TrimPrefix(strings.TrimPrefix(arabic.Key(firstWord(text)), "و"), "ف")
	for _, p := range []string{"الحكوم", "حكوم", "السلطات", "سلطات", "وزار", "الوزار", "الرئاس", "البرلمان", "الجيش", "الشرطه", "الخارجيه", "الداخليه"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// firstMention returns the index of the sentence's first mention, or -1.
func (s *sent) firstMention() int {
	k := -1
	for i := range s.ments {
		if k < 0 || s.ments[i].TokStart < s.ments[k].TokStart {
			k = i
		}
	}
	return k
}

// forConsultation reports "للتشاور" (for consultations) in the clause of trigger t, after it.
func (s *sent) forConsultation(t *trig) bool {
	for j := t.end; j < s.clauseEnd(t.i); j++ {
		if s.keys[j] == "للتشاور" {
			return true
		}
	}
	return false
}

// postedTo returns the country of a place introduced by في or لدى at a token in [from, to)
// (an envoy's post: "السفير الصيني في لندن", "سفيرها لدى الجزائر"), or "".
func (s *sent) postedTo(from, to int) string {
	j := from
	for j < to && j < len(s.toks) && s.keys[j] != "في" && s.keys[j] != "لدي" && s.keys[j] != "لدى" {
		j++
	}
	if j >= to || j >= len(s.toks) {
		return ""
	}
	if p := s.placeStarting(j + 1); p != nil && p.Country != "" {
		return p.Country
	}
	if k := s.mentionStarting(j + 1); k >= 0 && len(s.ments[k].Group) == 0 {
		if c := countryOf(&s.ments[k]); isCountryCode(c) {
			return c
		}
	}
	return ""
}

// belongsTo gives a bare sector mention the body named right after في or من: "القيادي في
// حماس", "وفد من حماس" (the body's code), "الحكومة الانتقالية في مالي" (a government body in a
// country).
// holderAfter returns the country of a known person named within two words after the bare
// office m ("المتحدثة باسم الخارجية ماريا زاخاروفا"), or "".
func (s *sent) holderAfter(m *doc.Mention) string {
	for j := m.TokEnd; j < len(s.toks) && j <= m.TokEnd+2; j++ {
		if s.isPunct(j) {
			return ""
		}
		if k := s.mentAt[j]; k >= 0 {
			o := &s.ments[k]
			if o.TokStart == j && o.ActorRef.Kind == "person" && !bareSector(*o) {
				if c := countryOf(o); c != "" && !sectors[c] && c != "IGO" {
					return c
				}
			}
			return ""
		}
	}
	return ""
}

// officeBefore returns the sector of an office or rank word that opens the phrase ending
// right before token i ("رئيس لجنة التحقيق المصرية", "اللواء"): GOV or MIL, else "".
func (s *sent) officeBefore(i int) string {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		// (an office before a preposition is another man's: "عفا الرئيس المصري عن الباحث …")
		if s.isPunct(j) || officeGaps[s.keys[j]] {
			return ""
		}
		if k := s.mentAt[j]; k >= 0 {
			// an office the knowledge base read without its holder ("وزير التجارة")
			if mm := &s.ments[k]; mm.Kind == doc.KindRole {
				if mm.Sector == "MIL" {
					return "MIL"
				}
				return "GOV"
			} else if mm.Kind != doc.KindDemonym {
				return ""
			}
		}
		if sec, ok := officeWords[s.keys[j]]; ok {
			return sec
		}
		if sec, ok := officeWords[strings.TrimPrefix(s.keys[j], "و")]; ok && strings.HasPrefix(s.keys[j], "و") {
			return sec // "ووزير"
		}
	}
	return ""
}

// officeGaps are the prepositions that part an office from a name after them (keys).
var officeGaps = keySet("عن", "من", "على", "إلى", "في", "مع", "بين", "ضد", "بحق")

// bodyOfOffice returns the body named right before token i after an office word ("رئيس لجنة
// التحقيق المصرية", "الأمين العام لحزب …"), when the body has a country's code; else nil.
func (s *sent) bodyOfOffice(i int) *doc.Mention {
	if i > 0 && s.isPunct(i-1) && s.keys[i-1] == "،" {
		i--
	}
	k := -1
	if i > 0 {
		k = s.mentAt[i-1]
	}
	if k < 0 || len(s.ments[k].Group) > 0 || s.ments[k].Code == "" {
		return nil
	}
	// a known body of a country, or one the tagger found and its head word coded ("رئيس جبهة
	// التغيير محمد مهدي علي")
	if b := &s.ments[k]; !(b.Kind == doc.KindOrg && b.Country != "") && !(b.Kind == doc.KindEntity && b.Type == "ORG") {
		return nil
	}
	b := &s.ments[k]
	j := b.TokStart - 1
	if j >= 0 && s.mentAt[j] < 0 && s.keys[j] == "العام" {
		j-- // "الأمين العام لحزب"
	}
	if j < 0 || s.mentAt[j] >= 0 {
		return nil
	}
	if _, ok := officeWords[strings.TrimPrefix(s.keys[j], "و")]; !ok {
		return nil
	}
	return b
}

// officeWords head an official's title: the sector they give a person the knowledge base does
// not know.
var officeWords = func() map[string]string {
	m := map[string]string{}
	for _, w := range []string{"رئيس", "رئيسة", "وزير", "وزيرة", "أمين", "مدير", "مديرة", "نائب", "سفير", "سفيرة",
		"مستشار", "مستشارة", "محافظ", "حاكم", "المتحدث", "الناطق", "متحدث", "ناطق", "وكيل", "معالي", "سعادة"} {
		m[arabic.Key(w)] = "GOV"
	}
	for _, w := range []string{"قائد", "اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "النقيب", "المشير",
		"الجنرال"} {
		m[arabic.Key(w)] = "MIL"
	}
	return m
}()

func (s *sent) belongsTo(m *doc.Mention) {
	j := m.TokEnd
	// ("السلطات الجديدة في السنغال": past one definite adjective)
	if j+2 < len(s.toks) && s.mentAt[j] < 0 && definite(s.keys[j]) && s.toks[j].Kind == arabic.Word && s.keys[j+1] == "في" {
		j++
	}
	// "المدير الإقليمي لبرنامج الأغذية العالمي": an office of an organisation named after ل
	// (past one definite adjective)
	if m.Kind == doc.KindRole {
		jj := m.TokEnd
		if jj+1 < len(s.toks) && s.mentAt[jj] < 0 && definite(s.keys[jj]) && s.toks[jj].Kind == arabic.Word {
			jj++
		}
		if k := s.mentionStarting(jj); k >= 0 && jj < len(s.toks) && strings.HasPrefix(s.keys[jj], "ل") && len(s.ments[k].Group) == 0 {
			if o := s.ments[k]; (o.Kind == doc.KindOrg || o.Kind == doc.KindCoref) && strings.HasPrefix(o.Code, "IGO") {
				m.Code, m.Country = o.Code, countryOf(&o)
				m.Confidence *= 0.8
				return
			}
		}
	}
	if m.Kind == doc.KindEntity || j+1 >= len(s.toks) || (s.keys[j] != "في" && s.keys[j] != "من") {
		return
	}
	k := s.mentionStarting(j + 1)
	if k < 0 && j+2 < len(s.toks) && s.quoteMark(j+1) {
		k = s.mentionStarting(j + 2) // "القيادي في «قوات سوريا الديمقراطية»"
	}
	// "السلطات الانتقالية في باماكو": a state's organ in a capital is that country's (not in
	// any place: "المدعي العام في المنطقة الشرقية في تينيسي", "مصادر أمنية في الخليل")
	if stateOrganSector(m.Code) && s.keys[j] == "في" && k >= 0 && s.ments[k].Kind == doc.KindCapital {
		if c := countryOf(&s.ments[k]); isCountryCode(c) {
			m.Country = c
			m.Code = c + m.Code
			m.Confidence *= 0.8
			return
		}
	}
	if k < 0 || bareSector(s.ments[k]) || len(s.ments[k].Group) > 0 {
		return
	}
	o := s.ments[k]
	switch {
	case o.Kind == doc.KindOrg && len(o.Code) >= 6 && (countryOf(&o) != "IGO" || m.Kind == doc.KindRole && s.keys[j] == "في"):
		// (an office in an international organisation is the organisation's: "الممثل الأعلى
		// للسياسة الخارجية في الاتحاد الأوروبي")
		m.Code, m.Country = o.Code, countryOf(&o)
		m.Confidence *= 0.8
	case s.keys[j] == "من" && o.Kind == doc.KindSector && len(o.Code) >= 6 && isCountryCode(countryOf(&o)):
		// ("وفد من المعارضة السورية", "عناصر من الجيش السوداني": part of a country's sector)
		m.Code, m.Country = o.Code, countryOf(&o)
		m.Confidence *= 0.8
	case s.keys[j] == "في" && o.Kind == doc.KindCountry && len(o.Code) == 3 && stateOrganSector(m.Code):
		// ("المجلس العسكري الحاكم في النيجر", "الشرطة في ألمانيا")
		m.Country = o.Code
		m.Code = o.Code + m.Code
		m.Confidence *= 0.8
		if s.of == nil {
			s.of = make([]bool, len(s.ments))
		}
		s.of[k] = true
	}
}

// stateOrganSector reports the code of a state's organ named alone: a government, a parliament,
// courts, an army, the police.
func stateOrganSector(code string) bool {
	switch code {
	case "GOV", "LEG", "JUD", "MIL", "COP":
		return true
	}
	return false
}
