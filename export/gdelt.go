package export

import (
	"hash/fnv"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"marsad"
)

// EventColumns are the 61 columns of the GDELT 2.0 Event table, in GDELT's order (GDELT Event
// Codebook V2.0). GDELT's files have no header line; Options.Header writes these names first.
var EventColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// MentionColumns are the 16 columns of the GDELT 2.0 Mentions table, in GDELT's order.
var MentionColumns = []string{
	"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
	"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
	"InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
}

// GDELT Geo_Type values.
const (
	GeoNone       = 0
	GeoCountry    = 1
	GeoUSState    = 2
	GeoUSCity     = 3
	GeoWorldCity  = 4
	GeoWorldState = 5
)

// Geo is a place as GDELT's eight geographic columns give it.
type Geo struct {
	Type      int
	FullName  string
	Country   string // FIPS 10-4
	ADM1      string
	ADM2      string
	Lat, Long string // 4 decimals at most; empty when unknown
	FeatureID string
}

// gazaWest is the longitude west of which a Palestinian place lies in the Gaza Strip (GZ)
// rather than the West Bank (WE): the Strip ends near 34.57°E, the West Bank starts near 34.88°E.
const gazaWest = 34.6

// gazaAdmin1 are the ISO 3166-2 governorates of the Gaza Strip, for places without coordinates.
var gazaAdmin1 = set("PS-GZA PS-DEB PS-KYS PS-NGZ PS-RFH")

// GeoOf maps a Marsad place to GDELT's geographic columns.
//
//   - Type: country precision → 1; admin1 → 5 (2 in the US); city → 4 (3 in the US). A place
//     without precision is a country when it has no name of its own, else a city.
//   - Country: the FIPS 10-4 code of the ISO3 country (PSE → WE, or GZ west of 34.6°E or in a
//     Gaza governorate).
//   - ADM1: the FIPS country code for a country; in the US "US" + the state's postal code
//     (USCA), as GDELT writes it; elsewhere the FIPS country code, a hyphen and the ISO 3166-2
//     subdivision part (Riyadh SA-01 → SA-01, Baghdad IQ-BG → IZ-BG): GDELT's ADM1 codes are
//     FIPS-based, Marsad's are ISO 3166-2, and no complete table joins the two, so the hyphen
//     marks a code that is not FIPS while its first two letters stay the FIPS country.
//   - ADM2 is always empty: Marsad resolves no second-level regions.
//   - FeatureID: the FIPS country code for a country (as GDELT); else the Wikidata QID, or the
//     ADM1 code when there is none.
func GeoOf(p *marsad.Place) Geo {
	if p == nil || (p.Country == "" && p.Name == "" && p.Lat == 0 && p.Lon == 0) {
		return Geo{}
	}
	g := Geo{}
	iso3 := strings.ToUpper(p.Country)
	g.Country, _ = FIPS(iso3)
	if iso3 == "PSE" && (p.Lon != 0 && p.Lon < gazaWest || gazaAdmin1[strings.ToUpper(p.Admin1)]) {
		g.Country = "GZ"
	}
	us := iso3 == "USA"
	cname := CountryName(iso3)
	switch p.Precision {
	case "country":
		g.Type = GeoCountry
	case "admin1":
		g.Type = GeoWorldState
	case "city":
		g.Type = GeoWorldCity
	default:
		if p.Name == "" || (cname != "" && strings.EqualFold(p.Name, cname)) {
			g.Type = GeoCountry
		} else if p.Admin1 != "" && strings.EqualFold(p.Admin1, p.Name) {
			g.Type = GeoWorldState
		} else {
			g.Type = GeoWorldCity
		}
	}
	if iso3 == "" && g.Type == GeoCountry {
		g.Type = GeoWorldCity // a named place of unknown country cannot be a country
	}
	if us {
		switch g.Type {
		case GeoWorldState:
			g.Type = GeoUSState
		case GeoWorldCity:
			g.Type = GeoUSCity
		}
	}
	name := p.Name
	if cname == "" {
		cname = p.Country
	}
	switch {
	case g.Type == GeoCountry:
		if cname != "" {
			name = cname
		}
	case name == "":
		name = cname
	case cname != "" && !strings.HasSuffix(strings.ToLower(name), strings.ToLower(cname)):
		name += ", " + cname
	}
	g.FullName = clean(name)
	g.ADM1 = g.Country
	if g.Type != GeoCountry && p.Admin1 != "" {
		sub := p.Admin1
		if i := strings.IndexByte(sub, '-'); i >= 0 {
			sub = sub[i+1:]
		}
		switch {
		case us:
			g.ADM1 = "US" + strings.ToUpper(sub)
		case g.Country != "":
			g.ADM1 = g.Country + "-" + sub
		default:
			g.ADM1 = p.Admin1
		}
	}
	if p.Lat != 0 || p.Lon != 0 {
		g.Lat, g.Long = coord(p.Lat), coord(p.Lon)
	}
	switch {
	case g.Type == GeoCountry:
		g.FeatureID = g.Country
	case p.Wikidata != "":
		g.FeatureID = p.Wikidata
	default:
		g.FeatureID = g.ADM1
	}
	g.ADM1, g.FeatureID = clean(g.ADM1), clean(g.FeatureID)
	return g
}

