package event

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"marsad"
	"marsad/arabic"
	"marsad/doc"
)

// args are the participants found for a trigger.
type args struct {
	sources  []doc.Mention
	targets  []doc.Mention
	subject  *doc.Mention // the grammatical subject, if any (for the sentence's topic)
	mutual   bool         // several sources acting towards each other
	listed   bool         // sources listed after "من بينهم": senders, not parties to each other
	inferred bool         // participants taken from context, not from the clause
	cue      int          // token of the modality cue, or -1
	why      []string
	// resumed: the antecedent of a relative clause whose pronoun after the verb stands for it
	// ("مواطنين أفرجت عنهم السلطات"): the target when no other is found
	resumed []doc.Mention
	// unnamed: the sources are unnamed sources given the story's country ("وأفادت مصادر
	// محلية"): they own the words they introduce, but code no statement
	unnamed bool
	// joined: those taking part in a meeting beside its parties ("بمشاركة ميركل وهولاند")
	joined []doc.Mention
	// doer: the source is the doer a noun names after itself (its genitive or nationality
	// adjective, for patterns whose genitive is "doer")
	doer bool
	// hostedTalks: the targets are the parties of talks a host's relative clause describes
	// ("مفاوضات استضافتها الدوحة"): the host receives them, and their visit is not told
	hostedTalks bool
}

// members expands mention k to the actors it stands for: its coordination chain and groups.
func (s *sent) members(k int) []doc.Mention {
	var out []doc.Mention
	for _, j := range s.chain(k) {
		out = append(out, s.ments[j].Members()...)
	}
	return out
}

// amongList returns the actors listed after "من بينهم/منهم" when, within four words after
// token from, "من" introduces an unnamed group of people ("من عدد من قادة الدول الشقيقة")
// whose members the sentence lists later ("…، من بينهم الأمير محمد بن سلمان، والشيخ محمد بن
// زايد").
func (s *sent) amongList(from int) []doc.Mention {
	group := -1
	for j := from; j < len(s.toks) && j <= from+4; j++ {
		if s.keys[j] == "من" && j+1 < len(s.toks) && (peopleGroups[s.keys[j+1]] || j+3 < len(s.toks) && s.keys[j+2] == "من" && peopleGroups[s.keys[j+3]]) {
			group = j
			break
		}
	}
	if group < 0 {
		return nil
	}
	for k := group + 2; k < len(s.toks)-1; k++ {
		if !among[s.keys[k]] {
			continue
		}
		var out []doc.Mention
		for j := k + 1; j < len(s.toks); j++ {
			m := s.mentionStarting(j)
			if m < 0 {
				continue
			}
			j = s.ments[m].TokEnd - 1
			// (a member's office and country in apposition are skipped: "الأمير محمد بن سلمان
			// ولي العهد … في المملكة العربية السعودية، وصاحب السمو الشيخ محمد بن زايد")
			mk := s.marker(m)
			if hb := honorificsBack(s, s.ments[m].TokStart-1); hb >= 0 {
				if w, ok := strings.CutPrefix(s.keys[hb], "و"); ok && honorifics[w] {
					mk = "and" // "وصاحب السمو الشيخ محمد بن زايد"
				}
			}
			if len(out) > 0 && mk != "and" || s.ments[m].Kind == doc.KindPlace || s.ments[m].Code == "" {
				continue
			}
			out = append(out, s.ments[m].Members()...)
		}
		return out
	}
	return nil
}

// listedSubject returns the bodies listed after "بينها" (among them) when the subject of the verb
// at p is a count or plural of unnamed bodies ("سفارات 13 دولة غربية، بينها الولايات المتحدة
// وبريطانيا", "عدة دول، منها مصر والأردن"), within a few words of the verb.
func (c *Coder) listedSubject(s *sent, p int) []doc.Mention {
	j := p + 1
	for j < len(s.toks) && j <= p+3 && c.skippable(s, j) {
		j++
	}
	if j >= len(s.toks) || s.mentAt[j] >= 0 || !bodyPlurals[s.keys[j]] && s.toks[j].Kind != arabic.Number && !quantities[s.keys[j]] {
		return nil
	}
	for k := j + 1; k < len(s.toks)-1 && k <= j+5; k++ {
		if s.strong(k) || s.mentAt[k] >= 0 {
			return nil
		}
		if !among[s.keys[k]] || !s.weak(k-1) {
			continue
		}
		var out []doc.Mention
		if m := s.mentionStarting(k + 1); m >= 0 {
			for _, i := range s.chain(m) {
				if s.ments[i].Code != "" && s.ments[i].Kind != doc.KindPlace {
					out = append(out, s.ments[i].Members()...)
				}
			}
		}
		return out
	}
	return nil
}

// bodyPlurals are plurals of unnamed bodies or counts of them that may stand as a subject
// before a list of some of them (keys).
var bodyPlurals = keySet("سفارات", "دول", "الدول", "حكومات", "عدة", "عدد", "منظمات", "حركات", "فصائل", "أحزاب", "جماعات",
	"بلدان", "وزارات")

// peopleGroups are plural nouns of unnamed office holders ("من عدد من قادة الدول").
var peopleGroups = keySet("قادة", "زعماء", "رؤساء", "وزراء", "مسؤولين", "مسؤولي", "نظرائه", "نظرائها", "عدد")

// wordWithin reports a word of set among tokens from … from+n.
func (s *sent) wordWithin(from, n int, set map[string]bool) bool {
	for j := from; j < len(s.toks) && j <= from+n; j++ {
		if set[s.keys[j]] {
			return true
		}
	}
	return false
}

// madeIt are "made it" with the pronoun of the thing made (a call, a visit, talks).
var madeIt = keySet("أجراه", "أجرته", "أجراها", "أجرتها", "أجروه", "يجريه", "تجريه")

// madeItTogether are "held it", "made it" with a dual or plural subject: the pair or the group
// named before them holds it ("بعد اجتماع عقداه في المعبر").
var madeItTogether = keySet("أجرياه", "أجرياها", "عقداه", "عقداها", "أجروها", "عقدوه", "عقدوها")

// didIt are "did it", "led it", "carried it out", "launched it" with the pronoun of the act.
var didIt = keySet("قاده", "قادها", "قادته", "قادتها", "قادوها", "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها",
	"شنه", "شنها", "شنته", "شنتها", "شنوه", "شنوها", "ارتكبه", "ارتكبها", "ارتكبته", "ارتكبتها", "ارتكبوها",
	"عقده", "عقدها", "عقدته", "عقدتها", "أطلقه", "أطلقها", "أطلقته", "أطلقتها", "تبناه", "تبنته", "تبناها", "تبنتها",
	// (sanctions imposed, steps taken, decisions issued, aid given, deals concluded by someone)
	"فرضه", "فرضها", "فرضته", "فرضتها", "فرضوها", "اتخذه", "اتخذها", "اتخذته", "اتخذتها", "اتخذوها",
	"أصدره", "أصدرها", "أصدرته", "أصدرتها", "قدمها", "قدمته", "قدمتها", "قدموها", "أبرمه", "أبرمها", "أبرمته", "أبرمتها",
	// (efforts spent, mediation led: "جهود الوساطة التي بذلها أمير الكويت", "الوساطة التي
	// تقودها مصر")
	"بذله", "بذلها", "بذلته", "بذلتها", "بذلوه", "بذلوها", "يبذله", "يبذلها", "تبذله", "تبذلها",
	"يقوده", "يقودها", "تقوده", "تقودها", "يقودونها")

// receivedIt are "received it" with the pronoun of the thing received (a call, a letter).
var receivedIt = keySet("تلقاه", "تلقته", "تلقاها", "تلقتها", "يتلقاه", "تتلقاه", "تسلمه", "تسلمها", "استقبله")

// skippable reports tokens that may stand between a verb and its subject.
func (c *Coder) skippable(s *sent, i int) bool {
	if s.quoteMark(i) || honorifics[s.keys[i]] {
		return true
	}
	if _, ok := c.lx.adverbials.matchAt(s, i); ok {
		return true
	}
	return false
}

// militaryRanks are the ranks written before an officer's name (keys).
var militaryRanks = keySet("العماد", "اللواء", "الفريق", "العقيد", "العميد", "المقدم", "الرائد", "المشير", "الجنرال",
	"الأميرال", "النقيب")

// leaderWords are the plural heads of those who lead a body or its member states ("قادة دول
// مجلس التعاون", "رؤساء وفود"), keys.
var leaderWords = keySet("قادة", "زعماء", "رؤساء", "وزراء", "وفود", "ممثلو", "ممثلي", "مندوبو", "مندوبي")

// portfolios name what the ministers of a group of states hold ("وزراء خارجية دول مجلس التعاون"),
// keys.
var portfolios = keySet("خارجية", "دفاع", "داخلية", "مالية", "اقتصاد", "طاقة", "نفط", "إعلام", "عدل", "صحة", "تجارة")

// postSubject finds a subject right after token p (VSO), skipping adverbials.
func (c *Coder) postSubject(s *sent, p, limit int) int {
	reach := p + 4
	opened := false // a quotation mark opened after the verb
	for j := p + 1; j < limit && j <= reach; j++ {
		// "وصل إلى القاهرة وفد من حماس", "وصلت بالرياض …": a place phrase may stand between
		// the verb and its subject
		if pp := placePhrase(s, j); pp > j && pp < limit {
			reach += pp - j
			j = pp - 1
			continue
		}
		if k := s.mentionStarting(j); k >= 0 {
			mk := s.marker(k)
			if j == p+1 && mk == "prep" && !s.hasProclitic(k) {
				mk = "obj" // the word before is the verb itself ("عبر الاتحاد الأوروبي")
			}
			// (a name in quotation marks is the subject, "وقالت «حماس»"; words quoted after the
			// verb are not: "ويضيف «الولايات المتحدة والصين …»")
			// (an organisation's name may go on past the words the tagger found: "أكدت «جبهة
			// التناوب والوفاق في تشاد»")
			if opened && !quotedName(s, k) {
				return -1
			}
			// (a sound masculine plural or a dual in -ين is in the accusative or genitive: the
			// verb's object, "وأمهلت الدبلوماسيين الكينيين", "دعت الطرفين", not its subject)
			if (mk == "obj" || mk == "and") && s.ments[k].Kind != doc.KindPlace && !obliquePlural(s, k) {
				return k
			}
			// "استضافتها العاصمة الأمريكية واشنطن": the capital named after "the capital" and
			// its nationality
			if mk == "obj" && s.ments[k].Kind == doc.KindPlace && k+1 < len(s.ments) && s.ments[k+1].TokStart == s.ments[k].TokEnd &&
				s.ments[k+1].Kind == doc.KindCapital && countryOf(&s.ments[k+1]) == countryOf(&s.ments[k]) {
				return k + 1
			}
			return -1
		}
		if s.quoteMark(j) {
			opened = true
		}
		if c.skippable(s, j) {
			continue
		}
		// "أصدر سمو أمير البلاد الشيخ نواف الأحمد …": the office of "the country" before the
		// person who holds it
		if j+2 < limit && asideTitleHeads[s.keys[j]] && homeWords[s.keys[j+1]] && s.mentAt[j] < 0 {
			if k := s.mentionStarting(j + 2); k >= 0 && s.ments[k].Type == "PER" && s.ments[k].Code != "" {
				reach = max(reach, j+2)
				j++
				continue
			}
		}
		// "المفاوضات التي استضافتها العاصمة الأمريكية واشنطن": "the capital" before its
		// nationality, after a relative clause's verb whose pronoun is its object (not "زار
		// العاصمة الإيرانية طهران", where the capital is the object)
		if (s.keys[j] == "العاصمه" || s.keys[j] == "العاصمة") && p > 0 && relatives[s.keys[p-1]] && s.mentionStarting(j+1) >= 0 {
			continue
		}
		// "وأعرب العماد عون": a military rank before a person the knowledge base knows (not
		// before a nationality: "اللواء التركي" is a man named al-Turki)
		if militaryRanks[s.keys[j]] {
			if n := s.mentionStarting(j + 1); n >= 0 && s.ments[n].ActorRef.Kind == "person" && s.ments[n].Kind != doc.KindDemonym {
				continue
			}
		}
		// "توسطت فيه الولايات المتحدة": a preposition with a pronoun between verb and subject
		if j == p+1 && prepPronoun[s.keys[j]] {
			continue
		}
		// "استهدفت طائرة مسيرة أمريكية …": a weapon named by its nationality stands for its owner
		if j <= p+2 && instruments[s.keys[j]] {
			continue
		}
		// "وتبنى تنظيم «داعش» الهجوم": the head noun of a body whose name is quoted
		if j <= p+2 && quotedHeads[s.keys[j]] && j+1 < limit && s.quoteMark(j+1) {
			continue
		}
		// "وجاء في بيان الجيش", "جاء ذلك في بيان": the statement the words came in
		if j <= p+2 && s.keys[j] == "في" && j+1 < limit && statements[s.keys[j+1]] || j == p+1 && s.keys[j] == "ذلك" {
			continue
		}
		// "عقد قادة ورؤساء وفود دول مجلس التعاون اجتماعا": the leaders of a body or its states
		// act for it
		if leaderWords[s.keys[j]] {
			n := j + 1
			for n < limit && n <= j+4 && (leaderWords[s.keys[n]] || leaderWords[strings.TrimPrefix(s.keys[n], "و")] || s.keys[n] == "دول" || portfolios[s.keys[n]]) {
				n++
			}
			if m := s.mentionStarting(n); m >= 0 && s.ments[m].Code != "" && !isPlaceLike(s.ments[m]) && s.marker(m) == "obj" {
				return m
			}
		}
		// "أعرب منسق الأمم المتحدة الخاص", "قال مسؤول في حماس": an unnamed official speaks
		// for the body or country named right after the office word
		if officials[s.keys[j]] || bodyExperts[s.keys[j]] {
			// (the office may take a couple of words: "مسؤول السياسة الخارجية في الاتحاد
			// الأوروبي جوزيب بوريل"; the person named after the body is the speaker)
			for k := j + 1; k < limit && k <= j+4; k++ {
				if m := s.mentionStarting(k); m >= 0 {
					if bodyExperts[s.keys[j]] && !international(&s.ments[m]) {
						break
					}
					// (a medium after ل is whom the official spoke to: "قال مسؤول لرويترز")
					if mk := s.marker(m); mk == "obj" || mk == "في" || mk == "ل" && !isMedium(&s.ments[m]) {
						if n := s.mentionStarting(s.ments[m].TokEnd); n >= 0 && s.ments[n].ActorRef.Kind == "person" && s.ments[n].Kind != doc.KindRole && countryOf(&s.ments[n]) == countryOf(&s.ments[m]) {
							return n
						}
						return m
					}
					break
				}
				if s.isPunct(k) {
					break
				}
			}
		}
		// "وأعلن رئيس حكومة الوفاق الليبية فائز السراج": a title the knowledge base could not
		// read, then the person's name: the person is the subject
		if titleHeads[s.keys[j]] {
			for k := j + 1; k < limit && k <= j+6; k++ {
				if m := s.mentionStarting(k); m >= 0 {
					if s.ments[m].ActorRef.Kind == "person" && s.ments[m].Kind == doc.KindName || s.ments[m].Kind == doc.KindEntity && s.ments[m].Type == "PER" {
						// "المقدم علي الشهراني المتحدث الإعلامي للدفاع المدني": an unknown
						// name's office in apposition says whom the person speaks for
						if n := s.mentionStarting(s.ments[m].TokEnd); n >= 0 && s.ments[m].Kind == doc.KindEntity && s.ments[n].Kind == doc.KindRole && s.ments[n].Code != "" {
							return n
						}
						return m
					}
					if s.ments[m].Kind == doc.KindName || s.ments[m].Kind == doc.KindRole || s.ments[m].Kind == doc.KindShort {
						break
					}
					continue
				}
				if s.isPunct(k) || clauseWords[s.keys[k]] {
					break
				}
			}
		}
		// "وأدان البيان الختامي لقمة مجلس التعاون …", "وأكد البيان الصادر عن الخارجية …": a
		// statement as the subject speaks for whoever issued it
		if j <= p+1 && statementSubjects[s.keys[j]] {
			if m := s.issuer(j+1, limit); m >= 0 {
				return m
			}
		}
		// "ورحبت دول عربية عدة بالقرار، بينها قطر والإمارات": the countries named after بينها
		g := j
		if several[s.keys[j]] && j+1 < limit {
			g = j + 1 // "عدة دول"
		}
		if vagueGroups[s.keys[g]] {
			// (the list may open a clause of its own: "، ومنها مصر")
			for k := g + 1; k < len(s.toks) && k <= g+8; k++ {
				if among[s.keys[k]] {
					if m := s.mentionStarting(k + 1); m >= 0 && s.ments[m].Kind != doc.KindPlace {
						return m
					}
					break
				}
				if s.strong(k) {
					break
				}
			}
		}
		// "وأفاد بيان مشترك للمملكة والولايات المتحدة", "وقال بيان صادر عن الخارجية": a
		// statement speaks for its author
		if statements[s.keys[j]] {
			// ("بيان مشترك صدر عن المملكة والإمارات": four words on)
			for k := j + 1; k < limit && k <= j+4; k++ {
				if m := s.mentionStarting(k); m >= 0 {
					if mk := s.marker(m); mk == "ل" || mk == "عن" || mk == "obj" && k == j+1 {
						return m
					}
					break
				}
			}
		}
		// "ودعت كل من فرنسا وألمانيا طهران": each of the list is the subject
		if s.keys[j] == "كل" && j+2 < limit && s.keys[j+1] == "من" {
			if m := s.mentionStarting(j + 2); m >= 0 && s.ments[m].Kind != doc.KindPlace {
				return m
			}
		}
		// "عناصر من قوات الأمن", "مئات الآلاف من الإسرائيليين": the actor after من (or عن
		// after those who stand for a body: "ممثلون عن مجلس النواب", or في after its members:
		// "هدد أعضاء في الكونغرس الأمريكي")
		if memberWords[s.keys[j]] && j+2 < limit && (s.keys[j+1] == "عن" || s.keys[j+1] == "في") {
			if m := s.mentionStarting(j + 2); m >= 0 {
				return m
			}
		}
		if partitive[s.keys[j]] || s.toks[j].Kind == arabic.Number {
			// "آلاف العراقيين", "عشرات الفلسطينيين": the actor as the partitive's genitive
			// (not after a number: "قتل خمسة جنود" is mostly passive, the soldiers its target)
			if m := s.mentionStarting(j + 1); m >= 0 && j+1 < limit && s.marker(m) == "obj" && !countWords[s.keys[j]] && s.toks[j].Kind != arabic.Number {
				return m
			}
			for k := j + 1; k < limit && k <= j+3; k++ {
				if s.keys[k] == "من" {
					if m := s.mentionStarting(k + 1); m >= 0 {
						return m
					}
					break
				}
				if !partitive[s.keys[k]] && s.toks[k].Kind != arabic.Number {
					break
				}
			}
		}
		return -1
	}
	return -1
}

// quotedHeads are the head nouns of bodies written before their quoted name ("تنظيم «داعش»",
// "حركة «حماس»"), keys.
var quotedHeads = keySet("تنظيم", "حركة", "جماعة", "منظمة", "حزب", "جبهة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات",
	"قوات", "كتائب", "ائتلاف", "تحالف", "هيئة", "شركة", "وكالة", "صحيفة", "قناة", "موقع")

// obliquePlural reports a mention of people or parties whose head word is a sound masculine
// plural or a dual in the oblique case (-ين: "الدبلوماسيين", "المحتجين", "الطرفين"); names
// ("الصين", "البحرين", "فلسطين") are not.
func obliquePlural(s *sent, k int) bool {
	h, ok := peopleHead(s, k)
	if !ok || !strings.HasSuffix(h, "ين") {
		return false
	}
	// a nisba plural or dual ("الدبلوماسيين"), a participle's plural, definite or not
	// ("المحتجين", "مسؤولين"), or a dual of the two sides ("الطرفين"); not a singular whose root
	// ends so ("الأمين", "الحسين")
	n := utf8.RuneCountInString(h)
	return strings.HasSuffix(h, "يين") && n > 5 || strings.HasPrefix(h, "الم") && n >= 7 || strings.HasPrefix(h, "م") && n >= 5 || obliqueDuals[h]
}

// obliqueDuals are duals of parties in the oblique case.
var obliqueDuals = keySet("الطرفين", "الجانبين", "البلدين", "الوفدين", "الرئيسين", "الوزيرين", "الزعيمين", "الدولتين")

// nominativePlural reports a mention of people whose head word is an indefinite sound masculine
// plural in the nominative (-ون: "محتجون", "مسلحون", "مستوطنون"): a subject, never an object.
func nominativePlural(s *sent, k int) bool {
	h, ok := peopleHead(s, k)
	return ok && strings.HasSuffix(h, "ون") && !strings.HasPrefix(h, "ال") && utf8.RuneCountInString(h) >= 5
}

// involvementWords are the nouns of someone's part in an act ("تورطهما في احتجاز رعايا
// أجانب", "ضلوعه في الهجوم", "دوره في"), keys.
var involvementWords = keySet("تورط", "تورطه", "تورطها", "تورطهم", "تورطهما", "ضلوع", "ضلوعه", "ضلوعها", "ضلوعهم",
	"ضلوعهما", "دوره", "دورها", "دورهم", "دورهما", "مشاركته", "مشاركتها", "مشاركتهم", "مشاركتهما", "اتهامه", "اتهامها", "اتهامهم")

// involvedIn reports the preposition at token j after a noun of someone's part in an act
// ("بسبب تورطهما في احتجاز …"): the act named after it is that someone's, not the sentence
// subject's.
func involvedIn(s *sent, j int) bool {
	if j < 1 || s.keys[j] != "في" {
		return false
	}
	k := s.keys[j-1]
	for _, p := range [...]string{"و", "ب", "ل"} {
		if involvementWords[strings.TrimPrefix(k, p)] {
			return true
		}
	}
	return involvementWords[k]
}

// relativeWithoutSubject reports a verb at p right after a relative pronoun that has no subject
// after it: none, or — for a visit with no object pronoun — the capital or country right after
// the verb, which is what is visited ("الوفد الأميركي الذي زار نيامي"; "القمة التي استضافتها
// الرياض" has Riyadh for subject).
func (c *Coder) relativeWithoutSubject(s *sent, t *trig, p, ce int) bool {
	k := c.postSubject(s, p, ce)
	if k < 0 {
		return true
	}
	m := &s.ments[k]
	return m.TokStart == p+1 && t.sp.suffix == "" && t.p.ID == "visit" && (m.Kind == doc.KindCapital || m.Kind == doc.KindCountry)
}

// draftVerbs are the verbs with the draft's pronoun that tell who wrote or tabled it
// ("مشروع قرار صاغته الولايات المتحدة"), keys.
var draftVerbs = keySet("صاغته", "قدمته", "أعدته", "طرحته", "اقترحته", "وضعته")

// draftAuthor returns the mention of the author of a draft resolution named after token from in
// the sentence: a nationality right after "مشروع قرار" or the subject of a verb of drafting with
// its pronoun right after it; -1 if none.
func draftAuthor(s *sent, from int) int {
	for j := from; j+1 < len(s.toks) && j < from+24; j++ {
		if s.isPunct(j) && s.toks[j].Text == "." {
			break
		}
		if k := strings.TrimPrefix(strings.TrimPrefix(s.keys[j], "ل"), "ب"); k != "مشروع" || s.keys[j+1] != "قرار" && s.keys[j+1] != "القرار" {
			continue
		}
		e := j + 2
		if m := s.mentionStarting(e); m >= 0 && s.ments[m].Kind == doc.KindDemonym && s.ments[m].Code != "" {
			return m
		}
		if e < len(s.toks) && draftVerbs[s.keys[e]] {
			if m := s.mentionStarting(e + 1); m >= 0 && s.ments[m].Code != "" {
				return m
			}
		}
		return -1
	}
	return -1
}

// nisbaNominative reports a mention whose first word is a definite nisba plural in the
// nominative (-يون: "الأوروبيون", "الحوثيون", "الفلسطينيون"): a subject, never an object.
func nisbaNominative(s *sent, k int) bool {
	h := strings.TrimPrefix(strings.TrimPrefix(s.keys[s.ments[k].TokStart], "و"), "ف")
	return strings.HasPrefix(h, "ال") && strings.HasSuffix(h, "يون") && utf8.RuneCountInString(h) >= 7
}

// peopleHead returns the key of the first word of mention k without its conjunction, when the
// mention names people or parties by a common noun (a sector, an office, a group, a reference
// back).
func peopleHead(s *sent, k int) (string, bool) {
	m := &s.ments[k]
	switch m.Kind {
	case doc.KindSector, doc.KindRole, doc.KindGroup, doc.KindCoref:
		return strings.TrimPrefix(strings.TrimPrefix(s.keys[m.TokStart], "و"), "ف"), true
	}
	return "", false
}

// isMedium reports a news outlet or agency ("رويترز", "قناة الجزيرة", "وكالة الأنباء السعودية").
func isMedium(m *doc.Mention) bool { return strings.HasSuffix(m.Code, "MED") }

// unknownSubjects head a subject that is not a known actor: reports and anonymous sources
// ("ذكرت تقارير", "قال مسؤول") and offices the knowledge base could not place ("اتهم رئيس
// الوفد الحكومي"). A verb followed by one has its own subject; an earlier one is not it.
var unknownSubjects = keySet("تقارير", "تقرير", "مصادر", "مصدر", "المصدر", "المصادر", "وسائل", "صحيفة", "الصحيفة",
	"صحف", "وكالة", "وكالات", "شهود", "شاهد", "مراسل", "ناشطون", "ناشطين", "سكان", "مسؤول", "مسؤولون",
	"مسؤولين", "مراقبون", "محللون", "خبراء", "دبلوماسي", "دبلوماسيون", "مسعفون", "أطباء", "رئيس", "وزير",
	"نائب", "قائد", "زعيم", "مدير", "عضو", "أمين", "مستشار", "سفير", "محافظ", "رئيسة", "وزيرة",
	// some people, others, many ("وينتقد البعض برنامج …")
	"البعض", "بعضهم", "آخرون", "كثيرون", "الكثيرون", "أحدهم", "الناس")

// figureSubjects are figures and studies, which tell but are no one, not even an unnamed
// speaker ("وتشير حصيلة الهجوم إلى …", "تظهر الأرقام", "طالبت الدراسة …"): keys.
var figureSubjects = keySet("حصيلة", "الحصيلة", "أرقام", "الأرقام", "إحصاءات", "الإحصاءات", "إحصائيات", "الإحصائيات",
	"تقديرات", "التقديرات", "معطيات", "المعطيات", "دراسة", "الدراسة", "استطلاع", "الاستطلاع", "نتائج", "النتائج",
	"مؤشرات", "المؤشرات")

