package actor

import (
	"strings"

	"marsad/arabic"
)

// bodySectors maps the nouns that head the names of parties, unions, societies, public bodies and
// armed groups (keys, without the article) to the CAMEO sector a body so named gets when the
// knowledge base does not know it: "حزب …" a party, "نقابة …" a union, "هيئة …" a public body.
var bodySectors = map[string]string{}

func init() {
	for sector, ws := range map[string][]string{
		"PTY": {"حزب", "تيار", "ائتلاف", "تكتل", "كتلة", "حركة", "جبهة"},
		"LAB": {"نقابة"},
		"CVL": {"اتحاد"},
		"NGO": {"جمعية", "رابطة", "منظمة", "مركز", "شبكة", "مرصد"},
		"GOV": {"هيئة", "لجنة", "مجلس", "مفوضية", "سلطة", "ديوان", "جهاز", "مديرية", "وكالة"},
		"REB": {"جماعة", "ميليشيا", "ميليشيات", "كتائب", "فصيل"},
		"BUS": {"شركة", "بنك", "مصرف"},
	} {
		for _, w := range ws {
			bodySectors[arabic.Key(w)] = sector
		}
	}
}

// bodySectorWords after the head of a body's name give it another sector than its head does:
// "اتحاد الكرة" is no union, "وكالة الأنباء" and "هيئة الإذاعة" are media.
var bodySectorWords = map[string]string{}

func init() {
	for sector, ws := range map[string][]string{
		"MED": {"الأنباء", "الإذاعة", "الإعلام", "التلفزيون", "الصحافة"},
		"CVL": {"الأولمبية", "الأولمبي", "الكرة", "كرة", "القدم", "الطائرة", "السلة", "اليد", "لكرة", "الفني", "الطلاب", "الطلبة", "المرأة", "الكتاب", "الأدباء", "الفنانين", "الشباب"},
		"GOV": {"المركزي"},
		"BUS": {"الصناعة", "التجارة", "الغرف", "المصارف", "البنوك", "المستثمرين", "رجال", "أصحاب"},
		"LAB": {"الشغل", "العمال", "النقابات", "الصحفيين", "المحامين", "الأطباء", "المعلمين", "المهندسين", "للشغل"},
		"HRI": {"حقوق", "لحقوق"},
	} {
		for _, w := range ws {
			bodySectorWords[arabic.Key(w)] = sector
		}
	}
}

// BodySector returns the sector of a body whose name begins with the word w ("حزب", "والهيئة",
// "لنقابة") followed by the word next, and whether they begin such a name at all ("حركة
// النقل" is traffic, not a movement).
func BodySector(w, next string) (string, bool) {
	k, _, _ := bodyHeadKey(arabic.Key(w))
	sec, ok := bodySectors[k]
	if ok && notBody(k, arabic.Key(next)) {
		return "", false
	}
	return sec, ok
}

// notBody reports a head key and the word key after it that name no body: "حركة النقل",
// "حركة الملاحة" (traffic, trade, transfers).
func notBody(head, next string) bool {
	return head == arabic.Key("حركة") && commonMovements[strings.TrimPrefix(next, "و")]
}

// commonMovements follow "حركة" when it is no movement but traffic, trade or transfers.
var commonMovements = map[string]bool{}

func init() {
	for _, w := range []string{"النقل", "المرور", "السير", "الملاحة", "التجارة", "الأسعار", "البيع", "الشراء", "التداول",
		"الأسهم", "الطيران", "التنقلات", "الترقيات", "السفن", "البضائع", "الركاب", "المسافرين", "الاستيراد", "التصدير",
		"الأموال", "السوق", "الأسواق", "الشحن", "العمران", "البناء", "التعيينات", "تنقلات", "نقل", "ترقيات",
		"الاحتجاجات", "النزوح", "اللجوء", "الهجرة"} {
		commonMovements[arabic.Key(w)] = true
	}
}

