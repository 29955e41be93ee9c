package actor

import (
	"iter"
	"slices"
	"strings"

	"marsad/arabic"
)

// role resolves a role phrase: with a nationality, country, organisation or region
// ("وزير الخارجية الأمريكي", "رئيس وزراء إسرائيل", "الأمين العام للأمم المتحدة"), with a name
// ("الرئيس بوتين"), both, or alone (then it refers back to the last holder of that office in the
// document).
func (s *sentence) role(L match, e *entry) int {
	o := e.office
	// "العقوبات الرئيسة", "مكوناته الرئيسة": after a definite noun or one with a pronoun,
	// الرئيسة is the adjective "main", no woman president ("أعلنت الرئيسة المؤقتة" is one)
	if L.end-L.start == 1 && L.cut == 0 && s.m.keys[L.start] == mainAdjKey && L.start > 0 && s.adjectivalAfter(L.start-1) {
		return L.end
	}
	if e.num != sg && e.country == "" {
		if end, ok := s.roleGroup(L, e); ok {
			return end
		}
	}
	c := complement{end: L.end, country: e.country, ok: e.country != ""}
	formerFirst := false
	if !c.ok {
		c = s.complementAt(L.end, e.open, L.def || !e.open, true)
		if c.weak && (o.ID == "official" || s.ofBusiness(c.end)) {
			// "المدير المالي", "المستشار المالي": a financial manager or adviser, no Malian; so
			// is any office "المالي" of a company ("الرئيس المالي لشركة …")
			c = complement{}
		}
		if !c.ok {
			// "الأمين العام السابق للأمم المتحدة": a modifier between the office and an
			// organisation after لـ
			if jm, f := s.modifiers(L.end); jm > L.end {
				if c2 := s.complementAt(jm, e.open, L.def || !e.open, true); c2.ok && c2.org != nil {
					c, formerFirst = c2, f
				}
			}
		}
		// "الرئيس التنفيذي لوكالة أسوشيتد برس": a company's chief of a medium named after ل (a
		// medium after ل is otherwise whom the words were said to: "قال الوزير لقناة العربية")
		if !c.ok && o.ID == "ceo" && L.end < len(s.toks) {
			for _, x := range s.m.at(L.end, true, make([]match, 0, 8)) {
				if e := x.get(eName); e != nil && x.prep && !x.conj && e.actor.Kind == Media {
					c = complement{end: x.end, org: e.actor, ok: true}
					break
				}
			}
		}
		// "المفاوض عن فصائل المعارضة", "ممثل عن حركة حماس": whom the office speaks for, after عن
		if !c.ok && L.end < len(s.toks) && s.m.keys[L.end] == "عن" {
			if c2 := s.complementAt(L.end+1, true, true, true); c2.ok && (c2.org != nil || c2.sector != nil) {
				c = c2
			} else if x, se, ok := s.m.find(L.end+1, true, eSector); ok && x.start == L.end+1 && x.cut == 0 && se.sector != "" && e.num == sg {
				// "المفاوض عن فصائل المعارضة": whom the office speaks for is a side the
				// sentence does not place; its country comes from the story
				end := x.end
				if y, _, ok := s.m.find(end, true, eSector); ok && y.start == end && y.cut == 0 {
					end = y.end // ("فصائل المعارضة", one side)
				}
				m := s.newMention(L.start, end, L.cut, RoleType)
				m.Code, m.Sector, m.Office = se.sector, se.sector, o.ID
				m.Confidence = confBareSector
				s.out = append(s.out, m)
				return end
			}
		}
		// "مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل": an office in an
		// international organisation (not an envoy's posting: "سفير إيران في الأمم المتحدة";
		// a state's body keeps its own mention: "مسؤول في الكرملين")
		if !c.ok && L.end < len(s.toks) && s.m.keys[L.end] == "في" && o.ID != "envoy" && o.ID != "ambassador" {
			if c2 := s.complementAt(L.end+1, true, true, false); c2.ok && c2.org != nil && !c2.orgAdj && c2.org.Country == "" && strings.HasPrefix(c2.org.Code, "IGO") {
				c = c2
			}
		}
		// "وزير الخارجية بجمهورية مصر العربية", "وزير الداخلية بدولة الكويت": a definite office
		// of a state named in full after ب (not an envoy's posting: "السفير بدولة الكويت")
		if !c.ok && (L.def || L.end-L.start > 1) && o.ID != "envoy" && o.ID != "ambassador" && L.end < len(s.toks) && stateAfterBa(s.m.keys[L.end]) {
			for _, x := range s.m.at(L.end, true, make([]match, 0, 8)) {
				if x.prep && !x.conj {
					if e := x.get(eName); e != nil && e.actor.Kind == CountryKind {
						c = complement{end: x.end, country: e.actor.ID, ok: true}
						break
					}
				}
			}
		}
		if !c.ok {
			c.end = L.end
		}
	}
	j, former := s.modifiers(c.end)
	former = former || formerFirst
	if o.ID == "envoy" || o.ID == "ambassador" {
		var region string
		if j, region = s.regionAfter(j); region != "" {
			c.region, c.ok = region, true
		}
		var f bool
		if j, f = s.modifiers(j); f {
			former = true
		}
	}
	// A name right after a role word needs the role to be definite ("الرئيس بوتين"); after an
	// indefinite word ("سلطان بن سلمان", "مساعد الزويهري") the word is part of the name or
	// something else.
	end, named, ref, hasName := j, (*Actor)(nil), (*referent)(nil), false
	if c.ok || L.def || !e.open {
		end, named, ref, hasName = s.nameAfter(j, c.ok, c.country)
		// a portfolio ("المفوض السامي للأمم المتحدة لحقوق الإنسان فولكر تورك") or an adjective
		// of the body ("زعيم المعارضة المسلحة رياك مشار") between the role and a known name
		if !hasName {
			end, named, ref, hasName = s.knownNameAfter(s.portfolio(j), j, c.country)
		}
		if !hasName {
			end, named, ref, hasName = s.knownNameAfter(s.definiteWords(j, 2), j, c.country)
		}
	}
	if !hasName {
		end = j
	}
	if !c.ok && !hasName {
		if end, ok := s.twoOffices(L, e, j); ok {
			return end
		}
		return s.bareRole(L, e)
	}
	m := s.newMention(L.start, end, L.cut, RoleType)
	m.Office = o.ID
	m.qualified = c.ok && c.country != ""
	switch {
	case named != nil:
		s.setActor(&m, named)
		m.Type, m.Confidence = Name, confName
		if m.Code == "" {
			m.Code = s.roleCode(o, c)
		}
		// the organisation the role names is whose office it is (unless a former one), even on
		// a day the knowledge base has no role of the person's in it ("الممثل الخاص للأمين
		// العام للأمم المتحدة في العراق نيكولاي ملادينوف" is the UN's, not Bulgaria's)
		if c.org != nil && !former && m.Country != c.org.Country && !strings.HasPrefix(m.Code, c.org.Code) {
			if code := s.roleCode(o, c); code != "" {
				m.Code, m.Country = code, s.roleCountry(c)
				m.Sector = sectorOf(m.Code, m.Country)
			}
		}
		m.Office = s.officeFor(o, named)
		// "وزير الخارجية السوري وليد المعلم" … "قال المعلم": the last word of the name
		s.addAlias(j, end, refOf(&m))
	case ref != nil:
		setRef(&m, *ref)
		m.Type, m.Confidence = ShortName, confAlias
	case hasName:
		// An unknown person: the role says who they are; a former office holder is one of the
		// country's elite.
		m.Code, m.Country = s.roleCode(o, c), s.roleCountry(c)
		if former && c.org == nil && m.Country != "" {
			m.Code = m.Country + "ELI"
		}
		m.Sector = sectorOf(m.Code, m.Country)
		m.Type, m.Confidence = Name, confUnknown
		s.addAlias(j, end, refOf(&m))
	default:
		var h *Actor
		where := c.country
		if c.org != nil {
			where = c.org.ID
		}
		// A role of a sector ("المتحدث باسم الجيش الإسرائيلي") is another seat than the
		// office's usual one, and "مسؤول إيراني" is somebody unnamed: no holder is looked up.
		if e.num == sg && c.sector == nil && !c.indef && !o.anonymous() {
			if former {
				h = s.kb.previousHolder(o.ID, where, s.d.day)
			} else {
				h = s.holder(o, where, c)
			}
		}
		switch {
		case h != nil && former:
			s.setActor(&m, h)
			m.Office = o.ID
			m.Confidence = confRole
		case h != nil:
			// The code is the role's: the army chief who is also head of state is coded as
			// army here.
			s.setActor(&m, h)
			if code := s.roleCode(o, c); code != "" {
				m.Code, m.Country = code, s.roleCountry(c)
				m.Sector = sectorOf(m.Code, m.Country)
			}
			m.Office = o.ID
			m.Confidence = confRole
		default:
			m.Code, m.Country = s.roleCode(o, c), s.roleCountry(c)
			m.Sector = sectorOf(m.Code, m.Country)
			m.Confidence = confRoleCode
		}
	}
	if m.Code == "" {
		return end
	}
	s.out = append(s.out, m)
	return end
}

