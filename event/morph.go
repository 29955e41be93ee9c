package event

import (
	"strings"

	"marsad/internal/wordhash"
)

// Part-of-speech of a dictionary form.
type pos uint8

const (
	posPerfect   pos = iota + 1 // perfect verb: التقى، التقت، التقوا
	posImperfect                // imperfect verb: يلتقي، تلتقي، يلتقون
	posNoun                     // noun/masdar: لقاء، اللقاءات
	posBound                    // noun stem that needs a pronoun suffix: زيارت(ه)، لقائ(ه)
	posWord                     // invariable word (particle, adjective): taken as written
)

func (p pos) verb() bool { return p == posPerfect || p == posImperfect }

// form is a generated surface form (already in arabic.Key form) of a lemma.
type form struct {
	key     string
	pos     pos
	rest    []string // words that must follow (multi-word heads)
	passive bool     // a passive form ("اغتيل"): the actor after it is the target
	pron    pron     // the subject is a pronoun in the form (التقيا، يلتقون، التقينا)
}

// pron says whether a verb form carries its subject as a pronoun, and which.
type pron uint8

const (
	pronNone  pron = iota // third person singular: the subject may follow (التقى الوزير)
	pronThird             // dual or plural, third person (التقيا، يلتقون): the parties named before
	pronFirst             // first or second person (التقينا، نلتقي): the speaker
)

// verbForms generates the perfect and imperfect inflections of a verb given as
// "perfect|imperfect" in the third person masculine singular (e.g. "التقى|يلتقي", "هاجم|يهاجم").
// Either side may be empty ("|يعتزم"). Extra irregular forms may follow after a comma:
// "قال|يقول,قلنا,قلت". The forms are raw (not yet normalised).
func verbForms(spec string) []form {
	if strings.HasPrefix(spec, "~") {
		// passive: "~اغتيل|~يغتال" — the same inflections, flagged passive
		out := verbForms(strings.ReplaceAll(spec, "~", ""))
		for i := range out {
			out[i].passive = true
		}
		return out
	}
	main, extra, _ := strings.Cut(spec, ",")
	perf, imperf, _ := strings.Cut(main, "|")
	perf, imperf = strings.TrimSpace(perf), strings.TrimSpace(imperf)
	var out []form
	add := func(p pos, ss ...string) {
		for _, s := range ss {
			out = append(out, form{key: s, pos: p})
		}
	}
	// addPron adds forms that carry their subject as a pronoun suffix or prefix (dual, plural,
	// first or second person): the actor right after such a verb is not its subject.
	addPron := func(p pos, pr pron, ss ...string) {
		for _, s := range ss {
			out = append(out, form{key: s, pos: p, pron: pr})
		}
	}
	if perf != "" {
		switch {
		case strings.HasSuffix(perf, "ى"): // defective: التقى → التقت التقيا التقوا
			// The feminine plural (التقين) is left out: it is rare in news and its form is
			// often a common word (أثنين = اثنين "two", بنين "sons").
			b := strings.TrimSuffix(perf, "ى")
			add(posPerfect, perf, b+"ت")
			addPron(posPerfect, pronThird, b+"يا", b+"تا", b+"وا")
			addPron(posPerfect, pronFirst, b+"ينا", b+"يت", b+"يتم")
		case strings.HasSuffix(perf, "ا") && runeLen(perf) == 3: // دعا → دعت دعوا دعونا
			b := strings.TrimSuffix(perf, "ا")
			add(posPerfect, perf, b+"ت")
			addPron(posPerfect, pronThird, b+"وا", b+"تا", b+"وتا")
			addPron(posPerfect, pronFirst, b+"ونا", b+"وت", b+"وتم")
		default:
			add(posPerfect, perf, perf+"ت")
			addPron(posPerfect, pronThird, perf+"ا", perf+"تا", perf+"وا", perf+"ن")
			addPron(posPerfect, pronFirst, perf+"نا", perf+"تم", perf+"تما", perf+"تن")
		}
	}
	if imperf != "" {
		body := strings.TrimPrefix(imperf, "ي")
		var bodies []string
		switch {
		case strings.HasSuffix(body, "ي"): // يلتقي
			b := strings.TrimSuffix(body, "ي")
			bodies = []string{body, b + "يان", b + "ون", b + "ين", b + "يا", b + "وا", b}
		case strings.HasSuffix(body, "و"): // يدعو
			b := strings.TrimSuffix(body, "و")
			bodies = []string{body, b + "وان", b + "ون", b + "وا", b + "ين", b}
		case strings.HasSuffix(body, "ى"): // يسعى
			b := strings.TrimSuffix(body, "ى")
			bodies = []string{body, b + "يان", b + "ون", b + "وا", b + "ين", b + "يا", b}
		default:
			bodies = []string{body, body + "ان", body + "ون", body + "ين", body + "ن", body + "ا", body + "وا"}
		}
		// The first person (أ, ن) takes no number suffix: only the plain body. A suffixed form
		// after أ is not a verb and is often a common word (أثنين = اثنين "two").
		short := body
		if strings.HasSuffix(body, "ي") || strings.HasSuffix(body, "و") || strings.HasSuffix(body, "ى") {
			short = bodies[len(bodies)-1]
		}
		for _, b := range bodies {
			if b == body || b == short {
				add(posImperfect, "ي"+b, "ت"+b)
			} else {
				addPron(posImperfect, pronThird, "ي"+b, "ت"+b)
			}
		}
		// (not the first person's short form: "لم أرعَ" is rare, and with a future سـ, which
		// the short form never takes, "أرع" reads "سارع" as "I will sponsor")
		addPron(posImperfect, pronFirst, "ن"+body, "أ"+body)
	}
	for _, x := range strings.Split(extra, ",") {
		if x = strings.TrimSpace(x); x != "" {
			p := posPerfect
			if strings.HasPrefix(x, "ي") || strings.HasPrefix(x, "ت") || strings.HasPrefix(x, "ن") {
				p = posImperfect
			}
			add(p, x)
		}
	}
	return out
}