// bodyHeadKey strips the word key k of a body head of its conjunction, preposition and
// article; it reports whether it had the article, and how many letters of proclitics (و ف ب
// ل) it had. A key that heads no body is returned as it is.
func bodyHeadKey(k string) (key string, def bool, cut int) {
	if _, ok := bodySectors[k]; ok {
		return k, false, 0
	}
	for _, pre := range [...]string{"", "و", "ف"} {
		r, ok := strings.CutPrefix(k, pre)
		if !ok {
			continue
		}
		n := len([]rune(pre))
		if x, ok := strings.CutPrefix(r, "لل"); ok && bodySectors[x] != "" {
			return x, true, n + 2 // (as the matcher cuts it: "للاتحاد" → "اتحاد")
		}
		for _, p := range [...]string{"", "ب", "ل"} {
			x, ok := strings.CutPrefix(r, p)
			if !ok {
				continue
			}
			c := n + len([]rune(p))
			if bodySectors[x] != "" {
				return x, false, c
			}
			if y, ok := strings.CutPrefix(x, "ال"); ok && bodySectors[y] != "" {
				return y, true, c
			}
		}
	}
	return k, false, 0
}

// namedBodies gives a body that the knowledge base does not know, whose name is closed by a
// nationality, that nationality's country: "حزب التجمع الوطني الديمقراطي الجزائري" → DZAPTY,
// "اتحاد الشغل التونسي" → TUNLAB, "هيئة العمل الفلسطيني المشترك" → PSEGOV. The name is a
// body head ("حزب", "الاتحاد", "جبهة" …) followed by up to five definite words (one indefinite
// word may follow a head in the construct state: "حركة مجتمع السلم الجزائرية"), then the
// nationality, with nothing between them that is another actor — except a known body of another
// country whose name this one begins with ("حزب التجمع الوطني" is France's, the Algerian party
// is longer). The nationality alone was a mention of its country; the body replaces it.
func (s *sentence) namedBodies() {
	for k := 0; k < len(s.out); k++ {
		d := s.out[k]
		if d.Type != Demonym || len(d.Group) > 0 || d.Country == "" || d.TokEnd-d.TokStart != 1 ||
			!strings.HasPrefix(s.m.keys[d.TokStart], "ال") {
			continue
		}
		if s.adjectiveOfBody(k) {
			k = -1 // the list was rebuilt: look again from the start
			continue
		}
		head, known := s.bodyBefore(d)
		if head < 0 {
			continue
		}
		hk, _, cut := bodyHeadKey(s.m.keys[head])
		sector := bodySectors[hk]
		if notBody(hk, s.m.keys[head+1]) {
			continue
		}
		if sec := bodySectorWords[strings.TrimPrefix(s.m.keys[head+1], "و")]; sec != "" && head+1 < d.TokStart {
			sector = sec
		} else if d.TokEnd < len(s.toks) && bodySectorWords[s.m.keys[d.TokEnd]] != "" {
			sector = bodySectorWords[s.m.keys[d.TokEnd]] // "الاتحاد العام التونسي للشغل"
		}
		m := s.newMention(head, d.TokEnd, cut, Org)
		m.Country, m.Sector, m.Code = d.Country, sector, d.Country+sector
		m.Confidence = confSector
		// drop what the body's words were read as: its nationality, the other country's body
		out := s.out[:0]
		for i, x := range s.out {
			if i == k || known >= 0 && i == known {
				continue
			}
			out = append(out, x)
		}
		s.out = append(out, m)
		k = -1 // the list was rebuilt: look again from the start
	}
}

