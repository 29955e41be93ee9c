package actor

import (
	"slices"
	"strings"
	"unicode/utf8"

	"marsad/arabic"
)

// Confidence of each way of resolving a mention.
const (
	confName     = 0.95
	confOrg      = 0.9
	confCountry  = 0.9
	confRole     = 0.9 // role + nationality with a holder on the date
	confRoleCode = 0.8 // role + nationality without a known holder: the code only
	confSector   = 0.85
	// confBareSector is the confidence of a sector named without a country ("الشرطة"): its
	// country comes from context.
	confBareSector = 0.5
	confShort      = 0.8
	confAmbShort   = 0.7 // an ambiguous short form resolved by an earlier full mention
	confAlias      = 0.75
	confCoref      = 0.7
	confDemonymP   = 0.7 // a plural nationality noun ("الفلسطينيون")
	confCapital    = 0.6
	confUnknown    = 0.6 // an unknown person named next to a role
	confDemonymA   = 0.4 // a nationality adjective after a word that is not an actor ("الغاز الروسي")
)

// sentence is the state of resolving one sentence.
type sentence struct {
	d    *Doc
	kb   *KB
	text string
	toks []arabic.Token
	base int // offset of text in the tokens' coordinates
	m    matcher
	out  []Mention
	buf  []match // matches at the token parse is looking at
	// keys holds the tokens' keys; ends and covered are appositions' scratch.
	keys    []string
	ends    []int
	covered []bool
	earlier Mention // the mention of an earlier sentence recent yields
}

// reset prepares a recycled sentence state for another sentence.
func (s *sentence) reset(d *Doc, text string, toks []arabic.Token, base int) {
	s.d, s.kb, s.text, s.toks, s.base = d, d.kb, text, toks, base
	s.keys = keysOf(toks, s.keys)
	s.m.reset(d.kb.root, d.kb.starts, s.keys)
	s.out = s.out[:0]
}

// done drops the sentence's references to the document, the caller's text, tokens and
// mentions, so that a recycled state keeps them alive no longer (the keys of its words stay
// until the next sentence).
func (s *sentence) done() {
	clear(s.out)
	s.out = s.out[:0]
	s.d, s.text, s.toks, s.earlier = nil, "", nil, Mention{}
}

// parse resolves the phrase starting at token i and returns the index after it.
func (s *sentence) parse(i int) int {
	s.buf = s.m.at(i, true, s.buf)
	ms := s.buf
	if len(ms) == 0 {
		if end := s.bodyHead(i); end > i {
			return end
		}
		if end := s.placeAnaphor(i); end > i {
			return end
		}
		if len(s.d.alias) == 0 && len(s.d.sonAlias) == 0 {
			return i + 1 // what alias would say, without a call
		}
		return s.alias(i)
	}
	L := ms[0]
	if (L.has(eOffice) || L.has(eName) || L.has(eHonor)) && !L.has(eCoref) && s.afterInstitution(i) {
		return s.skipInstitutionName(L)
	}
	if L.end == i+1 && !L.has(eName) && !L.has(eOffice) && !L.has(eCoref) && !L.has(eSector) && !L.has(eHonor) {
		if ref, _ := s.aliasAt(i); ref != nil {
			return s.alias(i)
		}
	}
	switch {
	case L.has(eNon):
		return L.end
	case L.has(eCoref):
		return s.coref(L, L.get(eCoref))
	case L.has(eName) && L.has(eCapital) && s.capitalNotCountry(&L):
		return s.capital(L, L.get(eCapital))
	case L.has(eName):
		return s.name(L, L.get(eName))
	case L.has(eOffice):
		return s.role(L, L.get(eOffice))
	case L.has(eHonor):
		return s.honorific(L)
	case L.has(eSector):
		return s.sectorPhrase(L, L.get(eSector))
	case L.has(eShort):
		if L.cut == 0 && L.end == i+1 && s.commonWithClitic(i) {
			return L.end // "بأول" is "ب + أول", not "باول" (Powell)
		}
		return s.short(L)
	case L.has(eDemonym):
		return s.demonym(L, L.get(eDemonym))
	case L.has(eCapital):
		return s.capital(L, L.get(eCapital))
	case L.has(eOrgAdj):
		return s.orgAdjective(L, L.get(eOrgAdj))
	}
	return L.end
}

// bodyHeads are nouns that head the names of bodies: alone and definite they refer back to the
// body of that name ("ورحب الصندوق" after "صندوق النقد الدولي", "وقالت الحركة" after "حركة
// حماس").
var bodyHeads = map[string]bool{}

func init() {
	for _, w := range []string{"صندوق", "حركة", "جماعة", "وكالة", "منظمة", "بنك", "اتحاد", "تحالف", "هيئة", "جبهة",
		"تنظيم", "مفوضية", "مجموعة", "رابطة", "جامعة", "حزب", "ائتلاف", "مكتب", "بعثة", "برنامج"} {
		bodyHeads[arabic.Key(w)] = true
	}
}

// bodyHead makes a definite body head at token i ("الصندوق", "والحركة") a mention of the latest
// body of the document whose name it heads, and returns the token after it; i when there is none.
// A definite word after it makes it another body ("الصندوق السيادي"), unless an epithet
// ("التنظيم الإرهابي").
func (s *sentence) bodyHead(i int) int {
	k := s.m.keys[i]
	cut := 0
	for _, c := range [...]string{"و", "ف"} {
		if r, ok := strings.CutPrefix(k, c); ok && strings.HasPrefix(r, "ال") {
			k, cut = r, 1
			break
		}
	}
	r, ok := strings.CutPrefix(k, "ال")
	if !ok || !bodyHeads[r] {
		return i
	}
	// (a stop word is no adjective, though "إلى", "التي" begin with the letters of the article)
	if n := i + 1; n < len(s.toks) && s.isWord(n) && strings.HasPrefix(s.m.keys[n], "ال") && !bodyEpithets[s.m.keys[n]] && !s.stopword(s.m.keys[n]) {
		return i
	}
	m := s.headOf(r)
	if m == nil {
		return i
	}
	s.corefTo(i, i+1, cut, m)
	return i + 1
}

// placeAnaphors are nouns that head the names of places: alone and definite they refer back
// to the place of that name ("غارات على القطاع" after "قطاع غزة", "حكومة الإقليم" after "إقليم
// كردستان").
var placeAnaphors = map[string]bool{}

func init() {
	for _, w := range []string{"قطاع", "إقليم"} {
		placeAnaphors[arabic.Key(w)] = true
	}
}

// placeAnaphor makes a definite place head at token i ("القطاع", "بالقطاع", "للإقليم") a mention
// of the latest place of the document whose name it heads, and returns the token after it; i
// when there is none. A definite word after it makes it another thing ("القطاع الخاص").
func (s *sentence) placeAnaphor(i int) int {
	k := s.m.keys[i]
	r, cut := "", 0
	for _, p := range [...]struct {
		pfx string
		cut int
	}{{"ال", 0}, {"وال", 1}, {"فال", 1}, {"بال", 1}, {"وبال", 2}, {"لل", 1}, {"ولل", 2}} {
		if rest, ok := strings.CutPrefix(k, p.pfx); ok && placeAnaphors[rest] {
			r, cut = rest, p.cut
			break
		}
	}
	if r == "" {
		return i
	}
	if n := i + 1; n < len(s.toks) && s.isWord(n) && strings.HasPrefix(s.m.keys[n], "ال") && !s.stopword(s.m.keys[n]) {
		return i
	}
	for m := range s.recent() {
		h := m.placeHead
		if h == "" && m.Text != "" {
			h = placeHeadOf(m)
		}
		if h == r {
			s.corefTo(i, i+1, cut, m)
			return i + 1
		}
	}
	return i
}

// placeHeadOf returns the key of the first word of a country's mention that is a place
// anaphor ("قطاع" of "قطاع غزة", "بقطاع غزة"), or "".
func placeHeadOf(m *Mention) string {
	if m.Code == "" || m.Actor == nil || m.Actor.Kind != CountryKind {
		return ""
	}
	w, _, _ := strings.Cut(m.Text, " ")
	w = arabic.Key(w)
	if placeAnaphors[w] {
		return w
	}
	for _, c := range [...]string{"و", "ف", "ب", "ل"} {
		if rest, ok := strings.CutPrefix(w, c); ok && placeAnaphors[rest] {
			return rest
		}
	}
	return ""
}

// stateWords name a state before its name ("جمهورية", "دولة"), keys.
var stateWords = map[string]bool{}

func init() {
	for _, w := range []string{"جمهورية", "دولة", "مملكة", "سلطنة", "إمارة"} {
		stateWords[arabic.Key(w)] = true
	}
}

// militaryRanks are the ranks written before an officer's name (keys).
var militaryRanks = map[string]bool{}

func init() {
	for _, w := range []string{"العماد", "اللواء", "الفريق", "العقيد", "العميد", "المقدم", "الرائد", "المشير",
		"الأميرال", "النقيب", "الملازم", "الجنرال"} {
		militaryRanks[arabic.Key(w)] = true
	}
}