// anyParty reports a verb at p whose subject, past adverbials, is "any party" ("ولم تعلن أي جهة
// مسؤوليتها"): none in particular, not the last one named ("ورفضت أي تدخل" is an object).
func (c *Coder) anyParty(s *sent, p int) bool {
	j := p + 1
	for j < len(s.toks) && j <= p+3 && c.skippable(s, j) {
		j++
	}
	return j+1 < len(s.toks) && (s.keys[j] == "اي" || s.keys[j] == "اية") && partyWords[s.keys[j+1]]
}

// partyWords are the nouns of an unnamed party after "أي" (keys).
var partyWords = keySet("جهة", "طرف", "أحد", "مجموعة", "جماعة", "فصيل", "تنظيم", "دولة", "حركة")

// anonymousSources head a subject that is nobody named: "وقال مصدر عسكري لرويترز", "وأفادت
// مصادر محلية" are new voices, not the last speaker going on ("وأضاف المصدر" is).
var anonymousSources = keySet("مصادر", "مصدر", "تقارير", "شهود", "شاهد", "سكان", "ناشطون",
	"مراقبون", "محللون", "خبراء", "مسعفون", "أطباء", "وسائل", "صحيفة", "صحف", "وكالة", "وكالات")

// anonymousSubject reports a verb at p followed by an anonymous source (anonymousSources).
func (c *Coder) anonymousSubject(s *sent, p int) bool { return c.subjectWord(s, p, anonymousSources) }

// vagueSubjects are plural nouns of unnamed parties that may stand as a verb's subject before
// it ("إن الأطراف وافقت على وقف العمليات"): the act is theirs, not the speaker's.
// So are reports and figures before a verb that tells what they say ("أعربت البعثة عن قلقها من
// تقارير تفيد بعدم استيفاء …", "لكن المعلومات تتحدث عن حشود").
var vagueSubjects = keySet("الأطراف", "الاطراف", "الجميع", "الفصائل", "المفاوضين", "المفاوضون",
	"المشاركون", "المشاركين", "المجتمعون", "المجتمعين",
	"تقارير", "التقارير", "أنباء", "الأنباء", "معلومات", "المعلومات", "أخبار", "الأخبار", "روايات",
	"إحصاءات", "الإحصاءات", "إحصائيات", "الإحصائيات", "تقديرات", "التقديرات", "وثائق", "الوثائق", "دراسة", "الدراسة",
	// some people, others ("وكتب البعض ينتقد هذه العادة")
	"البعض", "بعضهم", "آخرون", "كثيرون", "الكثيرون")

// genitiveWithObject finds, for the verbal noun t, its first genitive (among gen) when the
// object marked with ل follows it right after: the mentions of the doer and of the object.
// Symmetric acts (a meeting "لبحث …") and places ("زيارة القاهرة للمرة الأولى") have none.
func (c *Coder) genitiveWithObject(s *sent, t *trig, gen []doc.Mention) (int, int, bool) {
	if len(gen) == 0 || t.p.Symmetric || symmetricThemes[t.p.Theme] || t.p.Speech || isPlaceLike(gen[0]) {
		return -1, -1, false
	}
	g := s.mentionStarting(gen[0].TokStart)
	if g < 0 || s.ments[g].TokStart != t.end {
		return -1, -1, false
	}
	ch := s.chain(g)
	end := s.ments[ch[len(ch)-1]].TokEnd
	obj := s.mentionStarting(end)
	if obj < 0 || s.marker(obj) != "ل" || sameActor(s.ments[g], s.ments[obj]) {
		return -1, -1, false
	}
	return g, obj, true
}

// genitiveDoer reports that the first genitive of the verbal noun t, whose genitive is
// otherwise what the act is done to, is its doer: the preposition that marks the noun's target
// follows it ("إفراج حركة حماس عن الرهائن").
func genitiveDoer(s *sent, t *trig, gen []doc.Mention) bool {
	if len(gen) == 0 || t.p.Genitive != "target" || t.p.Symmetric {
		return false
	}
	g := s.mentionStarting(gen[0].TokStart)
	if g < 0 || s.ments[g].TokStart != t.end {
		return false
	}
	ch := s.chain(g)
	end := s.ments[ch[len(ch)-1]].TokEnd
	if end >= len(s.toks) {
		return false
	}
	k := s.keys[end]
	return (k == "عن" || k == "علي") && slices.ContainsFunc(t.p.Target, func(p string) bool { return arabic.Key(p) == k })
}

// stanceDoer reports that a country in the genitive of a verbal noun whose genitive is its doer
// ("إدانة مصر للهجوم", "ترحيب قطر بالاتفاق", "رفض إيطاليا ومالطا استقبالها") is that doer and
// not where the act goes: the word after it carries the preposition that marks the noun's
// target.
func stanceDoer(s *sent, t *trig, gen []doc.Mention) bool {
	if len(gen) == 0 || t.p.Genitive == "target" || t.p.Symmetric || t.pos.verb() {
		return false
	}
	g := s.mentionStarting(gen[0].TokStart)
	if g < 0 || s.ments[g].TokStart != t.end || !isPlaceLike(s.ments[g]) {
		return false
	}
	ch := s.chain(g)
	end := s.ments[ch[len(ch)-1]].TokEnd
	if end >= len(s.toks) || s.mentAt[end] >= 0 {
		return false
	}
	k := s.keys[end]
	// (a town is where force goes, even before its agent: "تفجيرات مكة على يد …")
	if m := &s.ments[g]; forceRoots[t.p.root[:2]] && m.Kind != doc.KindCountry || end+1 < len(s.toks) && agentWords[s.keys[end+1]] {
		return false
	}
	for _, p := range t.p.Target {
		switch p {
		case "ل", "ب":
			if strings.HasPrefix(k, p) && utf8.RuneCountInString(k) > 3 {
				return true
			}
		case "obj", "في", "من", "مع":
		default:
			if k == arabic.Key(p) {
				return true
			}
		}
	}
	return false
}

// vagueSubjectBefore reports a vague subject right before the verb at p.
func vagueSubjectBefore(s *sent, p int) bool {
	return p > 0 && s.mentAt[p-1] < 0 && vagueSubjects[s.keys[p-1]]
}

// officials are words for an unnamed official or source: "مسؤول في حماس" speaks for Hamas.
var officials = keySet("مسؤول", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "منسق", "ممثل", "مبعوث", "دبلوماسي", "مكتب", "ديوان",
	"كبير", "مفوضية", "مفوض", "مفاوض", "مفاوضو", "مفاوضي", "مندوب", "مندوبة",
	"دبلوماسيون", "متحدث", "عضو", "قيادي", "قياديون",
	// (and the women who hold those offices: "قالت مسؤولة …", "متحدثة باسم الحكومة"; not "مبعوثة", whose key is that of
	// "مبعوثه", his envoy)
	"مسؤولة", "منسقة", "مفوضة", "متحدثة", "قيادية",
	// fighters of an armed body act for it ("عناصر من الدعم السريع نهبوا")
	"عناصر", "مسلحون", "مسلحين", "مقاتلون", "مقاتلين", "أفراد")

// bodyExperts are experts and investigators, who speak for a body only when it is an
// international one ("خبراء حقوق الإنسان في الأمم المتحدة", "خبراء الصندوق"); a country's or a
// university's experts are no actor ("خبراء أستراليون من جامعة أديلايد").
var bodyExperts = keySet("خبير", "خبراء", "محقق", "محققون", "محققو", "محققي")

// international reports an intergovernmental or international non-governmental body.
func international(m *doc.Mention) bool {
	return strings.HasPrefix(m.Code, "IGO") || strings.HasPrefix(m.Code, "NGO")
}

// officialOf reports whether mention m comes right after an unnamed official and its
// preposition ("مسؤول في حماس", "مصادر في الحكومة", "مسؤول كبير في الخارجية"), with the official
// opening the clause.
func officialOf(s *sent, m doc.Mention) bool {
	j := m.TokStart - 2 // the word before the preposition
	if j >= 0 && officialAdjectives[s.keys[j]] {
		j--
	}
	if j < 0 || s.mentAt[j] >= 0 || !officials[strings.TrimPrefix(s.keys[j], "و")] && !officialsAcc[s.keys[j]] {
		return false
	}
	cs := s.clauseStart(m.TokStart)
	for i := cs; i < j; i++ {
		if !s.isPunct(i) && !auxiliaries[s.keys[i]] {
			return false
		}
	}
	return true
}

// officialsAcc are officials in the accusative, after إن ("إن مسؤولا في الحركة").
var officialsAcc = keySet("مسؤولا", "مصدرا", "دبلوماسيا", "عضوا", "قياديا", "متحدثا", "ممثلا")

// officialAdjectives qualify an unnamed official ("مسؤول كبير", "مصدر رفيع").
var officialAdjectives = keySet("كبير", "رفيع", "بارز", "سابق", "مطلع", "مطلعة", "كبار", "رفيعة", "كبيرا", "رفيعا", "بارزا", "مطلعا")

// auxiliaries may stand before the subject of a verb that follows it ("وكان مسؤول في الحركة قد
// طالب").
var auxiliaries = keySet("وكان", "كان", "وكانت", "كانت", "فكان", "وقد", "قد", "ولكن", "لكن", "بينما", "فيما", "كما", "إلا", "أن", "إن", "وأن")

// relativePronouns stand for the noun before them as the subject of the verb after them.
var relativePronouns = keySet("الذي", "التي", "اللذان", "اللتان", "الذين", "اللاتي", "اللواتي")

// titleHeads open an office title ("رئيس حكومة الوفاق", "وزير الدولة لشؤون …").
var titleHeads = keySet("رئيس", "رئيسة", "وزير", "وزيرة", "قائد", "زعيم", "أمين", "مدير", "مديرة", "نائب", "سفير",
	"سفيرة", "مستشار", "مستشارة", "محافظ", "حاكم",
	// offices that may take several words before the holder's name ("مسؤولة السياسة الخارجية
	// في الاتحاد كاثرين آشتون", "مفوضة حقوق الطفل الروسية ماريا لفوفا-بيلوفا")
	"مسؤول", "مسؤولة", "مفوض", "مفوضة",
	// ranks and titles before a name
	"المقدم", "العقيد", "اللواء", "العميد", "الفريق", "الرائد", "النقيب", "المشير", "الجنرال", "الدكتور", "الدكتورة")

// clauseWords open a clause of their own: a name after them is not in the title before.
var clauseWords = keySet("إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", "الذي", "التي", "الذين", "عن", "مع", "على", "إلى")

// statements are the nouns of a written or spoken statement that may be the subject of a
// speech verb in place of their author.
var statements = keySet("بيان", "بلاغ", "تصريح", "تصريحات", "رسالة", "مذكرة", "تقرير", "كلمة", "خطاب", "مقابلة")

// statementSubjects are statements that speak for their issuer as a verb's subject (keys).
var statementSubjects = keySet("البيان", "بيان", "الإعلان", "إعلان")

// issuer returns the mention of who issued a statement whose words follow it at from: after
// its adjectives ("الختامي", "المشترك"), "الصادر عن X", "لقمة X", "لاجتماع X", "X" in the
// genitive; or -1.
func (s *sent) issuer(from, limit int) int {
	j := from
	for j < limit && j < from+2 && statementAdjectives[s.keys[j]] {
		j++
	}
	if j+1 < limit && (s.keys[j] == "الصادر" || s.keys[j] == "الصادرة") && s.keys[j+1] == "عن" {
		j += 2
	} else if j < limit && meetingGenitives[s.keys[j]] {
		j++
	}
	if m := s.mentionStarting(j); m >= 0 && s.ments[m].Kind != doc.KindPlace && s.ments[m].Code != "" {
		return m
	}
	return -1
}

// issuedStatements are the written statements whose ل-actor is their issuer ("بيان لوزارة
// الخارجية"), keys.
var issuedStatements = keySet("بيان", "بيانات", "بلاغ", "البيان")

// statementAdjectives describe a statement (keys).
var statementAdjectives = keySet("الختامي", "المشترك", "الرسمي")

// meetingGenitives are "of the summit / meeting / conference of", after a statement (keys).
var meetingGenitives = keySet("لقمة", "لاجتماع", "لمؤتمر", "لاجتماعات", "لمجلس")

// unknownSubject reports a verb at p followed by a subject the coder cannot resolve.
func (c *Coder) unknownSubject(s *sent, p int) bool { return c.subjectWord(s, p, unknownSubjects) }

// subjectWord reports a verb at p whose subject, past adverbials, is a word of set that no actor
// mention covers.
func (c *Coder) subjectWord(s *sent, p int, set map[string]bool) bool {
	j := p + 1
	for j < len(s.toks) && j <= p+3 && c.skippable(s, j) {
		j++
	}
	return j < len(s.toks) && s.mentAt[j] < 0 && set[s.keys[j]]
}

// resumptiveLight reports a light verb carrying an object pronoun at token j ("شنها"، "نفذته").
func (c *Coder) resumptiveLight(s *sent, j int) bool {
	for _, sp := range s.splits(j) {
		switch sp.suffix {
		case "ه", "ها", "هم", "هما":
			if sp.prep == "" && c.lx.light.single[sp.stem] {
				return true
			}
		}
	}
	return false
}

// resumptiveAfter finds a light verb with a resumptive pronoun right after a nominal trigger
// ending at token from, or after its instrument ("هجوم بقاذفة صواريخ شنه متمردون"): up to two
// words with no actor or punctuation between. It returns the verb's token, or -1.
func (c *Coder) resumptiveAfter(s *sent, from, end int) int {
	// (four words when adjectives follow the noun: "محادثات منفصلة ثم مشتركة أجراها أردوغان")
	n := 3
	if from < len(s.toks) && actAdjectives[s.keys[from]] {
		n = 4
	}
	for j := from; j < from+n && j < end && j < len(s.toks); j++ {
		if c.resumptiveLight(s, j) {
			return j
		}
		// "اعتداء انتحاري قام به داعش": the pronoun on the preposition of قام ب (the subject
		// is looked for after it)
		if j+1 < end && carriedOut[s.keys[j]] && itsPrep[s.keys[j+1]] {
			return j + 1
		}
		if s.isPunct(j) || s.mentAt[j] >= 0 || j == from && !strings.HasPrefix(s.keys[j], "ب") && !actAdjectives[s.keys[j]] {
			return -1
		}
	}
	return -1
}

// carriedOut are the forms of قام ("carried out") before ب and the act's pronoun ("قام به داعش"),
// and itsPrep those pronouns after ب (keys).
var carriedOut = keySet("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون")
var itsPrep = keySet("به", "بها", "بهم", "بهما")

// actAdjectives describe an act right after its noun ("هجوم دامٍ شنه مسلحون", "هجوم انتحاري
// نفذه"), keys.
var actAdjectives = keySet("دام", "دامي", "الدامي", "مسلح", "المسلح", "انتحاري", "الانتحاري", "إرهابي", "الإرهابي",
	"عنيف", "العنيف", "جديد", "الجديد", "مماثل", "صاروخي", "الصاروخي", "جوي", "الجوي", "مزدوج", "المزدوج", "واسع",
	"الواسع", "كبير", "الكبير", "غادر", "الغادر", "جبان", "الجبان", "آثم", "الآثم", "وحشي", "الوحشي",
	// (of talks: "محادثات منفصلة ثم مشتركة أجراها")
	"منفصلة", "مشتركة", "مباشرة", "ثنائية", "ثلاثية", "مكثفة", "مطولة", "ماراثونية", "سرية", "مغلقة",
	"موسعة", "رسمية", "طارئة", "عاجلة", "هاتفية")

// participleCut returns where, between from and end, a comma is followed by a circumstantial
// participle (مؤكدا، مشيرا، داعيا …), else end.
func participleCut(s *sent, from, end int) int {
	for j := from; j+1 < end; j++ {
		if s.weak(j) && (circumstantial[strings.TrimPrefix(s.keys[j+1], "و")] || s.conjVerb(j+1)) {
			return j
		}
	}
	return end
}

// conjVerb reports a trigger verb with the conjunction و or ف at token j ("، ودعا"): after a
// comma it opens the next clause, whose actors are not the phrase before's.
func (s *sent) conjVerb(j int) bool {
	info := s.info(j)
	for _, c := range info.cands {
		if c.e.pos.verb() && info.spl[c.sp].conj != "" {
			return true
		}
	}
	return false
}

// circumstantial are the participles that open a circumstantial clause after a comma.
var circumstantial = keySet("مؤكدا", "مؤكدة", "مؤكدين", "مشيرا", "مشيرة", "مشيرين", "معربا", "معربة", "مضيفا",
	"مضيفة", "معتبرا", "معتبرة", "داعيا", "داعية", "مطالبا", "مطالبة", "لافتا", "لافتة", "موضحا", "موضحة", "مشددا",
	"مشددة", "محذرا", "محذرة", "متهما", "متهمة", "واصفا", "واصفة", "قائلا", "قائلة", "منددا", "مرحبا", "مرحبة",
	"معلنا", "معلنة", "متوعدا", "متوعدة", "مبديا", "مبدية", "مجددا", "مجددة", "نافيا", "نافية")

// conjLight reports a light or announcing verb at token j that carries the conjunction و or ف ("وأعلنت").
func (c *Coder) conjLight(s *sent, j int) bool {
	k := s.keys[j]
	if c.lx.light.single[k] || c.lx.announce.single[k] || !(strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف")) {
		return false
	}
	return c.lx.light.single[k[len("و"):]] || c.lx.announce.single[k[len("و"):]]
}

// crowdWords open an unnamed crowd as a subject ("عشرات الآلاف", "حشود").
var crowdWords = keySet("عشرات", "مئات", "آلاف", "الآلاف", "المئات", "العشرات", "حشود", "الحشود", "جموع", "ألوف")

// senderBefore finds the "من Y" right before a verb whose "فيه/فيها/خلاله" stands for the call,
// letter or cable Y sent ("اتصالا هاتفيا من الرئيس الجزائري هنأه فيه", "… من الرئيس الأمريكي
// دونالد ترامب، أكد خلاله"); -1 if there is none.
func senderBefore(s *sent, p int) int {
	if p+1 >= len(s.toks) || !inIt[s.keys[p+1]] {
		return -1
	}
	end := p
	if end > 0 && (s.toks[end-1].Text == "،" || s.toks[end-1].Text == ",") {
		end--
	}
	for k := len(s.ments) - 1; k >= 0; k-- {
		if s.ments[k].TokEnd == end {
			if s.marker(s.chain(k)[0]) == "من" {
				return s.chain(k)[0]
			}
			return -1
		}
	}
	return -1
}

// inIt are the prepositions with a pronoun that stand for a message or a meeting just named.
var inIt = keySet("فيه", "فيها", "خلاله", "خلالها")

// complementSubject finds, between tokens from and p, the last complementizer إن/أن/بأن
// with an actor right after it: the subject of the reported clause. It returns the
// mention's index, or -1.
func complementSubject(s *sent, from, p int) int {
	for j := p - 1; j >= from && j >= 0; j-- {
		// (quotation marks open and close the reported words, not the clause: "إن الجانب
		// الإثيوبي «رفض المقترح»، كما رفض كافة البدائل")
		if s.strong(j) && !s.quoteMark(j) {
			return -1
		}
		switch s.keys[j] {
		case "ان", "بان", "وان":
			if k := s.mentionStarting(j + 1); k >= 0 && s.ments[k].Kind != doc.KindPlace && s.ments[k].Code != "" {
				return k
			}
			return -1
		}
		// "، مشيرا إلى أنه سيبحث الملف": a participle of the speaker's own goes back to him
		if circumstantial[strings.TrimPrefix(s.keys[j], "و")] {
			return -1
		}
	}
	return -1
}

// attendeesClause reports that the reported clause before the verb at p (after token from)
// has for subject the attendees of a meeting ("أن المجتمعين بحثوا …، واتفقوا على …").
func attendeesClause(s *sent, from, p int) bool {
	for j := p - 1; j >= from && j >= 0; j-- {
		if s.strong(j) && !s.quoteMark(j) {
			return false
		}
		switch s.keys[j] {
		case "ان", "بان", "وان":
			return j+1 < p && attendees[s.keys[j+1]]
		}
	}
	return false
}

// attendees are the words for those who met or took part (keys).
var attendees = keySet("المجتمعين", "المجتمعون", "المشاركين", "المشاركون", "المتحاورين", "المتحاورون")

// attendeesOf returns the parties of the mutual event told in this sentence or the one before
// when the dual or plural verb at p (not one of speaking) has for subject the attendees of the
// reported clause after token from (attendeesClause); else nil.
func (st *docState) attendeesOf(s *sent, t *trig, from, p int) []doc.Mention {
	if t.pron != pronThird || t.p.Speech || len(st.parties) < 2 || s.d.Index-st.partiesSent > 1 || !attendeesClause(s, from, p) {
		return nil
	}
	return st.parties
}

// masculineVerb reports a verb in the third person masculine singular: a perfect without the
// feminine ت ("ودعا", "وأكد"), an imperfect with ي ("ويدعو").
func masculineVerb(t *trig) bool {
	v := []rune(t.sp.stem)
	if len(v) < 2 || t.sp.suffix != "" {
		return false
	}
	switch t.pos {
	case posPerfect:
		return v[len(v)-1] != 'ت' && !(len(v) > 3 && (v[len(v)-1] == 'ا' || v[len(v)-1] == 'و'))
	case posImperfect:
		return v[0] == 'ي' && v[len(v)-1] != 'ن'
	}
	return false
}

// feminineActor reports an actor named by a word Arabic treats as feminine: a country (but
// those whose names are masculine: العراق، لبنان …) or a capital ("موسكو تستخدم …").
func feminineActor(m *doc.Mention) bool {
	switch m.Kind {
	case doc.KindCapital, doc.KindPlace:
		return true
	case doc.KindCountry:
		return !masculineCountries[countryOf(m)]
	}
	return false
}

// masculineCountries are the countries whose Arabic names take a masculine verb.
var masculineCountries = map[string]bool{"IRQ": true, "LBN": true, "JOR": true, "SDN": true, "YEM": true, "MAR": true,
	"SSD": true, "PAK": true}

// contrastSubject finds, between from and the verb at p, a contrasting clause ("بينما نددت
// إيران …", "فيما دعت الصين …", "في حين رفضت …") and returns the subject right after its verb,
// or -1.
func contrastSubject(s *sent, from, p int) int {
	for j := p - 1; j >= from && j >= 0; j-- {
		if s.strong(j) && !s.quoteMark(j) {
			return -1
		}
		if !contrastWords[s.keys[j]] {
			continue
		}
		// the clause's verb, then its subject
		v := j + 1
		if v < p && s.mentAt[v] < 0 {
			if k := s.mentionStarting(v + 1); k >= 0 && s.ments[k].TokEnd <= p && s.ments[k].Kind != doc.KindPlace && s.ments[k].Code != "" && s.marker(k) == "obj" {
				return k
			}
		}
		return -1
	}
	return -1
}

// contrastListed returns the bodies listed after "بينها" as the subject of a contrasting clause
// between from and the verb at p ("في حين أعربت سفارات 13 دولة غربية، بينها …"), or nil.
func (c *Coder) contrastListed(s *sent, from, p int) []doc.Mention {
	for j := p - 1; j >= from && j >= 0; j-- {
		// (quotation marks inside the clause do not end it: "عن «صدمتها» من أعمال العنف")
		if s.strong(j) && !s.quoteMark(j) {
			return nil
		}
		if contrastWords[s.keys[j]] {
			if v := j + 1; v < p && s.mentAt[v] < 0 {
				return c.listedSubject(s, v)
			}
			return nil
		}
	}
	return nil
}

// contrastWords open a clause with a subject of its own.
var contrastWords = keySet("بينما", "فيما", "وفيما", "وبينما", "حين")

// afterLocative reports a country, capital or place named after a word of direction or
// adjectival reports a nationality in the accusative that qualifies the word before it ("طرد
// 12 موظفا قنصليا جزائريا"): not a subject of the verb after it. (A nominative one may tell
// the doer: "في غارة إسرائيلية استهدفت …".)
func adjectival(s *sent, m doc.Mention) bool {
	if m.Kind != doc.KindDemonym || m.TokStart == 0 || m.Start > s.toks[m.TokStart].Start || !strings.HasSuffix(s.keys[m.TokStart], "يا") {
		return false // (a clitic on it, "وجزائريون", opens a phrase of its own)
	}
	j := m.TokStart - 1
	return s.mentAt[j] < 0 && !s.isPunct(j) && s.toks[j].Kind != arabic.Number
}

// place ("شمال رام الله", "قرب دمشق"): where something is, not who acts.
func afterLocative(s *sent, m doc.Mention) bool {
	switch m.Kind {
	case doc.KindCountry, doc.KindCapital, doc.KindPlace:
	default:
		return false
	}
	return m.TokStart > 0 && locativeNouns[s.keys[m.TokStart-1]]
}

// locativeNouns stand before a place name in construct.
var locativeNouns = keySet("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "قرب", "بالقرب",
	"محيط", "ضواحي", "أطراف", "مدينة", "بلدة", "قرية", "منطقة", "محافظة", "ولاية", "إقليم", "أرياف", "ريف", "داخل", "خارج")

// objectFollows reports a definite noun that is no actor right after mention k's chain: the
// object, so that the mention is the subject ("كما حث بلينكن الجنرالين على وقف القتال").
func objectFollows(s *sent, k int) bool {
	ch := s.chain(k)
	j := s.ments[ch[len(ch)-1]].TokEnd
	return j < len(s.toks) && s.mentAt[j] < 0 && !s.isPunct(j) && (definite(s.keys[j]) || ownNoun(s.keys[j]))
}

// ownNoun reports a noun with a third-person feminine or plural possessive suffix, an act of
// the actor before it ("وأعلنت الصين استعدادها", "أكدت الدول دعمهم"): no preposition with a
// pronoun (فيها، منها، بينها), nor a noun after one ("بامتلاكها").
func ownNoun(k string) bool {
	if prepPronoun[k] || among[k] || utf8.RuneCountInString(k) < 5 || strings.HasPrefix(k, "ب") || strings.HasPrefix(k, "ل") {
		return false
	}
	return strings.HasSuffix(k, "ها") || strings.HasSuffix(k, "هم") || strings.HasSuffix(k, "هما")
}