// adjectiveOfBody folds the nationality mention at index k of s.out into a body of the same
// country named right before it, whose adjective it is ("حزب البعث العربي الاشتراكي السوري",
// "جمعية الوفاق البحرينية"), and then an "المعارضة" right after it: they name no second actor.
// A plural nationality is no adjective ("دعت حماس الفلسطينيين").
func (s *sentence) adjectiveOfBody(k int) bool {
	d := s.out[k]
	key := s.m.keys[d.TokStart]
	if !strings.HasSuffix(key, "ي") && !strings.HasSuffix(key, "يه") {
		return false
	}
	at := d.TokStart
	if at > 0 && arabic.IsQuoteMark(s.toks[at-1].Text) {
		at-- // "حركة «حماس» الفلسطينية"
	}
	b := -1
	for i := range s.out {
		// (the body's span may take in its closing mark: "حركة «الشباب»")
		if o := &s.out[i]; (o.TokEnd == at || o.TokEnd == d.TokStart) && o.Type == Org && o.Country == d.Country && len(o.Group) == 0 {
			b = i
		}
	}
	if b < 0 {
		return false
	}
	end := d.TokEnd
	for i := range s.out {
		if o := &s.out[i]; o.TokStart == end && o.TokEnd == end+1 && o.Type == Sector && o.Sector == "OPP" && o.Country == "" {
			switch s.m.keys[end] {
			case "المعارضه", "المعارض":
				end++
			}
		}
	}
	if o := &s.out[b]; o.TokEnd <= d.TokStart {
		o.TokEnd, o.End = end, s.toks[end-1].End
		o.Text = s.d.cur.slice(o.Start-s.base, o.End-s.base)
	} // (past a quotation mark the body keeps its span: the adjective is no actor either)
	out := s.out[:0]
	for _, x := range s.out {
		if x.TokStart >= d.TokStart && x.TokEnd <= end && x.TokStart < end {
			continue
		}
		out = append(out, x)
	}
	s.out = out
	return true
}

// quotedNames makes a name the knowledge base lists as "quoted" — an ordinary word too, "فتح"
// (opened), "الشباب" (the youth) — a mention of its body when the name stands alone between
// quotation marks or brackets ("«فتح» و«حماس» توقعان", "لحركة «فتح»", "لهجوم من (الشباب)").
func (s *sentence) quotedNames() {
	if len(s.kb.quoted) == 0 {
		return
	}
	for q := 0; q+2 < len(s.toks); q++ {
		n, a := s.quotedAt(q)
		if a == nil {
			continue
		}
		typ := Name
		if isOrg(a) {
			typ = Org
		}
		// (with the body's head noun before the mark, "لحركة «فتح»", the mention is the whole
		// phrase, its proclitics cut as the head's)
		ts, te, cut := q+1, q+n+1, 0
		if h := q - 1; h >= 0 && s.isWord(h) && s.mentionAt(h) < 0 {
			if hk, _, c := bodyHeadKey(s.m.keys[h]); bodySectors[hk] != "" {
				ts, te, cut = h, q+n+2, c
			}
		}
		m := s.newMention(ts, te, cut, typ)
		s.setActor(&m, a)
		m.Confidence = confName
		s.out = append(s.out, m)
		s.spokesmanOf(m)
		q += n + 1
	}
}

// quotedAt reads a name the knowledge base lists only between marks ("«الشباب»", "(قنا)",
// "/قنا/") opened at token q: its number of words (up to three, none yet an actor's) and its
// record, or nil.
func (s *sentence) quotedAt(q int) (int, *Actor) {
	if !openingMark(s.toks[q].Text) {
		return 0, nil
	}
	for n := 1; n <= 3 && q+n+1 < len(s.toks); n++ {
		if !s.isWord(q+n) || s.mentionAt(q+n) >= 0 {
			break
		}
		if closes(s.toks[q].Text, s.toks[q+n+1].Text) {
			return n, s.kb.quoted[strings.Join(s.m.keys[q+1:q+n+1], " ")]
		}
	}
	return 0, nil
}