// bodyEpithets are adjectives a writer gives a body already named, which make no other body of
// its head noun ("التنظيم الإرهابي", "الجماعة المتطرفة"), keys.
var bodyEpithets = map[string]bool{}

func init() {
	for _, w := range []string{"الإرهابي", "الإرهابية", "المتطرف", "المتطرفة", "الجهادي", "الجهادية", "المتشدد",
		"المتشددة", "المحظورة", "المحظور", "المتمردة", "المتمرد", "الانفصالية", "الانفصالي", "المسلحة"} {
		bodyEpithets[arabic.Key(w)] = true
	}
}

// commonWithClitic reports whether token i, read as ب or ل + a word, is a frequent word: then
// a one-word short form that the whole token spells is more likely that word.
func (s *sentence) commonWithClitic(i int) bool {
	k := s.m.keys[i]
	for _, p := range [...]string{"ب", "ل", "وب", "ول", "فب", "فل"} {
		if r, ok := strings.CutPrefix(k, p); ok && runeLen(r) >= 2 && arabic.DefaultLexicon().Freq(r) >= 400 {
			return true
		}
	}
	return false
}

// newMention builds a mention over tokens [ts, te) whose first cut key runes are proclitics.
func (s *sentence) newMention(ts, te, cut int, typ MentionType) Mention {
	start := s.toks[ts].Start + s.cutRunes(ts, cut)
	end := s.toks[te-1].End
	if end < start {
		end = start
	}
	conj := false
	if cut > 0 {
		k := s.m.keys[ts]
		conj = strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف")
	}
	return Mention{Start: start, End: end, TokStart: ts, TokEnd: te, Text: s.d.cur.slice(start-s.base, end-s.base), Type: typ, conj: conj,
		aside: s.mediatorAt(ts, conj), sent: int32(s.d.sentences)}
}

// mediatorAt reports whether a mention at token ts names a mediator or sponsor ("بوساطة من
// قطر وتركيا", "برعاية مصرية"): named aside, it is not one of "the two sides" after it.
func (s *sentence) mediatorAt(ts int, conj bool) bool {
	j := ts - 1
	if j >= 0 && s.m.keys[j] == "من" {
		j--
	}
	if j >= 0 && mediationWords[s.m.keys[j]] {
		return true
	}
	if conj && len(s.out) > 0 {
		last := &s.out[len(s.out)-1]
		return last.aside && last.TokEnd == ts
	}
	return false
}

// mediationWords introduce who mediates or sponsors.
var mediationWords = map[string]bool{"بوساطه": true, "برعايه": true, "وساطه": true, "رعايه": true, "بمبادره": true}

// cutRunes converts a number of proclitic runes of a token's key into runes of the original
// token (which may carry tashkeel or tatweel).
func (s *sentence) cutRunes(ti, cut int) int {
	if cut <= 0 {
		return 0
	}
	t := &s.toks[ti]
	if t.Kind == arabic.Word && s.m.keys[ti] == t.Text {
		// The word is its own key: normalisation changed nothing, so runes map one to one.
		return min(cut, utf8.RuneCountInString(t.Text), t.End-t.Start)
	}
	n := arabic.Normalize(s.toks[ti].Text, arabic.Search)
	o, _ := n.Orig(cut, cut)
	if l := s.toks[ti].End - s.toks[ti].Start; o > l {
		o = l
	}
	return o
}

// setActor fills a mention from a record.
func (s *sentence) setActor(m *Mention, a *Actor) {
	m.Actor = a
	m.Code = a.codeOn(s.d.day, 0)
	m.Country = a.countryOn(s.d.day)
	m.Sector = sectorOf(m.Code, m.Country)
	if a.Kind == Person {
		if r, ok := a.roleOn(s.d.day); ok {
			m.Office = r.Office
		}
	}
}

// setRef fills a mention from a referent.
func setRef(m *Mention, r referent) {
	m.Actor, m.Code, m.Country, m.Sector, m.Office = r.actor, r.code, r.country, r.sector, r.office
}

func refOf(m *Mention) referent {
	return referent{actor: m.Actor, code: m.Code, country: m.Country, sector: m.Sector, office: m.Office}
}

// sectorOf returns the part of a code after its country (or after the first three letters).
func sectorOf(code, country string) string {
	if country != "" && strings.HasPrefix(code, country) {
		return code[len(country):]
	}
	if len(code) > 3 {
		return code[3:]
	}
	return ""
}

func typeOf(a *Actor) MentionType {
	switch a.Kind {
	case Person:
		return Name
	case CountryKind:
		return Country
	}
	return Org
}

func isOrg(a *Actor) bool { return a != nil && a.Kind != Person && a.Kind != CountryKind }

// name resolves a full name.
func (s *sentence) name(L match, e *entry) int {
	a := e.actor
	end := L.end
	// "عمّان" with its shadda is Amman, Jordan's capital, not Oman (عُمان): the search key has
	// no diacritics, the text does
	if a.ID == "OMN" && L.end-L.start == 1 && strings.Contains(s.toks[L.start].Text, "مّ") {
		if jor := s.kb.actors["JOR"]; jor != nil {
			m := s.newMention(L.start, L.end, L.cut, Capital)
			s.setActor(&m, jor)
			m.Confidence = confCapital
			s.out = append(s.out, m)
			return L.end
		}
	}
	if a.Kind == Person {
		end = s.familyName(end)
		end = s.restOfName(a, end)
	}
	// "مبلغ مالي", "دعم مالي": a country named by its weak demonym ("مالي": Mali, financial)
	// after an indefinite noun is the adjective, unless the noun is one a country follows in
	// construct ("شمال مالي", "حكومة مالي")
	if a.Kind == CountryKind && L.cut == 0 && L.end-L.start == 1 && (s.adjectiveAt(L) || s.afterGivenName(L)) && !countryHeads[s.m.keys[L.start-1]] {
		if x, d, ok := s.m.find(L.start, false, eDemonym); ok && d.weak && d.actor == a && x.end == L.end {
			return L.end // (or a family name: "محمد مالي")
		}
	}
	if a.Kind == Media && s.afterPlaceHead(L.start) {
		return end
	}
	// "نهر الكونغو", "نهر الأردن", "نهر النيجر": a river named after a country is no actor
	// (nor is the alliance named after the river: "تحالف نهر الكونغو")
	if a.Kind == CountryKind && L.cut == 0 && L.start > 0 && s.isWord(L.start-1) && riverWords[s.m.keys[L.start-1]] {
		return end
	}
	m := s.newMention(L.start, end, L.cut, typeOf(a))
	s.setActor(&m, a)
	m.Confidence = confName
	s.fullMention(a)
	switch a.Kind {
	case CountryKind:
		m.Confidence = confCountry
		// "في مينسك عاصمة روسيا البيضاء", "أراضي سوريا": a country whose capital, land or
		// borders are named is a place there, not one of "the two sides" after it
		if p := L.start - 1; L.cut == 0 && p >= 0 && s.isWord(p) && placeNouns[s.m.keys[p]] {
			m.place = true
		}
		// "المملكة العربية السعودية" … "وأكدت المملكة": a kingdom (or sultanate) named in full is
		// "the kingdom" later in the document
		if L.end-L.start > 1 {
			for _, w := range [...]string{"مملكه", "سلطنه"} {
				if strings.HasSuffix(s.m.keys[L.start], w) {
					s.d.setAlias("ال"+w, refOf(&m))
					s.d.kingdomNamed = true
				}
			}
		}
	case Person:
		s.addAlias(L.start, L.end, refOf(&m))
	default:
		m.Confidence = confOrg
	}
	s.out = append(s.out, m)
	return end
}

// ofRecentCountry returns the one of cands (bodies sharing a short name) whose country the
// document named most recently, or nil.
func (s *sentence) ofRecentCountry(cands []*Actor) *Actor {
	for m := range s.recent() {
		if m.Country == "" {
			continue
		}
		for _, c := range cands {
			if c.Kind != Person && c.Country == m.Country {
				return c
			}
		}
	}
	return nil
}