// twoOffices resolves one person named by two offices joined by "و" that share the second's
// complement ("رئيس الوزراء ووزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني"): the
// mention of the second office, with its actor, starts at the first.
func (s *sentence) twoOffices(L match, e *entry, j int) (int, bool) {
	if e.num != sg || j >= len(s.toks) {
		return 0, false
	}
	x, e2, ok := s.m.find(j, true, eOffice)
	if !ok || !x.conj || x.prep || e2.num != sg || e2.office == e.office {
		return 0, false
	}
	if _, d, ok := s.m.find(x.end, false, eDemonym); ok && d.num != sg {
		return 0, false // "وزير الخارجية ووزير الدفاع الأمريكيان": two people
	}
	n := len(s.out)
	end := s.role(x, e2)
	if len(s.out) != n+1 || s.out[n].TokStart != x.start {
		// no mention, or another kind of phrase: leave the second office to the parser
		s.out = s.out[:n]
		return 0, false
	}
	m2 := s.out[n]
	m := s.newMention(L.start, m2.TokEnd, L.cut, m2.Type)
	m.conj = L.conj
	m2.Start, m2.TokStart, m2.Text, m2.conj = m.Start, m.TokStart, m.Text, m.conj
	s.out[n] = m2
	return end, true
}

// holder finds who held an office on the document's date for a role complement.
func (s *sentence) holder(o *office, where string, c complement) *Actor {
	if where == "" {
		return nil
	}
	if h := s.kb.holderIn(o.ID, where, c.region, s.d.day); h != nil {
		return h
	}
	if c.org != nil {
		// A role "of" a government body ("رئيس السلطة الفلسطينية") is the role in its country; a
		// commander "of" an armed group is its leader.
		// (only the government itself: "رئيس البنتاغون" or "رئيس الحرس الثوري" heads a force,
		// not the state)
		if c.org.Kind == Government && c.org.Country != "" && strings.HasSuffix(c.org.codeOn(s.d.day, 0), "GOV") {
			if h := s.kb.holderIn(o.ID, c.org.Country, c.region, s.d.day); h != nil {
				return h
			}
		}
		switch o.ID {
		case "military_commander", "army_chief", "president", "leader", "secretary_general":
			for _, alt := range [...]string{"group_leader", "party_leader", "secretary_general"} {
				if h := s.kb.holderIn(alt, c.org.ID, "", s.d.day); h != nil {
					return h
				}
			}
		}
	}
	return nil
}

// roleCode is the code of a role phrase when no person is known: the organisation's code, or
// the country with the sector of the sector word or of the office.
func (s *sentence) roleCode(o *office, c complement) string {
	if c.org != nil {
		return c.org.codeOn(s.d.day, 0)
	}
	if c.country == "" {
		return ""
	}
	if c.sector != nil {
		return c.country + c.sector.sector
	}
	return c.country + o.Sector
}

func (s *sentence) roleCountry(c complement) string {
	if c.org != nil {
		return c.org.countryOn(s.d.day)
	}
	return c.country
}

// corefTo adds a mention over tokens [ts, te) that refers to the referent of m.
func (s *sentence) corefTo(ts, te, cut int, m *Mention) {
	c := s.newMention(ts, te, cut, Coref)
	setRef(&c, refOf(m))
	c.Confidence = confCoref
	s.out = append(s.out, c)
}

// sectorRole adds a mention of the role phrase L with the office's sector only: the event coder
// completes its country from context.
func (s *sentence) sectorRole(L match, o *office) {
	m := s.newMention(L.start, L.end, L.cut, RoleType)
	m.Code, m.Sector, m.Office = o.Sector, o.Sector, o.ID
	m.Confidence = confBareSector
	s.out = append(s.out, m)
}

// headOf returns the latest body of the document (an international organisation, a court, a
// party, an armed group …) one of whose names begins with the noun of key k, with or without
// its article, or nil: the sector word "المحكمة" → "المحكمة الجنائية الدولية".
func (s *sentence) headOf(k string) *Mention {
	k = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(k, "و"), "ف"), "ال")
	if runeLen(k) < 3 || genericHeads[k] {
		return nil
	}
	for m := range s.recent() {
		a := m.Actor
		if a == nil || a.Kind == Person || a.Kind == CountryKind || len(m.Group) > 0 {
			continue
		}
		if slices.Contains(a.heads, k) {
			return m
		}
	}
	return nil
}

// royalHonorifics are the honorifics of princes ("سمو", "صاحب السمو"), keys.
var royalHonorifics = map[string]bool{}

func init() {
	for _, w := range []string{"سمو", "السمو", "وسمو", "لسمو", "الملكي"} {
		royalHonorifics[arabic.Key(w)] = true
	}
}

// gulfMonarchies are the states whose princes hold offices and are so addressed.
var gulfMonarchies = map[string]bool{"SAU": true, "KWT": true, "QAT": true, "ARE": true, "BHR": true, "OMN": true}

// genericHeads are head nouns that alone mostly mean the story country's own organ: "الحكومة"
// after "حكومة إقليم كردستان", "القوات" after "قوات الدعم السريع" are seldom that body.
var genericHeads = map[string]bool{"حكومه": true, "حكومة": true, "قوات": true}

// nonState are the sectors of a country's sides that are not its state: rebels, insurgents, the
// opposition.
var nonState = map[string]bool{"REB": true, "INS": true, "OPP": true, "SEP": true, "RAD": true, "UAF": true}

// complementizerBefore returns the token of the first "إن", "أن" or "بأن" before token i in the
// sentence (the one that opens the reported words), or -1.
func (s *sentence) complementizerBefore(i int) int {
	for j := 0; j < i && j < len(s.m.keys); j++ {
		switch s.m.keys[j] {
		case "ان", "بان", "وان":
			return j
		}
	}
	return -1
}

