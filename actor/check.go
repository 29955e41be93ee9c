package actor

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// sectors are the CAMEO sector codes a role or sector word may give.
var sectors = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "OPP": true, "REB": true,
	"PTY": true, "MED": true, "BUS": true, "CVL": true, "REF": true, "EDU": true, "HLH": true,
	"LAB": true, "REL": true, "ELI": true, "SPY": true, "INS": true, "AGR": true, "DEV": true,
	"HRI": true, "MOD": true, "RAD": true, "UAF": true, "SEP": true, "ENV": true, "CRM": true,
}

func validSector(s string) bool { return sectors[s] }

var (
	codeRe = regexp.MustCompile(`^[A-Z0-9]{3}(?:[A-Z0-9]{3})*$`)
	slugRe = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	iso3Re = regexp.MustCompile(`^[A-Z]{3}$`)
	qidRe  = regexp.MustCompile(`^Q[1-9][0-9]*$`)
)

// Check reports problems in the knowledge base: files that did not load, duplicate ids, records
// without required fields, malformed codes and dates, roles with unknown offices or places,
// overlapping holders of a single-seat office, and full name forms shared by records with
// different codes. An empty result means the data is consistent.
func (kb *KB) Check() []Problem {
	if kb == nil {
		return []Problem{{Msg: "no knowledge base"}}
	}
	ps := append([]Problem(nil), kb.problems...)
	add := func(a *Actor, format string, args ...any) {
		p := Problem{ID: a.ID, Msg: fmt.Sprintf(format, args...)}
		p.File, p.Line = kb.where(a)
		ps = append(ps, p)
	}
	for _, id := range []string{"president", "foreign_minister", "prime_minister"} {
		if kb.offices[id] == nil {
			ps = append(ps, Problem{File: "offices.yaml", Msg: "required office " + id + " is missing"})
		}
	}
	for _, a := range kb.order {
		if len(a.Ar) == 0 {
			add(a, "no Arabic name (ar)")
		}
		if a.Wikidata != "" && !qidRe.MatchString(a.Wikidata) {
			add(a, "malformed Wikidata id %q", a.Wikidata)
		}
		switch a.Kind {
		case CountryKind:
			if !iso3Re.MatchString(a.ID) {
				add(a, "country id must be a three-letter code")
			}
			if a.En == "" {
				add(a, "no English name (en)")
			}
		case Person:
			if !slugRe.MatchString(a.ID) {
				add(a, "id must be a lowercase ASCII slug")
			}
			if a.Country != "" && kb.country(a.Country) == nil {
				add(a, "unknown country %q", a.Country)
			}
			if len(a.Roles) == 0 && a.Code == "" && len(a.Codes) == 0 {
				add(a, "no roles and no code")
			}
		default:
			if !kinds[a.Kind] {
				add(a, "unknown kind %q", a.Kind)
			}
			if !slugRe.MatchString(a.ID) {
				add(a, "id must be a lowercase ASCII slug")
			}
			if a.Code == "" && len(a.Codes) == 0 {
				add(a, "no code")
			}
			if a.Country != "" && kb.country(a.Country) == nil {
				add(a, "unknown country %q", a.Country)
			}
		}
		if a.Code != "" && !codeRe.MatchString(a.Code) {
			add(a, "malformed code %q", a.Code)
		}
		for _, c := range a.Codes {
			if !codeRe.MatchString(c.Code) {
				add(a, "malformed dated code %q", c.Code)
			}
			if c.Start != "" && c.End != "" && c.from > c.to {
				add(a, "dated code %s starts after it ends", c.Code)
			}
		}
		for _, r := range a.Roles {
			kb.checkRole(a, r, add)
		}
	}
	ps = append(ps, kb.overlaps()...)
	ps = append(ps, kb.duplicateForms()...)
	return ps
}

func (kb *KB) checkRole(a *Actor, r Role, add func(*Actor, string, ...any)) {
	o := kb.offices[r.Office]
	switch {
	case r.Office == "":
		add(a, "role without office")
	case o == nil:
		add(a, "unknown office %q", r.Office)
	case len(o.Heads) > 0:
		add(a, "office %q is not held as a role", r.Office)
	}
	switch {
	case r.Country == "" && r.Org == "":
		add(a, "role %s has neither country nor org", r.Office)
	case r.Country != "" && r.Org != "":
		add(a, "role %s has both country and org", r.Office)
	case r.Country != "" && kb.country(r.Country) == nil:
		add(a, "role %s: unknown country %q", r.Office, r.Country)
	case r.Org != "" && (kb.actors[r.Org] == nil || kb.actors[r.Org].Kind == Person || kb.actors[r.Org].Kind == CountryKind):
		add(a, "role %s: unknown org %q", r.Office, r.Org)
	}
	if r.Start == "" {
		add(a, "role %s has no start date", r.Office)
	}
	if r.Start != "" && r.End != "" && r.from > r.to {
		add(a, "role %s starts (%s) after it ends (%s)", r.Office, r.Start, r.End)
	}
}