// spokesmanOf makes a bare spokesman "for it" named after body m ("وتبنت حركة «الشباب»
// الهجوم، وقال المتحدث باسمها") m's: m, named only between marks, is found after the office was
// read, when no body it could speak for stood before it (bareRole), so the office was left a
// sector role of the story's country.
func (s *sentence) spokesmanOf(m Mention) {
	if !isOrg(m.Actor) {
		return
	}
	for i := range s.out {
		o := &s.out[i]
		if o.TokStart < m.TokEnd || o.Type != RoleType || o.Actor != nil || o.Country != "" || len(o.Group) > 0 {
			continue
		}
		pe := o.TokEnd
		if pe < len(s.toks) && officialAdj[s.m.keys[pe]] {
			pe++
		}
		if o.TokEnd-o.TokStart > 2 || !s.forPronoun(pe) {
			continue
		}
		// (no other body between them: "حركة «الشباب» … وقال الجيش الكيني إن المتحدث باسمه")
		between := false
		for j := range s.out {
			if x := &s.out[j]; x.TokStart >= m.TokEnd && x.TokEnd <= o.TokStart && s.spokenFor(x) {
				between = true
			}
		}
		if between {
			continue
		}
		setRef(o, refOf(&m))
		o.Type, o.Confidence = Coref, confCoref
		return
	}
}

// quotedBodies makes a body head followed by an unknown name in quotation marks ("جماعة
// «أنصار الدين»", "منظمة "أوبن آرمز"") a mention with the head's sector only: the event coder
// gives it the country of its context (an NGO stays an international one). A nationality after
// the name is namedBodies' case.
func (s *sentence) quotedBodies() {
	for h := 0; h+2 < len(s.toks); h++ {
		if !s.isWord(h) || !arabic.IsQuoteMark(s.toks[h+1].Text) || s.mentionAt(h) >= 0 {
			continue
		}
		hk, def, cut := bodyHeadKey(s.m.keys[h])
		sector, ok := bodySectors[hk]
		if !ok || def || sector == "GOV" || sector == "BUS" {
			continue // (a public body or a firm needs its country named)
		}
		q := -1
		for j := h + 2; j < len(s.toks) && j <= h+6; j++ {
			if arabic.IsQuoteMark(s.toks[j].Text) {
				q = j
				break
			}
			if !s.isWord(j) || s.mentionAt(j) >= 0 {
				break
			}
		}
		if q < 0 || q == h+2 {
			continue
		}
		if q+1 < len(s.toks) && s.mentionAt(q+1) >= 0 && s.out[s.mentionAt(q+1)].Type == Demonym {
			continue
		}
		m := s.newMention(h, q+1, cut, Sector)
		m.Code, m.Sector = sector, sector
		m.Confidence = confBareSector
		s.out = append(s.out, m)
		h = q
	}
}

// loyalForces makes "القوات الموالية للرئيس هادي", "مسلحين موالين للحكومة" one mention of the
// forces of whom they are loyal to: a state's leader or government gives that state's military
// (YEMMIL), another body its own code ("القوات الموالية للحوثيين" YEMREB). Forces loyal to a
// country named as such ("ميليشيات موالية لإيران") are not that country's: no mention.
func (s *sentence) loyalForces() {
	for i := 1; i+1 < len(s.toks); i++ {
		if !loyalWords[s.m.keys[i]] {
			continue
		}
		f := i - 1
		if !forceWords[s.m.keys[f]] && f > 0 && forceWords[s.m.keys[f-1]] && strings.HasSuffix(s.m.keys[f], "ه") {
			f-- // "القوات الحكومية الموالية", "المقاومة الشعبية الموالية"
		}
		if !forceWords[s.m.keys[f]] {
			continue
		}
		k := s.mentionAt(i + 1)
		if k < 0 || s.out[k].TokStart != i+1 || len(s.out[k].Group) > 0 || s.out[k].Code == "" {
			continue
		}
		a := s.out[k]
		if !strings.HasPrefix(s.m.keys[i+1], "ل") {
			continue
		}
		code := a.Code
		switch {
		case a.Type == Country || a.Type == Capital || a.Type == Demonym:
			continue
		case a.Sector == "GOV" || a.Sector == "ELI" || a.Sector == "MIL" || a.Sector == "" && a.Country != "":
			code = a.Country + "MIL" // (a bare "حكومة" gives "MIL": its country comes from context)
		}
		if mk := s.mentionAt(f); mk >= 0 && s.out[mk].TokStart < f {
			continue // the force word is inside another actor's words
		}
		cut := 0
		if strings.HasPrefix(s.m.keys[f], "و") && forceWords[strings.TrimPrefix(s.m.keys[f], "و")] {
			cut = 1
		}
		m := s.newMention(f, a.TokEnd, cut, Sector)
		m.Code, m.Country, m.Sector = code, a.Country, sectorOf(code, a.Country)
		m.Confidence = confSector
		s.replaceWithin(f, a.TokEnd, m)
		i = a.TokEnd - 1
	}
}