// portfolio returns the end of a portfolio phrase at token j ("لحقوق الإنسان", "للشؤون
// الأفريقية", "لشؤون اللاجئين": ل + a noun, and a definite word after it), or j.
func (s *sentence) portfolio(j int) int {
	if j >= len(s.toks) || !s.isWord(j) {
		return j
	}
	k := s.m.keys[j]
	if !strings.HasPrefix(k, "ل") || runeLen(k) < 4 || s.stopword(k) {
		return j
	}
	if j+1 < len(s.toks) && s.isWord(j+1) && strings.HasPrefix(s.m.keys[j+1], "ال") && !s.stopword(s.m.keys[j+1]) {
		return j + 2
	}
	return j + 1
}

// knownNameAfter is nameAfter at token j2 past words skipped from j, for a known name (a
// record or an alias) only; it returns j and false when nothing was skipped or none is found.
func (s *sentence) knownNameAfter(j2, j int, country string) (int, *Actor, *referent, bool) {
	if j2 > j {
		if e, n, r, ok := s.nameAfter(j2, false, country); ok && (n != nil || r != nil) {
			return e, n, r, true
		}
	}
	return j, nil, nil, false
}

// definiteWords returns the end of up to max definite words at token j that are no stopword
// and start no name or place ("المسلحة", "الشعبية"), or j.
func (s *sentence) definiteWords(j, max int) int {
	for n := 0; n < max && j < len(s.toks) && s.isWord(j); n++ {
		k := s.m.keys[j]
		if !strings.HasPrefix(k, "ال") || runeLen(k) < 5 || s.stopword(k) {
			break
		}
		if _, _, ok := s.m.find(j, false, eName, eRegion); ok {
			break
		}
		j++
	}
	return j
}

// officialAdj are "official" after a spokesman ("الناطق الرسمي باسمها").
var officialAdj = map[string]bool{"الرسمي": true, "الرسميه": true, "الرسمية": true}

// forPronoun reports whether token j is "باسمه", "باسمها" …: speaking for a body a pronoun
// stands for.
func (s *sentence) forPronoun(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	switch s.m.keys[j] {
	case "باسمه", "باسمها", "باسمهم", "باسمهما":
		return true
	}
	return false
}

// spokenFor reports a mention a spokesman "for it" ("المتحدث باسمها") may speak for: a body
// or a state's organ, not a people, a group or a body tied to the one before it ("المرتبطة
// بتنظيم القاعدة").
func (s *sentence) spokenFor(m *Mention) bool {
	if m.TokStart > 0 && tiedTo[strings.TrimPrefix(s.m.keys[m.TokStart-1], "و")] {
		return false
	}
	return (isOrg(m.Actor) || m.Actor == nil && m.Country != "" && m.Sector != "" && (m.Type == Sector || m.Type == Org) && !peopleSectors[m.Sector]) &&
		len(m.Group) == 0
}

// tiedTo are the words that tie a body to another named after them ("المرتبطة بتنظيم
// القاعدة", "التابعة لحزب الله"), keys.
var tiedTo = map[string]bool{}

func init() {
	for _, w := range []string{"المرتبطة", "المرتبط", "المرتبطين", "مرتبطة", "مرتبط", "التابعة", "التابع", "التابعين",
		"تابعة", "تابع", "الموالية", "الموالي", "الموالين", "موالية", "موال", "المقربة", "المقرب", "المدعومة",
		"المدعوم", "مدعومة", "مدعوم", "المنشقة", "المنشق", "فرع", "ذراع", "الذراع"} {
		tiedTo[arabic.Key(w)] = true
	}
}

// bareRole resolves a role phrase with nothing after it: a singular definite one ("الرئيس")
// refers to the latest person of the document who held that office; a dual one ("الوزيرين",
// "الرئيسين") to the latest two.
func (s *sentence) bareRole(L match, e *entry) int {
	o := e.office
	// a phrase in the construct state is definite by its last word ("ولي العهد")
	def := L.def || L.end-L.start >= 2 && strings.HasPrefix(s.m.keys[L.end-1], "ال")
	switch {
	case e.num == sg && def:
		// "الناطق باسمها" is the spokesman of the body the pronoun stands for — the body named
		// last in the sentence ("كبير مفاوضي الحوثيين والمتحدث باسمهم") — not the last holder of
		// a spokesman's office
		if L.end < len(s.toks) && electWords[s.m.keys[L.end]] {
			// "الرئيس المنتخب": not the holder told before, but the one who will succeed
			// them; the country comes from context
			if o.Sector != "" {
				L.end++
				s.sectorRole(L, o)
				return L.end
			}
			return L.end + 1
		}
		// ("الناطق الرسمي باسمها": past the adjective)
		pe := L.end
		if pe < len(s.toks) && officialAdj[s.m.keys[pe]] && s.forPronoun(pe+1) {
			pe++
		}
		if s.forPronoun(pe) {
			for i := len(s.out) - 1; i >= 0; i-- {
				// (or a state's organ: "ولم تصدر الحكومة المغربية أي تعليق، فيما قال الناطق باسمها")
				// (a people has no spokesman: "حث البيت الأبيض … على احترام حقوق شعب البحرين، وقال
				// المتحدث باسمه" is the White House's)
				// (nor a body the one before is tied to: "حركة «الشباب» الصومالية المرتبطة بتنظيم
				// القاعدة … وقال المتحدث باسمها" is al-Shabaab's)
				if m := &s.out[i]; m.TokEnd <= L.start && s.spokenFor(m) {
					s.corefTo(L.start, pe+1, L.cut, m)
					return pe + 1
				}
			}
		} else {
			// the last holder of the office named (but one named with his country — "وزير
			// الخارجية الإيطالي" — yields to one named in the same sentence before him by the bare
			// office or by name: the story's own, "أجرى وزير الخارجية عادل الجبير مباحثات مع
			// وزير الخارجية الإيطالي … وقال وزير الخارجية")
			// (after a prince's honorific, "وأكد سمو وزير الخارجية", the holder is a prince: of a
			// Gulf monarchy, not the Iranian minister named last)
			royal := L.start > 0 && royalHonorifics[s.m.keys[L.start-1]]
			var first Mention
			found := false
			for m := range s.recent() {
				if found && m.sent != first.sent {
					break
				}
				if royal && !gulfMonarchies[m.Country] {
					continue
				}
				if m.Actor != nil && m.Actor.Kind == Person && s.sameOffice(o, m.Office) ||
					m.Actor == nil && m.Office != "" && m.Code != "" && s.sameOffice(o, m.Office) {
					if !found {
						first, found = *m, true
						if !m.qualified {
							break
						}
						continue
					}
					if !m.qualified && m.Country != first.Country {
						first = *m
						break
					}
				}
			}
			if found {
				s.corefTo(L.start, L.end, L.cut, &first)
				return L.end
			}
		}
		// no antecedent: a role of the story's country ("معالي وزير الخارجية يلتقي …"), with the
		// sector only; the event coder completes the country from context (not for a phrase
		// in the construct state, measured to mislead: "وزير الخارجية" is as often another's)
		if o.Sector != "" && L.def {
			s.sectorRole(L, o)
		}
	case e.num == sg && subnationalOffices[o.ID] && o.Sector != "" && L.end < len(s.toks) && s.isWord(L.end) && !s.stopword(s.m.keys[L.end]) &&
		!(L.end-L.start == 1 && s.m.keys[L.start] == waliKey):
		// "حاكم ولاية كاليفورنيا", "محافظ دير الزور": the governor or mayor of a place the
		// knowledge base does not hold, with the sector only; the event coder completes the
		// country from the place named right after
		s.sectorRole(L, o)
	case o.ID == "official" && L.end-L.start >= 2 && o.Sector != "":
		// "مصدر حكومي", "مسؤول رفيع", "مصادر دبلوماسية": an unnamed official, qualified, speaks
		// for a government: the story's, as the event coder completes it
		s.sectorRole(L, o)
	case e.num == pl && bodyOffices[o.ID] && o.Sector != "":
		// "انتقد نواب", "قال النواب", "قضاة": members of a country's legislature, bench or
		// officer corps, with the sector only; the event coder completes the country
		s.sectorRole(L, o)
	case e.num == du:
		var group []Mention
		reported := s.complementizerBefore(L.start) // (see sidesCoref: not the speaker)
		for pass := 0; pass < 2 && len(group) < 2; pass++ {
			group = group[:0]
			for m := range s.recent() {
				if m.Actor == nil && m.Office == "" || m.Code == "" {
					continue
				}
				if reported >= 0 && m.End > m.Start && m.TokEnd <= reported {
					continue
				}
				if m.Actor != nil && m.Actor.Kind != Person {
					continue
				}
				if pass == 0 && !s.sameOffice(o, m.Office) {
					continue
				}
				if !containsRef(group, *m) {
					group = append(group, *m)
					if len(group) == 2 {
						break
					}
				}
			}
		}
		if len(group) == 2 {
			s.out = append(s.out, s.groupMention(L.start, L.end, L.cut, Coref, o.ID, group, true))
		}
	}
	return L.end
}

