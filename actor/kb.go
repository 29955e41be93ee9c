package actor

import (
	"embed"
	"errors"
	"io/fs"
	"log/slog"
	"sync"
	"time"
)

//go:embed data
var dataFS embed.FS

// KB is the actor knowledge base: the records, the offices and the compiled matcher. A KB is
// immutable after loading and safe for concurrent use; the per-article state lives in Doc.
type KB struct {
	actors  map[string]*Actor
	order   []*Actor // in load order
	offices map[string]*office
	// officeOrder lists office ids in precedence order.
	officeOrder []string
	root        *node
	starts      *firstWords // the words phrases start with, indexed for the matcher
	stop        map[string]bool
	first       map[string]bool
	// institutions are nouns that, before a title and a name, name a place or an institution
	// ("جامعة الملك سعود"): the title and the name are no mention.
	institutions map[string]bool
	// holders indexes people by office and place (a country or an organisation id).
	holders map[post][]*Actor
	// forms records every name form for Check.
	forms    []formRec
	problems []Problem // found while loading
	maxLen   int       // longest phrase in words
	// sharedCapital lists, for a country whose capital's name is also a city of other countries
	// (طرابلس: Tripoli of Libya and of Lebanon), those other countries.
	sharedCapital map[*Actor][]string
	// quoted maps the word keys of names that are ordinary words too («فتح») to their body:
	// they name it only in quotation marks.
	quoted map[string]*Actor
}

// post is an office in a country or an organisation.
type post struct{ office, where string }

// office is an entry of offices.yaml.
type office struct {
	ID     string
	Sector string
	En     string
	Multi  bool
	Heads  []string
	rank   int
}

// anonymous reports offices whose role phrase with a nationality names somebody unnamed ("مسؤول
// أمريكي", "النائب الإيراني") rather than a known holder.
func (o *office) anonymous() bool {
	switch o.ID {
	case "official", "legislator", "military_commander", "minister", "judge", "religious_leader":
		return true
	}
	return false
}

// Problem is something wrong in the knowledge base data.
type Problem struct {
	File string `json:"file,omitempty"` // data file, relative to the data directory
	Line int    `json:"line,omitempty"`
	ID   string `json:"id,omitempty"` // record id, when the problem is in one record
	Msg  string `json:"msg"`
}

// String formats the problem as "file:line: id: message".
func (p Problem) String() string {
	s := p.File
	if p.Line > 0 {
		s += ":" + itoa(p.Line)
	}
	if s != "" {
		s += ": "
	}
	if p.ID != "" {
		s += p.ID + ": "
	}
	return s + p.Msg
}

var (
	defaultOnce sync.Once
	defaultKB   *KB
)

// Default returns the knowledge base embedded in the binary, loaded once. It never panics and
// never returns nil: if the embedded data has errors, the files that load are used, the errors
// are logged and Check reports them.
func Default() *KB {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(dataFS, "data")
		if err != nil {
			defaultKB = newKB()
			defaultKB.problems = append(defaultKB.problems, Problem{Msg: "embedded data: " + err.Error()})
			slog.Error("actor: embedded knowledge base", "err", err)
			return
		}
		kb, errs := load(sub)
		if len(errs) > 0 {
			slog.Error("actor: embedded knowledge base has errors; run `marsad kb check`", "err", errors.Join(errs...))
		}
		defaultKB = kb
	})
	return defaultKB
}

// Load reads a knowledge base laid out like actor/data: countries.yaml, offices.yaml,
// sectors.yaml, words.yaml, orgs/*.yaml and people/*.yaml at the root of fsys. It fails if a
// file cannot be read or parsed; problems in the content (unknown offices, overlapping roles …)
// are left to Check.
func Load(fsys fs.FS) (*KB, error) {
	kb, errs := load(fsys)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return kb, nil
}

// Actor returns the record with an id, or nil.
func (kb *KB) Actor(id string) *Actor {
	if kb == nil {
		return nil
	}
	return kb.actors[id]
}

// Actors returns every record, in the order the files list them.
func (kb *KB) Actors() []*Actor {
	if kb == nil {
		return nil
	}
	return append([]*Actor(nil), kb.order...)
}

// Holder returns the person who held an office in a country (ISO3/CAMEO code) or organisation
// (actor id, e.g. "un") on a date, or nil. For offices with several seats (ministers, envoys …)
// it returns a holder only when exactly one person held the office that day.
func (kb *KB) Holder(office, country string, date time.Time) *Actor {
	if kb == nil {
		return nil
	}
	return kb.holderIn(office, country, "", dayOf(date))
}

func (kb *KB) holderIn(officeID, where, region string, day int32) *Actor {
	o := kb.offices[officeID]
	if o == nil || where == "" {
		return nil
	}
	if len(o.Heads) > 0 {
		// An organisation's leader is its group or party leader before any president it has;
		// a country's is its supreme leader, monarch, president … in the listed order.
		heads := o.Heads
		if w := kb.actors[where]; w != nil && w.Kind != CountryKind {
			heads = append([]string{"group_leader", "party_leader", "secretary_general"}, heads...)
		}
		for _, h := range heads {
			if h == officeID {
				continue
			}
			if a := kb.holderIn(h, where, region, day); a != nil {
				return a
			}
		}
		return nil
	}
	// Without a region, people whose role has no region (the national seat) come first: the
	// prime minister rather than a rival eastern one, the group's leader rather than its leader
	// in one place.
	// (an office many hold at once — ambassadors, envoys, governors — named with no region is
	// none of its regional holders: "السفير الأمريكي" is not the ambassador to the UN)
	for _, anyRegion := range [...]bool{false, true} {
		if anyRegion && (region != "" || o.Multi) {
			break
		}
		var best *Actor
		var bestFrom int32
		n := 0
		for _, a := range kb.holders[post{officeID, where}] {
			held := false
			var from int32
			for _, r := range a.Roles {
				if r.Office != officeID || r.Where() != where || !r.covers(day) {
					continue
				}
				if region != "" && r.Region != region || region == "" && !anyRegion && r.Region != "" {
					continue
				}
				if !held || r.from > from {
					from = r.from
				}
				held = true
			}
			if !held {
				continue
			}
			n++
			if best == nil || from > bestFrom {
				best, bestFrom = a, from
			}
		}
		if o.Multi && n > 1 {
			return nil
		}
		if best != nil {
			return best
		}
	}
	return nil
}

// previousHolder returns the person who held the office most recently before the holder on day
// (for "الرئيس الأمريكي السابق"), or nil.
func (kb *KB) previousHolder(officeID, where string, day int32) *Actor {
	o := kb.offices[officeID]
	if o == nil || o.Multi {
		return nil
	}
	cur := kb.holderIn(officeID, where, "", day)
	var best *Actor
	var bestTo int32 = -1 << 30
	for _, a := range kb.holders[post{officeID, where}] {
		if a == cur {
			continue
		}
		for _, r := range a.Roles {
			if r.Office == officeID && r.Where() == where && r.to < day && r.to > bestTo {
				best, bestTo = a, r.to
			}
		}
	}
	return best
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