// short resolves a short form: directly when one record has it, else only when one of the
// records sharing it was named in full earlier in the document.
func (s *sentence) short(L match) int {
	var cands []*Actor
	var word []*Actor // actors for which the form is an ordinary word too (word_short)
	for _, e := range L.entries {
		if e.kind == eShort && !containsActor(cands, e.actor) {
			cands = append(cands, e.actor)
			if e.weak {
				word = append(word, e.actor)
			}
		}
	}
	var a *Actor
	conf := confShort
	if len(cands) == 1 {
		a = cands[0]
	} else {
		best := 0
		for _, c := range cands {
			if n := s.d.full[c]; n > best {
				a, best = c, n
			}
		}
		// (none named in full: the only one holding an office that day — "الرئيس تراوري" is
		// Mali's interim president in 2013, Burkina Faso's in 2023 — else the one of the
		// country the story named last, "أبوظبي (وام) - أصدرت … المحكمة الاتحادية العليا" is
		// the Emirates' court, not Iraq's)
		if a == nil && L.start > 0 && officeBefore[strings.TrimPrefix(s.m.keys[L.start-1], "و")] {
			var active []*Actor
			for _, c := range cands {
				if _, ok := c.roleOn(s.d.day); ok && c.Kind == Person {
					active = append(active, c)
				}
			}
			if len(active) == 1 {
				a = active[0]
			}
		}
		if a == nil {
			a = s.ofRecentCountry(cands)
		}
		conf = confAmbShort
	}
	if a == nil || s.otherPersonsName(L) || a.Kind == Media && s.afterPlaceHead(L.start) {
		return L.end
	}
	// a short form that is an ordinary word too ("الحية" of "الذخيرة الحية", "الشرع" the law)
	// names the person only after the full name in the document, unless the person is a head
	// of state that day, named alone in headlines ("ترمب يلتقي الشرع في الرياض")
	// (nor when an office follows it in apposition: "قال ولايتي مستشار خامنئي")
	if containsActor(word, a) && s.d.full[a] == 0 && !a.headOfState(s.d.day) && !(L.cut == 0 && s.officeAfter(L.end)) {
		return L.end
	}
	// a family name of a tribe or a town ("المالكي", "الجبير" of a Saudi story) is someone else
	// of that family unless the person's country is named in the document so far or in the
	// rest of the sentence ("المالكي يطالب البرلمان العراقي"); the first sentence, a headline,
	// names the famous one ("الحريري يستقيل"); a rebel's or a militant's name is his movement's
	// too ("قيادات الحوثي")
	if a.Kind == Person && s.d.full[a] == 0 && s.d.sentences > 0 && L.end == L.start+1 && familyName(string([]rune(s.m.keys[L.start])[L.cut:])) && !a.headOfState(s.d.day) && !eponym(a.codeOn(s.d.day, 0)) && !s.named(a.Country) && !s.countryAhead(L.end, a.Country) {
		return L.end
	}
	// a military rank before the surname names an officer ("وأكد العميد المالكي" is the
	// coalition's spokesman, not Iraq's former prime minister): not a person who holds no
	// military office that day
	if a.Kind == Person && L.start > 0 && L.cut == 0 && militaryRanks[s.m.keys[L.start-1]] && s.d.full[a] == 0 && !a.military(s.d.day) {
		return L.end
	}
	// "متحف باردو", "شارع الحوثي": a place or an institution named after the person (or merely
	// like him) is no act of his
	// "كل شي", "لا شي": a quantifier or a negation makes it a common noun (a thing), not Xi
	if a.Kind == Person && L.start > 0 && L.cut == 0 && quantifiers[s.m.keys[L.start-1]] {
		return L.end
	}
	if a.Kind == Person && (s.afterInstitution(L.start) || L.start > 1 && arabic.IsQuoteMark(s.toks[L.start-1].Text) && s.afterInstitution(L.start-1)) {
		return L.end // (past a quotation mark too: "في مدينة “باردو”")
	}
	// a nationality of another country right before it: someone else ("المدافع البرتغالي بيبي"
	// is no Israeli prime minister)
	if a.Kind == Person && L.start > 0 && L.cut == 0 {
		if x, e, ok := s.m.find(L.start-1, false, eDemonym); ok && x.end == L.start && e.actor != nil && e.actor.ID != a.Country {
			return L.end
		}
	}
	// a body's short form followed by another country's nationality or by "في" and another
	// country or capital is not that body: a government's is the other country's government
	// ("الحكومة الشرعية في طرابلس" is Libya's, "حكومة الوفاق الوطني في رام الله" Palestine's)
	if isOrg(a) && a.Country != "" && L.cut == 0 {
		if c := s.countryRightAfter(L.end); c != "" && c != a.Country {
			if code := a.codeOn(s.d.day, 0); a.Kind == Government && strings.HasPrefix(code, a.Country) && len(code) == 6 {
				m := s.newMention(L.start, L.end, L.cut, Sector)
				m.Code, m.Country, m.Sector = c+code[3:], c, code[3:]
				m.Confidence = conf
				s.out = append(s.out, m)
			}
			return L.end
		}
	}
	// a medium's short name that is a common word ("الجزيرة": the island, a Saudi daily, a bank,
	// a club) names it only after its full name or a word that says it is a medium ("قناة",
	// "مراسل", "وذكرت")
	if a.Kind == Media && s.d.full[a] == 0 && !s.afterMediaWord(L.start) && !s.toldTo(L) {
		return L.end
	}
	// a surname alone is not someone who held no office yet at the story's date and was not
	// named in full: in 2015 "الشمري" is a Saudi family name, not Iraq's defence minister of
	// 2019, and "ماس" is no German minister
	if s.d.full[a] == 0 && a.notYet(s.d.day) {
		return L.end
	}
	m := s.newMention(L.start, L.end, L.cut, ShortName)
	s.setActor(&m, a)
	m.Confidence = conf
	s.out = append(s.out, m)
	return L.end
}

// familyName reports a key shaped like an Arab family name: the article and a nisba ("المالكي",
// "الجبير").
func familyName(k string) bool {
	return strings.HasPrefix(k, "ال") && strings.HasSuffix(k, "ي")
}

// eponym reports the code of a rebel or militant leader, whose family name names his movement
// too ("الحوثي").
func eponym(code string) bool {
	return strings.HasPrefix(code, "IMG") || len(code) >= 6 && code[3:6] == "REB"
}

// countryAhead reports country c named from token i to the end of the sentence: by name, by its
// capital or by its nationality.
func (s *sentence) countryAhead(i int, c string) bool {
	var buf [8]match
	for j := i; j < len(s.toks); j++ {
		for _, x := range s.m.at(j, true, buf[:0]) {
			for _, e := range x.entries {
				switch e.kind {
				case eName, eCapital, eDemonym:
					if e.actor != nil && e.actor.ID == c || e.kind != eName && e.country == c {
						return true
					}
				}
			}
		}
	}
	return false
}

// countryRightAfter returns the country named right at token i by a nationality, or after "في"
// by its name or its capital ("في طرابلس"), or "".
func (s *sentence) countryRightAfter(i int) string {
	if i < len(s.toks) && s.m.keys[i] == "في" {
		i++
		if x, e, ok := s.m.find(i, false, eName, eCapital); ok && x.start == i && x.cut == 0 {
			if e.kind == eCapital {
				return e.country
			}
			if e.actor != nil && e.actor.Kind == CountryKind {
				return e.actor.ID
			}
		}
		return ""
	}
	if x, e, ok := s.m.find(i, false, eDemonym); ok && x.start == i && x.cut == 0 {
		return e.country
	}
	return ""
}

// officeAfter reports an office named right at token i, with no clitic ("ولايتي مستشار
// خامنئي").
func (s *sentence) officeAfter(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	x, _, ok := s.m.find(i, false, eOffice)
	return ok && x.start == i && !x.conj && !x.prep
}

// afterMediaWord reports a word right after a noun that names a medium or a verb of reporting
// ("قناة الجزيرة", "مراسل الجزيرة", "وذكرت الجزيرة"), with a quotation mark between or not.
func (s *sentence) afterMediaWord(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if !s.isWord(j) {
			continue
		}
		k := s.m.keys[j]
		for _, c := range [...]string{"و", "ل", "ب"} {
			if r, ok := strings.CutPrefix(k, c); ok && mediaWords[r] {
				return true
			}
		}
		return mediaWords[k]
	}
	return false
}

// toldTo reports a name with the preposition ل ("للجزيرة", "لـ«الجزيرة»"): what one tells a
// medium.
func (s *sentence) toldTo(L match) bool {
	if L.cut > 0 && strings.HasPrefix(s.m.keys[L.start], "ل") {
		return true
	}
	for j := L.start - 1; j >= 0 && j >= L.start-2; j-- {
		if k := s.m.keys[j]; k == "ل" || k == arabic.Key("لـ") {
			return true
		}
		if s.isWord(j) {
			return false
		}
	}
	return false
}

// mediaWords name a medium, or what a medium does, before its name.
var mediaWords = map[string]bool{}

func init() {
	for _, w := range []string{"قناة", "شبكة", "موقع", "صحيفة", "جريدة", "وكالة", "مراسل", "مراسلة", "مراسلو", "مراسلي",
		"تلفزيون", "إذاعة", "القناة", "الشبكة", "الموقع", "الصحيفة", "الجريدة", "الوكالة",
		// a medium reporting: "وذكرت الجزيرة أن", "بحسب الجزيرة"
		"ذكرت", "نقلت", "قالت", "أفادت", "بثت", "أوردت", "نشرت", "كشفت", "حسب", "بحسب", "وفق", "وفقا", "أعلنت"} {
		mediaWords[arabic.Key(w)] = true
	}
}