// secretariats makes "الأمانة العامة لجامعة الدول العربية" (the general secretariat of an
// organisation) one mention of that organisation.
func (s *sentence) secretariats() {
	for i := 0; i+2 < len(s.toks); i++ {
		k := strings.TrimPrefix(s.m.keys[i], "و")
		if k != "الامانه" || s.m.keys[i+1] != "العامه" || s.mentionAt(i) >= 0 {
			continue
		}
		n := s.mentionAt(i + 2)
		if n < 0 || s.out[n].TokStart != i+2 || !strings.HasPrefix(s.m.keys[i+2], "ل") || !isOrg(s.out[n].Actor) {
			continue
		}
		cut := 0
		if k != s.m.keys[i] {
			cut = 1
		}
		a := s.out[n]
		m := s.newMention(i, a.TokEnd, cut, a.Type)
		s.setActor(&m, a.Actor)
		m.Code, m.Country, m.Sector = a.Code, a.Country, a.Sector
		m.Confidence = a.Confidence
		s.replaceWithin(i, a.TokEnd, m)
		i = a.TokEnd - 1
	}
}

// affiliatedBodies makes a body the knowledge base does not know, named as belonging to an
// actor it knows ("مكتب خدمات الرقابة الداخلية التابع للأمم المتحدة", "المرصد التابع للحكومة
// السورية"), one mention of that actor: an organisation gives its own code, a government or a
// country its country with the sector of the body's head ("وكالة الأنباء التابعة لـ" media).
func (s *sentence) affiliatedBodies() {
	for i := 2; i+1 < len(s.toks); i++ {
		if !affiliated[s.m.keys[i]] {
			continue
		}
		k := s.mentionAt(i + 1)
		if k < 0 || s.out[k].TokStart != i+1 || len(s.out[k].Group) > 0 || s.out[k].Code == "" || !strings.HasPrefix(s.m.keys[i+1], "ل") {
			continue
		}
		a := s.out[k]
		// "وزارة الداخلية التابعة للحوثيين": a body read as a bare sector right before it
		if j := s.mentionAt(i - 1); j >= 0 && s.out[j].TokEnd == i && s.out[j].Country == "" && s.out[j].Actor == nil &&
			s.out[j].Sector != "" && s.out[j].Code == s.out[j].Sector && len(s.out[j].Group) == 0 {
			b := s.out[j]
			code := a.Code
			if a.Type == Country || a.Type == Capital || a.Type == Demonym || a.Sector == "GOV" && a.Country != "" {
				code = a.Country + b.Sector
			}
			m := b
			m.TokEnd, m.End = a.TokEnd, a.End
			m.Text = s.d.cur.slice(m.Start-s.base, m.End-s.base)
			m.Code, m.Country, m.Sector, m.Type = code, a.Country, sectorOf(code, a.Country), Sector
			m.Confidence = confSector
			s.replaceWithin(b.TokStart, a.TokEnd, m)
			i = a.TokEnd - 1
			continue
		}
		// the body's head: the nearest word before that heads a body's name, with no actor and
		// no punctuation in between
		h, sec := -1, ""
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			if s.toks[j].Kind == arabic.Punct || s.mentionAt(j) >= 0 {
				break
			}
			hk := s.m.keys[j]
			if r, ok := strings.CutPrefix(hk, "و"); ok && len(r) > 4 {
				hk = r
			}
			hk = strings.TrimPrefix(hk, "ال")
			if x, ok := affiliateHeads[hk]; ok {
				h, sec = j, x
				if j+1 < i {
					if y, ok := bodySectorWords[s.m.keys[j+1]]; ok {
						sec = y
					}
				}
				break
			}
		}
		if h < 0 {
			continue
		}
		code, country := a.Code, a.Country
		if a.Type == Country || a.Type == Capital || a.Type == Demonym || a.Sector == "GOV" && a.Country != "" {
			code = a.Country + sec
		}
		cut := 0
		if strings.HasPrefix(s.m.keys[h], "و") {
			cut = 1
		}
		m := s.newMention(h, a.TokEnd, cut, Sector)
		m.Code, m.Country, m.Sector = code, country, sectorOf(code, country)
		m.Confidence = confSector
		s.replaceWithin(h, a.TokEnd, m)
		i = a.TokEnd - 1
	}
}

