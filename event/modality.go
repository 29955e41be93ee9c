package event

import (
	"strings"

	"marsad"
)

// modality decides whether the text says the event happened. Cues are read in the trigger's
// clause before it (and, for planned events, right after a nominal trigger); the strongest cue
// wins: negated > unlikely > hypothetical > planned > asserted.
func (c *Coder) modality(s *sent, t *trig, trigs []*trig) string {
	head := t.i
	if t.light >= 0 && t.light < head {
		head = t.light
	}
	// "امتنعت الصين عن إدانة الهجوم الروسي", "لم تدن الصين الهجوم": the act a judgement is
	// about is not under the judgement's own negation or plan
	if !t.pos.verb() {
		for _, u := range trigs {
			if u != t && judgingRoots[u.p.root[:2]] && u.end <= t.i && (u.end == t.i || u.pos.verb() && t.i-u.end <= 4 && noTriggerBetween(trigs, u, t)) {
				// (but "أبدى تفاؤله بإمكانية توقيع اتفاق": a hope between them is the act's)
				if j, _ := c.lx.hypothet.findBack(s, u.end, t.i); j >= 0 {
					return marsad.Hypothetical
				}
				return marsad.Asserted
			}
		}
	}
	// "رفض حزب الله نزع سلاحه", "رفضت إثيوبيا التوقيع على الاتفاق": an act of one's own
	// refused, right after the refusal and with no other's name on it, did not happen ("رفضت
	// التدخل الأمريكي" is a stance on an act that did)
	if t.pos != posImperfect && t.sp.conj == "" && t.frame < 0 && (t.i+1 >= len(s.toks) || s.mentAt[t.i+1] < 0) {
		for _, u := range trigs {
			if u == t || u.p.Frame != "reject" || u.dropped || u.end > t.i {
				continue
			}
			// (the refuser named in between: "رفض حزب الله نزع سلاحه")
			j := u.end
			for j < t.i && s.mentAt[j] >= 0 {
				j++
			}
			if j == t.i {
				return marsad.Negated
			}
		}
	}
	// the governing verb is itself a refusal ("امتنعت الصين عن إدانة …")
	if t.light >= 0 && t.lkind == lightActive {
		if _, ok := c.lx.deny.matchAt(s, t.light); ok {
			return marsad.Negated
		}
	}
	cs := s.clauseStart(head)
	// widen the clause over a complementizer right before it (من غير المحتمل أن يتم …)
	ws := cs
	if cs > 0 {
		if _, ok := c.lx.compl.matchAt(s, cs-1); ok {
			ws = s.clauseStart(cs - 1)
		}
	}
	if ws < head-10 {
		ws = head - 10
	}
	if ws < 0 {
		ws = 0
	}
	// "ما لم" / "إن لم": unless — a condition, not a negation
	if head >= 2 && s.keys[head-1] == "لم" && (s.keys[head-2] == "ما" || s.keys[head-2] == "ان") {
		return marsad.Hypothetical
	}
	// "لا تستبعد واشنطن فرض عقوبات": not ruling out is possible, not negated
	if j, _ := c.lx.unlikely.findBack(s, ws, head); j >= 1 && j >= ws && (c.lx.negation.single[s.keys[j-1]]) {
		return marsad.Hypothetical
	}
	// negation right before the head (or before an auxiliary تم/يتم in between)
	for j := head - 1; j >= max(cs, head-3); j-- {
		// (لمّا negates a jussive; before a past verb it is "when" or "to what": "استجابة لما
		// دعا إليه الرئيس")
		if c.lx.negation.single[s.keys[j]] && !(s.keys[j] == "لما" && j == head-1 && t.pos == posPerfect) {
			return marsad.Negated
		}
		if j == head-1 && c.lx.negPerfect.single[s.keys[j]] && t.pos == posPerfect && (j == 0 || s.isPunct(j-1) || s.keys[j-1] == "و" || s.keys[j-1] == "ف") {
			return marsad.Negated
		}
		if s.isPunct(j) {
			break
		}
	}
	// cues that govern a complement clause ("نفى … أن يكون قد التقى", "يستبعد مراقبون أن
	// يلتقي") reach over the complementizer and a long subject
	gs := ws
	if cs > 0 {
		if _, ok := c.lx.compl.matchAt(s, cs-1); ok {
			gs = max(0, s.clauseStart(cs-1), head-18)
		}
	}
	// "…، مطالبا الجيش بالإفراج": a circumstantial participle after a comma is a clause of its own
	if t.p.Participle && head > 0 && s.weak(head-1) {
		gs, ws = head, max(ws, head)
	}
	// "… إذا كان يريد السلام، مؤكداً أن بلاده ستواصل دعم …": a circumstantial participle after a
	// comma opens a clause of its own, which a condition before it does not reach
	for j := head - 1; j > max(ws, 0); j-- {
		if circumstantial[s.keys[j]] && s.weak(j-1) {
			gs, ws = max(gs, j), max(ws, j)
			break
		}
	}
	// "…، ووصفت": a comma and a conjunction start a new coordinated clause
	for j := head; j > gs; j-- {
		if s.weak(j-1) && (strings.HasPrefix(s.keys[j], "و") || strings.HasPrefix(s.keys[j], "ف")) {
			gs = j
			if ws < j {
				ws = j
			}
			break
		}
	}
	if j, _ := c.lx.deny.findBack(s, gs, head); j >= 0 && j != t.i {
		return marsad.Negated
	}
	if j, _ := c.lx.unlikely.findBack(s, gs, head); j >= 0 {
		return marsad.Unlikely
	}
	hs := ws
	if t.sp.conj == "و" && t.pos.verb() && !s.weak(head-1) {
		// "تهدف المحادثات إلى التوصل إلى اتفاق ينهي الحرب ويعيد العلاقات": a verb joined by و
		// shares the aim of the verb before it
		hs = max(cs, head-18)
	}
	if j, _ := c.lx.hypothet.findBack(s, hs, head); j >= 0 && (t.pos.verb() || !isSubjectOf(s, j, head)) {
		return marsad.Hypothetical
	}
	// a cue between a governing verb and the trigger ("أبدى تفاؤله بإمكانية التوصل إلى اتفاق")
	if head < t.i {
		if j, _ := c.lx.hypothet.findBack(s, head+1, t.i); j >= 0 {
			return marsad.Hypothetical
		}
	}
	// "التقى الوزيران في مسقط للتوصل إلى اتفاق": reaching a deal as the aim of an act is not
	// reaching it
	if t.p.ID == "reach-agreement" && !t.pos.verb() && t.sp.prep == "ل" {
		return marsad.Hypothetical
	}
	// "في إطار مساعي التطبيع", "بالسعي إلى التطبيع", "جهود التوصل إلى اتفاق": an outcome sought
	// is not an outcome reached
	if !t.pos.verb() && outcomeCode(t.code) && head > 0 && (effortWords[s.keys[head-1]] ||
		head > 1 && (s.keys[head-1] == "الي" || s.keys[head-1] == "إلى") && effortWords[s.keys[head-2]]) {
		return marsad.Hypothetical
	}
	// قد + imperfect: may happen ("قد يتم"; not "قد تم", nor "قد وقعتا الاتفاقية … خلال زيارة")
	if head > 0 && c.lx.possibility.single[s.keys[head-1]] && (t.pos == posImperfect || t.light >= 0 && imperfectLight(s.keys[t.light])) {
		return marsad.Hypothetical
	}
	// "قد تلجأ إلى احتجاز سفن", "قد تضطر إلى فرض": an act noun after a verb that may happen
	if !t.pos.verb() && t.light < 0 {
		for j := head - 2; j >= 0 && j >= head-3; j-- {
			if v := s.keys[j+1]; c.lx.possibility.single[s.keys[j]] && (strings.HasPrefix(v, "ت") || strings.HasPrefix(v, "ي")) && !s.isPunct(j+1) {
				return marsad.Hypothetical
			}
		}
	}
	// "أي هجوم إسرائيلي على رفح": any attack is no attack in particular
	if !t.pos.verb() && (head > 0 && s.keys[head-1] == "اي" || t.i > 0 && s.keys[t.i-1] == "اي") {
		return marsad.Hypothetical
	}
	// "قد تشعل احتجاجات": a noun governed by قد + imperfect verb
	if !t.pos.verb() && head >= 2 && c.lx.possibility.single[s.keys[head-2]] && imperfectLike(s.keys[head-1]) {
		return marsad.Hypothetical
	}
	if t.p.Frame == "intent" {
		// a frame (intent, appeal, demand, threat) is itself a present act: its future is its
		// content, not its modality
		return marsad.Asserted
	}
	if t.pos == posImperfect && t.sp.prep == "س" {
		if strings.HasPrefix(t.p.root, "03") || t.p.Future && strings.HasPrefix(t.p.root, "13") {
			// "ستعمل مع إريتريا على …": saying one will cooperate is expressing the intent
			// now (03x), not a planned act; so is saying one will strike back or use force a
			// threat made now ("إن إيران سترد", "إن التحالف سيستخدم القوة")
			return marsad.Asserted
		}
		return marsad.Planned
	}
	if t.light >= 0 && !continuing[s.keys[t.light]] {
		for _, sp := range s.splits(t.light) {
			if sp.prep == "س" && !continuing[sp.stem] {
				return marsad.Planned
			}
		}
	}
	// (an agreement's terms are planned, but not a past act told inside them: "وينص الاتفاق الذي
	// توسطت فيه الولايات المتحدة على …")
	if j, _ := c.lx.planned.findBack(s, ws, head); j >= 0 && !isSubjectOf(s, j, head) && !(t.pos == posPerfect && termsCues[s.keys[j]]) {
		return marsad.Planned
	}
	// the governing verb is itself the plan ("يعتزم الرئيس زيارة الجزائر")
	if t.light >= 0 && t.lkind == lightActive {
		if _, ok := c.lx.planned.matchAt(s, t.light); ok {
			return marsad.Planned
		}
	}
	if !t.pos.verb() {
		if j, _ := c.lx.plannedAft.find(s, t.end, min(len(s.toks), t.end+3)); j >= 0 {
			return marsad.Planned
		}
	}
	// a present-tense verb in a sentence already about the future ("من المقرر أن يزور … الأسبوع
	// المقبل، حيث يلتقي …")
	if t.pos == posImperfect {
		if j, _ := c.lx.planned.findBack(s, 0, head); j >= 0 {
			return marsad.Planned
		}
		if j, _ := c.lx.futureTime.findBack(s, 0, head); j >= 0 {
			return marsad.Planned
		}
	}
	// a future time after a past-tense verb dates what the verb is about ("أبدى تفاؤله بإمكانية
	// التوصل إلى اتفاق خلال الأيام المقبلة"), not the verb's act
	ce := s.clauseEnd(t.i)
	if j, _ := c.lx.futureTime.find(s, t.end, ce); j >= 0 && t.pos != posPerfect {
		if k, _ := c.lx.pastTime.find(s, cs, ce); k < 0 {
			return marsad.Planned
		}
	}
	return marsad.Asserted
}

