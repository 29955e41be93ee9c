package event

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"marsad/arabic"
	"marsad/event/cameo"
)

// Pattern is one trigger rule of a pattern file (patterns/NN.yaml, one file per CAMEO root).
// A pattern fires on any inflection of its verbs or nouns (with clitics), subject to its
// context constraints, and yields an event with its code (or a refined one).
type Pattern struct {
	ID    string   `yaml:"id"`
	Code  string   `yaml:"code"`  // CAMEO code; "" for theme-only words
	Verbs []string `yaml:"verbs"` // "perfect|imperfect[,extra forms]" in 3rd person masc. sing.
	Nouns []string `yaml:"nouns"` // "singular[/plural…]"
	Words []string `yaml:"words"` // invariable words (adjectives, participles), matched as written

	// Next: one of these words must follow the head within two tokens ("أطلق سراح").
	Next []string `yaml:"next"`
	// Object: one of these words must appear after the head within Window tokens of the clause
	// (what is signed, demanded, imposed: "وقع اتفاقية", "فرض عقوبات").
	Object []string `yaml:"object"`
	// Before: one of these words must appear within three tokens before the head.
	Before []string `yaml:"before"`
	// Not: the match is void when one of these words (or their noun inflections, unless written
	// "=word") is within Window tokens around the head.
	Not []string `yaml:"not"`
	// NotAfter: the match is void when the word right before the head is one of these ("لم يعد"
	// is "no longer", the jussive of عاد, not "does not count as").
	NotAfter []string `yaml:"not_after"`
	// Near: one of these words must appear in the trigger's stretch of the sentence (four tokens
	// before the head to fourteen after it), what the act is for ("لمساندة", "تلبية لطلب");
	// NotNear: the match is void when one of them does.
	Near    []string `yaml:"near"`
	NotNear []string `yaml:"not_near"`
	// OwnNoun: the Object is the source's own act told as this noun ("أكد رفضه", "أعلنت
	// رفضها"). The bare noun followed by an actor tells that actor's act ("تعلن رفض الرباط
	// عرضها", "أكدت فيه رفض مصر القاطع لافتتاح …"): the reading is left to the noun's own
	// pattern, whose genitive is its source.
	OwnNoun string `yaml:"own_noun"`
	// Window: how many words after the head Object and Not look at (4 when 0).
	Window int `yaml:"window"`
	// As: a verb of describing ("وصف X بأنه …", "اعتبر"): the Object may also stand in the
	// Window tokens after "بأنه/بأنها/بأن" further on in the clause part, past a long object.
	As bool `yaml:"as"`

	// Target lists how the target is marked: "obj" (direct object), or a preposition
	// ("ب" "ل" "مع" "على" "ضد" "إلى" "من" "عن" "بين" "في" "لدى" "تجاه" "حول").
	Target []string `yaml:"target"`
	// Symmetric events (meet, negotiate, agree with) are coded in both directions.
	Symmetric bool `yaml:"symmetric"`
	// Genitive says what a noun's genitive actor is: "source" (زيارة الرئيس) or "target"
	// (اعتقال الصحفي). Adj says the same of a following nationality adjective (default source).
	// "doer" makes it the source even when it is a country ("دعم مصر": Egypt's support, where
	// "قصف حلب" is the shelling of Aleppo).
	Genitive string `yaml:"genitive"`
	Adj      string `yaml:"adj"`
	// NoSource: the event needs no source (a passive fact such as an arrest by unnamed police).
	NoSource bool `yaml:"no_source"`
	// NoTarget: the event never has a target (a statement is made to no one in particular).
	NoTarget bool `yaml:"no_target"`
	// BySpeaker: a noun judged in reported speech; with no source of its own, the source is the
	// speaker of the words it stands in ("قالت موسكو إن الخطوة «استفزازية»").
	BySpeaker bool `yaml:"by_speaker"`
	// NeedTarget: drop the event when no target is found. With Genitive "doer", a doer named
	// right after the noun is enough ("برعاية قطر", "برعاية صينية": sponsored by someone, not
	// the care of someone).
	NeedTarget bool `yaml:"need_target"`
	// Defence: force used against an attack (a missile intercepted): coded only against the
	// attacker — never a place, nor the defender's own country — and never taken for the act a
	// later judgement speaks of ("دانت الضربة" after "تصدت الدفاعات لصواريخ العدوان").
	Defence bool `yaml:"defence"`
	// TargetClitic: the target must carry this preposition on its own first word ("اعترف
	// بغوايدو"); a target that is the genitive of a noun after the preposition is none
	// ("اعترف الجيش بمقتل جنديين").
	TargetClitic string `yaml:"target_clitic"`
	// NeedTheme: a frame that codes nothing unless its complement has a theme word.
	NeedTheme bool `yaml:"need_theme"`
	// Domestic: an act of a population against its own government (protests, strikes): with no
	// source the source is the people of the country where it happens, with no target that
	// country's government.
	Domestic bool `yaml:"domestic"`
	// Future: the trigger must be in the future tense (سـ or سوف): "سنرد" threatens, "يرد"
	// answers.
	Future bool `yaml:"future"`
	// SelfThreat: the clause after the object word ("حذر من أن …") must tell what the source
	// itself will do: its subject is a pronoun or the source's own country, and its verb is in
	// the future or under قد/لن ("حذر أردوغان من أن بلاده قد تغلق الحدود"). A warning of what
	// others may do or what may happen is no threat.
	SelfThreat bool `yaml:"self_threat"`
	// Reverse: the code of the same encounter seen from the target ("استقبل X Y": X hosts,
	// 043; Y visits X, 042), emitted as well.
	Reverse string `yaml:"reverse"`
	// Also: a second code the same act is coded as, for the same pair, from another root
	// ("أمهل الدبلوماسيين 48 ساعة لمغادرة البلاد": an expulsion, 174, and an ultimatum, 139).
	Also string `yaml:"also"`
	// ObjTarget: the actor right before the Object word is the target, the subject stands before
	// the verb or is dropped ("تحمّل الحكومة إسرائيل المسؤولية", "تحمّل إسرائيل المسؤولية").
	ObjTarget bool `yaml:"obj_target"`
	// Clause: the trigger must open its clause (after punctuation or with و/ف): "، مدينة
	// الهجوم" condemns, "في مدينة حلب" is a city.
	Clause bool `yaml:"clause"`
	// NeedPair: drop the event unless two parties are found (a summit names who meets).
	NeedPair bool `yaml:"need_pair"`
	// Official: the code when the source is a state or an international organisation rather
	// than its people: "احتجت الصين على الزيارة" is a formal protest (114), not a demonstration.
	Official string `yaml:"official"`
	// Crowd: the code when the source is civilians or protesters ("اقتحم محتجون السفارة" is a
	// violent protest, 145, not an armed attack).
	Crowd string `yaml:"crowd"`
	// CountPassive: an unvowelled perfect followed by a count is passive, its counted noun the
	// target: "قتل ثلاثة جنود", "اعتقل عشرات الفلسطينيين" (were killed, were arrested).
	CountPassive bool `yaml:"count_passive"`
	// Receive: the subject is the one who receives ("تسلم الجيش المصري مقاتلات فرنسية"); the
	// giver — marked as the pattern's target says, or a nationality adjective in the clause —
	// is the event's source and the receiver its target.
	Receive bool `yaml:"receive"`
	// GivesSource: the next event noun in the complement takes this event's source
	// ("أعلن داعش مسؤوليته عن التفجيرات": the bombings are the group's).
	GivesSource bool `yaml:"gives_source"`

	// Place refines a meeting by where it took place: third (neither party's country), at
	// the target's country (the source visits) or at the source's (the source hosts).
	Place *PlaceCodes `yaml:"place"`
	// Refine changes the code when context words are present.
	Refine []Refine `yaml:"refine"`

	// Frame makes the trigger take a complement whose theme decides the code: intent, appeal,
	// demand, reject, threaten (see frames.yaml).
	Frame string `yaml:"frame"`
	// Theme marks the trigger as a complement theme for frames (meet, ceasefire, aid, …).
	Theme string `yaml:"theme"`
	// ThemeRefine narrows the theme by nearby words (aid → aid_hum near "إنسانية").
	ThemeRefine []ThemeRefine `yaml:"theme_refine"`
	// Speech marks a speech verb: it codes a statement by its speaker and introduces quotes.
	Speech bool `yaml:"speech"`
	// Participle marks circumstantial participles (مطالباً، داعياً، منددةً): their doer is the
	// sentence's subject.
	Participle bool `yaml:"participle"`
	// WordsOnly marks a speech verb that introduces its speaker's words but codes no event of
	// its own ("استبعد مسؤول أن …": the act ruled out is coded, unlikely).
	WordsOnly bool `yaml:"words_only"`

	Confidence float64 `yaml:"confidence"`

	root string // from the file name
}

