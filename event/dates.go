package event

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"marsad"
	"marsad/arabic"
)

//go:embed data/calendar.yaml
var calendarYAML []byte

// calendar holds the compiled date vocabulary.
type calendar struct {
	greg, hijri     map[int]*wordSet
	weekdays        map[int]*wordSet
	days            map[int]*wordSet
	past, future    *wordSet
	week, month, yr *wordSet
	any             map[string]bool // first words of every calendar expression
}

func loadCalendar() (*calendar, error) {
	var raw struct {
		Gregorian map[int][]string    `yaml:"gregorian"`
		Hijri     map[int][]string    `yaml:"hijri"`
		Weekdays  map[int][]string    `yaml:"weekdays"`
		Days      map[string][]string `yaml:"days"`
		Past      []string            `yaml:"past"`
		Future    []string            `yaml:"future"`
		Units     map[string][]string `yaml:"units"`
	}
	if err := yaml.Unmarshal(calendarYAML, &raw); err != nil {
		return nil, fmt.Errorf("event: calendar.yaml: %w", err)
	}
	c := &calendar{greg: map[int]*wordSet{}, hijri: map[int]*wordSet{}, weekdays: map[int]*wordSet{}, days: map[int]*wordSet{}}
	for m, ws := range raw.Gregorian {
		c.greg[m] = newWordSet(ws, false)
	}
	for m, ws := range raw.Hijri {
		c.hijri[m] = newWordSet(ws, false)
	}
	for d, ws := range raw.Weekdays {
		c.weekdays[d] = newWordSet(ws, false)
	}
	for k, ws := range raw.Days {
		n, err := strconv.Atoi(k)
		if err != nil {
			return nil, fmt.Errorf("event: calendar.yaml: day offset %q: %w", k, err)
		}
		c.days[n] = newWordSet(ws, false)
	}
	c.any = map[string]bool{}
	addFirst := func(ws []string) {
		for _, w := range ws {
			if f := strings.Fields(w); len(f) > 0 {
				c.any[arabic.Key(f[0])] = true
			}
		}
	}
	for _, m := range []map[int][]string{raw.Gregorian, raw.Hijri, raw.Weekdays} {
		for _, ws := range m {
			addFirst(ws)
		}
	}
	for _, ws := range raw.Days {
		addFirst(ws)
	}
	for _, ws := range raw.Units {
		addFirst(ws)
	}
	c.past, c.future = newWordSet(raw.Past, false), newWordSet(raw.Future, false)
	c.week, c.month, c.yr = newWordSet(raw.Units["week"], false), newWordSet(raw.Units["month"], false), newWordSet(raw.Units["year"], false)
	return c, nil
}

// eventDate finds the date of an event from the expressions of its clause, relative to the
// article date. It returns the date, the words it came from, and ok=false when the clause has no
// date expression (the event then takes the article date).
func (c *Coder) eventDate(s *sent, t *trig, article time.Time, mod string) (time.Time, string, bool) {
	if article.IsZero() || c.cal == nil {
		return time.Time{}, "", false
	}
	if d, n, ok := almanacYear(s, article); ok {
		return d, spanText(s, 0, n), true
	}
	cs, ce := s.clauseStart(t.i), s.clauseEnd(t.i)
	lo, hi := max(0, cs-6), min(len(s.toks), ce)
	for i := lo; i < hi; i++ {
		if _, ordinal := ordinalDays[s.keys[i]]; s.toks[i].Kind == arabic.Number || ordinal || s.keys[i] == "الحادي" {
			if d, n, ok := c.explicitDate(s, i, article, mod); ok {
				return d, spanText(s, i, i+n), true
			}
		}
	}
	for i := lo; i < hi; i++ {
		if s.flags[i]&fCalAny == 0 { // s.tokHas(i, c.cal.any), worked out once per word key
			continue
		}
		if d, n, ok := c.relativeDate(s, i, article, mod); ok {
			return d, spanText(s, i, i+n), true
		}
	}
	return time.Time{}, "", false
}

func (c *Coder) numberAt(s *sent, i int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSuffix(s.keys[i], "هـ"))
	return n, err == nil
}