// country returns the country record with an ISO3/CAMEO code.
func (kb *KB) country(code string) *Actor {
	if a := kb.actors[code]; a != nil && a.Kind == CountryKind {
		return a
	}
	return nil
}

// where tells the file and line a record came from.
func (kb *KB) where(a *Actor) (string, int) {
	for _, f := range kb.forms {
		if f.actor == a {
			return f.file, f.line
		}
	}
	return "", 0
}

type seat struct{ office, where, region string }

type tenure struct {
	a    *Actor
	r    Role
	from int32
	to   int32
}

// overlaps finds two people holding a single-seat office of one country (or organisation, and
// region) on the same day. A handover on one day (one ends the day the other starts) is not an
// overlap.
func (kb *KB) overlaps() []Problem {
	bySeat := map[seat][]tenure{}
	for _, a := range kb.order {
		for _, r := range a.Roles {
			o := kb.offices[r.Office]
			if o == nil || o.Multi {
				continue
			}
			k := seat{r.Office, r.Where(), r.Region}
			bySeat[k] = append(bySeat[k], tenure{a, r, r.from, r.to})
		}
	}
	keys := make([]seat, 0, len(bySeat))
	for k := range bySeat {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].office != keys[j].office {
			return keys[i].office < keys[j].office
		}
		if keys[i].where != keys[j].where {
			return keys[i].where < keys[j].where
		}
		return keys[i].region < keys[j].region
	})
	var ps []Problem
	for _, k := range keys {
		ts := bySeat[k]
		sort.Slice(ts, func(i, j int) bool { return ts[i].from < ts[j].from })
		for i := 1; i < len(ts); i++ {
			for j := 0; j < i; j++ {
				p, q := ts[j], ts[i]
				if p.a == q.a || q.from >= p.to {
					continue
				}
				file, line := kb.where(q.a)
				place := k.where
				if k.region != "" {
					place += "/" + k.region
				}
				ps = append(ps, Problem{File: file, Line: line, ID: q.a.ID, Msg: fmt.Sprintf(
					"%s of %s from %s overlaps %s (%s–%s)", k.office, place, q.r.Start, p.a.ID, p.r.Start, orOpen(p.r.End))})
			}
		}
	}
	return ps
}

func orOpen(end string) string {
	if end == "" {
		return "open"
	}
	return end
}

// duplicateForms finds a full name, capital or demonym that two records with different codes
// share. Short forms may be shared (they resolve by context).
func (kb *KB) duplicateForms() []Problem {
	type owner struct {
		f    formRec
		code string
	}
	byKey := map[string][]owner{}
	for _, f := range kb.forms {
		if f.kind == eShort {
			continue
		}
		code := f.actor.Code
		if f.actor.Kind == Person {
			code = "person:" + f.actor.ID
		}
		byKey[f.key] = append(byKey[f.key], owner{f, code})
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var ps []Problem
	for _, k := range keys {
		os := byKey[k]
		for i := 1; i < len(os); i++ {
			if os[i].code == os[0].code || os[i].f.actor == os[0].f.actor || sharedCapitalForm(kb, os[0].f, os[i].f) {
				continue
			}
			ps = append(ps, Problem{File: os[i].f.file, Line: os[i].f.line, ID: os[i].f.actor.ID, Msg: fmt.Sprintf(
				"form %q is also a form of %s (%s): use short: for shared forms", os[i].f.text, os[0].f.actor.ID,
				strings.TrimPrefix(os[0].code, "person:"))})
		}
	}
	return ps
}

// sharedCapitalForm reports whether two forms are a capital and another country's name that
// the capital declares it shares ("عمان": Jordan's capital, Oman's name; shared_with: [OMN]).
func sharedCapitalForm(kb *KB, a, b formRec) bool {
	if b.kind == eCapital {
		a, b = b, a
	}
	return a.kind == eCapital && slices.Contains(kb.sharedCapital[a.actor], b.actor.ID)
}