// affiliated are "belonging to" (keys); affiliateHeads the nouns that head a body's name, with
// the sector such a body of a state has (forces are loyalForces' and the peacekeepers': "قوات
// حفظ السلام التابعة لحلف الناتو").
var affiliated, affiliateHeads = map[string]bool{}, map[string]string{}

func init() {
	for _, w := range []string{"التابع", "التابعة", "التابعين", "التابعون", "التابعتين", "التابعان"} {
		affiliated[arabic.Key(w)] = true
	}
	for sector, ws := range map[string][]string{
		"GOV": {"مكتب", "هيئة", "لجنة", "مجلس", "مفوضية", "جهاز", "مديرية", "وكالة", "دائرة", "إدارة", "صندوق", "مركز",
			"مرصد", "بعثة", "فريق", "برنامج", "مؤسسة"},
		"MED": {"قناة", "صحيفة", "إذاعة", "موقع"},
	} {
		for _, w := range ws {
			affiliateHeads[arabic.Key(w)] = sector
		}
	}
}

// replaceWithin drops the mentions inside tokens [from, to) and adds m, which spans them.
func (s *sentence) replaceWithin(from, to int, m Mention) {
	out := s.out[:0]
	for _, x := range s.out {
		if x.TokStart >= from && x.TokEnd <= to {
			continue
		}
		out = append(out, x)
	}
	s.out = append(out, m)
}

// loyalWords say whom forces are loyal to; forceWords name the forces (keys).
var loyalWords, forceWords = map[string]bool{}, map[string]bool{}

func init() {
	// (forces "belonging to" someone are his too: "قوة أمنية تابعة لقوات البيشمركة")
	for _, w := range []string{"الموالية", "موالية", "الموالين", "موالين", "الموالون", "موالون", "الموالي", "موال",
		"التابعة", "تابعة", "التابعين", "تابعين", "التابعون", "تابعون", "التابع", "تابع"} {
		loyalWords[arabic.Key(w)] = true
	}
	for _, w := range []string{"القوات", "قوات", "المسلحين", "مسلحين", "المسلحون", "مسلحون", "الميليشيات", "ميليشيات",
		"المليشيات", "مليشيات", "العناصر", "عناصر", "الوحدات", "وحدات", "المقاتلين", "مقاتلين", "المقاتلون", "الجيش",
		"المقاومة", "الفصائل", "فصائل", "الجماعات", "جماعات", "الكتائب", "كتائب", "قوة", "القوة", "دورية", "دوريات",
		// (warplanes flown by someone are his forces: "شنت مقاتلات تابعة لسلاح الجو الهندي
		// غارات"; not ships or vehicles, which an act may seize as its owner's property)
		"مقاتلات", "المقاتلات", "طائرات", "الطائرات", "مروحيات", "المروحيات", "مسيرات", "المسيرات"} {
		forceWords[arabic.Key(w)] = true
		forceWords[arabic.Key("و"+w)] = true
	}
}