// PlaceCodes are the codes of a meeting by where it happened.
type PlaceCodes struct {
	Third    string `yaml:"third"`
	AtTarget string `yaml:"at_target"`
	AtSource string `yaml:"at_source"`
}

// ThemeRefine is a conditional theme change.
type ThemeRefine struct {
	Theme string   `yaml:"theme"`
	Near  []string `yaml:"near"`
}

// Refine is a conditional code change.
type Refine struct {
	Code   string   `yaml:"code"`
	Near   []string `yaml:"near"`   // any of these words in the clause
	Object []string `yaml:"object"` // any of these after the head within the window
	Theme  string   `yaml:"theme"`  // a theme word of this kind after the head
}

// Rule returns the rule name: root.id.
func (p *Pattern) Rule() string { return p.root + "." + p.ID }

//go:embed patterns/*.yaml
var patternFS embed.FS

// LoadPatterns reads every patterns/*.yaml file of fsys.
func LoadPatterns(fsys fs.FS) ([]*Pattern, error) {
	names, err := fs.Glob(fsys, "patterns/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var all []*Pattern
	seen := map[string]bool{}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("event: %w", err)
		}
		var ps []*Pattern
		if err := yaml.Unmarshal(b, &ps); err != nil {
			return nil, fmt.Errorf("event: %s: %w", name, err)
		}
		root := strings.TrimSuffix(path.Base(name), ".yaml")
		for i, p := range ps {
			if p == nil {
				return nil, fmt.Errorf("event: %s: pattern %d is empty", name, i+1)
			}
			p.root = root
			if err := p.validate(); err != nil {
				return nil, fmt.Errorf("event: %s: pattern %d (%s): %w", name, i+1, p.ID, err)
			}
			if seen[p.Rule()] {
				return nil, fmt.Errorf("event: %s: duplicate id %q", name, p.ID)
			}
			seen[p.Rule()] = true
			all = append(all, p)
		}
	}
	return all, nil
}