// afterPlaceHead reports a word right after a noun that heads a place name ("ولاية الجزيرة",
// "جزيرة العرب"): the words name a place, not a medium.
func (s *sentence) afterPlaceHead(i int) bool {
	if i == 0 {
		return false
	}
	k := s.m.keys[i-1]
	if placeHeads[k] {
		return true
	}
	k, ok := strings.CutPrefix(k, "و")
	return ok && placeHeads[k]
}

// riverWords are the nouns of a river a country's name may follow ("نهر الأردن"), keys.
var riverWords = map[string]bool{}

func init() {
	for _, w := range []string{"نهر", "ونهر", "بنهر", "لنهر", "النهر"} {
		riverWords[arabic.Key(w)] = true
	}
}

// placeHeads are nouns that head place names.
var placeHeads = map[string]bool{}

func init() {
	for _, w := range []string{"ولاية", "محافظة", "مدينة", "منطقة", "إقليم", "جزيرة", "شبه", "بلدة", "قرية", "مقاطعة", "شمال", "جنوب", "شرق", "غرب", "وسط"} {
		placeHeads[arabic.Key(w)] = true
	}
}

// otherPersonsName reports a one-word short form that is part of someone else's name: after a
// given name that is not in any mention ("هشام عباس", "سلطان المالكي"), before a family name
// ("مشعل الزهراني") or before a lineage ("مشعل بن ماجد").
func (s *sentence) otherPersonsName(L match) bool {
	if L.end-L.start != 1 || L.cut != 0 && (L.prep || !L.conj) {
		return false
	}
	if p := L.start - 1; p >= 0 && s.isWord(p) && L.cut == 0 && !s.inMention(p) {
		// a given name before it, or a lineage word ("ابن عباس", "أبو مشعل"): someone else
		if k := s.m.keys[p]; s.kb.first[k] || lineageWords[k] {
			return true
		}
		// a compound given name ("عطية عبد ربه المالكي")
		if p > 0 && s.m.keys[p-1] == "عبد" && !s.inMention(p-1) {
			return true
		}
	}
	return s.otherNameAfter(L)
}

// quantifiers before a word make it a common noun ("كل شي", "أي شي", "لا شي"), keys.
var quantifiers = map[string]bool{}

func init() {
	for _, w := range []string{"كل", "أي", "لا", "بلا", "ولا", "وكل", "بكل", "لكل", "بعض", "أحد"} {
		quantifiers[arabic.Key(w)] = true
	}
}

// lineageWords before a name make it someone's father's ("ابن عباس", "أبو مشعل"), keys.
var lineageWords = map[string]bool{}

func init() {
	for _, w := range []string{"بن", "ابن", "بنت", "أبو", "أبي", "أبا", "أم"} {
		lineageWords[arabic.Key(w)] = true
	}
}

// seaNouns are the words before an adjective that make it a sea's or a coast's (keys).
var seaNouns = map[string]bool{"المحيط": true, "محيط": true, "للمحيط": true, "بالمحيط": true, "عبر": true, "سواحل": true,
	"الساحل": true, "ضفتي": true, "جانبي": true}

// royalTitles are the titles only a royal bears (keys); monarchies the countries whose royals
// the knowledge base holds.
var (
	royalTitles = map[string]bool{"الامير": true, "الاميره": true, "الملك": true, "الملكه": true}
	monarchies  = map[string]bool{"SAU": true, "ARE": true, "QAT": true, "KWT": true, "BHR": true, "OMN": true, "JOR": true,
		"MAR": true, "GBR": true, "ESP": true, "BEL": true, "NLD": true, "SWE": true, "NOR": true, "DNK": true, "JPN": true,
		"THA": true, "BRN": true, "MYS": true, "LIE": true, "MCO": true, "LUX": true, "SWZ": true, "LSO": true, "BTN": true, "KHM": true, "TON": true}
)

// otherNameAfter reports a one-word short form followed by a family name or a lineage: part of
// someone else's name.
func (s *sentence) otherNameAfter(L match) bool {
	// (after و too: "وفارس العياف، ومشعل العنزي")
	if L.end-L.start != 1 || L.cut != 0 && (L.prep || !L.conj) {
		return false
	}
	if n := L.end; n < len(s.toks) && s.isWord(n) {
		k := s.m.keys[n]
		// a lineage after it ("الأمير مشعل بن ماجد"): someone else's given name
		if k == "بن" || k == "بنت" || k == "ابن" {
			return true
		}
		// a rare word, or a nisba family name (الزهراني، الغامدي) that is no nationality
		if strings.HasPrefix(k, "ال") && s.nameLike(n) && (rareWord(k) || strings.HasSuffix(k, "ي") && !s.demonymAt(n)) {
			return true
		}
	}
	return false
}

// demonymAt reports a nationality word at token i.
func (s *sentence) demonymAt(i int) bool {
	_, _, ok := s.m.find(i, false, eDemonym)
	return ok
}

// inMention reports whether token i is inside a mention found so far in the sentence.
func (s *sentence) inMention(i int) bool {
	for _, m := range s.out {
		if m.TokStart <= i && i < m.TokEnd {
			return true
		}
	}
	return false
}

func containsActor(as []*Actor, a *Actor) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// localBodies are a city's own administration ("أمانة الرياض", "بلدية بيروت").
var localBodies = map[string]bool{"امانه": true, "اماره": true, "بلديه": true, "منطقه": true, "محافظه": true,
	"وامانه": true, "واماره": true, "وبلديه": true, "بامانه": true, "بلديات": true}

// afterInstitution reports an institution noun in the construct state right before token i
// ("جامعة الملك سعود", "بمطار الملك خالد").
func (s *sentence) afterInstitution(i int) bool {
	if i == 0 || s.toks[i-1].Kind == arabic.Punct {
		return false
	}
	k := s.m.keys[i-1]
	for range 2 {
		if s.kb.institutions[k] {
			return true
		}
		if r, ok := strings.CutPrefix(k, "و"); ok {
			k = r
		} else if r, ok := strings.CutPrefix(k, "ف"); ok {
			k = r
		}
		if r, ok := strings.CutPrefix(k, "ب"); ok && len(r) > 4 {
			k = r
		} else if r, ok := strings.CutPrefix(k, "ل"); ok && len(r) > 4 {
			k = r
		}
	}
	return s.kb.institutions[k]
}

// skipInstitutionName passes over the title and name of a place or institution named after a
// person ("[جامعة] الملك سعود", "[مطار] الملك عبدالعزيز"): they are no actor.
func (s *sentence) skipInstitutionName(L match) int {
	end := L.end
	if !L.has(eName) {
		for end < len(s.toks) && end-L.end < 3 && s.toks[end].Kind != arabic.Punct && (s.nameLike(end) || nameLinks[s.m.keys[end]]) {
			end++
		}
	}
	return s.familyName(end)
}

// aliasAt looks token i up among the document's aliases (with proclitics) and returns the
// referent and the proclitic runes cut from the key, or nil.
func (s *sentence) aliasAt(i int) (*referent, int) {
	if len(s.d.alias) == 0 || i >= len(s.m.keys) || s.m.keys[i] == "" {
		return nil, 0
	}
	if k := s.m.keys[i]; !startsWithProclitic(k) {
		// The word itself is its one reading: no need to compute the readings.
		return s.d.aliasOf(&variant{key: k}, s.m.hash[i]), 0
	}
	rs := s.m.readings(i)
	for k := range rs {
		if ref := s.d.aliasOf(&rs[k].variant, rs[k].hash); ref != nil {
			return ref, rs[k].cut
		}
	}
	return nil, 0
}

// alias resolves a word the document introduced ("عراقجي" after "عباس عراقجي").
func (s *sentence) alias(i int) int {
	ref, cut := s.aliasAt(i)
	if ref == nil {
		// "بن عمر" after "جمال بن عمر" (see Doc.sonAlias)
		if r, ok := s.d.sonAlias[s.m.keys[i]]; ok && i > 0 && sonLinks[s.m.keys[i-1]] && (len(s.out) == 0 || s.out[len(s.out)-1].TokEnd < i) {
			m := s.newMention(i-1, i+1, 0, ShortName)
			setRef(&m, *r)
			m.Confidence = confAlias
			s.out = append(s.out, m)
		}
		return i + 1
	}
	// "لبنان البلد العربي" after "نبيل العربي": a family name that is a nisba adjective, right
	// after a definite noun no mention covers, agrees with that noun; it is not the person
	if cut == 0 && i > 0 && ref.actor != nil && ref.actor.Kind == Person && strings.HasSuffix(s.m.keys[i], "ي") &&
		strings.HasPrefix(s.m.keys[i-1], "ال") && s.isWord(i-1) && !s.inMention(i-1) {
		return i + 1
	}
	start := i
	if cut == 0 && i > 0 && s.m.keys[i-1] == "ال" && (len(s.out) == 0 || s.out[len(s.out)-1].TokEnd < i) {
		start = i - 1 // "آل جرمان": the family word belongs to the name
	}
	m := s.newMention(start, i+1, cut, ShortName)
	setRef(&m, *ref)
	m.Confidence = confAlias
	s.out = append(s.out, m)
	return i + 1
}