// allPairSides reports targets that all stand for "the two sides" ("الطرفين", "البلدين").
func allPairSides(ms []doc.Mention) bool {
	for i := range ms {
		if !pairSides[strings.TrimPrefix(arabic.Key(ms[i].Text), "و")] {
			return false
		}
	}
	return true
}

// distinctCountries returns the coded mentions of ms, one per country.
func distinctCountries(ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for _, m := range ms {
		if c := countryOf(&m); isCountryCode(c) && !slices.ContainsFunc(out, func(x doc.Mention) bool { return countryOf(&x) == c }) {
			out = append(out, m)
		}
	}
	return out
}

// actorFollows reports another actor right after mention k (and its conjuncts): "ودعا رئيس
// المفوضية موسى فكي محمد الطرفين" — k is the verb's subject, the actor after it its object.
func actorFollows(s *sent, k int) bool {
	ch := s.chain(k)
	j := s.ments[ch[len(ch)-1]].TokEnd
	if j >= len(s.toks) {
		return false
	}
	n := s.mentAt[j]
	return n >= 0 && s.ments[n].TokStart == j && s.ments[n].Kind != doc.KindPlace && s.marker(n) == "obj" &&
		!sameActor(s.ments[n], s.ments[k])
}

// definite reports a word key with the article: not "إلى", "إلا" or a relative pronoun,
// whose keys start alike ("ودعت طهران إلى التعاون").
func definite(k string) bool {
	return strings.HasPrefix(k, "ال") && !notArticle[k]
}

var notArticle = keySet("إلى", "إلا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي", "اللائي")

// honorifics stand before a name ("قام صاحب السمو الملكي الأمير محمد بن سلمان بزيارة").
var honorifics = keySet("صاحب", "السمو", "الملكي", "سمو", "فخامة", "معالي", "جلالة", "الجلالة", "سعادة", "حضرة",
	"سماحة", "عطوفة", "السيد", "السيدة", "الشيخ", "الشيخة", "الأمير", "الأميرة", "الدكتور", "الدكتورة")

// prepPronoun are prepositions carrying a pronoun ("فيه", "عليها"), which may stand between a
// verb and its subject.
var prepPronoun = keySet("فيه", "فيها", "فيهم", "عليه", "عليها", "عليهم", "له", "لها", "لهم", "إليه", "إليها",
	"به", "بها", "بهم", "منه", "منها", "منهم", "عنه", "عنها", "عنهم", "معه", "معها", "معهم", "لديه", "لديها", "خلالها",
	"خلاله", "أثناءها", "أثناءه", "فيهما", "عليهما", "لهما", "إليهم", "إليهما", "بهما", "منهما", "عنهما", "معهما",
	"لديهم", "لديهما", "بعده", "بعدها", "بعدهما", "قبله", "قبلها", "عقبه", "عقبها", "إثره", "إثرها")

// pronounCompl are complementizers carrying a third-person pronoun ("إنه", "أنها").
// wasWords are the forms of كان and its sisters between a pronoun and its predicate ("إنها
// كانت على تواصل").
var wasWords = keySet("كان", "كانت", "كانوا", "ظل", "ظلت", "لا تزال", "لاتزال", "مازالت", "ما زالت", "تظل", "يظل", "لا يزال")

var pronounCompl = map[string]bool{"انه": true, "انها": true, "بانه": true, "بانها": true, "وانه": true, "وانها": true}

// complBetween reports a complementizer in tokens [from, to).
func (c *Coder) complBetween(s *sent, from, to int) bool {
	for j := from; j < to; j++ {
		if _, ok := c.lx.compl.matchAt(s, j); ok {
			return true
		}
	}
	return false
}

// butPronoun are "but" carrying a third-person singular pronoun ("لكنه", "ولكنها").
var butPronoun = keySet("لكنه", "لكنها", "ولكنه", "ولكنها")

// singularRelatives are the singular relative pronouns.
var singularRelatives = keySet("الذي", "التي")

// relAgrees reports a perfect or imperfect verb (key v) in the number and gender of the
// relative pronoun rel: "الذي قال", "التي قالت", "اللذين قالا", "الذين قالوا".
func relAgrees(rel, v string, ps pos) bool {
	v = strings.TrimPrefix(strings.TrimPrefix(v, "و"), "ف")
	switch rel {
	case "الذي", "التي":
		fem := rel == "التي"
		if ps == posImperfect {
			return fem && strings.HasPrefix(v, "ت") || !fem && strings.HasPrefix(v, "ي")
		}
		if strings.HasSuffix(v, "ا") || strings.HasSuffix(v, "وا") {
			return false
		}
		return fem == strings.HasSuffix(v, "ت")
	case "الذين":
		return strings.HasSuffix(v, "وا") || strings.HasSuffix(v, "ون")
	}
	return strings.HasSuffix(v, "ا") || strings.HasSuffix(v, "ان") // the dual
}

// antecedent returns the actor named right before the relative pronoun at r (a comma may stand
// between), or -1: not a place, a nationality or a pronoun, and with no preposition before it
// but ل or ب ("بدور الكويت التي", "لمصر التي").
func antecedent(s *sent, r int) int {
	j := r - 1
	if j > 0 && s.weak(j) {
		j--
	}
	// (over the closing bracket of a gloss: "الهيئة الحكومية للتنمية (إيغاد) التي ترعى")
	if j > 0 && s.isPunct(j) && s.toks[j].Text == ")" {
		j--
	}
	k := s.mentAt[j]
	if k < 0 || s.ments[k].TokEnd != j+1 || s.ments[k].Code == "" && len(s.ments[k].Group) == 0 {
		return -1
	}
	switch s.ments[k].Kind {
	case doc.KindCountry, doc.KindCapital, doc.KindName, doc.KindOrg, doc.KindRole, doc.KindEntity, doc.KindCoref, doc.KindGroup:
	case doc.KindSector:
		// (a state's body is: "الوفد الأميركي الذي زار نيامي", "الجيش الذي أعلن")
		switch s.ments[k].Sector {
		case "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
		default:
			return -1
		}
	default:
		return -1 // (nor a sector's people: "أبناء الجالية التركية الذين تجمعوا")
	}
	if mk := s.marker(k); mk != "obj" && mk != "ل" && mk != "ب" && mk != "and" && mk != "بين" {
		return -1
	}
	return k
}

// femininePerfect reports a perfect verb in the feminine singular ("وطالبت", "استدعت").
func femininePerfect(k string, ps pos) bool {
	return ps == posPerfect && strings.HasSuffix(k, "ت") && !strings.HasSuffix(k, "ات")
}

// payVerbs are "will pay" before the price of a threat ("سيدفع ثمنا باهظا").
var payVerbs = keySet("سيدفع", "ستدفع", "ستدفعان", "سيدفعان", "سيدفعون", "يدفع", "تدفع", "تدفعان", "يدفعان", "يدفعون", "سندفع")

// homeWords name the country the story is told from ("أمير البلاد", "رئيس الدولة").
var homeWords = keySet("البلاد", "الدولة")

// feminineVerbAt reports a speech verb in the perfect's third person feminine singular at
// token p ("قالت", "وأعلنت"), told by its ending. (Not any verb: the men before "أفرجت عنهم
// السلطات" are the relative clause's antecedent, found as such.)
func feminineVerbAt(s *sent, p int) bool {
	t := trigAt(s.trigs, p)
	if t == nil || !t.p.Speech {
		return false
	}
	k := strings.TrimPrefix(strings.TrimPrefix(s.keys[p], "و"), "ف")
	return runeLen(k) >= 3 && femininePerfect(k, t.pos)
}

// masculineHead reports a man, or a body named by a masculine singular noun ("طيران التحالف",
// "الجيش السوري", "حزب الله").
func masculineHead(m *doc.Mention) bool {
	if masculinePerson(m) {
		return true
	}
	w := strings.Fields(m.Text)
	return len(w) > 0 && masculineHeads[arabic.Key(w[0])]
}

// masculineHeads are masculine singular nouns that head the names of bodies (keys).
var masculineHeads = keySet("طيران", "الطيران", "جيش", "الجيش", "التحالف", "تحالف", "الحرس", "حرس", "حزب", "الحزب",
	"تنظيم", "التنظيم", "النظام", "نظام", "مجلس", "المجلس", "البرلمان", "الاتحاد", "اتحاد")

// womanBefore returns the last mention before token p of a woman, told by her feminine title
// ("نائبة المبعوث الأمريكي مورغان أورتاغوس", "وزيرة الخارجية"), or -1.
func womanBefore(s *sent, p int) int {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := &s.ments[k]
		if m.TokEnd > p || len(m.Group) > 0 || m.Code == "" {
			continue
		}
		if personOrRole(m) && feminineTitle(m) {
			return k
		}
	}
	return -1
}

// masculinePerson reports a man named or an office in the masculine ("رئيس الوزراء الأسترالي
// أنتوني ألبانيزي"): a feminine verb after him has another subject
// ("…، وطالبت بولندا بتوضيحات").
func masculinePerson(m *doc.Mention) bool {
	return personOrRole(m) && strings.TrimSpace(m.Text) != "" && !feminineTitle(m)
}

// personOrRole reports a person named or an office.
func personOrRole(m *doc.Mention) bool {
	return m.ActorRef.Kind == "person" || m.Kind == doc.KindRole
}

// feminineTitle reports a mention whose first word is feminine ("وزيرة الخارجية", "نائبة
// المبعوث الأمريكي …").
func feminineTitle(m *doc.Mention) bool {
	w := strings.Fields(m.Text)
	return len(w) > 0 && strings.HasSuffix(w[0], "ة")
}

// quotedName reports a mention whose quotation closes right after it, or, for an
// organisation, within three more words of its name, with no punctuation between.
func quotedName(s *sent, k int) bool {
	m := &s.ments[k]
	last := m.TokEnd
	if m.Type == "ORG" {
		last = min(len(s.toks)-1, m.TokEnd+3)
	}
	for j := m.TokEnd; j <= last && j < len(s.toks); j++ {
		if s.quoteMark(j) {
			return true
		}
		if s.isPunct(j) || s.mentAt[j] >= 0 && !isPlaceLike(s.ments[s.mentAt[j]]) {
			return false
		}
	}
	return false
}

// reporterSpeech returns the speaker of the last speech act of this sentence before token p.
func reporterSpeech(st *docState, s *sent, p int) *doc.Mention {
	return st.speechBefore(s.d.Index, p)
}

// agrees reports a verb in the third-person singular of the gender of a complementizer's
// pronoun (أنه + يـ/فعل, أنها + تـ/فعلت).
func agrees(compl string, sps []split, ps pos) bool {
	fem := strings.HasSuffix(compl, "ها")
	for _, sp := range sps {
		if sp.prep != "" && sp.prep != "س" || sp.suffix != "" {
			continue
		}
		v := []rune(sp.stem)
		if len(v) < 3 {
			continue
		}
		switch ps {
		case posImperfect:
			if fem && v[0] == 'ت' || !fem && v[0] == 'ي' {
				return true
			}
		case posPerfect:
			if fem == (v[len(v)-1] == 'ت') && v[len(v)-1] != 'و' && v[len(v)-1] != 'ا' {
				return true
			}
		}
	}
	return false
}

// iyya are the detached object pronouns.
var iyya = map[string]bool{"اياه": true, "اياها": true, "اياهم": true, "اياهما": true, "اياهن": true}

// adjunctWords put an event noun in the circumstances of the sentence's act ("في غارة",
// "خلال مكالمة هاتفية مع …").
var adjunctWords = map[string]bool{"في": true, "خلال": true, "اثناء": true, "عبر": true, "لدي": true}

// afterWords set a noun as what came before the clause's act ("بعد مشاورات", "عقب محادثات").
var afterWords = keySet("بعد", "عقب", "اثر", "وبعد", "وعقب")

// nationalityOfVictim returns the nationality right after the noun that follows a passive verb
// at p ("استشهد شاب فلسطيني", "أصيب جنديان إسرائيليان"), or -1.
func nationalityOfVictim(s *sent, p, ce int) int {
	for j := p + 1; j < ce && j <= p+3; j++ {
		if s.strong(j) || s.isPunct(j) || agentWords[s.keys[j]] {
			return -1
		}
		if k := s.mentionStarting(j); k >= 0 {
			if j > p+1 && s.ments[k].Kind == doc.KindDemonym && s.marker(k) == "obj" && s.mentAt[j-1] < 0 {
				return k
			}
			return -1
		}
	}
	return -1
}

// agentWords introduce the doer of a passive act ("قتل برصاص الشرطة", "على يد مسلحين").
var agentWords = keySet("قبل", "يد", "بنيران", "برصاص", "بأيدي", "ايدي", "بقصف", "بغارة", "بصاروخ", "بضربة", "بغارات", "بضربات", "غارة", "ضربة",
	"هجوم", "قصف")

// farAgents are the agent words that name the doer even far after the act: "by a strike of X".
var farAgents = keySet("بنيران", "برصاص", "بقصف", "بغارة", "بصاروخ", "بضربة", "بغارات", "بضربات")

// attackAgents are the agent words that need "في" before them ("في غارة أمريكية") and take
// only an actor that is their genitive or adjective.
var attackAgents = keySet("غارة", "ضربة", "هجوم", "قصف")

// agentAfter finds "من قبل X" / "على يد X" / "بنيران X" after token from: the actor X.
func (c *Coder) agentAfter(s *sent, from, end int) int {
	for j := from; j < end; j++ {
		if s.strong(j) {
			return -1
		}
		// past eight words only the instrument phrases ("قُتل X ونائب رئيس … المهندس، فجر
		// الجمعة، بغارة جوية أمريكية")
		if j >= from+8 && !farAgents[s.keys[j]] {
			continue
		}
		attack := attackAgents[strings.TrimPrefix(s.keys[j], "ال")]
		if !agentWords[s.keys[j]] && !attack {
			continue
		}
		// "من قبل" / "على يد": the preposition comes first
		// (keys spell على with ي)
		if (s.keys[j] == "قبل" && (j == 0 || s.keys[j-1] != "من")) || (s.keys[j] == "يد" && (j == 0 || s.keys[j-1] != "علي" && s.keys[j-1] != "على")) {
			continue
		}
		if attack && (j == 0 || s.keys[j-1] != "في") {
			continue
		}
		// "في هجوم بقاذفة صواريخ شنه متمردون": the subject of the resumptive light verb
		if attack {
			if lj := c.resumptiveAfter(s, j+1, end); lj >= 0 {
				if k := c.postSubject(s, lj, s.clauseEnd(lj)); k >= 0 {
					return k
				}
			}
		}
		for k := j + 1; k <= j+2 && k < end; k++ {
			if m := s.mentionStarting(k); m >= 0 {
				if mk := s.marker(m); attack && mk != "obj" && mk != "ل" {
					return -1 // "في غارة على غزة": the place attacked, not the attacker
				}
				return m
			}
		}
	}
	return -1
}

// instruments are weapons and craft that may head a subject with a nationality adjective
// ("طائرة مسيرة أمريكية", "زوارق إيرانية").
var instruments = keySet("طائرة", "طائرات", "مسيرة", "مسيرات", "مقاتلة", "مقاتلات", "مروحية", "مروحيات", "صاروخ",
	"صواريخ", "زوارق", "زورق", "سفينة", "سفن", "بارجة", "فرقاطة", "غواصة", "دبابات", "مدفعية")

// allInstruments reports sources that are all weapons whose country was guessed ("الطائرات
// المسيّرة" after "هجوم بالصواريخ و…"), or no sources.
func allInstruments(s *sent, ms []doc.Mention) bool {
	for i := range ms {
		m := &ms[i]
		if m.TokStart >= len(s.toks) || !instruments[instrumentKey(s.keys[m.TokStart])] || m.Kind != doc.KindSector {
			return false
		}
	}
	return true
}

// instrumentKey strips و, ب and ال from a weapon word ("بالصواريخ" → "صواريخ").
func instrumentKey(k string) string {
	k = strings.TrimPrefix(k, "و")
	k = strings.TrimPrefix(k, "ب")
	return strings.TrimPrefix(k, "ال")
}

// instrumentsEnd returns the token after the weapons named right at j, the rest of those an
// attack was made with ("[هجوم بالصواريخ] والطائرات المسيّرة"), or j when none are.
func instrumentsEnd(s *sent, j int) int {
	if j >= len(s.toks) || !instruments[instrumentKey(s.keys[j])] {
		return j
	}
	k := j + 1
	for k < len(s.toks) && k <= j+4 && !s.isPunct(k) && !didIt[s.keys[k]] {
		if !instruments[instrumentKey(s.keys[k])] && !weaponAdjectives[s.keys[k]] {
			return j
		}
		k++
	}
	return k
}

// nearWords say that what follows is only near the place meant ("قرب", "بالقرب من").
var nearWords = keySet("قرب", "بالقرب", "بمحاذاة", "محيط", "بمحيط")

// weaponAdjectives qualify the weapons of an attack ("الطائرات المسيّرة", "الصواريخ الباليستية").
var weaponAdjectives = keySet("المسيرة", "مسيرة", "الباليستية", "باليستية", "الانتحارية", "انتحارية", "الذكية", "الموجهة", "موجهة", "المفخخة", "مفخخة")

// countWords are the number words among the partitive words.
var countWords = keySet("اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة")

// vagueGroups are plural nouns of unnamed actors ("دول عربية عدة") whose members may be listed
// after among ("بينها قطر والإمارات").
var vagueGroups = keySet("دول", "الدول", "عواصم", "حكومات", "منظمات", "فصائل", "حركات", "أحزاب", "بلدان", "جهات", "أطراف")

// several stand before a vague group: "عدة دول".
var several = keySet("عدة", "بعض", "عديد")

// among introduce the members of a vague group: "بينها", "منها", "من بينها", "ومنها".
var among = keySet("بينها", "منها", "ومنها", "وبينها", "بينهم", "منهم", "ومنهم", "ابرزها", "أبرزها", "مقدمتها")

// quantities are the words of a count that is not a digit: numerals and "dozens", "a number of".
var quantities = keySet("اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
	"ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "عشرين", "ثلاثين", "أربعين", "خمسين",
	"عدد", "عشرات", "مئات", "آلاف", "العشرات", "المئات", "الآلاف", "نحو", "قرابة", "حوالي")

// isCount reports a count at token j: a number or a quantity word ("قتل 3"، "اعتقل عشرات").
func isCount(s *sent, j int) bool {
	return s.toks[j].Kind == arabic.Number || quantities[s.keys[j]]
}

// countWord reports a word of a count: a number, a quantity word, or the "more/less than" of
// "أكثر من عشرة".
func countWord(s *sent, j int) bool {
	if isCount(s, j) || approx[s.keys[j]] {
		return true
	}
	return s.keys[j] == "من" && j > 0 && approx[s.keys[j-1]]
}

// approx are the words of an approximate count.
var approx = keySet("أكثر", "أقل", "زهاء", "قرابة", "حوالي", "نحو")

// memberOf are the members of a body told before "في" and the body ("قياديا في حماس", "عضوا في
// الحزب"), keys.
var memberOf = keySet("قياديا", "قيادي", "قياديين", "قيادات", "قائدا", "عضوا", "عضو", "أعضاء", "عنصرا", "عنصر",
	"عناصر", "مسؤولا", "مسؤول", "مسؤولين", "مقاتلا", "مقاتلين", "ناشطا", "ناشطين")

// partitive words stand before "من + actor" in a subject ("عشرات من المتظاهرين").
var partitive = keySet("عناصر", "أفراد", "عدد", "مئات", "آلاف", "الآلاف", "عشرات", "بعض", "مجموعة", "وحدات",
	"مجموعات", "جنود", "مسؤولون", "مسؤولين", "قادة", "ممثلون", "ممثلو", "وفد", "أعضاء", "ألف", "مليون", "آلاف",
	"اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "العشرات", "المئات",
	// units of a force ("أوقفت قوة من الجيش اللبناني 23 شخصا")
	"قوة", "وحدة", "دورية", "فرقة", "كتيبة", "سرية")

// preSubject finds the subject before token p (SVO): the nearest mention in the clause not
// introduced by a preposition.
func (c *Coder) preSubject(s *sent, p int) int {
	cs := s.clauseStart(p)
	if k := c.relativeAsideSubject(s, cs, p); k >= 0 {
		return k
	}
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.TokEnd > p {
			continue
		}
		if m.TokStart < cs {
			break
		}
		mk := s.marker(k)
		if mk == "and" && m.TokEnd != p {
			// "بطلب من مصر والسعودية، دعا": a conjunct shares its list's preposition (not one
			// right before the verb: "… داخل باكستان وإسلام آباد تتوعد بالرد" opens a clause)
			mk = s.marker(s.chain(k)[0])
		}
		if (mk == "في" || mk == "من") && officialOf(s, m) && p-m.TokEnd <= 3 {
			// "مسؤول في حماس يطالب مصر", "وكان مسؤول في الحركة قد طالب": the official speaks and
			// acts for the body named after في
			return k
		}
		// (a feminine singular verb does not agree with men in the plural: "توجيه اتهامات إلى
		// أربعة مواطنين صينيين، قالت إنهم عملوا لصالح …" — the ministry said it)
		if h, ok := peopleHead(s, k); ok && soundPluralNun(h) && feminineVerbAt(s, p) && s.ments[k].ActorRef.Kind != "person" {
			continue
		}
		// (nor with a man: "نائبة المبعوث الأمريكي …، حيث التقت الرئيس عون في بعبدا، وقالت بعد
		// اللقاء" — the woman before him said it)
		if feminineVerbAt(s, p) && masculinePerson(&s.ments[k]) && len(s.chain(k)) == 1 {
			if w := womanBefore(s, m.TokStart); w >= 0 {
				return w
			}
			continue
		}
		if (mk == "obj" || mk == "and") && m.Kind != doc.KindPlace && !afterLocative(s, m) && !adjectival(s, m) && !toldBy(s, m.TokStart, cs) {
			// the mention must be close to the verb or be the clause's first words
			if p-m.TokEnd <= 3 {
				return k
			}
			if m.TokStart <= cs+1 || m.TokStart <= c.clauseOpening(s, cs, p) {
				// "وقالت الوزارة إن قوات الاحتلال أطلقت …، ومنعت": a verb after the reported
				// clause continues the reported clause's subject, not the speaker
				if j := complementSubject(s, m.TokEnd, p); j >= 0 && j != k {
					return j
				}
				return k
			}
		}
	}
	return -1
}

// relativeAsideSubject returns the mention before a relative clause set off by commas right
// before the verb at p ("أن الجنرال الأمريكي جاسبر جيفرز، الذي يرأس اللجنة، سيصل"): the
// subject is the antecedent, not a mention inside the aside, when it opens its clause (not a
// genitive: "أن زيارة بخاري، التي تستمر أربعة أيام، تؤكد"). It returns -1 if there is none.
func (c *Coder) relativeAsideSubject(s *sent, cs, p int) int {
	e := p - 1
	if e >= 0 && s.keys[e] == "قد" {
		e--
	}
	if e <= cs || !s.weak(e) {
		return -1
	}
	// (the relative pronoun opens a clause of its own: the search goes back past cs)
	q := s.relativeComma(e, 16)
	if q < 0 {
		return -1
	}
	qs := s.clauseStart(q)
	for k := range s.ments {
		m := s.ments[k]
		if m.TokEnd == q && m.TokStart >= qs && m.TokStart <= c.clauseOpening(s, qs, q) && m.Kind != doc.KindPlace {
			if mk := s.marker(k); mk == "obj" || mk == "and" {
				return s.chain(k)[0]
			}
		}
	}
	return -1
}

// relativeComma returns the comma that opens the relative clause ending at the comma e: the
// nearest comma before e, within span tokens and past no strong punctuation, when a relative
// pronoun follows it; -1 when there is none or the nearest comma is followed by something else.
func (s *sent) relativeComma(e, span int) int {
	for q := e - 1; q > 0 && q >= e-span; q-- {
		if s.strong(q) {
			return -1
		}
		if !s.weak(q) {
			continue
		}
		if q+1 >= len(s.keys) || !relatives[s.keys[q+1]] {
			return -1
		}
		return q
	}
	return -1
}

// clauseOpening returns the first token of the clause that starts at cs, before p, past
// auxiliaries, honorifics and adverbials ("وكان جلالة الملك قد حل …"), or cs.
func (c *Coder) clauseOpening(s *sent, cs, p int) int {
	j := cs
	for j < p && (auxiliaries[s.keys[j]] || s.isPunct(j) || c.skippable(s, j)) {
		j++
	}
	return j
}