var validMarkers = map[string]bool{"obj": true, "ب": true, "ل": true, "مع": true, "على": true, "ضد": true,
	"إلى": true, "من": true, "عن": true, "بين": true, "في": true, "لدى": true, "تجاه": true, "حول": true, "نحو": true, "بحق": true, "أمام": true}

var validFrames = map[string]bool{"intent": true, "appeal": true, "demand": true, "reject": true, "threaten": true}

func (p *Pattern) validate() error {
	if p.ID == "" {
		return fmt.Errorf("missing id")
	}
	if len(p.Verbs)+len(p.Nouns)+len(p.Words) == 0 {
		return fmt.Errorf("no verbs, nouns or words")
	}
	check := func(code string) error {
		if !cameo.Valid(code) {
			return fmt.Errorf("unknown CAMEO code %q", code)
		}
		if p.root != "frames" && p.root != "themes" && cameo.MustLookup(code).Root() != p.root[:2] {
			return fmt.Errorf("code %s is not of root %s", code, p.root)
		}
		return nil
	}
	if p.Code == "" && p.Theme == "" {
		return fmt.Errorf("no code and no theme")
	}
	if p.Code != "" {
		if err := check(p.Code); err != nil {
			return err
		}
	}
	if p.Also != "" {
		if !cameo.Valid(p.Also) {
			return fmt.Errorf("unknown CAMEO code %q (also)", p.Also)
		}
		if p.Code == "" || cameo.MustLookup(p.Also).Root() == p.root[:2] {
			return fmt.Errorf("also %s needs a code and must be of another root than %s", p.Also, p.root)
		}
	}
	for _, c := range []string{p.Official, p.Crowd} {
		if c != "" && !cameo.Valid(c) {
			return fmt.Errorf("unknown CAMEO code %q (official or crowd)", c)
		}
	}
	for _, r := range p.Refine {
		if err := check(r.Code); err != nil {
			return err
		}
		if len(r.Near)+len(r.Object) == 0 && r.Theme == "" {
			return fmt.Errorf("refine %s has no condition", r.Code)
		}
	}
	if p.Place != nil {
		for _, c := range []string{p.Place.Third, p.Place.AtTarget, p.Place.AtSource} {
			if c != "" {
				if err := check(c); err != nil {
					return err
				}
			}
		}
	}
	if p.Reverse != "" {
		if err := check(p.Reverse); err != nil {
			return err
		}
	}
	for _, m := range p.Target {
		if !validMarkers[m] {
			return fmt.Errorf("unknown target marker %q", m)
		}
	}
	if p.Frame != "" && !validFrames[p.Frame] {
		return fmt.Errorf("unknown frame %q", p.Frame)
	}
	for _, g := range []string{p.Genitive, p.Adj} {
		if g != "" && g != "source" && g != "target" && g != "both" && g != "doer" {
			return fmt.Errorf("genitive/adj must be source, target or both, not %q", g)
		}
	}
	if p.Confidence < 0 || p.Confidence > 1 {
		return fmt.Errorf("confidence %v out of 0..1", p.Confidence)
	}
	return nil
}

// forms returns every dictionary form of the pattern's head words, normalised. A multi-word
// noun or word ("عملية عسكرية", "حل سياسي") is keyed by its first word; the others must follow.
func (p *Pattern) forms() []form {
	var out []form
	for _, v := range p.Verbs {
		out = append(out, verbForms(v)...)
	}
	for _, n := range p.Nouns {
		head, rest := splitPhrase(n)
		for _, f := range nounForms(head) {
			f.rest = rest
			out = append(out, f)
		}
	}
	for _, w := range p.Words {
		head, rest := splitPhrase(w)
		out = append(out, form{key: head, pos: posWord, rest: rest})
	}
	for i := range out {
		out[i].key = arabic.Key(out[i].key)
	}
	return out
}

// splitPhrase splits "عملية عسكرية" into its head word and the keys of the words after it.
func splitPhrase(s string) (string, []string) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "", nil
	}
	var rest []string
	for _, w := range f[1:] {
		rest = append(rest, arabic.Key(w))
	}
	return f[0], rest
}