// capital resolves a capital city: the country's code, type Capital.
func (s *sentence) capital(L match, e *entry) int {
	// "أمانة الرياض", "جامعة القاهرة", "مطار بغداد": the city's institution, not its country's
	// government
	if L.cut == 0 && (s.afterInstitution(L.start) || L.start > 0 && localBodies[s.m.keys[L.start-1]]) {
		return L.end
	}
	// "طرابلس" in a story about Lebanon that names no Libya is Lebanon's second city
	if shared := s.kb.sharedCapital[e.actor]; len(shared) > 0 && !s.named(e.actor.ID) {
		for _, c := range shared {
			if s.named(c) {
				return L.end
			}
		}
	}
	m := s.newMention(L.start, L.end, L.cut, Capital)
	s.setActor(&m, e.actor)
	m.Confidence = confCapital
	s.out = append(s.out, m)
	return L.end
}

// capitalNotCountry reports whether a word that names both a country and another country's
// capital ("عمان": Oman, and Amman) is the capital: it opens an agency dateline ("عمان 14
// شباط (بترا)-": Oman's stories are filed from Muscat), or the story names the capital's
// country and not the other.
func (s *sentence) capitalNotCountry(L *match) bool {
	c, n := L.get(eCapital), L.get(eName)
	if c.actor == n.actor || L.cut != 0 {
		return false
	}
	if L.start == 0 && L.end < len(s.toks) && (s.toks[L.end].Kind == arabic.Number || datelineMarks[s.toks[L.end].Text]) {
		return true
	}
	// "شهدت العاصمة عمان", "في العاصمة عمان": a capital, named so
	if L.start > 0 && capitalNouns[strings.TrimPrefix(strings.TrimPrefix(s.m.keys[L.start-1], "و"), "ب")] {
		return true
	}
	return s.named(c.actor.ID) && !s.named(n.actor.ID)
}

// officeBefore are the titles of an office holder that may stand right before a short name
// ("الرئيس تراوري"), keys without و.
var officeBefore = map[string]bool{}

func init() {
	for _, w := range []string{"الرئيس", "رئيس", "الزعيم", "الوزير", "العاهل", "الملك", "الجنرال", "العقيد", "النقيب", "المشير", "الفريق"} {
		officeBefore[arabic.Key(w)] = true
	}
}

// capitalNouns are "the capital" before a capital's name, keys.
var capitalNouns = map[string]bool{arabic.Key("العاصمة"): true}

// datelineMarks follow the place that opens an agency dateline.
var datelineMarks = map[string]bool{"-": true, "–": true, "—": true, "ـ": true, "(": true, "/": true}

// named reports whether the document has named country c (or one of its actors) so far, in
// earlier sentences or earlier in this one.
func (s *sentence) named(c string) bool {
	for i := range s.d.hist {
		if s.d.hist[i].country == c {
			return true
		}
	}
	for i := range s.out {
		if s.out[i].Country == c {
			return true
		}
	}
	return false
}

// demonym resolves a nationality word that follows no role or sector word: plural nouns
// ("الفلسطينيون", "الروس") and definite adjectives ("المناقشات الروسية").
func (s *sentence) demonym(L match, e *entry) int {
	if e.weak && !(e.fempl && s.adjectiveAt(L)) {
		return L.end
	}
	// "شباب من أصول جزائرية", "بريطاني من أصل باكستاني": an origin is no party
	if p := L.start - 1; L.cut == 0 && p >= 0 && s.isWord(p) && originNouns[s.m.keys[p]] {
		return L.end
	}
	conf := confDemonymP
	if e.num == sg {
		conf = confDemonymA
		// An indefinite adjective ("وساطة قطرية", "هجوم إسرائيلي", "25 فلسطينياً") must follow
		// a noun, and is not the given name of "تركي الفيصل" or "تركي بن …".
		if !L.def && !s.adjectiveAt(L) && !s.accusativeNoun(L) {
			return L.end
		}
	}
	m := s.newMention(L.start, L.end, L.cut, Demonym)
	s.setActor(&m, e.actor)
	m.Confidence = conf
	if p := L.start - 1; p >= 0 && s.isWord(p) && placeNouns[s.m.keys[p]] {
		m.place = true
	}
	s.out = append(s.out, m)
	return L.end
}

// originNouns are the nouns of descent a nationality qualifies ("من أصول جزائرية"), keys.
var originNouns = map[string]bool{}

func init() {
	for _, w := range []string{"أصل", "أصول", "الأصل", "الأصول", "أصوله", "أصولها", "أصولهم"} {
		originNouns[arabic.Key(w)] = true
	}
}

// regionStates are the nouns of states or capitals that a regional adjective qualifies
// ("دولة أوروبية", "الدول الأفريقية", "العواصم الغربية"), keys.
var regionStates = map[string]bool{}

func init() {
	for _, w := range []string{"دولة", "دول", "الدول", "دولا", "بلد", "بلدا", "بلدان", "البلدان", "عواصم", "العواصم",
		"حكومات", "الحكومات", "ودول"} {
		regionStates[arabic.Key(w)] = true
	}
}

// countryHeads are indefinite nouns a country's name follows in construct ("شمال مالي", "حكومة
// مالي", "رئيس مالي"), keys.
var countryHeads = map[string]bool{}

func init() {
	for _, w := range []string{"دولة", "جمهورية", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
		"حكومة", "رئيس", "رئيسة", "عاصمة", "جيش", "قوات", "سلطات", "أراضي", "حدود", "مدن", "مدينة", "شعب", "سفير",
		"سفارة", "بعثة", "منتخب", "أزمة", "دول", "رئاسة", "برلمان", "أمن", "استقرار", "سيادة", "وحدة", "مواطني",
		"مواطنو", "لاجئي", "لاجئو", "جارة", "صحراء", "ولايات", "مناطق", "منطقة", "إقليم", "أقاليم", "وزير",
		"وزراء", "مجلس", "سكان", "أهالي", "تاريخ", "اقتصاد", "نيجر", "ساحل"} {
		countryHeads[arabic.Key(w)] = true
	}
}

// placeNouns are the nouns of places a nationality can qualify ("العاصمة الكينية", "الأراضي
// السورية"), keys.
var placeNouns = map[string]bool{}

func init() {
	for _, w := range []string{"العاصمة", "عاصمة", "المدينة", "مدينة", "الأراضي", "أراضي", "الحدود", "السواحل",
		"المياه", "الأجواء", "الجزيرة", "المنطقة", "الساحة", "الأرض"} {
		placeNouns[arabic.Key(w)] = true
	}
}

// accusativeNoun reports a one-word indefinite accusative nationality standing as a noun after a
// verb or a comma ("اعتقلت الشرطة، أمس، باكستانيا", "سلمت تونسيا"): a person of that
// country. Given names do not take the accusative ending (تركيا is Turkey, matched as a
// country before this).
func (s *sentence) accusativeNoun(L match) bool {
	if L.end-L.start != 1 || L.cut != 0 || !strings.HasSuffix(s.m.keys[L.start], "يا") {
		return false
	}
	if n := L.end; n < len(s.toks) && nameLinks[s.m.keys[n]] {
		return false
	}
	// (not the second half of "تفاهما أميركيا - إيرانيا")
	p := L.start - 1
	return p >= 0 && (s.isWord(p) || s.toks[p].Text == "،" || s.toks[p].Text == ",")
}

// orgAdjective resolves an adjective standing for an organisation after a word that is not an
// actor ("مقترح أوروبي", "القرار الأممي"), with low confidence.
func (s *sentence) orgAdjective(L match, e *entry) int {
	if L.cut != 0 && !s.joinedAdjective(L) || e.weak || (!L.def && !s.adjectiveAt(L)) {
		return L.end
	}
	// "المحيط الأطلسي", "عبر الأطلسي": the ocean, not NATO
	if p := L.start - 1; p >= 0 && s.isWord(p) && seaNouns[s.m.keys[p]] {
		return L.end
	}
	// "13 دولة أوروبية أخرى", "العواصم الأوروبية": states of a region, not its organisation
	if p := L.start - 1; p >= 0 && s.isWord(p) && regionStates[s.m.keys[p]] {
		return L.end
	}
	// "أجرى قادة فرنسا وبريطانيا وألمانيا وبولندا اتصالاً …، ولوّح الأوروبيون بفرض عقوبات":
	// the Europeans in the plural are the European states just named, not the Union
	if g := s.europeansNamed(L, e); len(g) >= 2 {
		s.out = append(s.out, s.groupMention(L.start, L.end, L.cut, Coref, "", g, true))
		return L.end
	}
	m := s.newMention(L.start, L.end, L.cut, Org)
	s.setActor(&m, e.actor)
	m.Confidence = confDemonymA
	s.out = append(s.out, m)
	return L.end
}