// waliKey is the key of "والي" (governor), which is also "والى", "and to".
var waliKey = arabic.Key("والي")

// subnationalOffices are the offices of a province or a city, named with the place they govern.
var subnationalOffices = map[string]bool{"governor": true, "mayor": true}

// peopleSectors are sectors of a country's people, who have no spokesman or office.
var peopleSectors = map[string]bool{"CVL": true, "REF": true}

// bodyOffices are offices whose holders, named in the plural with no country, stand for a body
// of the story's country.
var bodyOffices = map[string]bool{"legislator": true}

// sameOffice reports whether a person's office fits a role word: the same office, any minister
// for "الوزير", any head for "الزعيم".
func (s *sentence) sameOffice(o *office, held string) bool {
	if held == "" {
		return false
	}
	if held == o.ID {
		return true
	}
	if o.ID == "minister" {
		return strings.HasSuffix(held, "minister") && held != "prime_minister"
	}
	for _, h := range o.Heads {
		if h == held {
			return true
		}
	}
	return false
}

// recent yields the mentions of this sentence so far and then of the document, most recent
// first, with spelled-out groups flattened, up to a window that keeps long sentences linear.
// Mentions of earlier sentences come without their spans, in a buffer of the sentence that the
// next one overwrites (so recent is not to be nested).
func (s *sentence) recent() iter.Seq[*Mention] {
	const window = 64
	return func(yield func(*Mention) bool) {
		n := 0
		for i := len(s.out) - 1; i >= 0 && n < window; i-- {
			m := &s.out[i]
			if len(m.Group) > 0 {
				if m.Type != Coref {
					for k := len(m.Group) - 1; k >= 0; k-- {
						n++
						if !yield(&m.Group[k]) {
							return
						}
					}
				}
				continue
			}
			if (m.Type == Sector || m.Type == RoleType) && m.Country == "" && m.Actor == nil {
				continue
			}
			n++
			if !yield(m) {
				return
			}
		}
		for i := len(s.d.hist) - 1; i >= 0 && n < window; i-- {
			n++
			s.earlier = s.d.hist[i].mention()
			if !yield(&s.earlier) {
				return
			}
		}
	}
}

func containsRef(ms []Mention, m Mention) bool {
	for i := range ms {
		if sameRef(&ms[i], &m) {
			return true
		}
	}
	return false
}

// sameRef reports whether two mentions have the same key: a mention's key is its record's id, or
// "#" + its code without a record. The keys are compared without being built.
func sameRef(a, b *Mention) bool {
	switch {
	case a.Actor != nil && b.Actor != nil:
		return a.Actor.ID == b.Actor.ID
	case a.Actor == nil && b.Actor == nil:
		return a.Code == b.Code
	case a.Actor != nil:
		return keyIsCode(a.Actor.ID, b.Code)
	}
	return keyIsCode(b.Actor.ID, a.Code)
}

// keyIsCode reports id == "#" + code.
func keyIsCode(id, code string) bool {
	rest, ok := strings.CutPrefix(id, "#")
	return ok && rest == code
}

// groupMention builds a mention for a pair or list. Members found by coreference (span true)
// take the span of the group word.
func (s *sentence) groupMention(ts, te, cut int, typ MentionType, officeID string, members []Mention, span bool) Mention {
	g := s.newMention(ts, te, cut, typ)
	g.Office = officeID
	g.Confidence = confCoref
	if typ != Coref {
		g.Confidence = confRole
	}
	code, country := members[0].Code, members[0].Country
	for i := range members {
		members[i].Group = nil
		if span {
			members[i].Start, members[i].End = g.Start, g.End
			members[i].TokStart, members[i].TokEnd = g.TokStart, g.TokEnd
			members[i].Text = g.Text
			members[i].Type = Coref
			members[i].Confidence = confCoref
		}
		if members[i].Code != code {
			code = ""
		}
		if members[i].Country != country {
			country = ""
		}
	}
	g.Code, g.Country = code, country
	g.Sector = sectorOf(code, country)
	g.Group = members
	return g
}

// roleGroup parses a dual or plural role followed by a list of nationalities or names:
// "الوزيرين الروسي سيرجي لافروف والأمريكي ماركو روبيو", "الرئيسين بوتين وترامب",
// "وزيري خارجية روسيا والولايات المتحدة".
func (s *sentence) roleGroup(L match, e *entry) (int, bool) {
	o := e.office
	var buf [8]Mention
	members := buf[:0]
	j := L.end
	for len(members) < len(buf) && j < len(s.toks) {
		start := j
		if len(members) > 0 && s.toks[j].Kind == arabic.Punct && (s.toks[j].Text == "،" || s.toks[j].Text == ",") {
			start++
		}
		m, end, ok := s.member(start, o, e.open, len(members) > 0)
		if !ok {
			break
		}
		members = append(members, m)
		j = end
	}
	if len(members) < 2 {
		return L.end, false
	}
	g := s.groupMention(L.start, j, L.cut, RoleType, o.ID, slices.Clone(members), false)
	s.out = append(s.out, g)
	return j, true
}

// member parses one element of a role list at token j: a nationality or country, then an
// optional name; or a name alone. After the first element the word must start with "و".
func (s *sentence) member(j int, o *office, open, conj bool) (Mention, int, bool) {
	for _, x := range s.m.at(j, true, make([]match, 0, 8)) {
		if x.prep || conj != x.conj || (!conj && x.cut != 0) {
			continue
		}
		country, named := "", (*Actor)(nil)
		for _, e := range x.entries {
			switch {
			case e.kind == eDemonym && country == "":
				country = e.country
			case e.kind == eName && e.actor.Kind == CountryKind && open && country == "":
				country = e.actor.ID
			case named == nil && e.actor != nil && e.actor.Kind == Person && (e.kind == eName || e.kind == eShort && s.uniqueShort(x)):
				named = e.actor
			}
		}
		if country == "" && named == nil {
			continue
		}
		end := x.end
		var m Mention
		m.Type = RoleType
		if named == nil {
			k, _ := s.modifiers(end)
			nEnd, a, ref, has := s.nameAfter(k, true, country)
			switch {
			case a != nil:
				named, end = a, nEnd
			case ref != nil:
				end = nEnd
				setRef(&m, *ref)
				m.Type = ShortName
			case has:
				end = nEnd
				m.Code, m.Country, m.Sector = country+o.Sector, country, o.Sector
				m.Type = Name
				s.addAlias(k, nEnd, refOf(&m))
			default:
				var h *Actor
				if !o.Multi {
					h = s.kb.holderIn(o.ID, country, "", s.d.day)
				}
				if h != nil {
					s.setActor(&m, h)
				} else {
					m.Code, m.Country, m.Sector = country+o.Sector, country, o.Sector
				}
			}
		}
		mm := s.newMention(j, end, x.cut, m.Type)
		mm.Actor, mm.Code, mm.Country, mm.Sector, mm.Office = m.Actor, m.Code, m.Country, m.Sector, m.Office
		if named != nil {
			s.setActor(&mm, named)
			mm.Type = Name
			if country == "" || x.has(eName) {
				s.d.seq++
				s.d.full[named] = s.d.seq
			}
		}
		mm.Office = s.officeFor(o, mm.Actor)
		mm.Confidence = confRole
		return mm, end, mm.Code != ""
	}
	return Mention{}, j, false
}