// arguments finds source and target participants for a trigger.
func (c *Coder) arguments(s *sent, t *trig, st *docState, sentSubject, speaker *doc.Mention) args {
	a := args{cue: -1}
	ce := s.clauseEnd(t.i)
	after := t.end // where to start looking for a target
	if t.obj > t.i && t.obj < after && t.obj < len(s.toks) {
		// the trigger phrase reaches over its object word: a target may stand before it
		// ("سيدعو نتنياهو لزيارة بودابست") or start with it
		after = t.obj
		if s.mentionStarting(t.i+1) >= 0 {
			after = t.i + 1
		}
	}

	p := t.i
	verbal := t.pos.verb() || (t.pos == posWord && t.p.Frame != "")
	if t.light >= 0 && t.lkind != lightPassive {
		p, verbal = t.light, true
	}
	subj, subjAfter, single, adjacent := -1, false, false, false
	conjObj := -1  // the object of the verb before, right before a verb carrying و (conjoinedAfter)
	known := false // the subject is known without looking around the verb
	if verbal && t.passive {
		// "اغتيل قائد فيلق القدس …": the actor after a passive verb is its target
		if k := c.postSubject(s, p, ce); k >= 0 {
			a.targets = s.members(k)
		} else if k := nationalityOfVictim(s, p, ce); k >= 0 {
			// "استشهد شاب فلسطيني برصاص …": a noun with its nationality
			a.targets = s.members(k)
		}
		verbal = false
	}
	if (verbal || t.p.Participle) && (t.p.Speech || t.p.Participle) && t.pos == posWord {
		// a speech participle ("مؤكداً أن", "معتبرة") speaks for the sentence's subject (or
		// for that of a contrasting clause before it: "…، فيما رحب المبعوث الأممي بالاتصالات،
		// معتبراً أنها …")
		if sentSubject != nil {
			a.sources = sentSubject.Members()
			if k := contrastSubject(s, sentSubject.TokEnd, t.i); k >= 0 {
				a.sources = s.members(k)
				a.why = append(a.why, "source: the subject of the contrasting clause")
			}
			a.inferred = true
		} else if t.p.Speech && st.lastSpeaker != nil && opensSentence(s, t.i) {
			// "…؛ مضيفاً أنه …": a sentence split off after a semicolon goes on with the
			// last speaker
			a.sources = st.lastSpeaker.Members()
			a.inferred = true
			a.why = append(a.why, "continues the last speaker")
		} else if sp := st.speechBefore(s.d.Index, t.i); sp != nil && !allEntities([]doc.Mention{*sp}) {
			// "وأوضح البيان أن …، مطالبا موسكو بالعودة": the speaker of the sentence's words
			a.sources = sp.Members()
			a.inferred = true
			a.why = append(a.why, "source: the sentence's speaker")
		}
		verbal = false
	}
	// (a light verb with و governs the same way: "…، وأعلنت فرض عقوبات")
	// (and so does a verb after ثم: "أجرى بايدن اتصالاً بنتنياهو، أبدى خلاله قلقه على سلامة
	// الصحافيين، ثم اتصل بعباس" is Biden's call, not the journalists')
	if verbal && (t.pos.verb() && (t.sp.conj != "" || p > 0 && s.keys[p-1] == "ثم") && t.light < 0 || t.light >= 0 && t.lkind == lightActive && c.conjLight(s, t.light)) &&
		sentSubject != nil && p > 0 && (t.pron != pronNone || c.postSubject(s, p, ce) < 0) &&
		(t.sp.suffix == "" && !c.clauseSubjectBefore(s, p) || t.sp.suffix != "" && !c.hasAdjacentSubject(s, p)) {
		// (a verb with an object pronoun keeps the old reading: "يدين مارين لوبان ويمنعها", the
		// pronoun's antecedent right before it)
		// "…، ووصفت الاتهامات": a coordinated verb without its own subject shares the sentence's
		// ("التقى X نظيره Y، واتفقا على …": a dual or plural one, the parties of the meeting)
		a.sources = sentSubject.Members()
		if t.pron == pronThird && st.partiesFor(s, sentSubject) {
			a.sources, a.mutual = st.parties, true
			a.why = append(a.why, "the parties of the last meeting")
		} else if ms := st.attendeesOf(s, t, sentSubject.TokEnd, p); ms != nil {
			// "وذكرت الوزارة أن المجتمعين بحثوا …، واتفقوا على …": those who met
			a.sources, a.mutual = ms, true
			a.why = append(a.why, "the parties of the last meeting: the reported clause's attendees")
		} else if k := contrastSubject(s, sentSubject.TokEnd, p); k >= 0 {
			// "رحبت السعودية بالضربة، بينما نددت إيران بالهجوم واعتبرته …": a verb coordinated
			// after a contrasting clause shares that clause's subject
			a.sources = s.members(k)
			a.why = append(a.why, "source: the subject of the contrasting clause")
		} else if ms := c.contrastListed(s, sentSubject.TokEnd, p); len(ms) > 0 {
			// "…، في حين أعربت سفارات 13 دولة غربية، بينها الولايات المتحدة …، وطالبت …": the
			// contrasting clause's subject is the bodies it lists
			a.sources, a.listed = ms, true
			a.why = append(a.why, "sources: the contrasting clause's subject, listed after بينها")
		} else if k := complementSubject(s, sentSubject.TokEnd, p); k >= 0 && !t.p.Speech && !(masculineVerb(t) && feminineActor(&s.ments[k])) {
			// "وقالت الوزارة إن قوات الاحتلال أطلقت …، ومنعت …": an act coordinated after
			// the reported clause is that clause's subject's
			a.sources = s.members(k)
			a.why = append(a.why, "source: the subject of the reported clause")
		}
		a.inferred = true
		known = true
	}
	// "قال الجيش إنه قضى على …": the pronoun on the complementizer is the speaker
	// (a verb of the pronoun's gender after it has no other subject: "أعلن أوربان أنه سيدعو
	// نتنياهو" — نتنياهو is the object; "أنه ستعقد القمة" is the pronoun of the matter)
	// (and so is the subject of a light verb there: "أعلنت البيشمركة أنها تمكنت من قتل …")
	lightVerb := t.light >= 0 && t.lkind == lightActive
	if verbal && (t.pos.verb() && t.light < 0 || lightVerb) && p > 0 && pronounCompl[s.keys[p-1]] &&
		(c.postSubject(s, p, ce) < 0 || !lightVerb && agrees(s.keys[p-1], s.splits(p), t.pos) ||
			lightVerb && (agrees(s.keys[p-1], s.splits(p), posPerfect) || agrees(s.keys[p-1], s.splits(p), posImperfect))) {
		if sp := reporterSpeech(st, s, p); sp != nil {
			a.sources = sp.Members()
			// (but after a reported clause with a subject of its own, the pronoun is that
			// subject: "أعلنت هيومن رايتس ووتش أن قوات جيش جنوب السودان دهست مدنيين ثم تراجعت
			// لتتأكد أنها قتلتهم")
			// (not a speech verb, the speaker going on: "إلا أنه أضاف"; nor a masculine pronoun for
			// a feminine subject)
			if k := complementSubject(s, sp.TokEnd, p-1); k >= 0 && sp.TokEnd <= s.ments[k].TokStart && !sameActor(s.ments[k], *sp) &&
				!t.p.Speech && !(strings.HasSuffix(s.keys[p-1], "ه") && feminineActor(&s.ments[k])) {
				a.sources = s.members(k)
				a.why = append(a.why, "source: the subject of the reported clause before the pronoun")
			}
			a.inferred = true
			known = true
		}
	}
	// "قالت الوزارة إنها على تواصل مع السلطات العمانية", "إنها كانت على اتصال مع …": the
	// pronoun on the complementizer is who is in contact, the speaker
	if !verbal && t.light < 0 && t.i > 1 && s.keys[t.i-1] == "علي" {
		p0 := t.i - 2
		if p0 > 0 && wasWords[s.keys[p0]] {
			p0--
		}
		if pronounCompl[s.keys[p0]] || butPronoun[s.keys[p0]] {
			if sp := reporterSpeech(st, s, p0+1); sp != nil {
				a.sources = sp.Members()
				a.inferred = true
				a.why = append(a.why, "source: the speaker, the pronoun on "+s.toks[p0].Text)
			}
		}
	}
	// "وشكر عباس مصر التي رعت المفاوضات", "الكويت، التي استضافت المشاورات": a relative
	// clause with no subject of its own is its antecedent's act (not a place's: "غزة التي
	// تتعرض"; nor a noun's nationality: "الهجوم الإسرائيلي الذي استهدف")
	// (the verb agrees with it: "X وY اللذين عقدا لقاء" are both; "اللذين تحدث إليهما" is
	// someone else's act)
	rps := t.pos
	if t.light >= 0 {
		rps = posPerfect
		if k := strings.TrimPrefix(s.keys[p], "و"); strings.HasPrefix(k, "ي") {
			rps = posImperfect
		}
	}
	// "الملك سلمان والرئيس بوتين اللذين تحدث إليهما هاتفيا": a preposition with the relative's
	// pronoun after the verb makes the antecedent its target, the subject someone else
	if (t.pos.verb() && t.light < 0) && p > 1 && relatives[s.keys[p-1]] && p+1 < len(s.toks) && prepPronoun[s.keys[p+1]] && len(t.p.Target) > 0 {
		if k := antecedent(s, p-1); k >= 0 {
			a.targets = s.members(k)
			if singularRelatives[s.keys[p-1]] {
				a.targets = s.ments[k].Members()
			}
			a.why = append(a.why, "target: the antecedent of "+s.toks[p-1].Text)
		}
	}
	// (not a plural one, mostly telling who people are: "والأفغان الذين تعاونوا مع القوات")
	if verbal && !known && (t.pos.verb() && t.light < 0 || t.light >= 0 && t.lkind == lightActive) && p > 1 && relatives[s.keys[p-1]] && s.keys[p-1] != "الذين" &&
		!(p+1 < len(s.toks) && prepPronoun[s.keys[p+1]]) &&
		relAgrees(s.keys[p-1], s.keys[p], rps) && c.relativeWithoutSubject(s, t, p, ce) {
		if k := antecedent(s, p-1); k >= 0 {
			// (the last of a list only, for a singular pronoun: "… والرئيس الأمريكي دونالد
			// ترامب، الذي وصف الراحل")
			a.sources, known = s.ments[k].Members(), true
			if !singularRelatives[s.keys[p-1]] {
				a.sources = s.members(k)
			}
			// "بحضور وزير الداخلية الإيطالي … ووزير الداخلية المكلف … عماد الطرابلسي، اللذين عقدا
			// لقاءً": a dual pronoun stands for two; with one found, the other is the person
			// named before it
			if len(a.sources) == 1 && dualRelatives[s.keys[p-1]] {
				if o := s.personBefore(s.ments[k].TokStart, 16); o >= 0 && !sameActor(s.ments[o], s.ments[k]) {
					a.sources = append(a.sources, s.ments[o])
				}
			}
			a.why = append(a.why, "source: the antecedent of "+s.toks[p-1].Text)
		}
	}
	// "رفضت المحكمة الطلب، لكنها دعت الطرفين …": the pronoun on لكن is the clause's subject,
	// and the noun after the verb its object
	// (inside reported words, the reported clause's: "وقال X إن Y رفض …، لكنه دعا")
	if verbal && !known && t.pos.verb() && t.light < 0 && p > 0 && butPronoun[s.keys[p-1]] && sentSubject != nil &&
		agrees(s.keys[p-1], s.splits(p), t.pos) {
		if !c.complBetween(s, sentSubject.TokEnd, p) {
			a.sources, known = sentSubject.Members(), true
		} else if k := complementSubject(s, sentSubject.TokEnd, p); k >= 0 {
			a.sources, known = s.members(k), true
		}
		a.inferred = known
	}
	// "حمّل X Y المسؤولية": Y, right before the object word, is the one blamed; X (or, with no
	// X, the subject before the verb or the sentence's) is the doer
	if verbal && !known && t.p.ObjTarget && t.obj > p+1 {
		if k := s.mentAt[t.obj-1]; k >= 0 && s.ments[k].TokStart > p {
			a.targets = s.members(k)
			if j := c.postSubject(s, p, s.ments[k].TokStart); j >= 0 && j != k {
				a.sources = s.members(j)
			} else if pre := c.preSubject(s, p); pre >= 0 {
				a.sources = s.members(pre)
			} else if sentSubject != nil {
				a.sources = sentSubject.Members()
				a.inferred = true
			}
			known = true
			after = t.end
		}
	}
	if verbal && !known {
		// a subject right before the verb (SVO, "أن روسيا ستعمل", "مسؤول إيراني قد التقى") wins;
		// else the subject after it (VSO); else any subject earlier in the clause
		if k := senderBefore(s, p); k >= 0 {
			// "تلقى X اتصالا من Y هنأه فيه بالفوز": the sender did what the call held
			subj = k
		} else if k := s.indefiniteAntecedent(p); k >= 0 && t.pron == pronThird && p == t.i {
			// "مواجهات بين قوات الأمن ومتظاهرين غاضبين اقتحموا مقار وزارات": a plural verb
			// right after an indefinite plural (a relative clause without الذين) has it for
			// subject, whatever preposition governs it
			subj, adjacent, single = k, true, true
		} else if k := c.conjoinedRelative(s, t, p); k >= 0 {
			// "مسعد بولس، الذي أشاد بالدور القطري، وأكد أن …": the verb goes on with the
			// relative clause, whose subject is its antecedent
			subj = k
		} else if pre := c.preSubject(s, p); pre >= 0 && c.adjacentBefore(s, pre, p) && !c.conjoinedAfter(s, t, pre, p) {
			subj, adjacent = pre, true
			// "خمسة مواطنين أمريكيين أفرجت عنهم السلطات الإيرانية": an indefinite antecedent
			// with a relative clause whose pronoun (عنهم) takes its place; the subject follows
			if p == t.i && t.pron == pronNone && p+1 < len(s.toks) && prepPronoun[s.keys[p+1]] {
				if k := c.postSubject(s, p, ce); k >= 0 {
					subj, subjAfter = k, true
					a.resumed = s.members(pre)
				}
			}
		} else if relativeSubject(s, t, p) && !(s.keys[p-1] == "الذي" && rps == posPerfect && strings.HasSuffix(s.keys[p], "ت")) {
			// (not when a masculine pronoun meets a feminine verb: in "الضيف، الذي أعلنت
			// إسرائيل مقتله" Israel announced)
			// "الهجوم الذي استهدف الجيش": the relative pronoun is the subject; the actor after
			// the verb is its object (unless a pronoun takes the antecedent's place: "الاتفاق
			// الذي توسطت فيه الولايات المتحدة", "الاتفاق الذي وقعته مصر"); a person right before
			// the pronoun is the one it stands for ("البرهان، الذي يزور القاهرة"; other
			// antecedents were measured to mislead more often than not)
			subj = -1
			for k := len(s.ments) - 1; k >= 0; k-- {
				e := s.ments[k].TokEnd
				if e != p-1 && !(e == p-2 && s.weak(p-2)) {
					continue
				}
				// (an office holder too: "وزيرة البيئة الفرنسية، التي", "وزيرة البيئة الفرنسية
				// سيغولين روايال، التي" with a name the knowledge base does not know)
				m := &s.ments[k]
				if m.ActorRef.Kind == "person" || (m.Kind == doc.KindRole || m.Kind == doc.KindName && m.ActorRef.Kind == "") &&
					len(m.Code) >= 6 && len(m.Group) == 0 {
					subj = k
					// "الملك سلمان والرئيس ترامب، الذي وصف …": a singular pronoun stands for
					// the last of a coordination only
					single = s.keys[p-1] == "الذي" || s.keys[p-1] == "التي"
					break
				}
			}
			// "الحركة، التي تتهم كينشاسا رواندا بدعمها": two actors right after the verb are
			// its subject and its object; the pronoun is in the clause's complement
			if k := c.postSubject(s, p, ce); subj < 0 && k >= 0 && s.ments[k].TokStart <= t.end+1 {
				ch := s.chain(k)
				if n := s.mentionStarting(s.ments[ch[len(ch)-1]].TokEnd); n >= 0 && !sameActor(s.ments[n], s.ments[k]) {
					subj, subjAfter = k, true
				}
			}
		} else if p == t.i && t.pron != pronNone {
			// "والتقيا الرئيس المصري": a verb that carries its subject as a pronoun takes
			// no subject after it; the actor there is its object
			if subj = c.preSubject(s, p); subj >= 0 && c.conjoinedAfter(s, t, subj, p) {
				subj, conjObj = -1, subj
			}
		} else if c.unknownTopic(s, t, p) {
			// "القيادة تهنئ رئيس كولومبيا", "ولي العهد يهنئ سلطان عمان": a subject before the
			// verb that no actor mention covers; the actor after the verb is its object
			a.why = append(a.why, "source: a subject before the verb that names no actor")
		} else if subj = c.postSubject(s, p, ce); subj < 0 {
			if k := objectFirst(s, t, p, ce); k >= 0 {
				subj, subjAfter = k, true
			} else if pre := c.preSubject(s, p); pre < 0 || !c.conjoinedAfter(s, t, pre, p) {
				subj = pre
			} else {
				conjObj = pre
			}
		} else {
			subjAfter = true
		}
		if subj >= 0 {
			ms := s.members(subj)
			if single {
				ms = s.ments[subj].Members()
			}
			a.sources = ms
			m := s.ments[subj]
			a.subject = &m
			ch := s.chain(subj)
			last := s.ments[ch[len(ch)-1]]
			if last.TokEnd > after {
				after = last.TokEnd
			}
		}
	}
	// "أكدت تركيا حرصها على دعم الحكومة العراقية", "أعلنت المكسيك وكوبا تمسكها بالاعتراف
	// بحكومة مادورو": an act after the subject's own stance noun (its pronoun the subject) is
	// the subject's, and the genitive after it what the act is done to
	if !verbal && t.light < 0 && len(a.sources) == 0 && sentSubject != nil {
		// (the stance right after the subject, or after the subject and its verb: "لكنهن يؤكدن
		// إصرارهن" after another clause is another's)
		if j := ownStance(s, t); j >= 0 {
			if k := s.mentionStarting(sentSubject.TokStart); k >= 0 {
				ch := s.chain(k)
				if end := s.ments[ch[len(ch)-1]].TokEnd; end <= j && j-end <= 1 {
					a.sources = s.members(k)
					a.why = append(a.why, "source: whose stance it is")
				}
			}
		}
	}
	if !verbal || t.light >= 0 {
		// nominal: genitive actor, nationality adjectives, pronoun suffix
		gen, adj, ofGen := c.nominalArgs(s, t)
		// the nationality of what the act was done to is its target ("استهداف السفن الإسرائيلية")
		if len(ofGen) > 0 && len(a.targets) == 0 && !t.p.Symmetric {
			a.targets = append(a.targets, ofGen...)
		}
		role := t.p.Genitive
		doerGen := genitiveDoer(s, t, gen) || stanceDoer(s, t, gen)
		if role == "" || doerGen {
			role = "source"
		}
		lastGen := ""
		for _, m := range gen {
			r := role
			if (t.p.Symmetric || symmetricThemes[t.p.Theme]) && m.Kind == doc.KindPlace {
				continue // "محادثات فيينا": the venue, not a party
			}
			// "برعاية تركيا والأمم المتحدة": a genitive coordinated with a source is a source too;
			// "دعوة مصر والسعودية والإمارات للانضمام": and one coordinated with a target a target,
			// when the list stands between the noun and the object word it needs
			if k := s.mentionStarting(m.TokStart); k >= 0 && s.marker(k) == "and" {
				if lastGen == "source" {
					a.sources = append(a.sources, m)
					continue
				}
				if lastGen == "target" && t.obj > m.TokStart && !t.p.Symmetric {
					a.targets = append(a.targets, m)
					continue
				}
			}
			if r == "doer" {
				r = "source"
			} else if r == "source" && isPlaceLike(m) && !doerGen {
				r = "target" // "زيارة القاهرة", "قصف حلب": a place is where the act goes
			} else if r == "source" && forceRoots[t.p.root[:2]] && strings.HasSuffix(m.Code, "CVL") &&
				!(m.TokEnd < len(s.toks) && strings.HasPrefix(s.keys[m.TokEnd], "ل")) {
				// "استهداف المدنيين": people are what force is done to, unless its object follows
				// ("اقتحام المستوطنين للمسجد")
				r = "target"
			}
			if r == "source" && len(a.sources) > 0 {
				if m.Kind == doc.KindPronoun && sameCountryAsAny(m, a.sources) {
					continue // "أعلنت وزارة الدفاع الروسية انسحاب قواتها": the doer's own
				}
				// "ماكرون يعلن انسحاب القوات الفرنسية من مالي": the forces of the announcing
				// state are its own arm doing the act, not what it is done to
				if len(m.Code) >= 6 && stateSectors[m.Code[3:6]] && sameCountryAsAny(m, a.sources) && stateActor(&a.sources[0]) {
					continue
				}
				r = "target" // the governing verb gave the doer: "يعتزم X لقاء نظيره"
			}
			switch {
			case r == "target" && len(a.targets) == 0:
				a.targets = append(a.targets, m)
				lastGen = "target"
			case len(a.sources) == 0:
				a.sources = append(a.sources, m)
				a.doer = t.p.Genitive == "doer"
				lastGen = "source"
			}
			if m.TokEnd > after {
				after = m.TokEnd
			}
		}
		// "إطلاق إيران سراح أربعة أمريكيين": the genitive between the noun and the word it
		// needs after it is the doer
		// (a state, not a city: "اتفاق فيينا بين إيران والقوى الكبرى" is made in Vienna)
		if len(a.sources) == 0 && !t.pos.verb() && len(t.p.Next) > 0 && t.end-t.i > 2 && !t.p.Symmetric {
			if k := s.mentionStarting(t.i + 1); k >= 0 && s.marker(k) == "obj" && s.ments[k].Kind != doc.KindPlace && s.ments[k].Kind != doc.KindCapital {
				ch := s.chain(k)
				if s.ments[ch[len(ch)-1]].TokEnd == t.end-1 && slices.ContainsFunc(t.p.Next, func(w string) bool { return arabic.Key(w) == s.keys[t.end-1] }) {
					a.sources = s.members(k)
					a.why = append(a.why, "genitive doer before "+s.toks[t.end-1].Text)
				}
			}
		}
		// "التزام واشنطن بمواصلة الشراكة الأمنية مع بغداد": the one committed to the act
		if len(a.sources) == 0 && t.light < 0 {
			if k := commitmentHolder(s, t.i); k >= 0 {
				a.sources = s.members(k)
				a.why = append(a.why, "source: the one committed to it")
			}
		}
		// "اقتحام القوات الإسرائيلية للمسجد", "اعتقال السلطات المصرية للصحفيين": a genitive
		// followed by an object with ل is the verbal noun's doer, the ل-object what it is done to
		if g, obj, ok := c.genitiveWithObject(s, t, gen); ok && len(a.sources) <= 1 && len(a.targets) <= 1 {
			a.sources, a.targets = s.members(g), s.members(obj)
			a.doer = t.p.Genitive == "doer"
			after = max(after, s.ments[obj].TokEnd)
			a.why = append(a.why, "genitive doer, ل-object the target")
		}
		arole := t.p.Adj
		if arole == "" {
			arole = "source"
		}
		lastRole := ""
		for ai, am := range adj {
			m := am.m
			// "ضربات أميركية بريطانية": adjacent nationalities share a role
			if ai > 0 && adj[ai-1].m.TokEnd == m.TokStart && !t.p.Symmetric {
				am.and = true
			}
			if m.TokEnd > after {
				after = m.TokEnd
			}
			if t.p.Symmetric {
				a.sources = append(a.sources, m)
				continue
			}
			if am.and && lastRole != "" { // "بوساطة قطرية ومصرية": same role as the one before
				if lastRole == "source" {
					a.sources = append(a.sources, m)
				} else {
					a.targets = append(a.targets, m)
				}
				continue
			}
			if arole == "target" || (len(a.sources) > 0 && len(a.targets) == 0) {
				a.targets = append(a.targets, m)
				lastRole = "target"
			} else if len(a.sources) == 0 {
				a.sources = append(a.sources, m)
				lastRole = "source"
				a.doer = t.p.Genitive == "doer"
			}
		}
	}
	// "إدانة واسعة من جامعة الدول العربية ومن …": the source follows من (unless من marks the
	// pattern's target: "الانسحاب من مالي")
	if !verbal && len(a.sources) == 0 && t.light < 0 && !contains(t.p.Target, "من") {
		// (not the من of a count after a noun whose genitive is its target: "قتل 12 من عناصر
		// داعش" counts the dead; "مطالبات عدد من المواطنين" are still the citizens')
		if k := c.markedAfter(s, t.end, min(ce, t.end+4), []string{"من"}); k >= 0 && !(t.p.Genitive == "target" && countedBefore(s, t.end, s.ments[k].TokStart-1)) {
			for j := k; j < len(s.ments); j++ {
				if j > k {
					mk := s.marker(j)
					// "ومن Y": a repeated preposition after و continues the list
					if !(mk == "من" && s.ments[j].TokStart > 0 && s.keys[s.ments[j].TokStart-1] == "ومن") && mk != "and" {
						break
					}
				}
				a.sources = append(a.sources, s.ments[j].Members()...)
			}
		}
	}
	// "بحسب بيان للمتحدث باسم الخارجية", "في بيان لوزارة الدفاع": an actor with ل right after a
	// statement (past its adjectives) is who issued it ("تصريحات لقناة الجزيرة" are made to the
	// channel, so only the written statement nouns)
	if !verbal && len(a.sources) == 0 && t.light < 0 && issuedStatements[s.keys[t.i]] {
		j := t.end
		for j < ce && j < t.end+2 && statementAdjectives[s.keys[j]] {
			j++
		}
		if k := s.mentionStarting(j); k >= 0 && s.marker(k) == "ل" && s.ments[k].Kind != doc.KindPlace && s.ments[k].Code != "" {
			a.sources = s.members(k)
			a.why = append(a.why, "source: the issuer after ل")
		}
	}
	// "تحرير مدينة الموصل من عصابات داعش": land retaken is taken from whoever held it
	if t.p.ID == "retake" {
		retakenFrom(s, t, &a)
	}
	// "لقاء/اجتماع بين X و Y": X and Y are the parties, whoever organises it
	if !t.pos.verb() && (t.p.Symmetric || symmetricThemes[t.p.Theme]) {
		if k := c.markedAfter(s, t.end, min(ce, t.end+7), []string{"بين"}); k >= 0 {
			if ms := s.members(k); len(ms) >= 2 {
				a.sources, a.targets, a.mutual = ms, nil, true
				return a
			}
		}
	}
	// "نقلت الوكالة عن الوزير قوله إن …": the sayer is the one the words are reported from
	if len(a.sources) == 0 && t.p.Speech && t.sp.suffix != "" && !verbal {
		for k := len(s.ments) - 1; k >= 0; k-- {
			if s.ments[k].TokEnd <= t.i && t.i-s.ments[k].TokEnd <= 6 && s.marker(k) == "عن" {
				a.sources = s.members(k)
				break
			}
		}
	}
	// pronoun suffix on the trigger (لقائه، محادثاتهما) or on a verb (اتفقنا)
	if len(a.sources) == 0 && t.sp.suffix != "" && !verbal {
		a.sources = c.pronounRef(s, t, t.sp.suffix, st, sentSubject, speaker)
		a.inferred = len(a.sources) > 0
	}
	if len(a.sources) == 0 && verbal && isFirstPlural(s, t) && speaker != nil {
		a.sources = speaker.Members()
		a.why = append(a.why, "first person → speaker")
	}
	// "…«اتفقنا على …»": inside quotation marks, "we" is the last speaker's side (outside them,
	// as in an opinion column, it is the writer, who is no actor)
	if len(a.sources) == 0 && verbal && speaker == nil && st.lastSpeaker != nil && isFirstPlural(s, t) && inQuotes(s, t.i) {
		a.sources = st.lastSpeaker.Members()
	}
	// "هجمات شنها الحوثيون": a light verb after the noun, its object pronoun the noun, its
	// subject the doer
	if lj := c.resumptiveAfter(s, t.end, ce); len(a.sources) == 0 && !t.pos.verb() && t.light < 0 && lj >= 0 {
		if k := c.postSubject(s, lj, s.clauseEnd(lj)); k >= 0 {
			a.sources = s.members(k)
			a.why = append(a.why, "source: the subject of "+s.toks[lj].Text)
			ch := s.chain(k)
			after = max(after, s.ments[ch[len(ch)-1]].TokEnd)
		}
	}
	// targets marked as the pattern says
	if len(a.targets) == 0 && !t.p.NoTarget {
		var between bool
		a.targets, between = c.targets(s, t, after, ce, a.sources)
		// "ستعيد سفيرها في النيجر إلى باريس": one's ambassador brought home from where he
		// serves is recalled (161), from that country
		if t.p.ID == "return-ambassador" && len(a.targets) > 0 && len(a.sources) > 0 && countryOf(&a.targets[0]) == countryOf(&a.sources[0]) {
			if k := c.markedAfter(s, after, ce, []string{"في", "لدى", "من"}); k >= 0 && isCountryCode(countryOf(&s.ments[k])) && countryOf(&s.ments[k]) != countryOf(&a.sources[0]) {
				a.targets = s.members(k)
				t.code = "161"
				a.why = append(a.why, "one's ambassador brought home: recalled")
			}
		}
		if len(a.targets) == 0 && subjAfter && subj >= 0 && s.ments[subj].TokStart > t.end {
			// "وصل إلى القاهرة وفد من حماس": the place phrase before the subject
			var marks []string
			for _, m := range t.p.Target {
				if m != "obj" {
					marks = append(marks, m)
				}
			}
			if k := c.markedAfter(s, t.end, s.ments[subj].TokStart, marks); k >= 0 && len(marks) > 0 {
				a.targets = s.members(k)
			}
		}
		if between && len(a.sources) == 0 && len(a.targets) >= 2 {
			// "بين X و Y": both are parties
			a.sources, a.targets = a.targets, nil
			a.mutual = true
		}
	}
	// "دعت الصين … الطرفين إلى ضبط النفس": the two sides an appeal or a demand addresses are
	// those of the last fighting, not the two actors named last
	if (t.p.root[:2] == "02" || t.p.root[:2] == "10") && len(a.targets) > 0 && allPairSides(a.targets) {
		if ms := st.fightSides; len(ms) >= 2 && !slices.ContainsFunc(ms, func(m doc.Mention) bool { return sameCountryAsAny(m, a.sources) }) {
			a.targets = ms
			a.why = append(a.why, "the two sides: those of the last fighting")
		}
	}
	if len(a.targets) == 0 && len(a.resumed) > 0 && !t.p.NoTarget {
		a.targets = a.resumed
		a.why = append(a.why, "target: the antecedent the verb's pronoun stands for")
	}
	// "تسلمت القوات المصرية الدفعة الأولى من مقاتلات رافال الفرنسية": the giver of what is
	// received may be a nationality adjective in the clause
	if len(a.targets) == 0 && t.p.Receive {
		for k := range s.ments {
			m := s.ments[k]
			if m.TokStart >= t.end && m.TokEnd <= ce && m.Kind == doc.KindDemonym && m.Code != "" && !sameCountryAsAny(m, a.sources) {
				a.targets = []doc.Mention{m}
				a.why = append(a.why, "giver: the nationality of what is received")
				break
			}
		}
	}
	// "خلال لقائه المبعوثة الأمريكية": a verbal noun whose pronoun is its subject takes its
	// object right after it, with no preposition
	if len(a.targets) == 0 && !t.p.NoTarget && !t.pos.verb() && t.light < 0 && subjectSuffix[t.sp.suffix] {
		if k := s.mentionStarting(t.end); k >= 0 && s.marker(k) == "obj" && s.ments[k].Kind != doc.KindDemonym {
			for _, m := range s.members(k) {
				if len(a.sources) == 0 || !sameActor(m, a.sources[0]) {
					a.targets = append(a.targets, m)
				}
			}
			if len(a.targets) > 0 {
				a.why = append(a.why, "target: the object of "+s.toks[t.i].Text)
			}
		}
	}
	// "متهماً إياها بتسليح جبهة البوليساريو", "واتهمها بتسليح …": with the object a pronoun, an
	// actor in the ب-complement after it is what the charge is about, not the one charged
	if len(a.targets) > 0 && !t.p.NoTarget && t.end < len(s.toks) && (iyya[s.keys[t.end]] || t.pos.verb() && t.light < 0 && objectPronoun(t)) &&
		a.targets[0].TokStart > t.end && complementBefore(s, t.end, a.targets[0].TokStart) {
		a.targets = nil
	}
	// "متهمة إياها بدعم الإرهاب": إياه/إياها is the object, the actor named before (not those
	// who acted alongside the subject: "قطعت علاقاتها مع الدوحة، إلى جانب السعودية والإمارات
	// ومصر، متهمة إياها")
	if len(a.targets) == 0 && !t.p.NoTarget && t.end < len(s.toks) && iyya[s.keys[t.end]] {
		for k := len(s.ments) - 1; k >= 0; k-- {
			if s.ments[k].TokEnd <= t.i && (len(a.sources) == 0 || countryOf(&s.ments[k]) != countryOf(&a.sources[0])) && !s.alongside(s.ments[s.chain(k)[0]].TokStart) {
				a.targets = s.members(k)
				a.inferred = true
				break
			}
		}
	}
	// "القضاء الفرنسي يدين لوبان ويمنعها": a conjoined verb with an object pronoun right after
	// the object of the verb before has that verb's subject; the pronoun is the object
	if adjacent && t.sp.conj != "" && p == t.i && objectPronoun(t) && sentSubject != nil && len(a.targets) == 0 && !t.p.NoTarget && !t.p.Speech &&
		sentSubject.TokEnd <= s.ments[subj].TokStart && !sameActor(*sentSubject, s.ments[subj]) {
		a.targets = a.sources
		a.sources = sentSubject.Members()
		a.subject = nil
		a.inferred = true
		a.why = append(a.why, "the object of the verb before is the pronoun's referent")
	}
	// "استدعت الحكومة السفير وأبلغته": the same, when the verb's subject is left to the
	// sentence's (conjoinedAfter)
	if conjObj >= 0 && len(a.targets) == 0 && !t.p.NoTarget && !t.p.Speech && objectPronoun(t) {
		a.targets = s.members(conjObj)
		a.inferred = true
		a.why = append(a.why, "the object of the verb before is the pronoun's referent")
	}
	// "زيارة نائبة المبعوث الأمريكي مورغان أورتاغوس إلى بيروت، حيث التقت الرئيس عون": a
	// feminine verb does not agree with the man after it, who is its object; its subject is
	// the woman named before it
	if len(a.targets) == 0 && subjAfter && subj >= 0 && t.pos.verb() && t.light < 0 && p == t.i && allowsObj(t.p) &&
		femininePerfect(strings.TrimPrefix(s.keys[p], "و"), t.pos) && masculinePerson(&s.ments[subj]) && len(s.chain(subj)) == 1 {
		if k := womanBefore(s, p); k >= 0 {
			a.targets = a.sources
			a.sources = s.members(k)
			a.subject = nil
			a.inferred = true
			a.why = append(a.why, "a man after a feminine verb is its object; the subject, the woman before")
		}
	}
	// an object pronoun on the verb ("استقبله"): the target is its referent
	if len(a.targets) == 0 && !t.p.NoTarget && t.pos.verb() && t.light < 0 && objectPronoun(t) {
		if ref := c.pronounRef(s, t, t.sp.suffix, st, sentSubject, speaker); len(ref) > 0 && (len(a.sources) == 0 || !sameActor(ref[0], a.sources[0])) {
			a.targets = ref
			a.inferred = true
		}
	}
	// a dropped subject: "وصل X إلى جدة، حيث التقى ولي العهد" — the verb's only actor is its
	// object, the subject is the sentence's
	if len(a.targets) == 0 && subjAfter && sentSubject != nil && t.pos.verb() && t.light < 0 &&
		continuesClause(s, p, t.sp.conj != "" && p == t.i) && allowsObj(t.p) && !sameActor(*sentSubject, s.ments[subj]) &&
		!objectFollows(s, subj) && !actorFollows(s, subj) && !(femininePerfect(s.keys[p], t.pos) && masculinePerson(sentSubject)) &&
		!nominativePlural(s, subj) && !nisbaNominative(s, subj) {
		// (not a subject in the nominative: "حيث اقتحم محتجون مبنى السفارة", "ولوّح
		// الأوروبيون بفرض عقوبات")
		a.targets = a.sources
		a.sources = sentSubject.Members()
		a.subject = nil
		a.inferred = true
		a.why = append(a.why, "dropped subject: the sentence subject")
	}
	// "ومن المقرر أن يلقي العاهل السعودي كلمة …، كما سيزور جامعة القاهرة والأزهر الشريف":
	// universities, mosques and hospitals after a verb of visiting are what is visited; the
	// visitor is the sentence's subject
	if len(a.targets) == 0 && t.p.ID == "visit" && t.pos.verb() && t.light < 0 && sentSubject != nil && sentSubject.TokEnd <= t.i &&
		len(a.sources) > 0 && a.sources[0].TokStart >= t.end && allCodesEndIn(a.sources, "EDU", "REL", "HLH") {
		a.targets = a.sources
		a.sources = sentSubject.Members()
		a.subject = nil
		a.inferred = true
		a.why = append(a.why, "institutions visited; the visitor is the sentence subject")
	}
	if t.lkind == lightReceive && t.light >= 0 {
		// "تلقى X اتصالا من Y": Y is the source, X the target
		if k := c.markedAfter(s, t.end, ce, []string{"من"}); k >= 0 {
			a.targets = a.sources
			a.sources = s.members(k)
		} else if ms := s.amongList(t.end); len(ms) > 0 {
			// "تلقى X اتصالات من عدد من قادة الدول …، من بينهم A وB": the leaders listed
			a.targets = a.sources
			if len(a.targets) == 0 {
				if k := c.postSubject(s, t.light, t.i); k >= 0 {
					a.targets = s.members(k) // the receiver: the light verb's subject
				}
			}
			a.sources, a.listed = ms, true
			a.why = append(a.why, "sources: the senders listed after بينهم")
		}
	}
	// "وجمع لقاء ثلاثي وزراء خارجية مصر والأردن وفرنسا": those the meeting brings together are
	// its parties
	if len(a.sources) == 0 && t.p.ID == "brought-together-after" && len(a.targets) >= 2 {
		a.sources, a.targets, a.mutual = a.targets, nil, true
	}
	// "أعربت سفارات 13 دولة غربية، بينها الولايات المتحدة وبريطانيا وألمانيا، عن …": a count
	// of unnamed bodies as the subject, some of them listed after بينها, is those listed
	if len(a.sources) == 0 && verbal && !t.p.NoSource && p == t.i {
		if ms := c.listedSubject(s, p); len(ms) > 0 {
			a.sources, a.listed = ms, true
			a.why = append(a.why, "sources: the subject's members listed after بينها")
		}
	}
	// "كما وقّع وزراء النقل في العراق وتركيا وقطر والإمارات مذكرة تفاهم": office holders of
	// several countries, named by their plural title and the countries after في, are the subject
	if len(a.sources) == 0 && t.pos.verb() && t.light < 0 && t.end+1 < len(s.toks) && leaderPlurals[s.keys[t.end]] && s.mentAt[t.end] < 0 {
		for q := t.end + 1; q < len(s.toks) && q <= t.end+3 && !s.isPunct(q); q++ {
			if s.keys[q] != "في" {
				continue
			}
			if k := s.mentionStarting(q + 1); k >= 0 {
				if ms, _ := coded(s.members(k)); len(ms) >= 2 && bareCountries(ms) {
					a.sources, a.targets = ms, nil
					a.mutual = t.p.Symmetric
					a.why = append(a.why, "sources: the countries whose office holders act")
				}
			}
			break
		}
	}
	// fallbacks: sentence subject, the previous sentence's subject, the last pair for this theme
	// (not after a relative pronoun whose antecedent is no person: "للهجوم الإسرائيلي الذي
	// استهدف مقرات" — the attack, not the condemner, did it)
	if len(a.sources) == 0 && verbal && !t.p.NoSource && !(c.unknownSubject(s, p) && !t.p.Speech) && !c.subjectWord(s, p, figureSubjects) && !c.anyParty(s, p) && !vagueSubjectBefore(s, p) &&
		!(t.p.Speech && c.anonymousSubject(s, p)) && !relativeSubject(s, t, p) {
		switch {
		case t.pron == pronThird && st.partiesFor(s, sentSubject):
			// "التقى X نظيره Y، واتفقا على …": a dual or plural verb's subject is the parties
			// of the mutual event just told
			a.sources, a.mutual = st.parties, true
			a.why = append(a.why, "the parties of the last meeting")
			a.inferred = true
		case sentSubject != nil && !(femininePerfect(s.keys[t.i], t.pos) && masculineHead(sentSubject)):
			// (a feminine verb does not agree with a masculine subject: "استهدف طيران التحالف
			// تعزيزات … بعد أن فرت من جبهات عدن" — the reinforcements fled)
			a.sources = sentSubject.Members()
			a.why = append(a.why, "source from the sentence subject")
			// "وقالت الوزارة إن قوات الاحتلال أطلقت …، ومنعت …": a verb in the reported
			// clause continues the reported clause's subject
			if k := complementSubject(s, sentSubject.TokEnd, p); k >= 0 {
				a.sources = s.members(k)
				a.why = append(a.why[:len(a.why)-1], "source: the subject of the reported clause")
			} else if ms := st.attendeesOf(s, t, sentSubject.TokEnd, p); ms != nil {
				a.sources, a.mutual = ms, true
				a.why = append(a.why[:len(a.why)-1], "the parties of the last meeting: the reported clause's attendees")
			}
			a.inferred = true
		case t.p.Speech && st.lastSpeaker != nil && isContinuation(s, t):
			a.sources = st.lastSpeaker.Members()
			a.why = append(a.why, "continues the last speaker")
			a.inferred = true
		case st.lastSubject != nil && (t.i <= 2 || p <= 2) && !(p+1 < len(s.toks) && crowdWords[s.keys[p+1]]):
			// (not when an unnamed crowd follows: "وتظاهر عشرات الآلاف" is not the last
			// sentence's minister demonstrating)
			a.sources = st.lastSubject.Members()
			a.why = append(a.why, "source from the previous sentence")
			a.inferred = true
		}
	}
	// a passive verb's only actor after it, or its counted subject before it, is what was done
	// to ("قتل 25 مقاتلا من المعارضة", "تسعة متمردين قتلوا"), not the doer
	if t.passive && t.pos.verb() && t.light < 0 && len(a.targets) == 0 && len(a.sources) > 0 {
		a.targets, a.sources = a.sources, nil
	}
	// the agent of a passive or a noun: "من قبل X", "على يد X", "بنيران X", "برصاص X", "في
	// غارة أمريكية" — after the target of a passive ("اغتيل قائد فيلق القدس … في غارة أمريكية")
	if len(a.sources) == 0 || t.passive && len(a.targets) > 0 && sameActor(a.sources[0], a.targets[0]) {
		from := t.end
		if t.passive && len(a.targets) > 0 {
			from = max(from, a.targets[len(a.targets)-1].TokEnd)
		}
		if k := c.agentAfter(s, from, min(len(s.toks), ce+1)); k >= 0 {
			a.sources = s.members(k)
		} else if len(a.sources) > 0 {
			a.sources = nil // the passive's subject is what was done to, not the doer
		}
	}
	// "وقال شهود ومصادر في مشرحة بالموصل", "وأفادت مصادر محلية": unnamed sources speak from
	// the country the story is about
	if len(a.sources) == 0 && verbal && t.p.Speech && c.anonymousSubject(s, p) {
		if f := st.focus(); f != "" {
			a.sources = []doc.Mention{st.countryMention(f, t.i, t.end)}
			a.inferred, a.unnamed = true, true
			a.why = append(a.why, "unnamed sources of the story's country")
		}
	}
	// "… في خرق جديد لاتفاق وقف إطلاق النار", "… في غارة على …": a nominal adjunct describes
	// the act of the sentence's subject
	// (not a protest "during" which the subject acted: "أوقفت الشرطة 45 شخصا خلال احتجاجات")
	// (not a meeting told before: "نقل معاليه لخادم الحرمين خلال الاستقبال تحيات …")
	if len(a.sources) == 0 && !verbal && t.i > 0 && adjunctWords[s.keys[t.i-1]] && sentSubject != nil && (!t.p.Symmetric || len(a.targets) > 0) &&
		!(t.sp.art && t.p.root[:2] == "04") &&
		!(t.p.root[:2] == "14" && (s.keys[t.i-1] == "خلال" || s.keys[t.i-1] == "اثناء" || s.keys[t.i-1] == "وسط")) &&
		!involvedIn(s, t.i-1) {
		a.sources = sentSubject.Members()
		a.inferred = true
		a.why = append(a.why, "adjunct of the sentence subject's act")
	}
	// "توصل إلى الاتفاق بعد مشاورات مع عدة أطراف": talks with someone before the act are
	// those of the act's doer
	// "بعد مشاورات مع عدة أطراف محلية ودولية، بينها روسيا": those talked with, listed after
	// بينها
	if len(a.targets) == 0 && !verbal && t.p.Symmetric && t.p.root[:2] == "04" && t.end < len(s.toks) && s.keys[t.end] == "مع" {
		if ms := c.listedSubject(s, t.end); len(ms) > 0 {
			a.targets, a.listed = ms, true
			a.why = append(a.why, "targets: those listed after بينها")
		}
	}
	// "قال بيسكوف إن المفاوضات مع واشنطن اقتصرت …": talks with someone, opening the words a
	// speaker reports, are the speaker's side's
	if len(a.sources) == 0 && !verbal && t.i > 0 && (s.keys[t.i-1] == "ان" || s.keys[t.i-1] == "بان") && sentSubject != nil &&
		t.end < len(s.toks) && s.keys[t.end] == "مع" &&
		sentSubject.TokEnd <= t.i && t.p.root[:2] == "04" && t.p.Symmetric && len(a.targets) > 0 && !sameCountryAsAny(*sentSubject, a.targets) {
		a.sources = sentSubject.Members()
		a.inferred = true
		a.why = append(a.why, "talks the speaker reports: the speaker's side's")
	}
	if len(a.sources) == 0 && !verbal && t.i > 0 && afterWords[s.keys[t.i-1]] && sentSubject != nil && t.p.root[:2] == "04" && len(a.targets) > 0 &&
		!sameActor(*sentSubject, a.targets[0]) {
		a.sources = sentSubject.Members()
		a.inferred = true
		a.why = append(a.why, "talks before the sentence subject's act")
	}
	// (not when the sentence names its own sides after "بين", none of them the last act's:
	// "اندلعت اشتباكات … بين قوات المقاومة وميليشيات الحوثيين" after an air strike)
	if len(a.sources) == 0 && t.p.Symmetric {
		key := t.p.Theme
		if key == "" {
			key = t.p.root
		}
		// (not for force: fighting told with no sides is mostly another front's, not the last
		// clash's or air strike's — measured, carried sides of force were right 3 times in 17)
		if ms := st.lastPair[key]; len(ms) >= 2 && t.p.root[:2] != "19" && !s.othersBetween(t.end, ce, ms) {
			a.sources = ms
			a.why = append(a.why, "participants of the last "+key)
			a.inferred = true
		}
	}
	// "… من المفاوضات التي جرت برعاية الاتحاد الأفريقي": mediation with no parties named is
	// between the parties of the mutual event of its sentence
	if len(a.targets) == 0 && len(a.sources) > 0 && t.p.Theme == "mediate" && !t.p.Symmetric && st.partiesSent == s.d.Index && len(st.parties) >= 2 {
		for _, m := range st.parties {
			if !sameCountryAsAny(m, a.sources) {
				a.targets = append(a.targets, m)
			}
		}
		if len(a.targets) > 0 {
			a.why = append(a.why, "target: the parties of the mutual event it mediates")
		}
	}
	// "وقعت الحكومة والجبهة اتفاقا … بعد عشرة أيام من المفاوضات": talks named with no parties
	// are between the parties of the mutual event of their sentence (not a means: "شارك
	// إردوغان في الاجتماع عبر اتصال هاتفي")
	if len(a.sources) == 0 && len(a.targets) == 0 && !verbal && t.p.Symmetric && st.partiesSent == s.d.Index && st.partiesFor(s, nil) &&
		!(t.i > 0 && s.keys[t.i-1] == "عبر") {
		a.sources, a.mutual = st.parties, true
		a.why = append(a.why, "the parties of the last mutual event")
		a.inferred = true
	}
	// "وساطة قادها الاتحاد الأفريقي", "الهجوم الذي نفذه تنظيم داعش", "مباحثات أجراها الرئيس
	// التركي مع نظيره": the subject of a relative clause whose verb did the act is its doer
	// (not when the trigger spans an object word: "رفع الحظر الذي فرضه كينيدي" — the clause
	// tells who imposed the embargo, not who lifts it)
	if !t.pos.verb() && len(a.sources) == 0 && t.obj < 0 {
		for j := t.end; j < len(s.toks) && j <= t.end+1; j++ {
			if !didIt[s.keys[j]] && !madeIt[s.keys[j]] {
				continue
			}
			if k := c.postSubject(s, j, s.clauseEnd(j)); k >= 0 && (len(a.targets) == 0 || !sameActor(s.ments[k], a.targets[0])) {
				a.sources = s.members(k)
				a.why = append(a.why, "source: the subject of "+s.toks[j].Text)
			} else if k < 0 && t.p.Symmetric {
				// "اجتماع عقده رئيسا أركان الجيشين الأذربيجاني والأرميني": the two sides named
				// as a pair in the heads' titles after the verb
				for q := j + 1; q < len(s.toks) && q <= j+4 && !s.isPunct(q); q++ {
					if n := s.mentionStarting(q); n >= 0 && len(s.ments[n].Group) >= 2 {
						a.sources, a.mutual = s.ments[n].Members(), true
						a.why = append(a.why, "sources: the pair after "+s.toks[j].Text)
						break
					}
				}
			}
			break
		}
	}
	// "هجوم بالصواريخ والطائرات المسيّرة شنته إيران على منطقة بنجغور": past the weapons the
	// attack was made with, the subject of the verb that did it is its doer (not the weapons,
	// whose country was only guessed), and its target comes after that subject
	if !t.pos.verb() && t.obj < 0 && forceRoots[t.p.root[:2]] && allInstruments(s, a.sources) {
		if j := instrumentsEnd(s, t.end); j > t.end && j < len(s.toks) && didIt[s.keys[j]] {
			if k := c.postSubject(s, j, s.clauseEnd(j)); k >= 0 && s.ments[k].Code != "" {
				a.sources = s.members(k)
				a.targets = nil
				// (not what the target was near: "على مبنى قرب مقر السفارة الأميركية في تل أبيب"
				// hit Israel, where it was)
				if ts, _ := c.targets(s, t, s.ments[k].TokEnd, s.clauseEnd(s.ments[k].TokEnd), a.sources); len(ts) > 0 && !s.wordWithin(max(0, ts[0].TokStart-2), 1, nearWords) {
					a.targets = ts
				}
				a.why = append(a.why, "source: the subject of "+s.toks[j].Text+", past the weapons")
			}
		}
	}
	// "في أعقاب اتصال هاتفي أجراه مع الملك محمد السادس": a call the sentence's subject made
	if !t.pos.verb() && len(a.sources) == 0 && sentSubject != nil && (len(a.targets) == 0 || !sameActor(*sentSubject, a.targets[0])) &&
		s.wordWithin(t.end, 2, madeIt) {
		a.sources = sentSubject.Members()
		a.inferred = true
		a.why = append(a.why, "source: the subject, who made it")
	}
	// "وحضر وزيرا الداخلية، التونسي X والليبي Y، …، بعد اجتماع عقداه في المعبر": a meeting
	// the two or more named last before it held together is theirs, both ways
	if !t.pos.verb() && t.p.Symmetric && len(a.sources) == 0 && len(a.targets) == 0 && s.wordWithin(t.end, 2, madeItTogether) {
		for k := len(s.ments) - 1; k >= 0; k-- {
			if s.ments[k].TokEnd > t.i {
				continue
			}
			if ms := s.members(k); len(ms) >= 2 {
				a.sources, a.mutual = ms, true
				a.why = append(a.why, "sources: the pair or group named before, who held it together")
			}
			break
		}
	}
	// "خلال اتصال هاتفي تلقاه من نظيره الكويتي": a call the sentence's subject received (the
	// relative's receive verb, its pronoun the call) is aimed at that subject
	if !t.pos.verb() && len(a.targets) == 0 && len(a.sources) > 0 && sentSubject != nil && !sameActor(*sentSubject, a.sources[0]) &&
		s.wordWithin(t.end, 2, receivedIt) {
		a.targets = sentSubject.Members()
		a.why = append(a.why, "target: the subject, who received it")
	}
	// a symmetric event with a plural subject and the other party also in sources
	// "لنعلق", "علقنا" in an opinion column: "we" outside quotation marks and reported speech is
	// the writer, not an actor named nearby
	if t.pos.verb() && t.light < 0 && isFirstPlural(s, t) && speaker == nil && !inQuotes(s, t.i) && !reportedBefore(c, s, t.i) {
		a.sources = nil
		a.why = append(a.why, "first person outside quotations: the writer")
	}
	// "استخدمت روسيا والصين حق النقض … لإسقاط مشروع قرار صاغته الولايات المتحدة", "فيتو روسي
	// يسقط مشروع قرار أمريكي": a veto is aimed at the draft's author when the sentence names it
	if t.p.Code == "129" || t.code == "129" {
		if k := draftAuthor(s, t.end); k >= 0 && !sameCountryAsAny(s.ments[k], a.sources) {
			a.targets = s.members(k)
			a.why = append(a.why, "target: the author of the draft vetoed")
		}
	}
	// (the party said to bear the responsibility is blamed by whoever says it; one's own side
	// bearing it, or no speaker, is no accusation)
	if t.p.ID == "bears-responsibility" || t.p.ID == "blame-in-words" || t.p.ID == "endanger-in-words" {
		sp := st.speechBefore(s.d.Index, t.i)
		if sp != nil && len(a.sources) > 0 && !sameCountryAsAny(*sp, a.sources) {
			a.sources, a.targets = sp.Members(), a.sources
			a.inferred = true
			a.why = append(a.why, "source: the speaker who says another bears the responsibility")
		} else {
			a.sources, a.targets = nil, nil
			a.why = append(a.why, "responsibility borne by the speaker's side or told by no one")
		}
	}
	// "اتفق الجانبان على تعزيز التعاون الأمني الثلاثي مع كوريا الجنوبية": two parties agreeing
	// on an act shared with a third agree with each other; the third, named with مع inside
	// what they agree on, is the agreed act's and no party to the agreement
	if t.pos.verb() && t.p.Symmetric && t.obj > t.i && len(a.sources) >= 2 && len(a.targets) > 0 {
		if m := a.targets[0]; m.TokStart > t.obj+1 && s.keys[m.TokStart-1] == "مع" {
			a.targets = nil
			a.why = append(a.why, "the third party of what the parties agree on is no party")
		}
	}
	// "دان الأمين العام … الحكم، ودعا العراق إلى احترام سيادة الكويت": an appeal verb with و
	// after a comma, in a sentence whose subject acted before it, calls on the one named right
	// after it, whom "إلى" follows; the subject goes on
	if t.p.ID == "call" && t.pos.verb() && t.sp.conj == "و" && t.i > 0 && s.weak(t.i-1) && sentSubject != nil && sentSubject.TokEnd <= t.i &&
		len(a.sources) > 0 && a.sources[0].TokStart == t.i+1 && !sameCountryAsAny(*sentSubject, a.sources) {
		if k := s.mentionStarting(t.i + 1); k >= 0 {
			ch := s.chain(k)
			if e := s.ments[ch[len(ch)-1]].TokEnd; e < len(s.toks) && s.keys[e] == "الي" {
				a.sources, a.targets = sentSubject.Members(), s.members(k)
				a.inferred = true
				a.why = append(a.why, "the subject goes on; the one named after the verb is called on")
			}
		}
	}
	// "إن «أمريكا وبريطانيا ستدفعان ثمنا باهظا»": who will pay the price named before the verb
	// of paying is the one threatened
	if t.p.ID == "threat-idiom" && len(a.targets) == 0 && t.i > 1 && payVerbs[s.keys[t.i-1]] {
		j := t.i - 2
		for j > 0 && s.quoteMark(j) {
			j--
		}
		if k := s.mentAt[j]; k >= 0 && s.ments[k].TokEnd == j+1 && !sameCountryAsAny(s.ments[k], a.sources) {
			a.targets = s.members(k)
			a.why = append(a.why, "target: who will pay the price")
		}
	}
	if len(a.sources) == 0 && t.p.BySpeaker {
		if sp := st.speechBefore(s.d.Index, t.i); sp != nil {
			a.sources = sp.Members()
			a.inferred = true
			a.why = append(a.why, "source: the speaker who judges it")
		}
	}
	return a
}