// ordinalDays are the day ordinals of dates ("العاشر من مارس", "الحادي والعشرين من يونيو"), by
// their keys; the tens of 21–29 and 31 follow with و.
var ordinalDays = map[string]int{"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
	"السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "العشرين": 20, "الثلاثين": 30}

// ordinalAt reads a day ordinal at token i: one word (العاشر), "X عشر" (11–19) or "X والعشرين"
// (21–29, 31). It returns the day and the tokens read.
func ordinalAt(s *sent, i int) (int, int) {
	if i >= len(s.toks) {
		return 0, 0
	}
	k := s.keys[i]
	if k == "الحادي" {
		k = "الاول"
	}
	d, ok := ordinalDays[k]
	if !ok {
		return 0, 0
	}
	if i+1 < len(s.toks) && d < 10 {
		switch s.keys[i+1] {
		case "عشر":
			return 10 + d, 2
		case "والعشرين":
			return 20 + d, 2
		case "والثلاثين":
			if d == 1 {
				return 31, 2
			}
		}
	}
	if s.keys[i] == "الحادي" {
		return 0, 0
	}
	return d, 1
}

// explicitDate reads "18 فبراير 2025", "١٨ شباط", "5 رمضان 1446 هـ", "العاشر من مارس 2023" at
// token i.
func (c *Coder) explicitDate(s *sent, i int, article time.Time, mod string) (time.Time, int, bool) {
	day, ok := c.numberAt(s, i)
	j := i + 1
	if !ok {
		// an ordinal needs من before the month: "العاشر من مارس"
		d, n := ordinalAt(s, i)
		if n == 0 || i+n >= len(s.toks) || s.keys[i+n] != "من" {
			return time.Time{}, 0, false
		}
		day, j = d, i+n
	}
	if day < 1 || day > 31 {
		return time.Time{}, 0, false
	}
	if j < len(s.toks) && (s.keys[j] == "من" || s.toks[j].Text == "/") {
		j++
	}
	for _, cal := range []struct {
		names map[int]*wordSet
		hijri bool
	}{{c.cal.greg, false}, {c.cal.hijri, true}} {
		for m, ws := range cal.names {
			n, ok := ws.matchAt(s, j)
			if !ok {
				continue
			}
			end := j + n
			// "شباط/فبراير": a second name for the same month
			if end+1 < len(s.toks) && s.toks[end].Text == "/" {
				if n2, ok := cal.names[m].matchAt(s, end+1); ok {
					end += 1 + n2
				}
			}
			year, hasYear := c.numberAt(s, end)
			if hasYear {
				end++
				if end < len(s.toks) && (s.keys[end] == "هـ" || s.keys[end] == "ه" || s.keys[end] == "م") {
					end++
				}
			}
			if cal.hijri {
				if !hasYear {
					hy, _, _ := toHijri(article)
					year = hy
					// the nearest such day on the side of the article date the tense says
					if d := fromHijri(year, m, day); mod == marsad.Planned && d.Before(article) {
						year++
					} else if mod != marsad.Planned && d.After(article) {
						year--
					}
				}
				if year < 1300 || year > 1600 {
					return time.Time{}, 0, false
				}
				return fromHijri(year, m, day), end - i, true
			}
			if !hasYear {
				year = article.Year()
				d := time.Date(year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
				switch {
				case mod == marsad.Planned && d.Before(article) && article.Sub(d) > 30*24*time.Hour:
					d = d.AddDate(1, 0, 0) // "في 5 يناير" planned in December
				case mod != marsad.Planned && d.After(article) && d.Sub(article) > 2*24*time.Hour:
					d = d.AddDate(-1, 0, 0) // "في 20 ديسمبر" told in January
				}
				return d, end - i, true
			}
			if year < 1900 || year > 2200 {
				return time.Time{}, 0, false
			}
			d := time.Date(year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
			if d.Day() != day {
				return time.Time{}, 0, false
			}
			return d, end - i, true
		}
	}
	return time.Time{}, 0, false
}

// monthDate reads a Gregorian month named without a day ("في أكتوبر الماضي", "مارس المقبل",
// "يناير 2024") at token i: the first of that month, the nearest one on the side of the article
// date that "الماضي"/"المقبل" or the tense says.
func (c *Coder) monthDate(s *sent, i int, article time.Time, mod string) (time.Time, int, bool) {
	for m, ws := range c.cal.greg {
		n, ok := ws.matchAt(s, i)
		if !ok {
			continue
		}
		if year, ok := c.numberAt(s, i+n); ok {
			if year < 1900 || year > 2200 {
				return time.Time{}, 0, false
			}
			return time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC), n + 1, true
		}
		future := mod == marsad.Planned
		if _, ok := c.cal.future.matchAt(s, i+n); ok {
			future, n = true, n+1
		} else if _, ok := c.cal.past.matchAt(s, i+n); ok {
			future, n = false, n+1
		} else if i == 0 || s.keys[i-1] != "في" && s.keys[i-1] != "شهر" && s.keys[i-1] != "خلال" && s.keys[i-1] != "منذ" {
			return time.Time{}, 0, false // a month word alone may be a name ("مايو")
		}
		d := time.Date(article.Year(), time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		thisMonth := d.Year() == article.Year() && d.Month() == article.Month()
		switch {
		case future && (d.Before(article) && !thisMonth):
			d = d.AddDate(1, 0, 0)
		case !future && d.After(article):
			d = d.AddDate(-1, 0, 0)
		}
		return d, n, true
	}
	return time.Time{}, 0, false
}

// relativeDate reads أمس، غدا، الثلاثاء الماضي، الأسبوع المقبل … at token i.
func (c *Coder) relativeDate(s *sent, i int, article time.Time, mod string) (time.Time, int, bool) {
	if d, n, ok := c.monthDate(s, i, article, mod); ok {
		return d, n, true
	}
	for off, ws := range c.cal.days {
		if n, ok := ws.matchAt(s, i); ok {
			return article.AddDate(0, 0, off), n, true
		}
	}
	for wd, ws := range c.cal.weekdays {
		n, ok := ws.matchAt(s, i)
		if !ok {
			continue
		}
		dir := -1
		if mod == marsad.Planned {
			dir = 1
		}
		past := false
		if _, ok := c.cal.future.matchAt(s, i+n); ok {
			dir, n = 1, n+1
		} else if _, ok := c.cal.past.matchAt(s, i+n); ok {
			dir, n, past = -1, n+1, true
		}
		diff := (wd - int(article.Weekday()) + 7) % 7 // days until that weekday
		if dir < 0 {
			// "الثلاثاء" on a Tuesday is today; "الثلاثاء الماضي" is a week ago
			if diff != 0 || past {
				diff -= 7
			}
		} else if diff == 0 {
			diff = 7
		}
		return article.AddDate(0, 0, diff), n, true
	}
	for _, u := range []struct {
		ws      *wordSet
		y, m, d int
	}{{c.cal.week, 0, 0, 7}, {c.cal.month, 0, 1, 0}, {c.cal.yr, 1, 0, 0}} {
		n, ok := u.ws.matchAt(s, i)
		if !ok {
			continue
		}
		if _, ok := c.cal.past.matchAt(s, i+n); ok {
			return article.AddDate(-u.y, -u.m, -u.d), n + 1, true
		}
		if _, ok := c.cal.future.matchAt(s, i+n); ok {
			return article.AddDate(u.y, u.m, u.d), n + 1, true
		}
	}
	return time.Time{}, 0, false
}

// Tabular Islamic calendar (the arithmetical one, 30-year cycle, epoch 16 July 622 Julian): it
// can differ by a day or two from the sighted calendar, which no text-only method can know.
const islamicEpoch = 1948439.5

func julianDay(t time.Time) float64 {
	return float64(t.Unix())/86400 + 2440587.5
}

func fromJulianDay(jd float64) time.Time {
	return time.Unix(int64((jd-2440587.5)*86400), 0).UTC().Truncate(24 * time.Hour)
}

func fromHijri(y, m, d int) time.Time {
	jd := float64(d) + float64(int(29.5*float64(m-1)+0.99)) + float64((y-1)*354) + float64((3+11*y)/30) + islamicEpoch - 1
	return fromJulianDay(jd + 0.5)
}

func toHijri(t time.Time) (y, m, d int) {
	jd := float64(int(julianDay(t))) + 0.5
	y = int((30*(jd-islamicEpoch) + 10646) / 10631)
	m = min(12, int(math.Ceil((jd-(29+fromHijriJD(y, 1, 1)))/29.5))+1)
	d = int(jd-fromHijriJD(y, m, 1)) + 1
	return y, m, d
}

func fromHijriJD(y, m, d int) float64 {
	return float64(d) + float64(int(29.5*float64(m-1)+0.99)) + float64((y-1)*354) + float64((3+11*y)/30) + islamicEpoch - 1
}

// almanacYear reads the year that opens an entry of a chronology or an "on this day" list
// ("1970 - مصر والأردن وإسرائيل توافق على خطة روجرز", "- عام 2004 تفجير إرهابي …"): the events of
// the entry are of that year, on the article's day and month. It returns the date and the tokens
// read.
func almanacYear(s *sent, article time.Time) (time.Time, int, bool) {
	dash := func(i int) bool {
		return i < len(s.toks) && (s.toks[i].Text == "-" || s.toks[i].Text == "–" || s.toks[i].Text == "—")
	}
	year := func(i int) (int, bool) {
		if i >= len(s.toks) || s.toks[i].Kind != arabic.Number || utf8.RuneCountInString(s.toks[i].Text) != 4 {
			return 0, false
		}
		y, err := strconv.Atoi(s.keys[i])
		return y, err == nil && y > 1000 && y < article.Year()
	}
	at := func(y int) time.Time {
		d := time.Date(y, article.Month(), article.Day(), 0, 0, 0, 0, time.UTC)
		if d.Month() != article.Month() {
			d = time.Date(y, article.Month()+1, 0, 0, 0, 0, 0, time.UTC) // (29 February in a common year)
		}
		return d
	}
	if y, ok := year(0); ok && dash(1) {
		return at(y), 2, true
	}
	if dash(0) && len(s.toks) > 2 && (s.keys[1] == "عام" || s.keys[1] == "في") {
		if y, ok := year(2); ok {
			return at(y), 3, true
		}
	}
	return time.Time{}, 0, false
}