// purposeCues are the cues of aim that are no verbs: the noun after them is what is aimed at.
var purposeCues = keySet("بهدف", "سعيا", "الرامية", "الهادفة", "بغية", "أجل", "لأجل", "سبيل")

// isSubjectOf reports a definite noun right after a cue verb: it is the verb's subject
// ("وتهدف هذه المحادثات إلى …"), not what the cue is about.
// noTriggerBetween reports that no trigger stands between u and t.
func noTriggerBetween(trigs []*trig, u, t *trig) bool {
	for _, v := range trigs {
		if v != u && v != t && v.i > u.i && v.i < t.i {
			return false
		}
	}
	return true
}

func isSubjectOf(s *sent, cue, head int) bool {
	if head-cue > 3 || purposeCues[s.keys[cue]] {
		return false // ("بهدف التوصل إلى اتفاق": a purpose, no verb with a subject)
	}
	for j := cue + 1; j < head; j++ {
		switch s.keys[j] {
		case "هذه", "هذا", "هاتين", "هذين", "تلك", "ذلك":
			continue
		}
		return false
	}
	for _, sp := range s.splits(head) {
		if sp.art && sp.prep == "" {
			return true
		}
	}
	return false
}

// imperfectLike reports a word that looks like an imperfect verb (يـ تـ نـ أ + at least three letters).
func imperfectLike(k string) bool {
	r := []rune(k)
	return len(r) >= 4 && (r[0] == 'ي' || r[0] == 'ت' || r[0] == 'ن')
}