func (g Geo) fields() [8]string {
	if g.Type == GeoNone {
		return [8]string{"0"}
	}
	return [8]string{strconv.Itoa(g.Type), g.FullName, g.Country, g.ADM1, g.ADM2, g.Lat, g.Long, g.FeatureID}
}

// coord formats a latitude or longitude as GDELT does: at most 4 decimals, no trailing zeros.
func coord(v float64) string {
	r := math.Round(v*1e4) / 1e4
	if r == 0 {
		return "0"
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// num formats a Goldstein score or a tone as GDELT does: up to 15 significant digits, no
// exponent, no trailing zeros ("-10", "1.9", "2.63157894736842").
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) || v == 0 {
		return "0"
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		r = v
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// clean makes a value safe for a tab-separated field: tabs and line breaks become spaces.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// EventID returns the GLOBALEVENTID of an event: a 63-bit FNV-1a hash of its article id and
// index, so that the Event and Mentions tables (and exports made at different times) agree
// without a counter shared between runs.
func EventID(articleID string, index int) int64 {
	h := fnv.New64a()
	h.Write([]byte(articleID))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(index)))
	return int64(h.Sum64() & (1<<63 - 1))
}

// dateParts gives SQLDATE, MonthYear, Year and FractionDate of a YYYY-MM-DD date; all empty
// when the date is missing or malformed.
func dateParts(d string) (sqlDate, monthYear, year, fraction string) {
	t, err := time.Parse(marsad.DateLayout, d)
	if d == "" || err != nil {
		return "", "", "", ""
	}
	// GDELT's FractionDate: YYYY + ((month−1)·30 + day)/365 with 4 decimals, the 30-day-month
	// approximation of its codebook (which writes the month zero-based).
	f := float64(t.Year()) + float64((int(t.Month())-1)*30+t.Day())/365
	return t.Format("20060102"), t.Format("200601"), t.Format("2006"), strconv.FormatFloat(f, 'f', 4, 64)
}

// stamp gives GDELT's YYYYMMDDHHMMSS for a YYYY-MM-DD date (at midnight: Marsad keeps no time).
func stamp(d string) string {
	if s, _, _, _ := dateParts(d); s != "" {
		return s + "000000"
	}
	return ""
}

// actorFields are GDELT's ten actor columns of a participant.
func actorFields(p *marsad.Participant) [10]string {
	if p == nil || (p.Code == "" && p.Name == "") {
		return [10]string{}
	}
	c := ParseActorCode(p.Code)
	if c.Country == "" && c.KnownGroup == "" && c.Type1 == "" && p.Country != "" && isCountry(strings.ToUpper(p.Country)) {
		c.Country = strings.ToUpper(p.Country)
	}
	name := p.Name
	if name == "" && c.Country != "" {
		name = CountryName(c.Country)
	}
	return [10]string{clean(p.Code), clean(strings.ToUpper(name)), c.Country, c.KnownGroup, c.Ethnic,
		c.Religion1, c.Religion2, c.Type1, c.Type2, c.Type3}
}