// partiesFor reports whether the parties of the last mutual event (this sentence or the one
// before) can be the subject of a dual or plural verb in s whose sentence subject is subj: subj
// is none, one of them or their mediator.
func (st *docState) partiesFor(s *sent, subj *doc.Mention) bool {
	if len(st.parties) < 2 || s.d.Index-st.partiesSent > 1 {
		return false
	}
	// "وكان البلدان قد وقعا": two countries, not a body and a country
	if slices.ContainsFunc(st.parties, func(m doc.Mention) bool { return !isCountryCode(countryOf(&m)) }) &&
		slices.ContainsFunc(s.keys, func(k string) bool { return countryPair[strings.TrimPrefix(k, "و")] }) {
		return false
	}
	if subj == nil {
		return true
	}
	if len(subj.Members()) > 1 {
		return false
	}
	// one person cannot be the subject of a dual or plural verb ("وقال البوسعيدي …، مؤكدا أن
	// الوفدين اتفقا")
	if subj.ActorRef.Kind == "person" {
		return true
	}
	for _, m := range append(st.parties, st.mediators...) {
		if sameActor(m, *subj) {
			return true
		}
	}
	return false
}

// opensSentence reports a token with nothing but punctuation before it in its sentence.
func opensSentence(s *sent, i int) bool {
	for j := 0; j < i; j++ {
		if !s.isPunct(j) {
			return false
		}
	}
	return true
}