// officeFor is the office a role mention reports: the role word's office when the named person
// held it that day (or nobody is named), else the office the person held that day ("رئيس
// صندوق …" for a fund's head who is coded by another role).
func (s *sentence) officeFor(o *office, a *Actor) string {
	if a == nil {
		return o.ID
	}
	for _, r := range a.Roles {
		if r.Office == o.ID && r.covers(s.d.day) {
			return o.ID
		}
	}
	if r, ok := a.roleOn(s.d.day); ok {
		return r.Office
	}
	return o.ID
}

// sectorPhrase resolves a sector word with its nationality, country or organisation:
// "الجيش السوداني" → SDNMIL, "حكومة السودان" → SDNGOV, "مقاتلو حزب الله" → LBNREB.
func (s *sentence) sectorPhrase(L match, e *entry) int {
	// "القضاء على الإرهاب", "تم القضاء على زعيم مليشيا": the elimination of, not the judiciary
	if e.sector == "JUD" && L.end-L.start == 1 && L.end < len(s.toks) && (s.m.keys[L.end] == "علي" || s.m.keys[L.end] == "على") &&
		strings.HasSuffix(s.m.keys[L.start], "القضاء") {
		return L.end
	}
	if end, ok := s.opposingAdjective(L, e); ok {
		return end
	}
	j, _ := s.modifiers(L.end)
	// a sector of a sector ("جنود الجيش الإسرائيلي") needs a head in the construct state:
	// "مسلحون السفارة الإيرانية" and "الشرطة المتظاهرين" are two actors, not one
	c := s.complementAt(j, e.open, L.def || !e.open, !L.def && construct(s.keys[L.end-1]))
	if c.orgAdj && !armedOrOfficial[e.sector] {
		c = complement{} // "الشباب الأوروبي" is Europe's youth, not the EU's; "القوات الأممية" is the UN's
	}
	if c.weak && !s.weakSectorOK(L, e) {
		c = complement{} // "النظام المالي", "الإدارة المالية", "الشركات المالية": financial, not Malian
	}
	if !c.ok || (c.country == "" && c.org == nil) {
		// a sector named alone ("الشرطة", "مسلحون", "المتظاهرون"): a mention with the sector
		// only; the event coder gives it the country of its context
		if e.sector != "" && !s.bareStop(L.start, L.end) && !s.foreignAfter(L.end) {
			// "المحكمة" after "المحكمة الجنائية الدولية": the head noun of a body named before
			// is that body
			if L.end-L.start == 1 && L.def {
				if r := s.headOf(s.m.keys[L.start]); r != nil {
					s.corefTo(L.start, L.end, L.cut, r)
					return L.end
				}
			}
			m := s.newMention(L.start, L.end, L.cut, Sector)
			m.Code, m.Sector = e.sector, e.sector
			m.Confidence = confBareSector
			s.out = append(s.out, m)
		}
		return L.end
	}
	typ := Sector
	if e.sector == "" && c.org == nil {
		typ = Demonym
	}
	// "قوة أميركية خاصة قتلت", "القوات الروسية الخاصة": special forces, the word after the
	// nationality part of the mention (the verb after it has it as its subject)
	if e.sector == "MIL" && c.end < len(s.toks) && specialForces[s.m.keys[c.end]] {
		c.end++
	}
	m := s.newMention(L.start, c.end, L.cut, typ)
	switch {
	case c.org != nil:
		m.Actor = c.org
		m.Code = c.org.codeOn(s.d.day, 0)
		m.Country = c.org.countryOn(s.d.day)
		m.Sector = sectorOf(m.Code, m.Country)
		if !c.orgAdj {
			s.fullMention(c.org) // "طيران التحالف العربي" names the coalition in full
		}
		s.headAlias(L, &m)
	default:
		m.Country = c.country
		sector := e.sector
		// "وفد المعارضة السورية", "وفد الجيش السوري": a delegation is of the sector it comes
		// from, not the government's
		if c.sector != nil && c.sector.sector != "" && delegationHead(s.m.keys[L.start]) {
			sector = c.sector.sector
		}
		m.Code, m.Sector = c.country+sector, sector
	}
	m.Confidence = confSector
	if c.country != "" && c.org == nil && e.sector != "" {
		if end, ok := s.sectorList(L, m, c); ok {
			return end
		}
	}
	s.out = append(s.out, m)
	return c.end
}

// specialForces are the adjectives of special forces after a military sector's nationality (keys).
var specialForces = map[string]bool{arabic.Key("خاصة"): true, arabic.Key("الخاصة"): true}

// delegationHead reports the key of a word for a delegation ("وفد", "ووفد", "للوفد"),
// whatever clitics it carries ("وفد" itself begins with و).
func delegationHead(k string) bool {
	for _, conj := range []string{"", "و", "ف"} {
		r, ok := strings.CutPrefix(k, conj)
		if !ok {
			continue
		}
		for _, prep := range []string{"", "ب", "ل", "لل"} {
			if w, ok := strings.CutPrefix(r, prep); ok && delegationWords[strings.TrimPrefix(w, "ال")] {
				return true
			}
		}
	}
	return false
}

// delegationWords are the keys of a delegation's head noun, without the article.
var delegationWords = map[string]bool{"وفد": true, "وفدا": true, "وفدي": true, "وفدان": true, "وفود": true}

// ofBusiness reports a company, a bank or a group named with ل at token j ("لشركة", "للمجموعة",
// "لبنك"): the office before it is the firm's.
func (s *sentence) ofBusiness(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	k := s.m.keys[j]
	for _, p := range [...]string{"لل", "ل"} {
		if r, ok := strings.CutPrefix(k, p); ok {
			switch r {
			case "شركه", "مجموعه", "بنك", "مصرف", "مؤسسه", "صندوق":
				return true
			}
		}
	}
	return false
}

// weakSectorOK reports whether a weak demonym, a common word too ("المالي": financial), can
// complete the sector phrase L: an armed force, the police, intelligence or a people ("الجيش
// المالي", "السلطات المالية"), not a system, an administration, a side or business ("النظام
// المالي", "الإدارة المالية", "الجانب المالي", "الشركات المالية").
func (s *sentence) weakSectorOK(L match, e *entry) bool {
	switch e.sector {
	case "MIL", "COP", "SPY", "REB", "CVL", "REF":
		return true
	case "GOV":
		return !weakGovWords[s.m.keys[L.end-1]]
	}
	return false
}

// weakGovWords end the government phrases that a weak demonym qualifies as a common adjective
// ("النظام المالي", "الإدارة المالية", "الوزارة المالية", "الجهات الرسمية المالية"), keys.
var weakGovWords = map[string]bool{}