// europeansNamed returns, for the plural people of the European Union's adjective at L
// ("الأوروبيون", "الأوروبيين"), the European states named in its sentence or the one before,
// each once; nil for any other adjective.
func (s *sentence) europeansNamed(L match, e *entry) []Mention {
	if e.actor == nil || e.actor.ID != "eu" {
		return nil
	}
	k := s.m.keys[L.end-1]
	if !strings.HasSuffix(k, "يون") && !strings.HasSuffix(k, "يين") {
		return nil
	}
	var g []Mention
	for m := range s.recent() {
		if int(m.sent) < s.d.sentences-1 {
			break
		}
		if europeanStates[m.Country] && m.Code != "" && !slices.ContainsFunc(g, func(x Mention) bool { return x.Country == m.Country }) {
			g = append(g, *m)
		}
	}
	slices.Reverse(g)
	return g
}

// europeanStates are the states of the European Union, with Britain, Norway, Switzerland and
// Iceland: those "the Europeans" in the plural may be.
var europeanStates = map[string]bool{}

func init() {
	for _, c := range strings.Fields("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE GBR NOR CHE ISL") {
		europeanStates[c] = true
	}
}

// joinedAdjective reports an indefinite adjective joined by و to a nationality adjective right
// before it ("بوساطة تركية وأممية"): the second mediator, as "قطرية ومصرية" are two (not after
// the states of a region: "دول عربية وأوروبية").
func (s *sentence) joinedAdjective(L match) bool {
	if !L.conj || L.prep || L.def || L.cut != 1 {
		return false
	}
	p := L.start - 1
	if p < 1 || !s.isWord(p) || regionStates[s.m.keys[p-1]] {
		return false
	}
	for _, m := range s.out {
		if m.TokStart <= p && p < m.TokEnd && m.Type == Demonym {
			return true
		}
	}
	return false
}

// afterGivenName reports a word right after a given name the knowledge base knows, itself after
// a rank or a personal title ("العماد حسن تركماني", "الدكتور محمد مالي"): a family name, not a
// nationality. (Given names alone are too often words: "علي" is also "على", "لاي" "لأي".)
func (s *sentence) afterGivenName(L match) bool {
	p := L.start - 1
	if L.cut != 0 || p < 1 || !s.isWord(p) || !s.kb.first[s.m.keys[p]] {
		return false
	}
	k := s.m.keys[p-1]
	return militaryRanks[k] || personalTitles[k]
}

// adjectiveAt reports whether an indefinite nationality word stands where an adjective can:
// after a word that is not a function word or verb (or after "و" joining it to another one),
// and not before a name link (بن، آل).
func (s *sentence) adjectiveAt(L match) bool {
	if n := L.end; n < len(s.toks) {
		k := s.m.keys[n]
		// "تركي بن …", "تركي الشليل": a given name before a family name.
		if nameLinks[k] || strings.HasPrefix(k, "ال") && s.nameLike(n) {
			return false
		}
	}
	if L.conj {
		return true // "قطرية ومصرية وأمريكية"
	}
	p := L.start - 1
	if p >= 0 && s.toks[p].Kind == arabic.Number {
		return true // "25 فلسطينياً"
	}
	if !s.isWord(p) {
		return false
	}
	// The noun must be indefinite too: "الأمير تركي" is a name.
	k := s.m.keys[p]
	// ... and no given name: "العماد حسن تركماني" is a family name
	if s.afterGivenName(L) {
		return false
	}
	for _, art := range [...]string{"ال", "وال", "فال", "بال", "كال", "لل", "ولل"} {
		if strings.HasPrefix(k, art) {
			return false
		}
	}
	return !s.stopword(k)
}

// honorific resolves "الشيخ تميم بن حمد": a title followed by a known name. The mention is the
// name without the title.
func (s *sentence) honorific(L match) int {
	j := L.end
	// (a surname after a title is that person's only when it is no one else's name:
	// "الأمير مشعل بن ماجد", "الأستاذ مشعل السديري" are not Khaled Mashal)
	// (nor is a prince or a king anyone but a royal: "الأمير مشعل" is no Khaled Mashal, nor an
	// officer anyone with no military office: "العميد المالكي" is no Nouri al-Maliki)
	if x, e, ok := s.m.find(j, false, eName, eShort); ok && e.actor.Kind == Person &&
		!(e.kind == eShort && (s.otherNameAfter(x) || s.d.full[e.actor] == 0 && e.actor.notYet(s.d.day))) &&
		!(e.kind == eShort && royalTitles[s.m.keys[L.start]] && !monarchies[e.actor.Country]) &&
		!(e.kind == eShort && militaryRanks[s.m.keys[L.end-1]] && s.d.full[e.actor] == 0 && !e.actor.military(s.d.day)) {
		end := s.familyName(x.end)
		m := s.newMention(x.start, end, 0, Name)
		s.setActor(&m, e.actor)
		m.Confidence = confName
		if e.kind == eShort {
			m.Type, m.Confidence = ShortName, confShort
		} else {
			s.fullMention(e.actor)
			s.addAlias(x.start, x.end, refOf(&m))
		}
		s.out = append(s.out, m)
		return end
	}
	// "نقل الدكتور السويد التعازي": after a personal title a one-word country name is a
	// family name (a title names a person, not a country)
	if x, e, ok := s.m.find(j, false, eName); ok && e.actor.Kind == CountryKind && x.end == j+1 && x.cut == 0 && personalTitles[s.m.keys[L.end-1]] {
		return x.end
	}
	if ref, cut := s.aliasAt(j); ref != nil && cut == 0 {
		m := s.newMention(j, j+1, 0, ShortName)
		setRef(&m, *ref)
		m.Confidence = confAlias
		s.out = append(s.out, m)
		return j + 1
	}
	// An unknown person ("الأمير تركي الفيصل"): their name words are no actors of their own.
	if end := s.unknownName(j); end > j {
		return end
	}
	// "وأعلن سمو الأمير", "سمو الأمير يستقبل": His Highness the Emir, with no name, is the
	// emir of Qatar or Kuwait the story named last
	if s.m.keys[L.end-1] == emirKey && (L.end-L.start >= 2 && highnessWords[s.m.keys[L.end-2]] || L.start > 0 && highnessWords[s.m.keys[L.start-1]]) {
		for m := range s.recent() {
			if a := m.Actor; a != nil && a.Kind == Person {
				if r, ok := a.roleOn(s.d.day); ok && r.Office == "monarch" && (r.Country == "QAT" || r.Country == "KWT") {
					s.corefTo(L.start, L.end, L.cut, m)
					return L.end
				}
			}
		}
	}
	return L.end
}

// emirKey is "الأمير"; highnessWords are "His Highness" before it, keys.
var (
	emirKey       = arabic.Key("الأمير")
	highnessWords = map[string]bool{arabic.Key("سمو"): true, arabic.Key("السمو"): true, arabic.Key("وسمو"): true}
)

// personalTitles are the honorifics that only a person bears (not "الشيخ", which may head a
// place's name, nor "سمو").
var personalTitles = map[string]bool{"الدكتور": true, "الدكتوره": true, "المهندس": true, "الاستاذ": true, "الاستاذه": true,
	"السيد": true, "السيده": true}

// restOfName extends a person's mention ending at end over the rest of a longer full name of
// his that the text goes on with ("الشيخ نواف الأحمد" matched, "الجابر الصباح" after it: his full
// name "نواف الأحمد الجابر الصباح").
func (s *sentence) restOfName(a *Actor, end int) int {
	if end == 0 || end >= len(s.toks) {
		return end
	}
	last := s.m.keys[end-1]
	best := end
	for _, ks := range a.arKeys {
		for i := 0; i+1 < len(ks); i++ {
			if ks[i] != last {
				continue
			}
			n := 0
			for j := i + 1; j < len(ks) && end+n < len(s.toks) && s.m.keys[end+n] == ks[j]; j++ {
				n++
			}
			if i+1+n == len(ks) && end+n > best {
				best = end + n
			}
		}
	}
	return best
}

// familyName extends a person's name over a following family name "آل ثاني", "آل نهيان".
func (s *sentence) familyName(end int) int {
	if end+1 < len(s.toks) && s.m.keys[end] == "ال" && s.isWord(end+1) && !s.stopword(s.m.keys[end+1]) {
		return end + 2
	}
	return end
}

// fullMention records that a record was named in full, so that a short form it shares with
// others resolves to it later in the document.
func (s *sentence) fullMention(a *Actor) {
	s.d.seq++
	s.d.full[a] = s.d.seq
}

// complement is what follows a role or sector word and says whose it is.
type complement struct {
	end     int
	indef   bool // the nationality is indefinite ("مسؤول إيراني"): an unnamed person, not a holder
	weak    bool // the nationality is a weak demonym, a common word too ("المالي": financial)
	orgAdj  bool // the organisation came from an adjective ("الأممي")
	country string
	org     *Actor
	sector  *entry // a sector word between ("المتحدث باسم الخارجية الأمريكية")
	region  string
	ok      bool
}