// reportedBefore reports a complementizer (أن، إن) before token i in its sentence: the words
// from there on are someone's reported speech.
func reportedBefore(c *Coder, s *sent, i int) bool { return c.complBetween(s, 0, i) }

// topicHeads open a noun phrase that may stand as a subject before its verb with no ال of its
// own ("ولي العهد", "أمير منطقة"); other such subjects start with ال.
var topicHeads = keySet("ولي", "أمير", "نائب", "سمو", "رئيس", "وزير", "مجلس", "هيئة", "وزارة", "قائد", "زعيم", "سفير", "مدير", "أمين")

// notTopics are definite words that open a sentence without being a subject: time adverbs and
// the like ("اليوم يلتقي الرئيس …").
var notTopics = keySet("اليوم", "الآن", "الليلة", "الأسبوع", "الشهر", "العام", "السنة", "الغد", "المساء", "الصباح", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
	"الذي", "التي", "الذين", "الا", "الى", "الي")

// unknownTopic reports a sentence that opens with a noun phrase no actor mention covers, then
// the present-tense verb at p of trigger t, agreeing with it in gender: a headline's subject
// before its verb ("القيادة تهنئ رئيس كولومبيا", "ولي العهد يهنئ سلطان عمان"). The subject is
// not known, and the actor after the verb is the verb's object, not its subject.
func (c *Coder) unknownTopic(s *sent, t *trig, p int) bool {
	if p != t.i || t.pos != posImperfect || t.sp.conj != "" || t.pron != pronNone || p == 0 || p > 3 {
		return false
	}
	first := 0
	for first < p && s.quoteMark(first) {
		first++
	}
	if first == p || s.clauseStart(p) > first {
		return false
	}
	definite := false
	for j := first; j < p; j++ {
		k := s.keys[j]
		if s.mentAt[j] >= 0 || s.isPunct(j) || s.toks[j].Kind != arabic.Word || notTopics[k] || c.skippable(s, j) {
			return false
		}
		if strings.HasPrefix(k, "ال") {
			definite = true
		} else if definite || !topicHeads[k] {
			// ("ولي ولي العهد": heads in a chain before the definite word)
			return false
		}
	}
	if !definite {
		return false
	}
	// the verb agrees with the phrase's head: تـ with a feminine or a plural in -ات
	head := s.keys[first]
	fem := strings.HasSuffix(head, "ه") || strings.HasSuffix(head, "ات")
	return fem == strings.HasPrefix(strings.TrimPrefix(s.keys[p], "س"), "ت")
}

// clauseSubjectBefore reports an actor right before the و-verb at p that opens its clause
// ("…، والجيش قتل"): the verb's own subject. One that ends the clause of the verb before it is
// that verb's object ("هاجمت القوات العراقية مواقع داعش وقتلت عشرين مسلحا": ISIS killed no one).
func (c *Coder) clauseSubjectBefore(s *sent, p int) bool {
	pre := c.adjacentSubject(s, p)
	if pre < 0 {
		return false
	}
	cs := s.clauseStart(s.ments[pre].TokStart)
	return s.ments[pre].TokStart <= c.clauseOpening(s, cs, p)+1
}

// hasAdjacentSubject reports an actor right before token p (SVO).
func (c *Coder) hasAdjacentSubject(s *sent, p int) bool { return c.adjacentSubject(s, p) >= 0 }

// adjacentSubject returns the mention right before token p that is its subject (SVO), or -1.
func (c *Coder) adjacentSubject(s *sent, p int) int {
	pre := c.preSubject(s, p)
	if pre < 0 || strings.HasPrefix(s.keys[p], "و") && nounAdjective(s, s.ments[pre]) {
		// "ورفضت مصر التصريحات الإثيوبية ووصفتها …": the nationality of the object before a
		// verb with و is the object's, not the subject of the verb
		return -1
	}
	if !c.adjacentBefore(s, pre, p) {
		return -1
	}
	return pre
}

// nounAdjective reports a nationality told as the adjective of a definite noun that is no
// actor ("التصريحات الإثيوبية", "الهجوم الإسرائيلي").
func nounAdjective(s *sent, m doc.Mention) bool {
	if m.Kind != doc.KindDemonym || m.TokStart == 0 || m.TokEnd-m.TokStart != 1 || !strings.HasPrefix(s.keys[m.TokStart], "ال") {
		return false
	}
	j := m.TokStart - 1
	return s.mentAt[j] < 0 && !s.isPunct(j) && strings.HasPrefix(s.keys[j], "ال") && s.toks[j].Kind != arabic.Number
}

// adjacentBefore reports that mention k ends right before token p, with at most particles
// (قد، لقد، لم، لن، ما، لا) between.
func (c *Coder) adjacentBefore(s *sent, k, p int) bool {
	ch := s.chain(k)
	end := s.ments[ch[len(ch)-1]].TokEnd
	if end > p {
		return false
	}
	for j := end; j < p; j++ {
		switch s.keys[j] {
		case "قد", "لقد", "لم", "لن", "ما", "لا", "سوف", "وقد", "فقد", "كان", "كانت", "كانوا":
			continue
		}
		// ("وكان الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى قد استقبل": a person's bare title
		// between him and the verb)
		if j == end && s.ments[ch[len(ch)-1]].Type == "PER" {
			if n := c.bareTitle(s, j, p, countryOf(&s.ments[ch[len(ch)-1]])); n > j {
				j = n - 1
				continue
			}
		}
		// ("«حماس» تدين …", "قيادة «جيش الإسلام» دعت": the quotation mark closing the subject's
		// name; not an attribution, "وبحسب «رويترز» قالت …")
		if j == end && s.quoteMark(j) {
			if st := s.ments[ch[0]].TokStart; st >= 1 && s.quoteMark(st-1) && (st-1 <= s.clauseStart(p) || !attribution[s.keys[st-2]]) {
				continue
			}
			// (or opening the quoted words the verb begins, after a subject told outside them:
			// "وأضاف أن بلاده "تطالب الحكومة العراقية …"")
			if st := s.ments[ch[0]].TokStart; j == p-1 && st > 0 && !s.quoteMark(st-1) && complementizers[s.keys[st-1]] {
				continue
			}
		}
		return false
	}
	return true
}

// conjoinedAfter reports a verb at p that carries و/ف right after the mention pre, or after it
// and a comma ("استدعت الحكومة السفير الفرنسي وأبلغته القرار"): a subject before its verb is
// never set off from it by a conjunction, so the mention is the object of what came before, and
// the verb shares that verb's subject. But "أما X فـ" answers its topic: "أما المستشارة
// الألمانية فأوضحت" has X for subject.
func (c *Coder) conjoinedAfter(s *sent, t *trig, pre, p int) bool {
	ch := s.chain(pre)
	if end := s.ments[ch[len(ch)-1]].TokEnd; p != t.i || t.sp.conj == "" || end != p && !(end == p-1 && s.weak(end)) {
		return false
	}
	if st := s.ments[ch[0]].TokStart; t.sp.conj == "ف" && st >= 1 {
		switch s.keys[st-1] {
		case "اما", "واما":
			return false
		}
	}
	return true
}

// conjoinedRelative returns the antecedent of a relative clause set off by commas that a verb
// carrying و right after the second comma goes on with ("X، الذي أشاد بـ…، وأكد"), or -1.
func (c *Coder) conjoinedRelative(s *sent, t *trig, p int) int {
	e := p - 1
	if p != t.i || t.sp.conj == "" || e < 2 || !s.weak(e) {
		return -1
	}
	q := s.relativeComma(e, 12)
	if q < 0 {
		return -1
	}
	for k := range s.ments {
		if m := s.ments[k]; m.TokEnd == q && m.Code != "" && !isPlaceLike(m) {
			return s.chain(k)[0]
		}
	}
	return -1
}

// continuesClause reports a verb that continues the sentence's action with the same subject:
// after حيث/ثم/كما/بعدما, or carrying the conjunction و/ف mid-sentence.
func continuesClause(s *sent, p int, conj bool) bool {
	if p == 0 {
		return false
	}
	// "في زيارة يلتقي خلالها ولي العهد": a clause set during the subject's act
	if p+1 < len(s.toks) && duringIt[s.keys[p+1]] {
		return true
	}
	switch s.keys[p-1] {
	case "حين":
		// "في حين" (whereas) sets another actor against the first: "…، في حين دعت الولايات
		// المتحدة جميع الأطراف"
		return p < 2 || s.keys[p-2] != "في"
	case "حيث", "ثم", "بعدما", "قبل", "بعد", "عندما", "حينما":
		return true
	}
	return p > 1 && conj
}

func allowsObj(p *Pattern) bool {
	if p.NoTarget {
		return false
	}
	if len(p.Target) == 0 {
		return true
	}
	for _, m := range p.Target {
		if m == "obj" {
			return true
		}
	}
	return false
}

// notPlaceTime reports a word that cannot stand in an adverbial of place or time between a verb
// of holding and "بين": a verb of being or a cause ("كانت", "بسبب").
func notPlaceTime(s *sent, j int) bool {
	switch s.keys[j] {
	case "كان", "كانت", "بسبب", "نتيجة", "حول", "بشان", "بشأن":
		return true
	}
	return false
}

// commitmentHolder returns the genitive of a noun of commitment or intent governing the act at
// i through a verbal noun with ب or ل ("التزام واشنطن بمواصلة الشراكة", "حرص المملكة على
// تعزيز التعاون", "استعداد مصر لاستئناف الحوار"), or -1.
func commitmentHolder(s *sent, i int) int {
	j := i - 1
	if j < 2 || !continuingActs[s.keys[j]] {
		return -1
	}
	if s.keys[j-1] == "علي" || s.keys[j-1] == "على" { // "حرص المملكة على تعزيز …"
		j--
	}
	k := s.mentAt[j-1]
	if k < 0 || s.ments[k].TokEnd != j || s.ments[k].Code == "" || s.ments[k].TokStart < 1 {
		return -1
	}
	if !commitmentNouns[strings.TrimPrefix(s.keys[s.ments[k].TokStart-1], "و")] {
		return -1
	}
	return k
}

// ownStance returns the token of a stance noun with a pronoun suffix that governs the verbal
// noun of t with ب or ل, or through على or في ("تمسكها بالاعتراف", "حرصها على دعم",
// "استعدادها للتوسط", "رغبته في تعزيز"), or -1.
func ownStance(s *sent, t *trig) int {
	j := t.i - 1
	if j >= 1 && (s.keys[j] == "علي" || s.keys[j] == "على" || s.keys[j] == "في") {
		j--
	} else if t.sp.prep != "ب" && t.sp.prep != "ل" {
		return -1
	}
	if j < 1 || s.mentAt[j] >= 0 || !ownStanceNouns[strings.TrimPrefix(s.keys[j], "و")] {
		return -1
	}
	return j
}

// ownStanceNouns are the nouns of a stance with a pronoun suffix ("تمسكها", "حرصه",
// "استعدادهم", "رغبتها"), keys.
var ownStanceNouns = func() map[string]bool {
	set := map[string]bool{}
	for _, n := range []string{"التزام", "حرص", "استعداد", "عزم", "رغبت", "تعهد", "سعي", "تطلع", "تمسك", "إصرار", "نيت"} {
		for _, p := range []string{"ه", "ها", "هم", "هما", "هن"} {
			set[arabic.Key(n+p)] = true
		}
	}
	return set
}()

// continuingActs are verbal nouns of going on or furthering, with ب or ل or after على (keys).
var continuingActs = keySet("بمواصلة", "لمواصلة", "بمتابعة", "باستمرار", "لاستمرار", "باستئناف", "لاستئناف", "بتعزيز", "لتعزيز",
	"بتطوير", "لتطوير", "بتوسيع", "لتوسيع", "بتعميق", "لتعميق", "مواصلة", "استمرار", "تعزيز", "تطوير", "توسيع", "تعميق")

// commitmentNouns say that an actor is committed to, keen on or ready for what follows (keys).
var commitmentNouns = keySet("التزام", "حرص", "استعداد", "عزم", "رغبة", "تعهد", "سعي", "تطلع")

// dualRelatives are the relative pronouns of two (keys).
var dualRelatives = keySet("اللذين", "اللتين", "اللذان", "اللتان")

// personBefore returns the last person or office mention ending before token i, within n
// tokens and the same sentence part (no strong punctuation between), or -1.
func (s *sent) personBefore(i, n int) int {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if s.strong(j) {
			return -1
		}
		if k := s.mentAt[j]; k >= 0 && s.ments[k].TokEnd <= i && s.ments[k].Code != "" &&
			(s.ments[k].ActorRef.Kind == "person" || s.ments[k].Type == "PER" || s.ments[k].ActorRef.Kind == "" &&
				(s.ments[k].Kind == doc.KindRole || s.ments[k].Kind == doc.KindName || s.ments[k].Kind == doc.KindCoref)) {
			return k
		}
	}
	return -1
}

// heldVerbs say that talks or a meeting were held (keys).
var heldVerbs = keySet("عقدت", "انعقدت", "جرت", "تجري", "تعقد", "ستعقد", "ستجري", "استمرت", "دارت", "تدور", "انطلقت", "استضافتها",
	"احتضنتها")

// objectFirst returns the subject that follows the pattern's object phrase when that phrase
// comes right after the verb (VOS: "وشارك في القمة الرئيس التركي", "وحضر الحفل في أبوجا الرئيس
// الكيني"): an actor right after a definite object word, past a place phrase, or -1.
func objectFirst(s *sent, t *trig, p, ce int) int {
	if t.obj < 0 || t.obj > p+2 || t.objEnd <= t.obj || t.objEnd >= ce || t.p.Speech {
		return -1
	}
	if k := s.keys[t.objEnd-1]; !strings.HasPrefix(k, "ال") && !strings.HasPrefix(k, "بال") && !strings.HasPrefix(k, "فيال") {
		return -1
	}
	// (not after "شارك في": the meeting, session or ceremony taken part in names its own
	// parties — "وشارك في الاجتماع وزراء خارجية …" — which the gold sets code among them; a
	// subject found there cost 5 true meetings on the blind sets)
	if t.p.ID == "attend" {
		return -1
	}
	j := t.objEnd
	if pp := placePhrase(s, j); pp > j && pp < ce {
		j = pp
	}
	for j < ce && j < t.objEnd+4 && honorifics[s.keys[j]] && s.mentionStarting(j) < 0 {
		j++ // "فخامة الرئيس …"
	}
	// (a person or a body: a nationality or a sector word there describes the object, "رفع
	// العقوبات الأمريكية", or is no actor, "الدعوى نيابة عن")
	k := s.mentionStarting(j)
	if k < 0 || s.ments[k].Code == "" {
		return -1
	}
	switch s.ments[k].Kind {
	case doc.KindName, doc.KindRole, doc.KindShort, doc.KindOrg, doc.KindEntity:
	default:
		return -1
	}
	if strings.HasPrefix(s.keys[j], "و") || strings.HasPrefix(s.keys[j], "ل") || strings.HasPrefix(s.keys[j], "ب") {
		return -1
	}
	return k
}

// placePhrase returns the token after a locative phrase starting at j ("إلى القاهرة", "في
// الرياض", "بالرياض"), or j when there is none.
func placePhrase(s *sent, j int) int {
	k := s.mentionStarting(j)
	if k < 0 && (s.keys[j] == "الي" || s.keys[j] == "في") && j+1 < len(s.toks) {
		k = s.mentionStarting(j + 1)
		if k < 0 || s.ments[k].TokStart != j+1 {
			return j
		}
	} else if k < 0 || (s.marker(k) != "ب" && s.marker(k) != "الي" && s.marker(k) != "في") {
		return j
	}
	// (or a place only the tagger found: "في كامب ديفيد")
	if m := s.ments[k]; m.Kind == doc.KindPlace || m.Kind == doc.KindCapital || m.Kind == doc.KindEntity && m.Type == "LOC" && m.Code == "" {
		return m.TokEnd
	}
	return j
}

// gazetteerPlace returns the token after a place of the gazetteer that is no actor mention,
// with its preposition, starting at j ("بالدار البيضاء", "في الدار البيضاء"), or j.
func gazetteerPlace(s *sent, j int) int {
	at := j
	if (s.keys[j] == "الي" || s.keys[j] == "في") && j+1 < len(s.toks) {
		at = j + 1
	}
	if k := s.mentAt[at]; k >= 0 && s.ments[k].Code != "" {
		return j // (an actor: "، إلى الأردن،" is where a visit goes)
	}
	if p := s.placeStarting(at); p != nil && (at > j || locativePrefix(s.keys[j])) {
		return p.TokEnd
	}
	return j
}

// locativePrefix reports a word that carries a locative ب or في: "بالرياض", "بجدة".
func locativePrefix(k string) bool {
	return strings.HasPrefix(k, "ب") || strings.HasPrefix(k, "وب")
}

// isPlaceLike reports a mention of a country, capital or place.
func isPlaceLike(m doc.Mention) bool {
	switch m.Kind {
	case doc.KindCountry, doc.KindCapital, doc.KindPlace:
		return true
	}
	return false
}

// isFirstPlural reports a first-person verb (اتفقنا) — its subject is the speaker's side.
func isFirstPlural(s *sent, t *trig) bool {
	if t.pos != posPerfect {
		return t.pos == posImperfect && (strings.HasPrefix(s.keys[t.i], "ن") || strings.HasPrefix(t.sp.stem, "ن"))
	}
	// on the written word: the key of "هنأ" (congratulated) also ends in نا
	return endsWithNa(s.toks[t.i].Text)
}

// endsWithNa reports a word written with the suffix نا (a bare alif, not أ), diacritics aside.
func endsWithNa(w string) bool {
	var last [2]rune
	n := 0
	for _, r := range w {
		if r >= 0x064B && r <= 0x065F || r == 0x0640 {
			continue
		}
		last[0], last[1] = last[1], r
		n++
	}
	return n >= 4 && last[0] == 'ن' && last[1] == 'ا'
}

// inQuotes reports a token inside quotation marks: more marks open before it in its sentence
// than close, or a sentence that runs on from an open quotation (no mark before the token and
// a closing one after it).
func inQuotes(s *sent, i int) bool {
	depth, marks := 0, 0
	for j := 0; j < i; j++ {
		switch s.toks[j].Text {
		case "«", "“":
			depth++
			marks++
		case "»", "”":
			depth--
			marks++
		case "\"":
			marks++
			if depth > 0 {
				depth--
			} else {
				depth++
			}
		}
	}
	if depth > 0 {
		return true
	}
	if marks == 0 {
		for j := i + 1; j < len(s.toks); j++ {
			switch s.toks[j].Text {
			case "»", "”":
				return true
			case "«", "“", "\"":
				return false
			}
		}
	}
	return false
}

// isContinuation reports a speech verb opening its sentence with و/ف ("وأضاف") and no subject.
func isContinuation(s *sent, t *trig) bool {
	return t.i <= 1 && (t.sp.conj != "" || t.i == 1)
}

// nominalArgs returns the genitive actor right after a nominal trigger and the nationality
// adjectives that follow it ("الهجوم الإسرائيلي", "المحادثات الروسية الأمريكية").
// adjMention is a nationality adjective after a nominal trigger; and tells it is coordinated
// with the one before ("قطرية ومصرية").
type adjMention struct {
	m   doc.Mention
	and bool
}

func (c *Coder) nominalArgs(s *sent, t *trig) (gen []doc.Mention, adj []adjMention, ofGen []doc.Mention) {
	// "أول طائرة إماراتية إغاثية": a nationality between the noun and the object word that
	// the trigger spans
	if t.obj > t.i+1 && t.obj < t.end {
		for j := t.i + 1; j < t.obj; j++ {
			if k := s.mentionStarting(j); k >= 0 && s.ments[k].Kind == doc.KindDemonym {
				adj = append(adj, adjMention{s.ments[k], false})
			}
		}
	}
	j := t.end
	if t.sp.art || t.sp.suffix != "" {
		// a definite or suffixed noun has no genitive; it may have adjectives
		j = t.end
	}
	for n := 0; j < len(s.toks) && n < 4; n++ {
		k := s.mentionStarting(j)
		if k < 0 {
			if s.isPunct(j) {
				break
			}
			// skip ordinary adjectives (الثنائية، الجوية) between the noun and a nationality,
			// not a preposition: "الهجوم على قاعدة أمريكية" is not an American attack
			if c.isPreposition(s, j) {
				break
			}
			// nor a prepositional phrase ("وقفا لإطلاق النار بمبادرة تركية": the initiative's
			// nationality, not the ceasefire's)
			// (or "دعمها الكامل لمؤسسات الدولة السودانية": the institutions' nationality)
			if k := s.keys[j]; strings.HasPrefix(k, "بم") || strings.HasPrefix(k, "بال") || strings.HasPrefix(k, "لل") || strings.HasPrefix(k, "لم") && utf8.RuneCountInString(k) > 4 || byOthers[k] {
				break
			}
			// nor a new noun after a definite one, whose adjectives the nationality may be
			// ("الاتصال الهاتفي تطورات الأزمة اليمنية": the crisis is Yemen's, not the call)
			if t.sp.art && !definite(s.keys[j]) {
				break
			}
			j++
			continue
		}
		m := s.ments[k]
		mk := s.marker(k)
		if m.Kind == doc.KindDemonym {
			if mk != "obj" && mk != "and" {
				break
			}
			// "استهداف السفن الإسرائيلية": a definite nationality after a noun in the construct
			// state agrees with its genitive, not with it: it is the genitive's
			if !t.sp.art && t.sp.suffix == "" && m.TokStart > t.end && len(adj) == 0 && (definite(s.keys[m.TokStart]) || genitiveNoun(s, t.end, m.TokStart)) {
				ofGen = append(ofGen, m)
				break
			}
			adj = append(adj, adjMention{m, mk == "and" && len(adj) > 0})
			j = m.TokEnd
			continue
		}
		// "بوساطة تركية وأممية": an organisation's adjective joined to a nationality shares its
		// role
		if mk == "and" && len(adj) > 0 && orgAdjective(s, &m) {
			adj = append(adj, adjMention{m, true})
			j = m.TokEnd
			continue
		}
		if mk == "obj" && len(adj) == 0 && !t.sp.art && t.sp.suffix == "" && m.TokStart == t.end {
			gen = append(gen, s.members(k)...)
		}
		break
	}
	return gen, adj, ofGen
}

// genitiveNoun reports that tokens [from, to) after a noun in the construct state hold its
// genitive, a noun that the nationality at to qualifies ("استهداف دبابة إسرائيلية", "قصف
// مواقع إيرانية"): the word right after the noun is no nisba adjective ("هجوم صاروخي إيراني"
// is an Iranian attack), no weapon and no aid (the nationality of "صواريخ إيرانية" or "مساعدات
// سعودية" is their owner's), and every word after it is a nisba adjective.
func genitiveNoun(s *sent, from, to int) bool {
	nisba := func(k string) bool {
		return strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه") || strings.HasSuffix(k, "يا")
	}
	k := s.keys[from]
	if nisba(k) || instruments[k] || aidNouns[k] || strings.HasPrefix(k, "ال") {
		return false
	}
	for j := from + 1; j < to; j++ {
		if !nisba(s.keys[j]) {
			return false
		}
	}
	return true
}

// aidNouns carry their giver's nationality ("طائرة مساعدات سعودية").
var aidNouns = keySet("مساعدات", "معونات", "مساعدة", "معونة", "إغاثة", "شحنة", "شحنات", "قافلة", "قوافل", "منحة", "هبة")