// nounForms generates the forms of a noun given as "singular" or "singular/plural/plural2…":
// the sound feminine plural and the dual are generated; broken plurals are listed. Pronoun-suffix
// stems (ة → ت, اء → ائ) are generated as bound forms.
func nounForms(spec string) []form {
	var out []form
	parts := strings.Split(spec, "/")
	for i, w := range parts {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		out = append(out, form{key: w, pos: posNoun})
		switch {
		case strings.HasSuffix(w, "ة"):
			b := strings.TrimSuffix(w, "ة")
			out = append(out, form{key: b + "ت", pos: posBound})
			if i == 0 {
				out = append(out, form{key: b + "ات", pos: posNoun}, form{key: b + "تان", pos: posNoun}, form{key: b + "تين", pos: posNoun}, form{key: b + "تا", pos: posBound}, form{key: b + "تي", pos: posBound})
			}
		case strings.HasSuffix(w, "اء"):
			b := strings.TrimSuffix(w, "ء")
			out = append(out, form{key: b + "ئ", pos: posBound})
			if i == 0 {
				out = append(out, form{key: w + "ات", pos: posNoun}, form{key: b + "ئات", pos: posNoun}, form{key: w + "ان", pos: posNoun}, form{key: w + "ين", pos: posNoun})
			}
		case strings.HasSuffix(w, "ات"):
			// already plural (a singular may end in ون or ين: قانون، تمرين)
		default:
			if i == 0 {
				out = append(out, form{key: w + "ات", pos: posNoun}, form{key: w + "ان", pos: posNoun}, form{key: w + "ين", pos: posNoun}, form{key: w + "ا", pos: posNoun})
			}
		}
	}
	return out
}

func runeLen(s string) int { return len([]rune(s)) }