func init() {
	for _, w := range []string{"النظام", "الإدارة", "الوزارة", "القيادة", "السلطة", "الرسمية"} {
		weakGovWords[arabic.Key(w)] = true
	}
}

// electWords after a role make it its next holder's ("الرئيس المنتخب").
var electWords = map[string]bool{"المنتخب": true, "المنتخبه": true, "المقبل": true, "المقبله": true}

// headAlias lets the head noun of a body named with an organisation ("بعثة الاتحاد الأفريقي",
// "مفوضية الاتحاد الأوروبي") stand for that body later in the document ("وقال المتحدث باسم
// البعثة"), unless the noun heads one of the organisation's own names.
func (s *sentence) headAlias(L match, m *Mention) {
	if L.end-L.start != 1 {
		return
	}
	k := strings.TrimPrefix(strings.TrimPrefix(s.m.keys[L.start], "و"), "ف")
	k = strings.TrimPrefix(k, "ال")
	if !bodyHeads[k] || slices.Contains(m.Actor.heads, k) {
		return
	}
	s.d.setAlias("ال"+k, refOf(m))
}

// construct reports a word key that can head a construct (إضافة): not a sound plural or a
// dual with its nun ("مسلحون", "متظاهرين", "جنديان"), which the construct drops ("مسلحو").
func construct(key string) bool {
	return !strings.HasSuffix(key, "ون") && !strings.HasSuffix(key, "ين") && !strings.HasSuffix(key, "ان")
}

// sectorList resolves a sector of several countries, its nationalities joined by "و"
// ("القوات المسلحة المصرية والسعودية"): a group of the sector of each country. first is the
// sector phrase with its first nationality.
func (s *sentence) sectorList(L match, first Mention, c complement) (int, bool) {
	members := []Mention{first}
	j := c.end
	for len(members) < 6 && j < len(s.toks) {
		x, d, ok := s.m.find(j, true, eDemonym)
		if !ok || !x.conj || x.prep || x.def == c.indef || d.country == "" || d.country == first.Country {
			break
		}
		m := s.newMention(x.start, x.end, x.cut, Sector)
		m.Country, m.Sector, m.Code = d.country, first.Sector, d.country+first.Sector
		m.Confidence = confSector
		members = append(members, m)
		j = x.end
	}
	if len(members) < 2 {
		return 0, false
	}
	g := s.groupMention(L.start, j, L.cut, Sector, "", members, false)
	g.Confidence = confSector
	s.out = append(s.out, g)
	return j, true
}

// bareStopWords are sector words too abstract or too often not an actor to stand alone:
// "الأمن" (security), "الدفاع" (defence), "النظام" (system), a hospital as a building …
var bareStopWords = map[string]bool{}

func init() {
	for _, w := range []string{"الأمن", "الدفاع", "الطيران", "النظام", "الحكم", "الإدارة", "الدبلوماسية", "القيادة",
		"البعثة", "السفارة", "القنصلية", "الوزارة", "الخارجية", "الداخلية", "المؤسسة الرسمية", "الجانب الرسمي",
		"الدولة العميقة", "الدفاع المدني", "الناس", "الشعب", "الشباب", "النساء", "الأطفال", "العائلات", "الأسر",
		"الرأي العام", "الجالية", "الإعلام", "الصحافة", "الصحيفة", "الصحف", "صحيفة", "صحف", "القناة", "الإذاعة",
		"التلفزيون", "المستشفى", "المستشفيات", "القطاع الصحي", "الجامعة", "الجامعات", "المدارس", "الشركة", "الشركات",
		"البورصة", "المصارف", "البنوك", "القطاع الخاص", "المساجد", "الكنائس", "الكنيسة", "الحزب", "الأحزاب",
		"عناصر", "الفصائل", "المقاومة", "الكتائب", "المرجعية", "الإعلاميون", "وسائل الإعلام", "وسائل إعلام",
		"وكالة الأنباء", "وكالة أنباء", "النخبة", "النخب", "الحراك", "القوات", "الطائرات", "المقاتلات", "الجامعة العربية",
		// (a force is an army's only with its nationality: "قوة أميركية خاصة"; alone it is strength)
		"القوة", "القوة الخاصة"} {
		bareStopWords[arabic.Key(w)] = true
		bareStopWords[arabic.Key(strings.TrimPrefix(w, "ال"))] = true
	}
}

// foreignWords after a sector phrase say its country is not the context's ("الصحفيون الأجانب").
var foreignWords = map[string]bool{}

func init() {
	for _, w := range []string{"الأجانب", "أجانب", "الأجنبية", "أجنبية", "الأجنبي", "أجنبي", "الدولية", "دولية",
		"الدوليون", "دوليون", "الدوليين", "دوليين", "الغربيون", "الغربيين", "الغربية", "الإقليمية", "العالمية"} {
		foreignWords[arabic.Key(w)] = true
	}
}

func (s *sentence) foreignAfter(i int) bool {
	return i < len(s.m.keys) && foreignWords[s.m.keys[i]]
}

// bareStop reports a sector phrase that must not stand alone as an actor.
func (s *sentence) bareStop(ts, te int) bool {
	// The key is built on the stack: "ال" + the words, the first without its proclitics.
	var arr [128]byte
	b := append(arr[:0], "ال"...)
	for i := ts; i < te; i++ {
		if i > ts {
			b = append(b, ' ')
		}
		k := s.m.keys[i]
		if i == ts {
			// the proclitics of the first word do not matter
			for _, p := range [...]string{"وال", "فال", "بال", "لل", "كال", "ال", "و", "ف", "ب", "ل"} {
				if strings.HasPrefix(k, p) && len(k) > len(p)+4 {
					k = k[len(p):]
					break
				}
			}
		}
		b = append(b, k...)
	}
	const art = len("ال")
	return bareStopWords[string(b[art:])] || bareStopWords[string(b)]
}

// armedOrOfficial are the sectors an organisation adjective completes ("الميليشيات الحوثية").
var armedOrOfficial = map[string]bool{"GOV": true, "MIL": true, "COP": true, "SPY": true, "REB": true, "UAF": true, "INS": true}