// byOthers are the phrases of another actor's part in an act ("وقف لإطلاق النار بوساطة قطرية
// تركية": the mediators' nationality, not the ceasefire's).
var byOthers = keySet("بوساطة", "برعاية", "بطلب", "بدعوة", "بحضور", "بتنسيق", "بدعم", "بضغط", "بضغوط")

// isPreposition reports a separate preposition word at token j (على، في، من، إلى …).
func (c *Coder) isPreposition(s *sent, j int) bool {
	if _, ok := c.lx.otherPreps.matchAt(s, j); ok {
		return true
	}
	for _, ws := range c.lx.preps {
		if _, ok := ws.matchAt(s, j); ok && s.mentAt[j] < 0 && utf8.RuneCountInString(s.keys[j]) <= 4 {
			return true
		}
	}
	return false
}

// targets finds the target after token from: the first mention whose marker the pattern allows.
func (c *Coder) targets(s *sent, t *trig, from, ce int, sources []doc.Mention) ([]doc.Mention, bool) {
	allowed := t.p.Target
	if len(allowed) == 0 {
		if t.pos.verb() || t.light >= 0 {
			allowed = []string{"obj"}
		} else {
			allowed = []string{"مع", "بين", "على", "ضد"}
		}
	}
	// "قوات حكومة الوفاق الوطني الليبية": a nationality right after the subject is the
	// subject's adjective, not the object
	if len(sources) > 0 {
		if j := s.mentionStarting(from); j >= 0 && s.ments[j].Kind == doc.KindDemonym && countryOf(&s.ments[j]) == countryOf(&sources[len(sources)-1]) {
			from = s.ments[j].TokEnd
		}
	}
	// "دانت على لسان رئيسها نجيب ميقاتي «العدوان»": who spoke for the subject is no target
	if from+2 < ce && s.keys[from] == "علي" && s.keys[from+1] == "لسان" {
		for j := from + 2; j < ce && j <= from+5; j++ {
			if k := s.mentionStarting(j); k >= 0 {
				ch := s.chain(k)
				from = s.ments[ch[len(ch)-1]].TokEnd
				// (and the rest of the office and the holder's name after it: "على لسان المتحدث
				// باسم خارجيتها هونغ لي")
				if s.ments[k].Kind == doc.KindRole {
					for j := from; j < ce && j <= from+2 && !s.isPunct(j); j++ {
						if n := s.mentionStarting(j); n >= 0 {
							if s.ments[n].Type == "PER" || s.ments[n].Kind == doc.KindEntity && s.ments[n].Code == "" {
								from = s.ments[n].TokEnd
							}
							break
						}
					}
				}
				break
			}
		}
	}
	// "مقاتلات التحالف بقيادة السعودية": who leads the subject is no target
	if len(sources) > 0 && from+1 < ce && ledBy[s.keys[from]] {
		if k := s.mentionStarting(from + 1); k >= 0 {
			ch := s.chain(k)
			from = s.ments[ch[len(ch)-1]].TokEnd
		}
	}
	// "الأمير محمد بن سلمان بن عبدالعزيز": the rest of a person's lineage after the name the
	// knowledge base knows him by
	if len(sources) > 0 && sources[len(sources)-1].Type == "PER" && sources[len(sources)-1].TokEnd == from {
		from = lineageEnd(s, from, ce)
		from = c.titlesAfter(s, &sources[len(sources)-1], from, ce)
	}
	// an object owned by an actor named after ل ("قصفت مواقع لحزب الله", "هاجمت نقاطا للأمن
	// العام", "مقرات تابعة للحركة"): the owner, before any place named after it
	k := -1
	if contains(allowed, "obj") {
		k = ownedObject(s, from, ce)
	}
	// (after على or ضد too: "غارات على مواقع للحوثيين"; past an adverbial set off by commas:
	// "استولت قوات البحرية، فجر الإثنين، على سفينة …")
	if f := from; k < 0 && f+1 < ce {
		if s.weak(f) {
			f = c.parenthetical(s, f, ce)
		}
		if f+1 < ce && ((s.keys[f] == "علي" || s.keys[f] == "على") && contains(allowed, "على") || s.keys[f] == "ضد" && contains(allowed, "ضد")) {
			k = ownedObject(s, f+1, ce)
		}
	}
	// "طالب المتحدث باسم الحكومة الانتقالية في مالي العقيد عبد الله مايغا القوات الفرنسية":
	// a person of the office's country named right after the office and its body is its holder,
	// and the object comes after
	if len(sources) > 0 && sources[0].Kind == doc.KindRole {
		x := &sources[0]
		for k := range s.ments {
			m := &s.ments[k]
			if m.TokStart < from || m.TokStart > from+6 || countryOf(m) != countryOf(x) {
				continue
			}
			if (m.Kind == doc.KindEntity || m.Kind == doc.KindName) && m.Type == "PER" {
				from = m.TokEnd
				break
			}
			if !isPlaceLike(*m) && m.Kind != doc.KindSector && m.Kind != doc.KindGovBody {
				break
			}
		}
	}
	// the pattern lists its markers by preference ("قدم شكوى إلى مجلس الأمن ضد تركيا": ضد first)
	for _, m := range allowed {
		if k >= 0 {
			break
		}
		if k = c.markedAfter(s, from, ce, []string{m}); k >= 0 {
			if mm := s.ments[k]; mm.Kind == doc.KindPronoun && len(sources) > 0 && countryOf(&mm) == countryOf(&sources[0]) {
				k = -1
				continue
			}
			// "اجتمع الوزير أمس في فرع الوزارة بجدة مع نظيره": a city after ب is where two
			// parties meet, not the party met
			if mm := s.ments[k]; m == "ب" && t.p.Symmetric && (mm.Kind == doc.KindPlace || mm.Kind == doc.KindCapital) {
				k = -1
				continue
			}
			break
		}
	}
	// "وصل جون كيري، الذي يقوم بجولة في المنطقة، إلى القاهرة": the phrase the pattern marks,
	// right after what is said of the subject in apposition
	if k < 0 && t.pos.verb() && len(sources) > 0 && sources[len(sources)-1].TokEnd == from {
		if p := s.pastApposition(from, func(j int) bool { return c.prepMarkerIn(s, j, allowed) }); p >= 0 {
			for _, m := range allowed {
				if k = c.markedAfter(s, p, s.clauseEnd(p+1), []string{m}); k >= 0 {
					break
				}
			}
		}
	}
	// "جولة المفاوضات التي عُقدت في كينشاسا على مدار يومين بين مصر والسودان وإثيوبيا": the
	// parties of talks named in the relative clause that says where and when they were held
	if k < 0 && !t.pos.verb() && t.light < 0 && contains(allowed, "بين") {
		// (only past where and when: "المعركة التي جرت هناك كانت بسبب خلافات بين ميليشيات" is
		// no battle between militias)
		if j := t.end; j+1 < len(s.toks) && relatives[s.keys[j]] && heldVerbs[s.keys[j+1]] {
			end := min(s.clauseEnd(j+2), j+12)
			for b := j + 2; b < end; b++ {
				if s.keys[b] == "بين" {
					if k = c.markedAfter(s, b, end, []string{"بين"}); k >= 0 && s.ments[k].TokStart != b+1 {
						k = -1
					}
					break
				}
				if s.isPunct(b) || s.mentAt[b] >= 0 && s.ments[s.mentAt[b]].Kind != doc.KindPlace && s.ments[s.mentAt[b]].Kind != doc.KindCapital || notPlaceTime(s, b) {
					break
				}
			}
		}
	}
	// a counted object ("قتل الجيش ثلاثة من الحوثيين", "اعتقلت الشرطة عشرات من أنصار حماس"):
	// the actor after the count's من
	if k < 0 && contains(allowed, "obj") {
		// (past an adverbial or a place set off by commas: "التقى السوداني، في بغداد، وفدا من …")
		f := from
		if f < ce && s.weak(f) {
			f = c.parenthetical(s, f, ce)
		}
		k = partitiveObject(s, f, ce)
	}
	// "عقب لقائه وفدا رفيع المستوى من كوريا الجنوبية": a verbal noun with its doer's pronoun
	// takes a direct object too
	if k < 0 && !contains(allowed, "obj") && !t.pos.verb() && subjectSuffix[t.sp.suffix] {
		k = partitiveObject(s, from, ce)
	}
	// an object the knowledge base does not know, placed in a country ("المجلس العسكري
	// الانتقالي في السودان"): the target is that country
	if k < 0 && contains(allowed, "obj") {
		if j := c.unknownObjectIn(s, from, ce); j >= 0 {
			k = j
		}
	}
	if k < 0 {
		// the marked phrase may hold a relative clause ("بالدور الذي تقوم به مصر"), but not
		// the subject's next act after a comma ("ندد X بالتفجيرين، مؤكدا وقوف المنظمة …")
		// (past an adverbial set off by commas: "وصل الوفد، اليوم الأحد، إلى العاصمة صنعاء")
		f := from
		if f < ce && s.weak(f) {
			f = c.parenthetical(s, f, ce)
		}
		end := f
		for end < len(s.toks) && !s.strong(end) {
			end++
		}
		k = c.markedPhrase(s, f, participleCut(s, f, end), allowed)
	}
	// "احتجت باماكو على ما وصفته بأفعال غير ودية من جانب الجزائر": a judgement is aimed at
	// the one its object is done by, named after من جانب / من قبل
	// (a verb's: after a noun, "انتقادات من قبل نواب الحزب الجمهوري", they name its doer)
	if k < 0 && t.pos.verb() && (judgingRoots[t.p.root[:2]] || t.p.Official != "") {
		k = onThePartOf(s, from)
	}
	if k < 0 {
		return nil, false
	}
	// "بريف الحسكة": a place word the tagger took for a name, before the place it is of
	if m := &s.ments[k]; m.Code == "" && m.Type == "LOC" {
		if n := s.mentionStarting(m.TokEnd); n >= 0 && s.ments[n].Code != "" {
			k = n
		}
	}
	var out []doc.Mention
	for _, m := range s.members(k) {
		dup := false
		for _, x := range sources {
			// "حرص بلاده": the subject's own country is not its target
			if sameActor(x, m) || m.Kind == doc.KindPronoun && countryOf(&m) == countryOf(&x) {
				dup = true
			}
		}
		if !dup {
			out = append(out, m)
		}
	}
	// "بين X و Y" makes both parties only where the pattern takes بين ("رحب بالاتفاق بين
	// السودان وجنوب السودان": the agreement's parties, not the welcome's)
	return out, s.marker(k) == "بين" && contains(allowed, "بين")
}

// countedBefore reports whether the من at j, after a noun ending at from, follows a count or a
// partitive word ("قتل 12 من عناصر داعش", "اعتقال عدد من الناشطين"): what is counted, not who
// did it.
func countedBefore(s *sent, from, j int) bool {
	return j-1 >= from && j < len(s.toks) && s.keys[j] == "من" && (isCount(s, j-1) || partitive[s.keys[j-1]])
}

// partitiveObject finds "<count or partitive> [<partitive>] من <actor>" right at from and
// returns the actor, or -1.
func partitiveObject(s *sent, from, end int) int {
	if from >= end || !isCount(s, from) && !partitive[s.keys[from]] && !delegation[s.keys[from]] && !memberOf[s.keys[from]] {
		return -1
	}
	// "قتلت قياديا في تنظيم داعش": one of a body's members, after في
	if from+2 < end && memberOf[s.keys[from]] && s.keys[from+1] == "في" {
		if k := s.mentionStarting(from + 2); k >= 0 && !isPlaceLike(s.ments[k]) && s.ments[k].Kind != doc.KindDemonym {
			return k
		}
	}
	del := delegation[s.keys[from]]
	for j := from + 1; j < end && (j <= from+3 || del && j <= from+4); j++ {
		if s.keys[j] == "من" || s.keys[j] == "عن" && del {
			// (a delegation from a country is its government's: "وفد من إسرائيل")
			if k := s.mentionStarting(j + 1); k >= 0 && (s.ments[k].Kind != doc.KindPlace || del) {
				return k
			}
			return -1
		}
		// "وفدا أمنيا رفيع المستوى من إسرائيل": a delegation's adjectives
		// (or the noun a number counts: "21 مسلحا من تنظيم داعش")
		if !isCount(s, j) && !partitive[s.keys[j]] && !(del && s.toks[j].Kind == arabic.Word && s.mentAt[j] < 0) &&
			!(j == from+1 && s.toks[from].Kind == arabic.Number && s.toks[j].Kind == arabic.Word && s.mentAt[j] < 0) {
			return -1
		}
	}
	return -1
}

// ownedObject finds "<owned noun> [تابعة] ل<actor>" right at from and returns the actor, or -1.
func ownedObject(s *sent, from, end int) int {
	if from >= end || !ownedNouns[strings.TrimSuffix(s.keys[from], "ا")] && !ownedNouns[s.keys[from]] {
		return -1
	}
	j := from + 1
	// (past the name it is known by in quotation marks: "سفينة «مادلين» التابعة لـ«تحالف
	// أسطول الحرية»")
	if j < end && s.quoteMark(j) {
		for q := j + 1; q < end && q <= j+5; q++ {
			if s.quoteMark(q) {
				j = q + 1
				break
			}
		}
	}
	// (past one adjective: "تعزيزات عسكرية تابعة لميليشيات الحوثي")
	if j+1 < end && ownedAdjectives[s.keys[j]] && (belonging[s.keys[j+1]] || strings.HasPrefix(s.keys[j+1], "ل")) {
		j++
	}
	if j < end && belonging[s.keys[j]] {
		j++
	}
	// (ل written apart before a name in quotation marks: "التابعة لـ«تحالف أسطول الحرية»")
	lam := false
	if j+1 < end && (s.keys[j] == "ل" || s.keys[j] == "لـ") && s.quoteMark(j+1) {
		j, lam = j+2, true
	}
	if k := s.mentionStarting(j); j < end && k >= 0 && (lam || s.marker(k) == "ل") && s.ments[k].Kind != doc.KindPlace {
		return k
	}
	return -1
}

// ownedNouns are the places, posts and assets of an actor that an act may hit or take in its
// owner's stead ("مواقع", "مقرات", "نقاط").
var ownedNouns = keySet("مواقع", "موقع", "مقرات", "مقر", "مقار", "نقاط", "نقطة", "مراكز", "مركز", "منشآت",
	"منشأة", "أهداف", "هدف", "قواعد", "قاعدة", "معاقل", "معقل", "مخازن", "مخزن", "تجمعات", "تجمع", "آليات",
	"مكاتب", "مكتب", "ثكنات", "ثكنة", "دوريات", "دورية", "أصول", "ممتلكات", "سفن", "سفينة", "قوافل", "قافلة",
	"تعزيزات", "مخيمات", "مخيم", "معسكرات", "معسكر", "مستودعات", "مستودع", "عربات", "عربة", "مدرعات")

// ownedAdjectives may follow an owned noun before its owner ("تعزيزات عسكرية للحوثيين").
var ownedAdjectives = keySet("عسكرية", "عسكري", "عسكريا", "أمنية", "أمني", "جديدة", "جديد", "إضافية", "كبيرة")

// belonging words stand between an owned noun and its owner: "مواقع تابعة لحزب الله".
var belonging = keySet("تابعة", "تابع", "تابعا", "تابعه", "عائدة", "عائد", "مملوكة", "مملوك", "التابعة", "التابع", "العائدة",
	"المملوكة")

// delegation are the words of a delegation or representatives sent by an actor named after من
// or عن ("وفدا رفيع المستوى من كوريا الجنوبية", "ممثلين عن المحتجين").
var delegation = keySet("وفد", "وفدا", "وفود", "ممثلين", "ممثلي", "ممثلو", "ممثلون")

// markedAfter returns the first mention in [from, end) whose marker is allowed, or -1.
// "obj" mentions must come early (within four tokens of from, skipping non-mentions).
func (c *Coder) markedAfter(s *sent, from, end int, allowed []string) int {
	skipped := 0      // tokens of parenthetical adverbials, which do not count towards "early"
	titlesEnd := from // (the subject's titles are no object)
	var asides [][2]int
	for j := from; j < end; j++ {
		// "ادان الرئيس الصومالي الهجوم واجرى اتصالا بنظيره الكيني": a verb with و opens the
		// next clause, whose objects are its own
		// (not a name read as one: "فيصل")
		if j > from && s.mentAt[j] < 0 && c.conjLight(s, j) {
			end = j
			break
		}
		if s.weak(j) {
			// "التقى ترمب، صباح الأربعاء، الرئيس السوري": an adverbial between commas
			if k := c.parenthetical(s, j, end); k > j {
				skipped += k - j
				asides = append(asides, [2]int{j, k}) // (its words are no object: "، يوم الجمعة بالقصر الملكي،")
				j = k - 1
				continue
			}
			// "التقى الأمير محمد بن سلمان، ولي ولي العهد وزير الدفاع، أمس، وزير …": the
			// subject's titles set off by commas
			if j == from {
				if k := c.titleAside(s, j, end); k > j {
					skipped += k - j
					j = k - 1 // (its closing comma may open an adverbial: "، أمس، وزير …")
					titlesEnd = k
					continue
				}
			}
			// "ودعا النائب محمد الكربولي، الحكومة إلى …": a comma right after the subject
			// before an object that is no person's name (a name there is the subject's)
			if j == from && j+1 < end && contains(allowed, "obj") {
				// (nor is a title: "رفض ستيفان دوجاريك، الناطق باسم …", "القيادي في …")
				if k := s.mentAt[j+1]; k >= 0 && s.ments[k].TokStart == j+1 && s.ments[k].Type != "PER" && s.ments[k].Kind != doc.KindPronoun &&
					!asideTitleHeads[s.keys[j+1]] && !titleHeads[s.keys[j+1]] {
					skipped++
					continue
				}
			}
			if j == titlesEnd && j > from {
				skipped++
				continue // the object right after the titles' closing comma
			}
			// "استقبل الملك سلمان في مكتبه بقصر اليمامة اليوم، رئيس وزراء نيوزيلندا": a time
			// and a venue closed by a comma before an actor or the phrase the pattern marks
			// ("اجتمع الوزير أمس في فرع الوزارة بجدة، مع نظيره")
			if j > from && c.timeVenue(s, from, end) == j && (contains(allowed, "obj") && actorAfterHonorifics(s, j+1, end) || c.prepMarkerIn(s, j+1, allowed)) {
				skipped += j - from + 1
				continue
			}
			// "اجتمع الأمير محمد بن سلمان، مع رئيس حزب …": a comma right after the subject
			// before the phrase the pattern marks
			if j == from && j+1 < end && c.prepMarkerIn(s, j+1, allowed) {
				skipped++
				continue
			}
			// "استقبل الملك سلمان، في قصر السلام أمس وزير الدفاع الأميركي": a comma right after
			// the subject opens a time and venue the object follows with no closing comma
			if j == from && contains(allowed, "obj") {
				if k := c.timeVenue(s, j+1, end); k > j+1 && actorAfterHonorifics(s, k, end) {
					skipped += k - j
					j = k - 1
					continue
				}
			}
			end = j
			break
		}
	}
	attendEnd := 0 // (the end of an attendee's name and titles: "وبحضور الشيخ نواف الأحمد ولي العهد")
	for k, m := range s.ments {
		if m.TokStart < titlesEnd || m.TokStart >= end || inAside(asides, m.TokStart) {
			continue
		}
		mk := s.marker(k)
		if m.TokStart < attendEnd {
			continue
		}
		// (whose palace or office it is, by his title: "في قصر سموه", "بمكتب معاليه"; not "على
		// مقر القنصلية الأمريكية", where an attack goes)
		if mk == "obj" && m.TokStart > from && (m.Kind == doc.KindCoref || m.Kind == doc.KindPronoun) && locativeVenue(s, m.TokStart-1) {
			continue
		}
		if byOthersBefore(s, m.TokStart) {
			attendEnd = c.titlesAfter(s, &s.ments[k], m.TokEnd, end)
			continue
		}
		if mk == "and" {
			continue
		}
		for _, a := range allowed {
			if a == mk {
				if mk == "obj" && m.TokStart-from-skipped > 6 && c.contentWords(s, from, m.TokStart) > 6 {
					return -1
				}
				return k
			}
		}
	}
	return -1
}

// byOthersBefore reports a phrase of another's part right before token j, over honorifics
// ("استقبل الأمير وبحضور الشيخ نواف …": who attends is not received).
func byOthersBefore(s *sent, j int) bool {
	for j > 0 && honorifics[s.keys[j-1]] {
		j--
	}
	return j > 0 && byOthers[strings.TrimPrefix(s.keys[j-1], "و")]
}

// actorAfterHonorifics reports an actor the knowledge base knows named at token j, after any
// honorifics ("فخامة الرئيس رمضان قاديروف", "صاحب السمو الملكي الأمير …").
func actorAfterHonorifics(s *sent, j, end int) bool {
	for j < end && j < len(s.mentAt) && s.mentAt[j] < 0 && honorifics[s.keys[j]] {
		j++
	}
	if j >= end || j >= len(s.mentAt) || s.mentAt[j] < 0 {
		return false
	}
	m := &s.ments[s.mentAt[j]]
	return m.Code != "" && m.Kind != doc.KindEntity && m.Kind != doc.KindPlace
}

// inAside reports whether token j is inside one of the ranges.
func inAside(asides [][2]int, j int) bool {
	for _, a := range asides {
		if j >= a[0] && j < a[1] {
			return true
		}
	}
	return false
}

// prepMarkerIn reports a separate preposition word at token j whose marker is one of allowed
// (other than "obj").
func (c *Coder) prepMarkerIn(s *sent, j int, allowed []string) bool {
	for _, a := range allowed {
		if ws := c.lx.preps[a]; ws != nil && a != "obj" {
			if _, ok := ws.matchAt(s, j); ok {
				return true
			}
		}
	}
	return false
}

// parenthetical reports an adverbial set off by commas at the comma j ("، صباح الأربعاء،",
// "، الأحد،") and returns the token after its closing comma, or j.
func (c *Coder) parenthetical(s *sent, j, end int) int {
	// the closing comma may open another ("استقبل الملك، نصره الله، يوم الجمعة بالقصر الملكي،
	// الرئيس …")
	k := c.aside(s, j, end)
	for n := 0; n < 3 && k-1 > j && s.weak(k-1); n++ {
		next := c.aside(s, k-1, end)
		if next == k-1 {
			break
		}
		j, k = k-1, next
	}
	return k
}

// aside is parenthetical for one adverbial between two commas.
func (c *Coder) aside(s *sent, j, end int) int {
	if k := statementAside(s, j+1, end); k > j+1 && k < end && s.weak(k) {
		return k + 1
	}
	// "انتقد حزب الله، على لسان أحد نوابه، كلام …": who spoke for the subject, set off by commas
	if j+2 < end && s.keys[j+1] == "علي" && s.keys[j+2] == "لسان" {
		for k := j + 3; k < end && k <= j+9; k++ {
			if s.weak(k) {
				return k + 1
			}
			if s.isPunct(k) {
				break
			}
		}
	}
	// "التقى السوداني، في بغداد، وفدا من الكونغرس": a place set off by commas
	if j+1 < end && s.keys[j+1] == "في" {
		if k := placePhrase(s, j+1); k > j+1 && k < end && s.weak(k) {
			return k + 1
		}
	}
	k := j + 1
	for k < end && k <= j+6 && c.adverbTok(s, k) {
		k++
	}
	if k > j+1 && k < end && s.weak(k) {
		return k + 1
	}
	// "استقبل الملك، يوم الجمعة بالقصر الملكي بالدار البيضاء، الرئيس …": a time and a venue
	if k = c.timeVenue(s, j+1, end); k > j+1 && k < end && s.weak(k) {
		return k + 1
	}
	return j
}

// timeVenue returns the token after the words of a time and a venue starting at j ("يوم
// الجمعة بالقصر الملكي بالدار البيضاء", "في مكتبه بقصر اليمامة اليوم"), at most ten, or j.
func (c *Coder) timeVenue(s *sent, j, end int) int {
	k := j
	for k < end && k < j+10 {
		if s.keys[k] == "الي" {
			break // where someone goes, not where: "، إلى بغداد،"
		}
		if e := max(placePhrase(s, k), gazetteerPlace(s, k)); e > k {
			k = e
		} else if n, ok := c.lx.adverbials.longestAt(s, k); ok && n > 1 {
			k += n // ("، نصره الله،", "مساء أول من أمس")
		} else if venueHeads[s.keys[k]] && k+1 < end && !s.isPunct(k+1) {
			// a named palace or seat: "في قصر السلام", "بقصر اليمامة", "في مقر الأمم المتحدة"
			if m := s.mentionStarting(k + 1); m >= 0 {
				k = s.ments[m].TokEnd
			} else if strings.HasPrefix(s.keys[k+1], "ال") {
				k += 2
			} else {
				k++
			}
		} else if c.adverbTok(s, k) || venueWords[s.keys[k]] {
			k++
		} else {
			break
		}
	}
	return k
}

// locativeVenue reports a venue noun at j that says where: with ب or after "في" ("بقصر",
// "في قصر").
func locativeVenue(s *sent, j int) bool {
	return venueHeads[s.keys[j]] && (strings.HasPrefix(s.keys[j], "ب") || j > 0 && s.keys[j-1] == "في")
}

// venueHeads are the venue nouns a name may follow ("قصر السلام", "مقر الجامعة العربية").
var venueHeads = keySet("بالقصر", "بقصر", "القصر", "قصر", "بمقر", "مقر", "قاعة", "بقاعة", "فندق", "بفندق", "دار", "بدار",
	"مكتب", "بمكتب", "فرع", "بفرع", "مبنى", "بمبنى", "ديوان", "بديوان")

// venueWords are the words of a palace or a seat where a reception is held ("بالقصر الملكي",
// "في قصر السلام", "بمقر الرئاسة").
var venueWords = keySet("بالقصر", "بقصر", "القصر", "قصر", "الملكي", "الرئاسي", "الأميري", "الجمهوري", "بمقر", "مقر",
	"بالديوان", "الديوان", "في", "مكتبه", "بمكتبه", "مكتبها", "بمكتبها", "مقره", "بمقره", "مقرها", "بمقرها", "قصره",
	"بقصره", "قصرها", "بقصرها", "منزله", "بمنزله", "مكتب")