// deputies extends a role mention over the deputy's or assistant's title right before it that
// the knowledge base has no office for ("نائبة المبعوث الأمريكي مورغان أورتاغوس"): the deputy
// is of the same country and sector; without a name after the role, not its holder.
func (s *sentence) deputies() {
	for k := range s.out {
		m := &s.out[k]
		if m.Type != RoleType && m.Type != Name || len(m.Group) > 0 || m.TokStart == 0 || m.Code == "" {
			continue
		}
		j := m.TokStart - 1
		key := s.m.keys[j]
		cut := 0
		if r, ok := strings.CutPrefix(key, "و"); ok && deputyWords[r] {
			key, cut = r, 1
		}
		if !deputyWords[key] || s.mentionAt(j) >= 0 || m.Start != s.toks[m.TokStart].Start {
			continue
		}
		d := s.newMention(j, m.TokEnd, cut, m.Type)
		d.Code, d.Country, d.Sector, d.Actor, d.Office, d.Confidence = m.Code, m.Country, m.Sector, m.Actor, m.Office, m.Confidence
		if m.Type == RoleType {
			d.Actor, d.Office = nil, ""
		}
		*m = d
	}
}

// deputyWords are titles of a deputy or an assistant (keys).
var deputyWords = map[string]bool{}

func init() {
	for _, w := range []string{"نائب", "نائبة", "نائبا", "مساعد", "مساعدة"} {
		deputyWords[arabic.Key(w)] = true
	}
}

// bodyBefore returns the token of the body head whose name the nationality mention d closes,
// and the index in s.out of a known body of another country that the name begins with (or -1);
// -1 when no such name stands before d.
func (s *sentence) bodyBefore(d Mention) (int, int) {
	known := -1
	for j, n := d.TokStart-1, 0; j >= 0 && n < 6; n++ {
		if j == d.TokStart-1 && arabic.IsQuoteMark(s.toks[j].Text) {
			// "منظمة "سي ووتش" الألمانية", "جمعية «الوفاق الوطني» البحرينية": a name in
			// quotation marks right after its head
			return s.quotedBodyBefore(j), -1
		}
		if !s.isWord(j) {
			return -1, -1
		}
		if x := s.mentionAt(j); x >= 0 {
			o := &s.out[x]
			if o.Type != Org || o.Actor == nil || o.Country == "" || o.Country == d.Country || len(o.Group) > 0 || known >= 0 {
				return -1, -1
			}
			known, j = x, o.TokStart
			hk, _, _ := bodyHeadKey(s.m.keys[j])
			if _, ok := bodySectors[hk]; !ok {
				return -1, -1
			}
			// the known body's name ends where the longer one's adjectives begin
			for i := o.TokEnd; i < d.TokStart; i++ {
				if !adjective(strings.TrimPrefix(s.m.keys[i], "و")) {
					return -1, -1
				}
			}
			if o.TokEnd == d.TokStart || !s.bodyName(j+1, d.TokStart) {
				return -1, -1
			}
			return j, known
		}
		if hk, _, _ := bodyHeadKey(s.m.keys[j]); bodySectors[hk] != "" && j+1 < d.TokStart {
			if !s.bodyName(j+1, d.TokStart) {
				return -1, -1
			}
			// "حزب جبهة التحرير الوطني الجزائري": the outer head in the construct state
			if j > 0 && s.isWord(j-1) && s.mentionAt(j-1) < 0 {
				if hk, def, _ := bodyHeadKey(s.m.keys[j-1]); bodySectors[hk] != "" && !def {
					if _, d2, _ := bodyHeadKey(s.m.keys[j]); !d2 {
						return j - 1, known
					}
				}
			}
			return j, known
		}
		j--
	}
	return -1, -1
}