// coref resolves counterparts ("نظيره الروسي سيرجي لافروف") and pairs ("البلدين",
// "الجانبين").
func (s *sentence) coref(L match, e *entry) int {
	switch e.coref {
	case corefGroup:
		// "الدول الأوروبية الثلاث": each member state
		var group []Mention
		for _, c := range strings.Split(e.country, "+") {
			if a := s.kb.actors[c]; a != nil {
				var m Mention
				s.setActor(&m, a)
				group = append(group, m)
			}
		}
		if len(group) >= 2 {
			s.out = append(s.out, s.groupMention(L.start, L.end, L.cut, Coref, "", group, true))
		}
		return L.end
	case corefCountries, corefSides:
		// "الجانبان السعودي والمصري": the nationalities that follow say who
		var named []Mention
		j := L.end
		for len(named) < 6 && j < len(s.toks) {
			x, d, ok := s.m.find(j, true, eDemonym)
			if !ok || (len(named) == 0) == x.conj || x.prep || (len(named) == 0 && x.cut != 0) || !x.def {
				break
			}
			c := s.kb.actors[d.country]
			if c == nil {
				break
			}
			m := s.newMention(x.start, x.end, x.cut, Coref)
			s.setActor(&m, c)
			m.Confidence = confCoref
			named = append(named, m)
			j = x.end
		}
		if len(named) >= 2 {
			s.out = append(s.out, s.groupMention(L.start, j, L.cut, Coref, "", named, false))
			return j
		}
		var group []Mention
		var seenBuf [16]string
		seen := seenBuf[:0] // the keys taken so far (a short list: a map would allocate)
		// "وقال الوسيط أوباسانجو إن الطرفين اتفقا": the one who speaks of "the two sides" before a
		// complementizer of this sentence is not one of them
		reported := s.complementizerBefore(L.start)
		for m := range s.recent() {
			if m.Type == Capital || m.aside || m.place {
				continue // a capital is mostly a place: "التقيا في بكين" ("في العاصمة الكينية"); a mediator no side
			}
			// (nor is a news agency that reported it: "وقالت رويترز …")
			if m.Actor != nil && m.Actor.Kind == Media {
				continue
			}
			if reported >= 0 && m.End > m.Start && m.TokEnd <= reported && e.coref == corefSides {
				continue
			}
			// "ودعت الصين البلدين", "حثت الولايات المتحدة الجانبين": the subject right before
			// the pair is the one who addresses them, not one of them
			if m.End > m.Start && m.TokEnd == L.start && !m.conj {
				continue
			}
			// an international organisation is who addresses or brings together the two sides of
			// a dispute, not one of them ("لكنها [المحكمة] دعت الطرفين")
			if e.coref == corefSides && strings.HasPrefix(m.Code, "IGO") {
				continue
			}
			key := m.Country
			if e.coref == corefSides && key == "" {
				key = "#" + m.Code
			}
			// (the two sides of a civil war are of one country: "الحكومة الإثيوبية والجبهة
			// الشعبية لتحرير تيغراي … الطرفين")
			if sec := strings.TrimPrefix(m.Code, m.Country); e.coref == corefSides && key != "" && nonState[sec] {
				key += "/" + sec
			}
			if key == "" || m.Code == "" || slices.Contains(seen, key) {
				continue
			}
			seen = append(seen, key)
			member := *m
			if e.coref == corefCountries {
				c := s.kb.actors[m.Country]
				if c == nil {
					continue
				}
				member = Mention{}
				s.setActor(&member, c)
			}
			group = append(group, member)
			if len(group) == 2 {
				break
			}
		}
		if len(group) == 2 {
			s.out = append(s.out, s.groupMention(L.start, L.end, L.cut, Coref, "", group, true))
		}
		return L.end
	}
	// A counterpart: the holder of the previous person's office in the named country.
	// (of a sector, when one is named more recently than any office: "القوات البحرية
	// السعودية ونظيرتها الأمريكية" is the US navy)
	officeID, lastSector := "", ""
	for m := range s.recent() {
		if m.Office != "" && (m.Actor == nil || m.Actor.Kind == Person) {
			officeID = m.Office
			break
		}
		if m.Type == Sector && m.Actor == nil && m.Sector != "" && m.Sector != "GOV" {
			lastSector = m.Sector
			break
		}
	}
	o := s.kb.offices[officeID]
	var members []Mention
	j := L.end
	for len(members) < 6 && j < len(s.toks) {
		x, d, ok := s.m.find(j, true, eDemonym)
		if !ok || (len(members) == 0 && x.cut != 0) || (len(members) > 0 && !x.conj) || x.prep {
			break
		}
		k, _ := s.modifiers(x.end)
		end, named, ref, hasName := s.nameAfter(k, true, d.country)
		if !hasName {
			end = x.end
		}
		m := s.newMention(x.start, end, x.cut, Coref)
		m.Office = officeID
		switch {
		case named != nil:
			s.setActor(&m, named)
			m.Office = officeID
		case ref != nil:
			setRef(&m, *ref)
		default:
			var h *Actor
			if o != nil && !hasName {
				h = s.kb.holderIn(o.ID, d.country, "", s.d.day)
			}
			if h != nil {
				s.setActor(&m, h)
				m.Office = officeID
			} else {
				sector := "GOV"
				if o != nil {
					sector = o.Sector
				} else if lastSector != "" {
					sector = lastSector
				}
				m.Code, m.Country, m.Sector = d.country+sector, d.country, sector
				if hasName {
					s.addAlias(k, end, refOf(&m))
				}
			}
		}
		m.Confidence = confCoref
		members = append(members, m)
		j = end
		if e.num == sg {
			break
		}
	}
	switch len(members) {
	case 0:
		return L.end
	case 1:
		m := members[0]
		full := s.newMention(L.start, m.TokEnd, L.cut, Coref)
		setRef(&full, refOf(&m))
		full.Confidence = confCoref
		s.out = append(s.out, full)
		return m.TokEnd
	}
	s.out = append(s.out, s.groupMention(L.start, j, L.cut, Coref, officeID, members, false))
	return j
}

// appositions links a role phrase to the name just before it, after a comma:
// "يوري أوشاكوف، مساعد الرئيس الروسي". A known person gives the role mention its record; an
// unknown name becomes a mention with the role's code.
func (s *sentence) appositions() {
	n := len(s.out)
	if !slices.ContainsFunc(s.out, func(m Mention) bool { return m.Type == RoleType }) {
		return
	}
	// endsAt: token index after a mention → the (last) mention ending there, -1 for none.
	endsAt := s.ends[:0]
	for range len(s.toks) + 1 {
		endsAt = append(endsAt, -1)
	}
	covered := append(s.covered[:0], make([]bool, len(s.toks))...)
	s.ends, s.covered = endsAt, covered
	for k, m := range s.out {
		if m.TokEnd >= 0 && m.TokEnd < len(endsAt) {
			endsAt[m.TokEnd] = k
		}
		for i := m.TokStart; i < m.TokEnd && i < len(covered); i++ {
			covered[i] = true
		}
	}
	for idx := 0; idx < n; idx++ {
		m := s.out[idx]
		if m.Type != RoleType || len(m.Group) > 0 || m.TokStart < 2 || m.conj {
			continue
		}
		comma := m.TokStart - 1
		if t := s.toks[comma].Text; t != "،" && t != "," {
			continue
		}
		if k := endsAt[comma]; k >= 0 {
			prev := s.out[k]
			if prev.Actor != nil && prev.Actor.Kind == Person {
				s.out[idx].Actor = prev.Actor
				if prev.Code != "" {
					s.out[idx].Code, s.out[idx].Country, s.out[idx].Sector = prev.Code, prev.Country, prev.Sector
				}
			}
			continue
		}
		// An unknown name: a run of name-like words before the comma.
		end := comma
		start := end
		for start > 0 && end-start < 4 && !covered[start-1] && s.nameLike(start-1) {
			start--
		}
		if start == end {
			continue
		}
		// "الأمير محمد بن سلمان بن عبدالعزيز، ولي ولي العهد": a lineage going on from a person
		// named just before is the rest of that person's name, whom the role is in apposition to
		if k := endsAt[start]; k >= 0 && lineageWords[s.m.keys[start]] {
			if prev := s.out[k]; prev.Actor != nil && prev.Actor.Kind == Person {
				s.out[idx].Actor = prev.Actor
				if prev.Code != "" {
					s.out[idx].Code, s.out[idx].Country, s.out[idx].Sector = prev.Code, prev.Country, prev.Sector
				}
			}
			continue
		}
		// Prefer to start at a given name; else keep the last two words.
		first := -1
		for k := start; k < end; k++ {
			if s.kb.first[s.m.keys[k]] {
				first = k
				break
			}
		}
		if first >= 0 {
			start = first
		} else if end-start > 2 {
			start = end - 2
		}
		nm := s.newMention(start, end, 0, Name)
		nm.Code, nm.Country, nm.Sector, nm.Office = m.Code, m.Country, m.Sector, m.Office
		nm.Confidence = confUnknown
		if m.Actor != nil && s.kb.offices[m.Office] != nil && s.kb.offices[m.Office].Multi {
			s.out[idx].Actor = nil
		}
		s.out = append(s.out, nm)
		s.addAlias(start, end, refOf(&nm))
	}
	s.roleThenName(n)
}

