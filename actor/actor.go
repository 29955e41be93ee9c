package actor

import (
	"math"
	"strings"
	"time"
)

// Kind is the kind of an actor record.
type Kind string

// Kinds of actors.
const (
	Person      Kind = "person"
	CountryKind Kind = "country"
	Government  Kind = "government" // a government body: ministry, legislature, army with a name
	IGO         Kind = "igo"
	NGO         Kind = "ngo"
	ArmedGroup  Kind = "armed_group"
	Party       Kind = "party"
	Company     Kind = "company"
	Media       Kind = "media"
	Other       Kind = "other"
)

var kinds = map[Kind]bool{Person: true, CountryKind: true, Government: true, IGO: true, NGO: true,
	ArmedGroup: true, Party: true, Company: true, Media: true, Other: true}

// Role is an office a person held, in a country (Country, an ISO3/CAMEO code) or an organisation
// (Org, an actor id), from Start to End (YYYY-MM-DD, both inclusive; End empty while in office).
// Region narrows envoys and ambassadors ("SYR" for the UN envoy to Syria).
type Role struct {
	Office  string `json:"office"`
	Country string `json:"country,omitempty"`
	Org     string `json:"org,omitempty"`
	Region  string `json:"region,omitempty"`
	Start   string `json:"start,omitempty"`
	End     string `json:"end,omitempty"`

	from, to int32 // days since 1970-01-01; to is maxDay when End is empty
}

// Where returns the country or organisation the role is held in.
func (r Role) Where() string {
	if r.Org != "" {
		return r.Org
	}
	return r.Country
}

func (r Role) covers(day int32) bool { return r.from <= day && day <= r.to }

// headOfState reports whether the actor holds a head of state's office (president, monarch,
// supreme leader) on day.
func (a *Actor) headOfState(day int32) bool {
	for _, r := range a.Roles {
		switch r.Office {
		case "president", "monarch", "supreme_leader":
			if r.Country != "" && r.covers(day) {
				return true
			}
		}
	}
	return false
}

// military reports a person who holds or held a military office (an office of the MIL sector,
// or a military code on the day): one a rank may be written before.
func (a *Actor) military(day int32) bool {
	for _, r := range a.Roles {
		if a.kb != nil {
			if o := a.kb.offices[r.Office]; o != nil && o.Sector == "MIL" {
				return true
			}
		}
	}
	return strings.HasSuffix(a.codeOn(day, 0), "MIL")
}