// quotedBodyBefore returns the body head before the name in quotation marks that closes at
// token q, or -1: up to five words between the marks, none of them another actor.
func (s *sentence) quotedBodyBefore(q int) int {
	for j := q - 1; j >= 0 && j >= q-6; j-- {
		if arabic.IsQuoteMark(s.toks[j].Text) {
			h := j - 1
			if h < 0 || j == q-1 || s.mentionAt(h) >= 0 {
				return -1
			}
			hk, def, _ := bodyHeadKey(s.m.keys[h])
			if _, ok := bodySectors[hk]; !ok || def {
				return -1
			}
			return h
		}
		if !s.isWord(j) || s.mentionAt(j) >= 0 {
			return -1
		}
	}
	return -1
}

// bodyName reports whether tokens [a, b) can be the words of a body's name between its head at
// a-1 and a nationality at b: definite words, not prepositional phrases or function words,
// except one indefinite word right after an indefinite head. After the first word, a word
// must join the name with و ("العدالة والتنمية") or be an adjective ("الوطني", "العام"): a
// second noun starts another phrase ("رفضت جبهة التغيير القرار الأمريكي": the decision is
// America's).
func (s *sentence) bodyName(a, b int) bool {
	_, headDef, _ := bodyHeadKey(s.m.keys[a-1])
	for j := a; j < b; j++ {
		if !s.isWord(j) {
			return false
		}
		k := strings.TrimPrefix(s.m.keys[j], "و")
		joined := k != s.m.keys[j]
		if j > a && joined && !strings.HasPrefix(k, "ال") {
			return false // "والمساواة" joins a name; "وقال" does not
		}
		if s.stopword(s.m.keys[j]) || runeLen(k) < 3 {
			return false
		}
		if j > a && !joined && !adjective(k) || international[k] {
			return false
		}
		if strings.HasPrefix(k, "ال") {
			continue
		}
		if j != a || headDef || j+1 >= b {
			return false
		}
	}
	return true
}

// adjective reports whether a definite word key looks like an adjective that can follow a
// body's name: a nisba ("الوطني", "الديمقراطية") or one of a few common ones ("العام",
// "الأعلى", "المشترك").
func adjective(k string) bool {
	return strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه") || nameAdjectives[k]
}

var nameAdjectives = map[string]bool{}

// international adjectives in a name make the body international: a nationality after it is
// someone else's ("رئيس اللجنة الأولمبية الدولية الألماني").
var international = map[string]bool{}

func init() {
	for _, w := range []string{"الدولي", "الدولية", "العالمي", "العالمية", "الأممي", "الأممية", "الإقليمي", "الإقليمية",
		"الأوروبي", "الأوروبية", "الأفريقي", "الأفريقية", "الإفريقي", "الإفريقية", "الآسيوي", "الآسيوية", "الخليجي", "الخليجية"} {
		international[arabic.Key(w)] = true
	}
}

func init() {
	for _, w := range []string{"العام", "العامة", "الأعلى", "العليا", "الحر", "الحرة", "المستقل", "المستقلة",
		"الجديد", "الجديدة", "المشترك", "المشتركة", "الموحد", "الموحدة", "المتحد", "المتحدة", "الكبير", "الكبرى",
		"الحاكم", "الحاكمة", "الأول", "الأولى", "الجديد", "الشامل", "الشاملة", "المركزي", "المركزية"} {
		nameAdjectives[arabic.Key(w)] = true
	}
}

// mentionAt returns the index in s.out of the mention that covers token j, or -1.
func (s *sentence) mentionAt(j int) int {
	for i := range s.out {
		if s.out[i].TokStart <= j && j < s.out[i].TokEnd {
			return i
		}
	}
	return -1
}