// complementAt parses the nationality, country, organisation or sector that completes a role or
// sector phrase at token j. open says the head can take a genitive (construct state); headDef
// that it is definite (so a nationality adjective after it must be too).
func (s *sentence) complementAt(j int, open, headDef, sectorOK bool) complement {
	if j >= len(s.toks) {
		return complement{}
	}
	// "المتحدث باسم حركة «حماس»", "المتحدث باسم قوات "اليونيفيل"", "رئيس وفد (أنصار الله)":
	// the body named in quotation marks or brackets, maybe after its head noun; the complement
	// ends past the closing mark
	if open {
		q := j
		if q+1 < len(s.toks) && openingMark(s.toks[q+1].Text) && s.isWord(q) {
			if hk, def, cut := bodyHeadKey(s.m.keys[q]); !def && cut == 0 {
				if _, ok := bodySectors[hk]; ok || hk == tanzimKey {
					q++ // (or "تنظيم", which heads no body of its own: "مسلحي تنظيم "داعش"")
				}
			}
		}
		if q+1 < len(s.toks) && openingMark(s.toks[q].Text) {
			if c := s.complementAt(q+1, open, headDef, sectorOK); c.ok && c.org != nil && c.end < len(s.toks) && closes(s.toks[q].Text, s.toks[c.end].Text) {
				c.end++
				return c
			}
			// (a group named alone only between marks: "حركة «الشباب»", "حركة «فتح»")
			if n, a := s.quotedAt(q); a != nil && isOrg(a) {
				return complement{end: q + n + 2, org: a, ok: true}
			}
		}
	}
	// "رئيس وزراء جمهورية لبنان", "وزير خارجية دولة قطر": a state's word before its name
	if open && j+1 < len(s.toks) && stateWords[s.m.keys[j]] {
		if x, e, ok := s.m.find(j+1, true, eName); ok && x.start == j+1 && x.cut == 0 && e.actor.Kind == CountryKind {
			return complement{end: x.end, country: e.actor.ID, ok: true}
		}
	}
	for _, x := range s.m.at(j, true, make([]match, 0, 8)) {
		bare := x.cut == 0
		lPrep := x.prep && !x.conj // ل/ب attached: "للأمم المتحدة"
		for ei, e := range x.entries {
			switch e.kind {
			case eDemonym:
				// The adjective agrees in definiteness with its head: "الرئيس التركي" but not
				// "الأمير تركي الفيصل".
				if bare && x.def == headDef {
					return complement{end: x.end, country: e.country, indef: !x.def, weak: e.weak, ok: true}
				}
			case eOrgAdj:
				if bare {
					return complement{end: x.end, org: e.actor, orgAdj: true, ok: true}
				}
			case eName, eShort:
				if e.kind == eShort && s.shortActor(x) != e.actor {
					continue // another record's short form, or one named in full by none
				}
				// (a medium after ل is whom the words were said to, never whose office it is: "قال
				// الوزير لقناة العربية", "مسؤول في وزارة الإعلام لوكالة فرانس برس")
				if isOrg(e.actor) && (bare && open || lPrep && e.actor.Kind != Media) {
					return complement{end: x.end, org: e.actor, ok: true}
				}
				if e.actor.Kind == CountryKind && bare && open {
					return complement{end: x.end, country: e.actor.ID, ok: true}
				}
			case eCapital:
				if bare && open {
					c := complement{end: x.end, country: e.country, ok: true}
					if r := x.get(eRegion); r != nil {
						c.region = r.country
					}
					return c
				}
			case eRegion:
				if bare && open {
					return complement{end: x.end, region: e.country, ok: true}
				}
			case eSector:
				if bare && sectorOK {
					c := s.complementAt(x.end, e.open, e.def || !e.open, false)
					if c.ok && (c.country != "" || c.org != nil) {
						c.sector = &x.entries[ei] // the trie's entry, never changed
						return c
					}
				}
			}
		}
	}
	// "رئيس البعثة" after "بعثة الاتحاد الأوروبي": a body's head noun standing for it (see
	// headAlias)
	if ref, cut := s.aliasAt(j); open && ref != nil && cut == 0 && isOrg(ref.actor) && bodyHeads[strings.TrimPrefix(s.m.keys[j], "ال")] {
		return complement{end: j + 1, org: ref.actor, ok: true}
	}
	// "المدير الإقليمي للبرنامج" after "برنامج الأغذية العالمي": the head noun of a body's name
	if k, ok := strings.CutPrefix(s.m.keys[j], "لل"); ok && bodyHeads[k] {
		if m := s.headOf(k); m != nil && isOrg(m.Actor) {
			return complement{end: j + 1, org: m.Actor, ok: true}
		}
	}
	return complement{}
}

// tanzimKey is the key of "تنظيم" (organisation), the head noun of a group named after it.
var tanzimKey = arabic.Key("تنظيم")

// openingMark reports a quotation mark or an opening bracket.
func openingMark(t string) bool { return arabic.IsQuoteMark(t) || t == "(" || t == "/" }

// closes reports whether t closes what the mark open opened.
func closes(open, t string) bool {
	if open == "(" {
		return t == ")"
	}
	if open == "/" {
		return t == "/" // an agency's dateline: "الدوحة في 16 أكتوبر /قنا/"
	}
	return arabic.IsQuoteMark(t)
}

// shortActor returns the record a short-form match names: the only one, or among records
// sharing it the one named in full most recently in the document, or nil.
func (s *sentence) shortActor(x match) *Actor {
	var a *Actor
	best, n := 0, 0
	for _, e := range x.entries {
		if e.kind != eShort || e.actor == a {
			continue
		}
		n++
		if f := s.d.full[e.actor]; a == nil || f > best {
			a, best = e.actor, f
		}
	}
	if n > 1 && best == 0 {
		return nil
	}
	return a
}

// uniqueShort reports whether a short-form match names one record (or one named in full).
func (s *sentence) uniqueShort(x match) bool {
	var first *Actor
	for _, e := range x.entries {
		if e.kind != eShort {
			continue
		}
		if first == nil {
			first = e.actor
		} else if e.actor != first {
			return false
		}
	}
	return first != nil
}

// modifiers skips words such as "الخاص" after a role phrase and reports a "former" word.
func (s *sentence) modifiers(j int) (int, bool) {
	former := false
	for k := 0; k < 3 && j < len(s.toks); k++ {
		x, e, ok := s.m.find(j, false, eMod, eFormer)
		if !ok || x.end-x.start > 3 {
			break
		}
		if e.kind == eFormer {
			former = true
		}
		j = x.end
	}
	return j, former
}

// regionAfter parses "إلى سوريا", "لدى الأمم المتحدة", "لسوريا" after an envoy or ambassador.
func (s *sentence) regionAfter(j int) (int, string) {
	if j >= len(s.toks) {
		return j, ""
	}
	k := s.m.keys[j]
	if k == "الي" || k == "لدي" || k == "في" {
		if x, e, ok := s.m.find(j+1, false, eRegion, eName); ok {
			if e.kind == eRegion {
				return x.end, e.country
			}
			if e.actor.Kind == CountryKind {
				return x.end, e.actor.ID
			}
			if e.actor.ID == "un" {
				return x.end, "UN"
			}
		}
		return j, ""
	}
	for _, x := range s.m.at(j, true, make([]match, 0, 8)) {
		if !x.prep || x.conj {
			continue
		}
		for _, e := range x.entries {
			if e.kind == eName && e.actor.Kind == CountryKind {
				return x.end, e.actor.ID
			}
			if e.kind == eRegion {
				return x.end, e.country
			}
		}
	}
	return j, ""
}

// nameAfter parses the name of a person after a role phrase: a known name, an alias of the
// document, or an unknown name when unknown is true. country is the role's country, if any: a
// known person of another country is not the role's holder ("الرئيس الأمريكي سيرجي لافروف" —
// the president met Lavrov), so no name is returned and the person is resolved on their own. It
// returns the end, the record (nil for an unknown name), an alias referent and whether a name was
// found.
func (s *sentence) nameAfter(j int, unknown bool, country string) (int, *Actor, *referent, bool) {
	if j >= len(s.toks) {
		return j, nil, nil, false
	}
	if x, _, ok := s.m.find(j, false, eHonor); ok {
		if end, a, r, ok := s.nameAfter(x.end, unknown, country); ok {
			return end, a, r, true
		}
	}
	if x, e, ok := s.m.find(j, false, eName, eShort); ok && e.actor.Kind == Person {
		// a name this document told in full beats someone else's short form: "سعد بن شريده
		// الكعبي" … "الوزير الكعبي" is not Akram al-Kaabi
		if e.kind == eShort && x.end == j+1 {
			if r := s.d.alias[s.m.keys[j]]; r != nil && r.actor != e.actor {
				return j + 1, r.actor, r, true
			}
		}
		a := e.actor
		if e.kind == eShort && !s.uniqueShort(x) {
			a = s.bestShort(x)
		}
		switch {
		case a != nil && (country == "" || belongsTo(a, country)):
			return s.familyName(x.end), a, nil, true
		case e.kind == eName:
			return j, nil, nil, false
		}
		// A short form of someone else may be the given name of an unknown person ("عباس
		// عرقجي"): only a longer name is taken.
		if !unknown || !s.nameLike(x.end) {
			return j, nil, nil, false
		}
	}
	if k := s.m.keys[j]; k != "" {
		if r := s.d.alias[k]; r != nil {
			return j + 1, r.actor, r, true
		}
	}
	if unknown {
		if end := s.unknownName(j); end > j {
			return end, nil, nil, true
		}
	}
	return j, nil, nil, false
}