// roleThenName gives a role read without its country or body the holder named after a comma
// when the holder holds that office: "المفوض السامي لحقوق الإنسان، فولكر تورك،" is the UN's
// high commissioner, not the story country's. n is how many mentions appositions started with.
func (s *sentence) roleThenName(n int) {
	for idx := 0; idx < n; idx++ {
		m := &s.out[idx]
		if m.Type != RoleType || len(m.Group) > 0 || m.Actor != nil || m.Country != "" || m.Office == "" {
			continue
		}
		j := m.TokEnd
		for j < len(s.toks) && j <= m.TokEnd+3 && s.toks[j].Kind != arabic.Punct {
			j++ // the words of the office the knowledge base did not read ("لحقوق الإنسان")
		}
		if j >= len(s.toks) || (s.toks[j].Text != "،" && s.toks[j].Text != ",") {
			continue
		}
		for k := range s.out {
			p := &s.out[k]
			if p.TokStart == j+1 && p.Actor != nil && p.Actor.Kind == Person && p.Office == m.Office && p.Code != "" {
				m.Actor, m.Code, m.Country, m.Sector = p.Actor, p.Code, p.Country, p.Sector
				break
			}
		}
	}
}

// opposingHeads are nouns that head the names of movements, parties and alliances.
var opposingHeads = map[string]bool{}

func init() {
	for _, w := range []string{"حركة", "حزب", "جبهة", "تحالف", "ائتلاف", "تيار", "كتلة", "جماعة", "مجلس",
		"تجمع", "هيئة", "رابطة", "منظمة", "قوى", "أحزاب", "حركات", "جماعات", "فصائل", "تيارات", "كتل", "منظمات"} {
		opposingHeads[arabic.Key(w)] = true
	}
}

// opposingAdjective reads a definite "المعارض(ة)" after a definite name phrase as its adjective:
// "الحركة المدنية الديمقراطية المعارضة" and "المجلس الوطني السوري المعارض" are opposition bodies,
// not a body followed by "the opposition" as the object of a verb. A phrase with a nationality
// ("السوري") is that country's opposition; a named organisation keeps its own code and gains the
// word in its span. It reports the token after the phrase and whether it read one.
func (s *sentence) opposingAdjective(L match, e *entry) (int, bool) {
	if e.sector != "OPP" || L.cut != 0 || L.end-L.start != 1 {
		return 0, false
	}
	if !L.def {
		// "أحزاب معارضة", "وقوى معارضة في مابوتو": an indefinite head right before
		k := L.start - 1
		if k < 0 || !s.isWord(k) || s.inMention(k) {
			return 0, false
		}
		key, cut := s.m.keys[k], 0
		if r, ok := strings.CutPrefix(key, "و"); ok && opposingHeads[r] {
			key, cut = r, 1
		}
		if !opposingHeads[key] {
			return 0, false
		}
		s.oppositionMention(k, L.end, cut, s.countryIn(L.end))
		return L.end, true
	}
	var prev *Mention
	if n := len(s.out); n > 0 && s.out[n-1].TokEnd == L.start {
		prev = &s.out[n-1]
		if isOrg(prev.Actor) {
			prev.End = s.toks[L.start].End
			prev.TokEnd = L.end
			prev.Text = s.d.cur.slice(prev.Start-s.base, prev.End-s.base)
			return L.end, true
		}
		if prev.Actor != nil || len(prev.Group) > 0 || (prev.Type != Demonym && prev.Type != Sector) {
			return 0, false
		}
	}
	for k := L.start - 1; k >= 0 && k >= L.start-4; k-- {
		if prev != nil && k > prev.TokStart {
			continue
		}
		if !s.isWord(k) {
			return 0, false
		}
		key, cut := s.m.keys[k], 0
		for _, c := range [...]string{"و", "ف"} {
			if r, ok := strings.CutPrefix(key, c); ok && (strings.HasPrefix(r, "ال") || opposingHeads[r]) {
				key, cut = r, 1
				break
			}
		}
		// the head is definite ("الحركة المدنية الديمقراطية المعارضة") or in the construct
		// state before a definite name ("جبهة الخلاص الوطني المعارضة")
		r, ok := strings.CutPrefix(key, "ال")
		if !ok && !(opposingHeads[key] && k < L.start-1) {
			return 0, false
		}
		if !ok {
			r = key
		}
		if opposingHeads[r] {
			country := ""
			if prev != nil {
				country = prev.Country
				s.out = s.out[:len(s.out)-1]
			} else {
				country = s.countryIn(L.end)
			}
			s.oppositionMention(k, L.end, cut, country)
			return L.end, true
		}
		if cut > 0 || prev != nil && prev.Type == Sector && k == prev.TokStart {
			return 0, false // a conjunction starts a new phrase; a nationality ends it
		}
	}
	return 0, false
}

// oppositionMention adds an opposition mention over tokens [ts, te) of country (the sector only
// when country is "": the event coder completes it).
func (s *sentence) oppositionMention(ts, te, cut int, country string) {
	m := s.newMention(ts, te, cut, Sector)
	m.Country, m.Code, m.Sector = country, country+"OPP", "OPP"
	m.Confidence = confSector
	if country == "" {
		m.Confidence = confBareSector
	}
	s.out = append(s.out, m)
}

// countryIn returns the country named by "في <country or capital>" at token j ("المعارضة في
// السودان", "أحزاب معارضة في مابوتو"), or "".
func (s *sentence) countryIn(j int) string {
	if j+1 >= len(s.toks) || s.m.keys[j] != "في" {
		return ""
	}
	for _, x := range s.m.at(j+1, true, make([]match, 0, 8)) {
		if x.cut != 0 {
			continue
		}
		for _, e := range x.entries {
			if (e.kind == eName || e.kind == eShort) && e.actor.Kind == CountryKind {
				return e.actor.ID
			}
			if e.kind == eCapital {
				return e.country
			}
		}
	}
	return ""
}

// stateAfterBa reports a key of ب and a word of a state's full name (stateWords, or the
// definite "المملكة", "الجمهورية", "الإمارات"): "بجمهورية", "بدولة", "بالمملكة" (keys).
func stateAfterBa(k string) bool {
	r, ok := strings.CutPrefix(k, "ب")
	return ok && (stateWords[r] || definiteStates[r])
}

var definiteStates = map[string]bool{}

func init() {
	for _, w := range []string{"المملكة", "الجمهورية", "الإمارات"} {
		definiteStates[arabic.Key(w)] = true
	}
}

// mainAdjKey is the key of الرئيسة, the feminine of both "president" and the adjective "main".
var mainAdjKey = arabic.Key("الرئيسة")

// adjectivalAfter reports a token at i that a definite adjective may follow: a definite word or
// one carrying a possessive pronoun (written ه, not the ة the key folds into it: "زيارة الرئيسة"
// is the president's visit), not a function word.
func (s *sentence) adjectivalAfter(i int) bool {
	k := s.m.keys[i]
	if s.kb.stop[k] {
		return false
	}
	t := s.toks[i].Text
	return strings.HasPrefix(strings.TrimPrefix(k, "و"), "ال") ||
		strings.HasSuffix(t, "ه") || strings.HasSuffix(t, "ها") || strings.HasSuffix(t, "هم") || strings.HasSuffix(t, "هما")
}