// adverbTok reports a token of an adverbial: a skippable word, or a bracket of a gloss
// ("اليوم (الأربعاء)", "في يوليو (تموز)").
func (c *Coder) adverbTok(s *sent, k int) bool {
	if !s.isPunct(k) {
		return c.skippable(s, k)
	}
	switch s.toks[k].Text {
	case "(":
		return s.gloss(k, 1)
	case ")":
		return s.gloss(k, -1)
	case "-", "–", "—", "ـ":
		return s.dashAside(k)
	}
	return false
}

// statementAside returns the token after "في بيان", "في تصريح صحفي", "في بيان له" starting at
// j (the medium of a statement set off by commas: "وحمّل حزب الله، في بيان، العدو …"), or j.
func statementAside(s *sent, j, end int) int {
	if j+1 >= end || s.keys[j] != "في" && s.keys[j] != "خلال" || !statements[s.keys[j+1]] {
		return j
	}
	k := j + 2
	for n := 0; k < end && n < 2 && !s.isPunct(k) && s.mentAt[k] < 0; n++ {
		k++
	}
	return k
}

// parentheticalBack is parenthetical read backwards: at the closing comma j of an adverbial
// set off by commas ("، الخميس،") it returns the opening comma, else j.
func (c *Coder) parentheticalBack(s *sent, j int) int {
	if !s.weak(j) {
		return j
	}
	for k := j - 3; k >= 0 && k >= j-5; k-- {
		if s.weak(k) && statementAside(s, k+1, j) == j {
			return k
		}
	}
	k := j - 1
	for k >= 0 && k >= j-6 && c.adverbTok(s, k) {
		k--
	}
	if k < j-1 && k >= 0 && s.weak(k) {
		return k
	}
	return j
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// unknownObjectIn finds "<unresolved entity> في <place>" right after from and returns the place.
func (c *Coder) unknownObjectIn(s *sent, from, end int) int {
	k := s.mentionStarting(from)
	if k < 0 || s.ments[k].Code != "" {
		return -1
	}
	for j := s.ments[k].TokEnd; j < end && j <= s.ments[k].TokEnd+3; j++ {
		if s.keys[j] == "في" {
			if p := s.mentionStarting(j + 1); p >= 0 && isPlaceLike(s.ments[p]) {
				return p
			}
			return -1
		}
	}
	return -1
}

// markedPhrase finds a target inside a marked noun phrase that is not itself an actor
// ("أشاد بالدور الذي تقوم به مصر وقطر", "رحب بالاتفاق بين X و Y"): the first token after from
// carrying an allowed preposition, then the first actor within six tokens of it.
func (c *Coder) markedPhrase(s *sent, from, end int, allowed []string) int {
	limit := from + 4
	for j := from; j < end && j < limit; j++ {
		// "وقّع بوتين اليوم الثلاثاء في الكرملين معاهدة مع قادة القرم": a time adverbial and
		// the place where it was done do not count towards the phrase's distance
		if c.skippable(s, j) && !s.isPunct(j) {
			limit++
			continue
		}
		if s.keys[j] == "في" {
			if k := s.mentionStarting(j + 1); k >= 0 && s.ments[k].TokEnd < end {
				limit += s.ments[k].TokEnd - j
				j = s.ments[k].TokEnd - 1
				continue
			}
		}
		if s.weak(j) || s.mentAt[j] >= 0 {
			return -1
		}
		mk := ""
		if k := strings.TrimPrefix(strings.TrimPrefix(s.keys[j], "و"), "ف"); len(k) > 6 {
			if strings.HasPrefix(k, "ب") {
				mk = "ب"
			} else if strings.HasPrefix(k, "ل") {
				mk = "ل"
			}
		}
		if mk == "" {
			for name, ws := range c.lx.preps {
				if _, ok := ws.matchAt(s, j); ok {
					mk = name
				}
			}
		}
		ok := false
		for _, a := range allowed {
			if a == mk && a != "obj" {
				ok = true
			}
		}
		if !ok {
			continue
		}
		for k, m := range s.ments {
			if m.TokStart > j && m.TokStart <= j+6 && m.TokStart < end {
				if mk := s.marker(k); mk == "obj" || mk == "بين" {
					return k
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// subjectSuffix holds the third-person pronoun suffixes that are the subject of a verbal noun
// ("لقائه", "زيارتها", "محادثاتهما").
var subjectSuffix = map[string]bool{"ه": true, "ها": true, "هم": true, "هما": true}

// authoredBefore returns the author of the decision noun nearest before token i in s, when the
// pronoun suffix agrees with it in gender (ها: "المبادرة", ه: "القرار"): the actor named right
// after the noun ("المبادرة المصرية") or the one the document last named as its author.
func authoredBefore(s *sent, i int, suffix string, st *docState) []doc.Mention {
	for j := i - 1; j >= 0 && j >= i-16; j-- {
		if s.strong(j) && !s.quoteMark(j) {
			break
		}
		k := strings.TrimPrefix(s.keys[j], "و")
		if s.mentAt[j] >= 0 || !authoredNouns[k] {
			continue
		}
		text := s.toks[j].Text
		if fem := strings.HasSuffix(text, "ة") || strings.HasSuffix(text, "ات"); fem != (suffix == "ها") {
			continue
		}
		if m, ok := authorAfter(s, j); ok {
			return []doc.Mention{m}
		}
		return st.authors[nounKey(k)]
	}
	return nil
}

// pronounRef resolves a pronoun suffix to the actors it stands for.
func (c *Coder) pronounRef(s *sent, t *trig, suffix string, st *docState, sentSubject, speaker *doc.Mention) []doc.Mention {
	switch suffix {
	case "هما", "هم", "هن":
		// the nearest plural referent before: a group mention or a coordination chain
		for k := len(s.ments) - 1; k >= 0; k-- {
			if s.ments[k].TokEnd > t.i {
				continue
			}
			if ms := s.members(k); len(ms) >= 2 {
				return ms
			}
		}
		if st.lastSubject != nil && len(st.lastSubject.Members()) >= 2 {
			return st.lastSubject.Members()
		}
	case "ه", "ها":
		// "لاي تشينغ تي الذي تصفه بكين بأنه «انفصالي خطير»": the pronoun of a verb opening a
		// relative clause is the clause's antecedent, the actor named right before الذي/التي
		if t.pos.verb() && judgingRoots[t.p.root[:2]] && t.i > 1 && (s.keys[t.i-1] == "الذي" && suffix == "ه" || s.keys[t.i-1] == "التي" && suffix == "ها") {
			if k := s.mentAt[t.i-2]; k >= 0 && s.ments[k].TokEnd == t.i-1 && s.ments[k].Code != "" && s.ments[k].Kind != doc.KindPlace {
				return s.members(k)
			}
		}
		// "إسرائيل تقبل المبادرة المصرية و«حماس» ترفضها": a judgement's pronoun is the decision
		// named before it, aimed at its author
		if judgingRoots[t.p.root[:2]] && t.pos.verb() {
			if au := authoredBefore(s, t.i, suffix, st); len(au) > 0 {
				return au
			}
		}
		// "انتقدت المنظمة السلطات المصرية لاحتجازها ناشطين": the reason's pronoun is the one
		// judged, named right before it
		if !t.pos.verb() && t.sp.prep == "ل" && t.i > 0 {
			if k := s.mentAt[t.i-1]; k >= 0 && s.ments[k].TokEnd == t.i && s.marker(k) == "obj" && !isPlaceLike(s.ments[k]) &&
				(sentSubject == nil || !sameActor(*sentSubject, s.ments[k])) {
				return s.members(k)
			}
		}
		// "مادورو يقطع العلاقات مع واشنطن بعد اعترافها بغوايدو": a feminine pronoun is no man
		// subject's; the country or capital named last before it is its referent
		if suffix == "ها" && sentSubject != nil && sentSubject.TokEnd <= t.i && masculinePerson(sentSubject) {
			for k := len(s.ments) - 1; k >= 0; k-- {
				if m := s.ments[k]; m.TokEnd <= t.i && m.TokStart >= sentSubject.TokEnd && (m.Kind == doc.KindCountry || m.Kind == doc.KindCapital) {
					return s.members(k)
				}
			}
		}
		if sentSubject != nil {
			return sentSubject.Members()
		}
		for k := len(s.ments) - 1; k >= 0; k-- {
			if s.ments[k].TokEnd <= t.i && s.marker(k) == "obj" {
				return s.members(k)
			}
		}
		// "وفي ختام زيارته لبغداد، قال وزير الخارجية الفرنسي …": a noun in an opening phrase
		// set off by a comma refers ahead, to the subject of the clause after it
		if !t.pos.verb() {
			if k := cataphoraSubject(s, t); k >= 0 {
				return s.members(k)
			}
		}
		if st.lastSubject != nil {
			return st.lastSubject.Members()
		}
	case "نا", "ي":
		if speaker != nil {
			return speaker.Members()
		}
	}
	return nil
}

// cataphoraSubject returns the subject of the clause after the comma that closes the opening
// phrase holding the noun t ("وفي ختام زيارته لبغداد، قال الوزير"): the first actor within
// two words after a verb right after the comma; -1 when the sentence names an actor before
// t or the phrase does not open the sentence.
func cataphoraSubject(s *sent, t *trig) int {
	if t.i > 4 {
		return -1
	}
	for k := range s.ments {
		if s.ments[k].TokStart < t.i {
			return -1
		}
	}
	c := t.end
	for c < len(s.toks) && c < t.end+6 && !s.isPunct(c) {
		c++
	}
	if c >= len(s.toks) || !s.weak(c) {
		return -1
	}
	for j := c + 2; j < len(s.toks) && j <= c+3; j++ {
		if k := s.mentionStarting(j); k >= 0 && s.marker(k) == "obj" && !isPlaceLike(s.ments[k]) {
			return k
		}
	}
	return -1
}

// locatives are the words that make a place where something happens ("في الرياض"), as keys.
var locatives = keySet("في", "داخل", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي",
	"جنوبي", "شرقي", "غربي", "مدينة", "محافظة", "ولاية", "العاصمة", "عاصمة", "قطاع", "منطقة", "محيط",
	"ضواحي", "ريف", "إقليم", "بلدة", "قرية", "مخيم", "حي", "أطراف", "بمدينة", "بمحافظة", "بالعاصمة")

// directional are the prepositions of where one comes from or goes to.
var directional = keySet("من", "إلى", "عن", "نحو", "باتجاه", "ومن", "وإلى")

// locative reports whether place p is introduced as a location: a locative word before it
// (في، قرب، مدينة …) or the clitic ب on its first word ("بالرياض").
func (s *sent) locative(p *doc.Place) bool {
	if p.TokStart > 0 {
		k := s.keys[p.TokStart-1]
		if locatives[k] || locatives[strings.TrimPrefix(k, "و")] || locatives[strings.TrimPrefix(k, "ال")] {
			return true
		}
		// "في العاصمة الأردنية عمان": a nationality between the locative word and the name
		if p.TokStart > 1 && strings.HasPrefix(k, "ال") && (strings.HasSuffix(k, "يه") || strings.HasSuffix(k, "ي")) {
			// (not where one comes from or goes to: "سحب السفير من العاصمة الإيرانية طهران")
			k2 := s.keys[p.TokStart-2]
			if (locatives[k2] || locatives[strings.TrimPrefix(k2, "و")] || locatives[strings.TrimPrefix(k2, "ال")]) &&
				!(p.TokStart > 2 && directional[s.keys[p.TokStart-3]]) {
				return true
			}
		}
	}
	if p.TokStart < len(s.toks) && p.Start > s.toks[p.TokStart].Start {
		pre := arabic.Key(string([]rune(s.toks[p.TokStart].Text)[:p.Start-s.toks[p.TokStart].Start]))
		pre = strings.TrimPrefix(strings.TrimPrefix(pre, "و"), "ف")
		return strings.HasPrefix(pre, "ب") || strings.HasPrefix(pre, "في")
	}
	return false
}

// topicWords are the nouns of a subject of talks whose "في X" names what is talked about, not
// where ("ناقش مع الرئيس الأمريكي تطورات الأوضاع في غزة"), as keys.
var topicWords = keySet("الأوضاع", "الوضع", "التطورات", "تطورات", "المستجدات", "مستجدات", "الأزمة", "أزمة",
	"الملف", "ملف", "الصراع", "النزاع", "الحرب", "السلام", "الاستقرار", "التصعيد", "الأحداث", "أحداث")

// topicPlace reports a place told as the subject of talks: "في X" right after a topic noun.
func (s *sent) topicPlace(p *doc.Place) bool {
	if p.TokStart < 2 || s.keys[p.TokStart-1] != "في" {
		return false
	}
	k := s.keys[p.TokStart-2]
	// (with a preposition or و on the noun: "حل للأزمة في أوكرانيا", "بالأوضاع في غزة")
	if r, ok := strings.CutPrefix(k, "لل"); ok {
		k = "ال" + r
	} else if r, ok := strings.CutPrefix(k, "بال"); ok {
		k = "ال" + r
	} else if r, ok := strings.CutPrefix(k, "وال"); ok {
		k = "ال" + r
	}
	return topicWords[k]
}

// location finds where the event happened: a place introduced as a location (في الرياض،
// بالقاهرة) in the trigger's clause, after it first; else nothing.
func (c *Coder) location(s *sent, t *trig, st *docState) *marsad.Place {
	if len(s.d.Places) == 0 {
		return nil
	}
	cs, ce := s.clauseStart(t.i), s.clauseEnd(t.i)
	var best *doc.Place
	for i := range s.d.Places {
		p := &s.d.Places[i]
		if p.TokStart >= t.i && p.TokStart < ce && s.locative(p) && !s.topicPlace(p) {
			best = p
			break
		}
	}
	if best == nil {
		for i := len(s.d.Places) - 1; i >= 0; i-- {
			p := &s.d.Places[i]
			if p.TokStart < t.i && p.TokStart >= cs && s.locative(p) && !s.topicPlace(p) {
				best = p
				break
			}
		}
	}
	if best == nil {
		return nil
	}
	pl := best.Place
	return &pl
}

// withSuffix reports a word with a pronoun suffix in any of its readings ("نظمته").
func (s *sent) withSuffix(i int) bool {
	for _, sp := range s.splits(i) {
		if sp.suffix != "" {
			return true
		}
	}
	return false
}

// relativeSubject reports a verb at p right after a relative pronoun that is its subject (no
// pronoun on the verb or after it takes the antecedent's place: "الهجوم الذي استهدف …", not
// "الرسوم التي هدد بها").
func relativeSubject(s *sent, t *trig, p int) bool {
	// "اعتقلت الشرطة رجلاً قتل فتى": a clause right after an indefinite person in the
	// accusative describes that person (a relative clause without الذي), who did the act
	if p == t.i && p > 0 && t.pos == posPerfect && t.sp.conj == "" && t.sp.suffix == "" && indefinitePersons[s.keys[p-1]] {
		return true
	}
	if p == 0 || !relativePronouns[s.keys[p-1]] || p+1 < len(s.toks) && prepPronoun[s.keys[p+1]] {
		return false
	}
	if p == t.i {
		return t.sp.suffix == ""
	}
	return !s.withSuffix(p)
}

// indefinitePersons are nouns of one unnamed person in the indefinite accusative (keys).
var indefinitePersons = keySet("رجلا", "شابا", "شخصا", "مواطنا", "طفلا", "فتى", "فتاة", "امرأة", "سيدة", "مسلحا",
	"جنديا", "ضابطا", "عاملا", "طالبا", "مقيما", "وافدا", "مهاجرا", "لاجئا", "صحفيا", "ناشطا", "معلما", "رجلين", "شخصين")

// lineageEnd returns the token after the lineage ("بن عبدالعزيز", "بن عبد الله آل سعود")
// starting at from, or from.
func lineageEnd(s *sent, from, end int) int {
	j := from
	for j+1 < end && s.mentAt[j] < 0 {
		switch s.keys[j] {
		case "بن", "ابن", "بنت":
			j += 2
			if j < end && s.keys[j-1] == "عبد" && s.mentAt[j] < 0 && !s.isPunct(j) {
				j++
			}
			continue
		case "ال", "آل":
			j += 2
			continue
		}
		break
	}
	if j > end {
		return from
	}
	return j
}

// titlesAfter returns the token after the titles of the person who, of his country or of none,
// follow his name with no comma ("التقى الأمير محمد بن سلمان ولي ولي العهد في جدة الرئيس …"),
// or j.
// A title followed by a name of that country is another person ("استقبل الملك ولي العهد
// الأمير محمد"), and stays.
func (c *Coder) titlesAfter(s *sent, who *doc.Mention, j, end int) int {
	country := countryOf(who)
	if !isCountryCode(country) || who.Kind == doc.KindRole {
		return j
	}
	k := j
	for k < end {
		// a bare title the knowledge base gives no one ("ولي العهد نائب رئيس مجلس الوزراء")
		if n := c.bareTitle(s, k, end, country); n > k {
			k = n
			continue
		}
		m := s.mentionStarting(k)
		if m < 0 || s.ments[m].Kind != doc.KindRole && s.ments[m].Kind != doc.KindCoref || s.marker(m) != "obj" {
			break
		}
		// (a title told by coreference, or bare, takes its country from the story: "وزير الدفاع")
		if c := countryOf(&s.ments[m]); c != country && c != "" {
			break
		}
		k = s.ments[m].TokEnd
	}
	if k == j {
		return j
	}
	if n := s.mentionStarting(k); n >= 0 && s.ments[n].TokStart == k && s.ments[n].Type == "PER" && countryOf(&s.ments[n]) == country {
		return j
	}
	return k
}

// bareTitle returns the token after a title at k that names no one the knowledge base knows:
// a title word and up to four more words, none of them an actor (but the holder's own
// country), a preposition, an adverbial, punctuation or the head of the next title ("وزير
// الداخلية", "نائب رئيس مجلس الوزراء"), or k.
func (c *Coder) bareTitle(s *sent, k, end int, country string) int {
	if k >= end || s.mentAt[k] >= 0 || !asideTitleHeads[s.keys[k]] {
		return k
	}
	n := k + 1
	for n < end && n < k+5 && !s.isPunct(n) && !c.skippable(s, n) && !c.isPreposition(s, n) {
		if m := s.mentAt[n]; m >= 0 && s.ments[m].Code != "" {
			// (the person's own country in his title: "نائب رئيس دولة الإمارات العربية المتحدة")
			if x := &s.ments[m]; x.TokStart == n && isPlaceLike(*x) && countryOf(x) == country {
				n = x.TokEnd
				continue
			}
			break
		}
		if n > k+1 && asideTitleHeads[s.keys[n]] {
			break // the next title ("نائب رئيس مجلس الوزراء وزير الداخلية")
		}
		n++
	}
	if n == k+1 {
		return k
	}
	return n
}

// titleAside reports the titles of the person named right before the comma j, set off by
// commas ("الأمير محمد بن سلمان، ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع،")
// and returns the closing comma, or j. Every actor or place named in the
// titles must be of the person's country: "، رئيس وزراء باكستان،" names someone else.
func (c *Coder) titleAside(s *sent, j, end int) int {
	if j == 0 || j+1 >= end || !asideTitleHeads[s.keys[j+1]] {
		return j
	}
	// (the name may be followed by the rest of its lineage: "محمد بن سلمان بن عبدالعزيز")
	p := -1
	for i := j - 1; i >= 0 && i >= j-5; i-- {
		if p = s.mentAt[i]; p >= 0 {
			if lineageEnd(s, s.ments[p].TokEnd, j) != j {
				p = -1
			}
			break
		}
	}
	if p < 0 {
		return j
	}
	who := &s.ments[p]
	if who.Type != "PER" && who.Kind != doc.KindRole {
		return j
	}
	country := countryOf(who)
	if !isCountryCode(country) {
		return j
	}
	k := j + 1
	for ; k < end && k <= j+14 && !s.isPunct(k); k++ {
	}
	if k >= end || k > j+14 || !s.weak(k) {
		return j
	}
	for i := range s.ments {
		m := &s.ments[i]
		if c := countryOf(m); m.TokStart > j && m.TokStart < k && c != country && c != "" {
			return j
		}
	}
	for i := range s.d.Places {
		if pl := &s.d.Places[i]; pl.TokStart > j && pl.TokStart < k && pl.Country != country {
			return j
		}
	}
	return k
}

// titleAsideBack returns the comma that opens the titles set off by commas that close at the
// comma j, or j.
func (c *Coder) titleAsideBack(s *sent, j int) int {
	if !s.weak(j) {
		return j
	}
	for k := j - 2; k > 0 && k >= j-15; k-- {
		if s.weak(k) {
			if c.titleAside(s, k, len(s.toks)) == j {
				return k
			}
			return j
		}
	}
	return j
}

// asideTitleHeads are the words a person's title set off by commas begins with.
var asideTitleHeads = keySet("ولي", "نائب", "النائب", "وزير", "وزيرة", "رئيس", "رئيسة", "أمير", "أمين", "الأمين", "مستشار",
	"المستشار", "سفير", "ممثل", "قائد", "المبعوث", "مبعوث", "عضو", "ملك", "عاهل", "مساعد", "مدير", "المدير", "حاكم",
	"محافظ", "زعيم", "رئيسا", "الممثل", "المفوض", "مفوض", "المنسق", "منسق", "الناطق", "المتحدث", "القيادي",
	"القيادية", "العضو", "الخبير", "الباحث", "الكاتب", "الأستاذ", "أستاذ")

// contentWords counts the tokens in [from, to) that are neither punctuation, nor adverbials
// ("يوم الاثنين", "أمس"), nor a gloss in brackets ("(أمس)"): how far an object stands from its
// verb in words that matter.
func (c *Coder) contentWords(s *sent, from, to int) int {
	n := 0
	for j := from; j < to; j++ {
		if e := s.glossEnd(j, to); e > j {
			j = e - 1
			continue
		}
		if s.quoteMark(j) {
			return to - from // (words in quotation marks are no object of the verb before them)
		}
		if !s.isPunct(j) && !c.skippable(s, j) {
			n++
		}
	}
	return n
}

// toldBy reports a mention at j that names who tells the story, not who acts: "ووفقاً لمصادر
// الجزيرة اعتقلت قوات الاحتلال …", "بحسب وكالة الأنباء …", "نقلا عن مصادر X" (an attribution
// word up to three words back, not before the clause's start cs).
func toldBy(s *sent, j, cs int) bool {
	for k := j - 1; k >= cs && k >= j-3; k-- {
		if tellers[s.keys[k]] {
			return true
		}
	}
	return false
}

// tellers open an attribution: "بحسب", "وفقاً ل", "نقلاً عن".
var tellers = keySet("بحسب", "وبحسب", "حسب", "وحسب", "وفق", "وفقا", "ووفقا", "ووفق", "طبقا", "وطبقا", "نقلا", "ونقلا")

// attribution are the words that name who tells, before a medium: "بحسب «رويترز»".
// (the tellers, and the prepositions and media words between them and the name)
var attribution = func() map[string]bool {
	set := keySet("لـ", "ل", "عن", "في", "من", "الى", "إلى", "مع", "على", "لصحيفة", "لوكالة", "لقناة", "لموقع", "صحيفة", "وكالة",
		"قناة", "موقع", "تقرير", "لتقرير")
	maps.Copy(set, tellers)
	return set
}()

// othersBetween reports sides named after "بين" among tokens [from, to) none of which is one of
// ms (nor of its country, when either is named as the country alone): the sentence's own
// mutual act, not that of ms ("اندلعت اشتباكات … بين قوات المقاومة وميليشيات الحوثيين" after
// an air strike; but "في أول لقاء بين رئيسين أميركي وسوري" and "بين الجانبين" are the meeting
// told before).
func (s *sent) othersBetween(from, to int, ms []doc.Mention) bool {
	for j := from; j < to && j+1 < len(s.keys); j++ {
		if s.keys[j] != "بين" {
			continue
		}
		if pairSides[s.keys[j+1]] {
			return false
		}
		for k := range s.ments {
			if m := &s.ments[k]; m.TokStart > j && m.TokStart < to {
				// (the same actor, or a country named alone and an actor of it)
				if c := countryOf(m); c != "" && slices.ContainsFunc(ms, func(o doc.Mention) bool {
					return o.Code == m.Code || countryOf(&o) == c && (len(o.Code) == 3 || len(m.Code) == 3)
				}) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// indefiniteAntecedent returns the mention of an indefinite plural of people (a sector or an
// office) ending right before token p, or one indefinite adjective before it ("متظاهرين
// غاضبين", "لمسؤولين"), or -1.
func (s *sent) indefiniteAntecedent(p int) int {
	e := p
	if e >= 2 && s.mentAt[e-1] < 0 && !s.isPunct(e-1) && !strings.HasPrefix(s.keys[e-1], "ال") && soundPluralNun(s.keys[e-1]) {
		e-- // an adjective: "غاضبين"
	}
	if e < 1 {
		return -1
	}
	k := s.mentAt[e-1]
	if k < 0 || s.ments[k].TokEnd != e || len(s.ments[k].Group) > 0 {
		return -1
	}
	m := &s.ments[k]
	last := s.keys[e-1]
	if strings.HasPrefix(last, "ال") || strings.HasPrefix(last, "وال") || !soundPluralNun(last) || m.Kind != doc.KindSector && m.Kind != doc.KindRole {
		return -1
	}
	return k
}

// onThePartOf returns the actor named after "من جانب" or "من قبل" from token from to the end of
// the sentence part, or -1.
func onThePartOf(s *sent, from int) int {
	for j := from; j+2 < len(s.toks) && !(s.strong(j) && !s.quoteMark(j)); j++ {
		if s.keys[j] == "من" && (s.keys[j+1] == "جانب" || s.keys[j+1] == "قبل") {
			// (the mention may hold جانب: "من جانب الجزائر")
			for _, at := range [2]int{j + 1, j + 2} {
				if k := s.mentionStarting(at); k >= 0 && s.ments[k].Kind != doc.KindPlace {
					return k
				}
			}
		}
	}
	return -1
}

// orgAdjective reports an organisation named by a one-word indefinite adjective ("أممية",
// "أوروبي").
func orgAdjective(s *sent, m *doc.Mention) bool {
	if m.Kind != doc.KindOrg || m.TokEnd-m.TokStart != 1 {
		return false
	}
	k := strings.TrimPrefix(s.keys[m.TokStart], "و")
	return !definite(k) && (strings.HasSuffix(k, "يه") || strings.HasSuffix(k, "ي"))
}

// complementBefore reports a word with ب, no actor, in tokens [from, to): the complement of a
// verb whose object is a pronoun ("اتهمها بتسليح …").
func complementBefore(s *sent, from, to int) bool {
	for j := from; j < to; j++ {
		if s.mentAt[j] < 0 && strings.HasPrefix(s.keys[j], "ب") && !s.isPunct(j) {
			return true
		}
	}
	return false
}