// belongsTo reports whether a person is of a country or held a role in it.
func belongsTo(a *Actor, country string) bool {
	if a.Country == country {
		return true
	}
	for _, r := range a.Roles {
		if r.Country == country {
			return true
		}
	}
	return false
}

func (s *sentence) bestShort(x match) *Actor {
	var a *Actor
	best := 0
	for _, e := range x.entries {
		if e.kind == eShort && e.actor.Kind == Person {
			if n := s.d.full[e.actor]; n > best {
				a, best = e.actor, n
			}
		}
	}
	return a
}

// isWord reports whether token i is an Arabic word.
func (s *sentence) isWord(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == arabic.Word && s.m.keys[i] != ""
}

// stopword reports whether a key is a function word or a frequent verb, also after و/ف.
func (s *sentence) stopword(k string) bool {
	if s.kb.stop[k] {
		return true
	}
	for _, c := range [...]string{"و", "ف"} {
		if r, ok := strings.CutPrefix(k, c); ok && s.kb.stop[r] {
			return true
		}
	}
	return false
}

// lexical reports whether a phrase of the knowledge base starts at token i (without
// proclitics, or with them when clitics is true).
func (s *sentence) lexical(i int, clitics bool) bool {
	for _, x := range s.m.at(i, clitics, make([]match, 0, 4)) {
		for _, e := range x.entries {
			if e.kind == eDemonym && e.num == sg && !x.def && x.cut == 0 {
				continue // a surname such as "تركي"
			}
			return true
		}
	}
	return false
}

// personWordsOnly reports whether every phrase of the knowledge base starting at token i (as it
// is, and with proclitics) names a person.
func (s *sentence) personWordsOnly(i int) bool {
	for _, x := range s.m.at(i, true, make([]match, 0, 4)) {
		for _, e := range x.entries {
			if (e.kind != eName && e.kind != eShort) || e.actor.Kind != Person {
				return false
			}
		}
	}
	return true
}

// shortFormOnly reports whether every phrase of the knowledge base at token i, as it is, is a
// person's one-word short form.
func (s *sentence) shortFormOnly(i int) bool {
	if !s.isWord(i) {
		return false
	}
	xs := s.m.at(i, false, make([]match, 0, 4))
	for _, x := range xs {
		if x.end != i+1 {
			return false
		}
		for _, e := range x.entries {
			if e.kind != eShort || e.actor.Kind != Person {
				return false
			}
		}
	}
	return len(xs) > 0
}

// nameLike reports whether token i can be part of an unknown person's name.
func (s *sentence) nameLike(i int) bool {
	if !s.isWord(i) {
		return false
	}
	k := s.m.keys[i]
	if runeLen(k) < 2 || s.stopword(k) {
		return false
	}
	return !s.lexical(i, true)
}

// rareWord reports whether a word is rare in news (so more likely a foreign name than a common
// word).
func rareWord(k string) bool {
	return arabic.DefaultLexicon().Freq(k) < 40
}

// rareName reports whether a word that is not a known given name may still start a person's
// name: a rare word, without the article, not an accusative or feminine ending (تعديلا، إحاطة),
// and not a frequent word behind a proclitic (بانسحاب).
func (s *sentence) rareName(k string) bool {
	if strings.HasPrefix(k, "ال") || strings.HasSuffix(k, "ا") || strings.HasSuffix(k, "ه") || !rareWord(k) {
		return false
	}
	// a frequent word with a pronoun suffix ("قلقهم", "أسفهم") is no name
	for _, suf := range [...]string{"هم", "هن", "كم"} {
		if stem, ok := strings.CutSuffix(k, suf); ok && runeLen(stem) >= 2 && !rareWord(stem) {
			return false
		}
	}
	var buf [16]variant
	for _, v := range variants(k, buf[:0])[1:] {
		if !rareWord(v.word()) {
			return false
		}
	}
	return true
}

// unknownName returns the end of an unknown person's name starting at token j (j itself if there
// is none): a given name (or a rare word) and up to three more name-like words.
func (s *sentence) unknownName(j int) int {
	if !s.isWord(j) {
		return j
	}
	k := s.m.keys[j]
	minLen := 1
	switch {
	case s.kb.first[k]:
		if s.stopword(k) {
			minLen = 2 // "علي عمير", not "أكد الوزير علي ضرورة" written with ي for ى
		}
		// A given name, even one that is also somebody's short form ("عباس"), but not one that
		// is also a country or an organisation ("إسرائيل").
		if s.stopword(k) && !spelledAsName[s.toks[j].Text] || !s.personWordsOnly(j) {
			return j
		}
	case !s.nameLike(j) || !s.rareName(k):
		return j
	}
	end := j + 1
	// up to four words, and on past a link that cannot end a name ("محمد بن عبدالرحمن آل ثاني")
	for end < len(s.toks) && (end-j < 4 || end-j < 7 && nameLinks[s.m.keys[end-1]]) {
		// (someone else's one-word short form ends an unknown name: "وزير الخارجية الصومالي
		// أحمد معلم فقي" is not Moussa Faki)
		if !s.nameLike(end) && !s.shortFormOnly(end) {
			break
		}
		kk := s.m.keys[end]
		if !s.kb.first[kk] && !nameLinks[kk] && !nameLinks[s.m.keys[end-1]] && arabic.DefaultLexicon().Freq(kk) >= 250 {
			break // a frequent word is not an unknown surname ("فترتين")
		}
		if !s.kb.first[kk] && prepositionalNoun(kk) {
			break // nor a noun after a preposition ("أبو بكر تمبادو بالقرار")
		}
		if !s.kb.first[kk] && futureVerb(kk) {
			break // nor is a verb in the future ("جون سميث سيجري اتصالا")
		}
		if r, ok := strings.CutPrefix(kk, "و"); ok && !s.kb.first[kk] {
			// "و" + a given name, a stop word or a known phrase starts something new.
			if s.kb.first[r] || s.kb.stop[r] || s.kb.root.child(r) != nil {
				break
			}
		}
		end++
	}
	if end-j < minLen {
		return j
	}
	return s.familyName(end)
}

// futureVerb reports a word read as سـ and a frequent imperfect verb of four letters or more
// ("سيجري", "وسيزور", "ستبحث").
func futureVerb(k string) bool {
	k = strings.TrimPrefix(k, "و")
	r, ok := strings.CutPrefix(k, "س")
	if !ok || utf8.RuneCountInString(r) < 4 {
		return false
	}
	switch []rune(r)[0] {
	case 'ي', 'ت', 'ن':
		return arabic.DefaultLexicon().Freq(r) >= 250
	}
	return false
}

// prepositionalNoun reports a key read as ب or ل with the article ("بالقرار", "للصحفيين"):
// no word of a name.
func prepositionalNoun(k string) bool {
	k = strings.TrimPrefix(k, "و")
	return utf8.RuneCountInString(k) >= 5 && (strings.HasPrefix(k, "بال") || strings.HasPrefix(k, "لل"))
}

// spelledAsName are given names whose key is a stop word's but whose spelling is the name's:
// "علي" (Ali) is "على" (on) once ى and ي are folded.
var spelledAsName = map[string]bool{"علي": true}

// nameLinks are the words inside Arabic names that are also frequent words.
var nameLinks = map[string]bool{"بن": true, "ابن": true, "ابو": true, "ابي": true, "ال": true, "عبد": true, "بنت": true}

// addAlias lets the last word of a name refer to the same referent later in the document.
func (s *sentence) addAlias(ts, te int, r referent) {
	if te-ts < 2 || te > len(s.m.keys) {
		return
	}
	// After "بن" or "أبو" the last word is the father's or the kunya's, not the person's; after
	// "آل" it is the family's, which names an unknown person ("المقدم علي عمير آل جرمان" …
	// "آل جرمان"), but a known one only by the short forms the knowledge base lists (آل سعود
	// is every Saudi prince).
	if k, prev := s.m.keys[te-1], s.m.keys[te-2]; k != "" && !s.kb.stop[k] && (!nameLinks[prev] || prev == "ال" && r.actor == nil && te-ts >= 3) {
		s.d.setAlias(k, r) // (a copy: a later alias of the word gets a referent of its own)
	} else if k != "" && sonLinks[prev] {
		// "مبعوث الأمم المتحدة جمال بن عمر" … "قال بن عمر": a person's "بن X"
		if s.d.sonAlias == nil {
			s.d.sonAlias = map[string]*referent{}
		}
		ref := r
		s.d.sonAlias[k] = &ref
	}
}

// sonLinks are the words "son of" that make, with the father's name, a name of its own.
var sonLinks = map[string]bool{"بن": true, "ابن": true}
