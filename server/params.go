package server

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"marsad"
)

// params reads query parameters and remembers the first one that is malformed.
type params struct {
	v   url.Values
	err *apiError
}

func newParams(u *url.URL) (*params, error) {
	v, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return nil, badRequest("malformed query string: %v", err)
	}
	return &params{v: v}, nil
}

const maxParamRunes = 512

func (p *params) fail(e *apiError) {
	if p.err == nil {
		p.err = e
	}
}

// str returns a parameter, trimmed.
func (p *params) str(name string) string {
	s := strings.TrimSpace(p.v.Get(name))
	if !utf8.ValidString(s) {
		p.fail(badRequest("parameter %s is not valid UTF-8", name))
		return ""
	}
	if utf8.RuneCountInString(s) > maxParamRunes {
		p.fail(badRequest("parameter %s is longer than %d characters", name, maxParamRunes))
		return ""
	}
	return s
}

// code returns an upper-cased actor or country code parameter.
func (p *params) code(name string) string {
	s := strings.ToUpper(p.str(name))
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			p.fail(badRequest("parameter %s must be a code of letters and digits, like USA or USAGOV", name))
			return ""
		}
	}
	return s
}

// date returns a YYYY-MM-DD parameter.
func (p *params) date(name string) string {
	s := p.str(name)
	if _, err := marsad.ParseDate(s); err != nil {
		p.fail(badRequest("parameter %s: %v", name, err))
		return ""
	}
	return s
}

// num returns an integer parameter in [lo, hi], or def when it is absent.
func (p *params) num(name string, def, lo, hi int) int {
	s := p.str(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		p.fail(badRequest("parameter %s must be an integer from %d to %d", name, lo, hi))
		return def
	}
	return n
}

// oneOf returns a parameter that must be one of the choices (or empty).
func (p *params) oneOf(name string, choices ...string) string {
	s := strings.ToLower(p.str(name))
	if s == "" {
		return ""
	}
	for _, c := range choices {
		if s == c {
			return s
		}
	}
	p.fail(badRequest("parameter %s must be one of %s", name, strings.Join(choices, ", ")))
	return ""
}

func (p *params) boolean(name string) bool {
	switch strings.ToLower(p.str(name)) {
	case "", "0", "false", "no":
		return false
	case "1", "true", "yes":
		return true
	}
	p.fail(badRequest("parameter %s must be true or false", name))
	return false
}

// page reads limit and offset.
func (p *params) page() (limit, offset int) {
	return p.num("limit", marsad.DefaultLimit, 1, marsad.MaxLimit), p.num("offset", 0, 0, 1<<30)
}

// digits checks a CAMEO code parameter.
func (p *params) digits(name string, minLen, maxLen int) string {
	s := p.str(name)
	if s == "" {
		return ""
	}
	ok := len(s) >= minLen && len(s) <= maxLen
	for _, c := range s {
		ok = ok && c >= '0' && c <= '9'
	}
	if !ok {
		p.fail(badRequest("parameter %s must be %d to %d digits", name, minLen, maxLen))
		return ""
	}
	return s
}

// eventQuery reads the event filters shared by /api/events, /api/dyad, /api/network and
// /api/places.
func (p *params) eventQuery() marsad.EventQuery {
	q := marsad.EventQuery{
		Actor:     p.code("actor"),
		Source:    p.code("source"),
		Target:    p.code("target"),
		Country:   p.code("country"),
		Code:      p.digits("code", 2, 4),
		Quad:      p.num("quad", 0, 1, 4),
		Modality:  p.oneOf("modality", marsad.Asserted, marsad.Negated, marsad.Planned, marsad.Hypothetical, marsad.Unlikely),
		Plover:    strings.ToUpper(p.str("plover")),
		Place:     p.str("place"),
		Since:     p.date("since"),
		Until:     p.date("until"),
		ArticleID: p.str("article"),
		Outlet:    p.str("outlet"),
	}
	if root := p.digits("root", 2, 2); root != "" {
		switch {
		case q.Code == "":
			q.Code = root
		case !strings.HasPrefix(q.Code, root):
			p.fail(badRequest("code %s is not under root %s", q.Code, root))
		}
	}
	if q.Since != "" && q.Until != "" && q.Until < q.Since {
		p.fail(badRequest("until %s is before since %s", q.Until, q.Since))
	}
	return q
}