// host returns the domain of a URL without "www.", or "".
func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// eventRow fills the 61 columns of the GDELT Event table.
func (d *doc) eventRow(ev *marsad.StoredEvent, row []string) []string {
	row = row[:0]
	date := eventDate(ev, d.a)
	sqlDate, monthYear, year, frac := dateParts(date)
	row = append(row, strconv.FormatInt(EventID(ev.ArticleID, ev.Index), 10), sqlDate, monthYear, year, frac)
	a1, a2 := actorFields(ev.Source), actorFields(ev.Target)
	row = append(row, a1[:]...)
	row = append(row, a2[:]...)
	code := ev.Code
	base, root, quad := ev.Base, ev.Root, ev.Quad
	if base == "" && alnum(code) {
		base = marsad.BaseCode(code)
	}
	if root == "" && alnum(code) {
		root = marsad.Root(code)
	}
	if quad == 0 {
		quad = marsad.QuadClass(code)
	}
	row = append(row, boolNum(ev.IsRoot), clean(code), clean(base), clean(root), strconv.Itoa(quad),
		num(ev.Goldstein), strconv.Itoa(numMentions(&ev.Event)), "1", "1", num(d.tone()))
	none := Geo{}.fields()
	row = append(row, none[:]...)
	row = append(row, none[:]...)
	action := GeoOf(ev.Location).fields()
	row = append(row, action[:]...)
	row = append(row, stamp(d.added(ev)), clean(d.citation()))
	return row
}

func boolNum(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func numMentions(e *marsad.Event) int {
	if n := len(e.MentionSpans); n > 0 {
		return n
	}
	return max(e.Mentions, 1)
}

// mentions returns the evidence spans of every mention of an event, the first being Evidence.
func mentions(e *marsad.Event) []marsad.Span {
	if len(e.MentionSpans) > 0 {
		return e.MentionSpans
	}
	return []marsad.Span{e.Evidence}
}

// mentionRow fills the 16 columns of the GDELT Mentions table for mention m (0 is the event's
// own evidence) with evidence span sp.
func (d *doc) mentionRow(ev *marsad.StoredEvent, m int, sp marsad.Span, row []string) []string {
	row = row[:0]
	added := stamp(d.added(ev))
	sent := d.sentenceOf(sp)
	if m == 0 && ev.Sentence >= 0 && ev.Sentence < len(d.a.Sentences) && d.a.Sentences[ev.Sentence].Span.Overlaps(sp) {
		sent = ev.Sentence
	}
	scope := sp
	if sent >= 0 {
		scope = d.a.Sentences[sent].Span
	}
	a1, in1 := d.actorOffset(ev.Source, scope, m == 0)
	a2, in2 := d.actorOffset(ev.Target, scope, m == 0)
	action := sp.Start
	if ev.Trigger.Span != (marsad.Span{}) && scope.Contains(ev.Trigger.Start) {
		action = ev.Trigger.Start
	} else if i := d.find(ev.Trigger.Text, scope); i >= 0 {
		action = i
	}
	mtype, source := "1", host(d.a.URL)
	if d.a.URL == "" {
		mtype = "2" // CITATIONONLY: the identifier is the article id
	}
	if source == "" {
		source = d.a.Source
	}
	sentenceID := ""
	if sent >= 0 {
		sentenceID = strconv.Itoa(sent + 1)
	}
	conf := int(math.Round(ev.Confidence * 100))
	conf = min(max(conf, 0), 100)
	extras := ""
	if ev.Modality != "" && ev.Modality != marsad.Asserted {
		extras = "<MODALITY>" + clean(ev.Modality) + "</MODALITY>"
	}
	row = append(row, strconv.FormatInt(EventID(ev.ArticleID, ev.Index), 10), added, added, mtype,
		clean(source), clean(d.citation()), sentenceID, strconv.Itoa(a1), strconv.Itoa(a2),
		strconv.Itoa(action), boolNum(in1 && in2), strconv.Itoa(conf), strconv.Itoa(d.runeLen()),
		num(d.tone()), "", extras)
	return row
}

// actorOffset returns where a participant is named for a mention whose sentence is scope: its
// own span for the event's first mention (own) or when it starts within scope, else the first
// occurrence of its words within scope, else -1. The second result reports whether the
// participant is absent or named within scope: GDELT's InRawText asks whether the event was read
// off the sentence itself, without help from other sentences (a subject carried over, a pronoun
// resolved).
func (d *doc) actorOffset(p *marsad.Participant, scope marsad.Span, own bool) (int, bool) {
	if p == nil {
		return -1, true
	}
	if p.Span != (marsad.Span{}) && (own || scope.Contains(p.Start)) {
		return p.Start, scope.Contains(p.Start)
	}
	if i := d.find(p.Text, scope); i >= 0 {
		return i, true
	}
	return -1, false
}