// DatedCode is a CAMEO code that applies from Start to End (inclusive, either may be empty).
type DatedCode struct {
	Code  string `json:"code"`
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`

	from, to int32
}

// Actor is a record of the knowledge base: a person, country, organisation, armed group,
// government body or medium.
type Actor struct {
	ID       string `json:"id"`
	Code     string `json:"code,omitempty"` // fallback CAMEO code when no role or dated code applies
	Wikidata string `json:"wikidata,omitempty"`
	Country  string `json:"country,omitempty"` // ISO3/CAMEO country, if the actor belongs to one
	En       string `json:"en,omitempty"`
	Kind     Kind   `json:"kind"`
	// Ar holds the full Arabic names; Short the forms used alone after a first mention.
	Ar    []string    `json:"ar"`
	Short []string    `json:"short,omitempty"`
	Roles []Role      `json:"roles,omitempty"`
	Codes []DatedCode `json:"codes,omitempty"`

	kb    *KB
	heads []string // nameHeads
	// arKeys: a person's full names as keys, to carry a mention over the rest of a longer one
	// ("الشيخ نواف الأحمد" + "الجابر الصباح"); nil for others
	arKeys [][]string
}

// CodeOn returns the CAMEO code of the actor on a date: for a person the code of the role held
// that day (country + the office's sector, or the organisation's code for a role in an
// organisation), else a dated code covering the day, else the fallback Code, else the country.
// The zero date means today.
func (a *Actor) CodeOn(date time.Time) string {
	if a == nil {
		return ""
	}
	return a.codeOn(dayOf(date), 0)
}

func (a *Actor) codeOn(day int32, depth int) string {
	if r, ok := a.roleOn(day); ok {
		if c := a.roleCode(r, day, depth); c != "" {
			return c
		}
	}
	// On a day two dated codes share (one ends the day the other starts), the newer one wins.
	best, found := DatedCode{}, false
	for _, c := range a.Codes {
		if c.from <= day && day <= c.to && (!found || c.from > best.from) {
			best, found = c, true
		}
	}
	if found {
		return best.Code
	}
	if a.Code != "" {
		return a.Code
	}
	return a.Country
}

// roleCode is the code a role gives on a day.
func (a *Actor) roleCode(r Role, day int32, depth int) string {
	if r.Org != "" {
		if a.kb == nil || depth > 4 {
			return ""
		}
		org := a.kb.actors[r.Org]
		if org == nil {
			return ""
		}
		return org.codeOn(day, depth+1)
	}
	sector := ""
	if a.kb != nil {
		if o := a.kb.offices[r.Office]; o != nil {
			sector = o.Sector
		}
	}
	return r.Country + sector
}

// RoleOn returns the role the actor held on a date. When several roles cover the day, the one
// whose office comes first in offices.yaml wins (a president who also leads a party is coded as
// president), then the most recent. The zero date means today.
func (a *Actor) RoleOn(date time.Time) (Role, bool) {
	if a == nil {
		return Role{}, false
	}
	return a.roleOn(dayOf(date))
}

func (a *Actor) roleOn(day int32) (Role, bool) {
	// The ranks are looked up only when a second role covers the day.
	best, found, bestRank, ranked := -1, false, 0, false
	for i := range a.Roles {
		r := &a.Roles[i]
		if !r.covers(day) {
			continue
		}
		if !found {
			best, found = i, true
			continue
		}
		if !ranked {
			bestRank, ranked = a.officeRank(a.Roles[best].Office), true
		}
		rank := a.officeRank(r.Office)
		if rank < bestRank || (rank == bestRank && r.from > a.Roles[best].from) {
			best, bestRank = i, rank
		}
	}
	if !found {
		return Role{}, false
	}
	return a.Roles[best], true
}

// officeRank is the precedence of an office (its place in offices.yaml); unknown offices last.
func (a *Actor) officeRank(id string) int {
	if a.kb != nil {
		if o := a.kb.offices[id]; o != nil {
			return o.rank
		}
	}
	return 1 << 20
}

// countryOn returns the country an actor stands for on a day: the country of the role it holds,
// else its own country; for an IGO or a role in one, the empty string.
func (a *Actor) countryOn(day int32) string {
	if a == nil {
		return ""
	}
	if r, ok := a.roleOn(day); ok {
		if r.Country != "" {
			return r.Country
		}
		if a.kb != nil {
			if org := a.kb.actors[r.Org]; org != nil {
				return org.Country
			}
		}
		return ""
	}
	if a.Kind == CountryKind {
		return a.ID
	}
	return a.Country
}

const maxDay = int32(1 << 30)

// notYet reports a person all of whose offices and dated codes begin more than a year after
// day and who has no code outside them (as a candidate or a rebel leader has): someone who
// was not yet in the news then.
func (a *Actor) notYet(day int32) bool {
	if a.Kind != Person || a.Code != "" || len(a.Roles)+len(a.Codes) == 0 {
		return false
	}
	first := int32(math.MaxInt32)
	for _, r := range a.Roles {
		if r.Start == "" {
			return false
		}
		first = min(first, r.from)
	}
	for _, c := range a.Codes {
		if c.Start == "" {
			return false
		}
		first = min(first, c.from)
	}
	return first > day+365
}

// dayOf converts a date to days since 1970-01-01 (UTC calendar date). The zero time means today.
func dayOf(t time.Time) int32 {
	if t.IsZero() {
		t = time.Now()
	}
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return int32(u.Unix() / 86400)
}

// parseDay parses YYYY-MM-DD into days since 1970-01-01.
func parseDay(s string) (int32, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, err
	}
	return int32(t.Unix() / 86400), nil
}