// imperfectLight reports a light verb in the imperfect ("يتم", "تجري", "يشن"), not the
// perfect ("تم", "تلقى", "جرت", "وقعتا الاتفاقية", "نفذ": the first person plural is left
// out).
func imperfectLight(k string) bool {
	return (strings.HasPrefix(k, "ي") || strings.HasPrefix(k, "ت")) && !perfectLights[k]
}

// perfectLights are the light verbs in the perfect that begin like an imperfect.
var perfectLights = keySet("تم", "تمت", "تلقى", "تلقت", "تلقوا", "تلقيا")

// termsCues open an agreement's terms (cues.yaml's planned list holds them).
var termsCues = keySet("نص", "ونص", "نصت", "ونصت", "ينص", "وينص", "تنص", "وتنص", "بموجب", "وبموجب")

// continuing verbs: "ستواصل إرسال المساعدات" says the aid goes on, not that it is planned.
var continuing = map[string]bool{"تواصل": true, "يواصل": true, "نواصل": true, "يواصلون": true, "تواصلان": true,
	"يستمر": true, "تستمر": true, "نستمر": true}

// effortWords name the efforts toward an outcome (keys): "مساعي التطبيع", "السعي إلى".
var effortWords = keySet("مساعي", "مساع", "مسعى", "جهود", "محاولات", "محاولة", "السعي", "بالسعي", "سعيا", "سعي",
	"للسعي", "مسار", "ومساعي", "وجهود")

// outcomeCode reports a code of an outcome — relations normalised or restored, an agreement,
// a ceasefire — rather than an activity (mediation, talks) that efforts consist of.
func outcomeCode(code string) bool {
	switch code {
	case "054", "057", "0871", "0872", "081":
		return true
	}
	return false
}