// Clitics, in arabic.Key form. A token's key is split as conj + (fut | prep) + art + stem + suffix.
var (
	conjClitics = []string{"", "و", "ف"}
	suffixes    = []string{"", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "ي", "ني", "نا"}
)

// objSuffix are the third-person pronoun suffixes a verb takes as its object.
var objSuffix = map[string]bool{"ه": true, "ها": true, "هم": true, "هما": true}

// split is one way of reading a token as clitics + stem.
type split struct {
	conj, prep string // و/ف ; ب/ل/ك/س
	art        bool   // ال (or the ل of لل)
	stem       string
	suffix     string
	respelled  bool // the stem's final ى was written ا before the suffix ("التقاه")
}

// splits returns the candidate readings of a token key. stems shorter than two runes are not
// produced. The caller keeps only readings whose stem is in its dictionary with a compatible pos.
// filter is a Bloom filter over known's keys (the zero Filter: none), which rules out most
// candidate stems without a probe into the map.
func splits(key string, dst []split, known map[string]bool, filter wordhash.Filter) []split {
	isKnown := func(w string) bool { return filter.Has(wordhash.String(w)) && known[w] }
	for _, c := range conjClitics {
		if !strings.HasPrefix(key, c) {
			continue
		}
		r1 := key[len(c):]
		for _, p := range []string{"", "ب", "ل", "ك", "س"} {
			if !strings.HasPrefix(r1, p) {
				continue
			}
			r2 := r1[len(p):]
			arts := []struct {
				pre string
				art bool
			}{{"", false}}
			if strings.HasPrefix(r2, "ال") {
				arts = append(arts, struct {
					pre string
					art bool
				}{"ال", true})
			}
			if p == "ل" && strings.HasPrefix(r2, "ل") { // لل = ل + ال
				arts = append(arts, struct {
					pre string
					art bool
				}{"ل", true})
			}
			for _, a := range arts {
				r3 := r2[len(a.pre):]
				for _, s := range suffixes {
					if !strings.HasSuffix(r3, s) {
						continue
					}
					stem := r3[:len(r3)-len(s)]
					if len(stem) < 4 { // two Arabic letters
						continue
					}
					if p == "ك" && stem == "ان" && s == "" || a.art && (stem == "ان" || stem == "وان") {
						// "كان" (was) is no ك + أن: with hamzas folded it is spelled as كأن (as if),
						// and reading it so made every كان open a clause; nor are "الآن" (now) and
						// "ألوان" (colours) أن with an article
						continue
					}
					// a final ى is written ا before a pronoun suffix: "التقاه" is التقى + ه, "ترعاه"
					// ترعى + ه (keys spell ى as ي)
					// (object pronouns of the third person only: "نعاني" is no نعى + ني, "تراهن" no
					// ترى + هن)
					if objSuffix[s] && strings.HasSuffix(stem, "ا") && len(stem) >= 6 {
						if alt := strings.TrimSuffix(stem, "ا") + "ي"; known == nil || isKnown(alt) {
							dst = append(dst, split{conj: c, prep: p, art: a.art, stem: alt, suffix: s, respelled: true})
						}
					}
					if known != nil && !isKnown(stem) && !(a.art && isKnown("ال"+stem)) {
						continue
					}
					dst = append(dst, split{conj: c, prep: p, art: a.art, stem: stem, suffix: s})
				}
			}
		}
	}
	return dst
}

// compatible tells whether clitics fit a form's part of speech.
func (s split) compatible(p pos) bool {
	switch p {
	case posPerfect:
		return s.prep == "" && !s.art
	case posImperfect:
		return (s.prep == "" || s.prep == "س" || s.prep == "ل") && !s.art
	case posNoun:
		return s.prep != "س" && !(s.art && s.suffix != "")
	case posBound:
		return s.prep != "س" && !s.art && s.suffix != ""
	case posWord:
		return s.prep != "س" && s.suffix == ""
	}
	return false
}
