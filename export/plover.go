package export

import (
	"strconv"
	"strings"

	"marsad"
)

// Codebook is the codebook PLOVER records name in cite_info: Marsad codes CAMEO and maps it to
// PLOVER with the PLOVER project's CAMEO2PLOVER-2021 table.
const Codebook = "CAMEO 1.1b3 mapped to PLOVER 2.0 (CAMEO2PLOVER-2021)"

// ploverRecord is a PLOVER JSON record (PLOVER manual, chapter 6, table 6.1), the field names
// written with underscores for the manual's spaces. The fields after Coder are Marsad's own,
// which the manual allows ("Providers should feel free to include named fields beyond those
// provided here").
type ploverRecord struct {
	ID               string         `json:"id"`
	HasEvent         *bool          `json:"has_event,omitempty"` // false when the CAMEO code has no PLOVER category
	Date             string         `json:"date"`
	Event            []string       `json:"event"`
	Mode             []string       `json:"mode,omitempty"`
	Context          []string       `json:"context,omitempty"`
	QuadCode         int            `json:"quad_code,omitempty"`
	Actor            []ploverEntity `json:"actor"`
	ActorCountry     string         `json:"actor_country,omitempty"`
	Recipient        []ploverEntity `json:"recipient,omitempty"`
	RecipientCountry string         `json:"recipient_country,omitempty"`
	EventLoc         *ploverLoc     `json:"event_loc,omitempty"`
	EventText        []string       `json:"event_text,omitempty"`
	TextInfo         ploverText     `json:"text_info"`
	CiteInfo         ploverCite     `json:"cite_info"`
	Coder            string         `json:"coder"`

	Modality     string         `json:"modality"`
	Evidence     marsad.Span    `json:"evidence"`
	Trigger      *marsad.Trig   `json:"trigger,omitempty"`
	ReportedBy   *ploverEntity  `json:"reported_by,omitempty"`
	Participants []ploverEntity `json:"participants,omitempty"`
	DateText     string         `json:"date_text,omitempty"`
	CAMEO        string         `json:"cameo"`
	CAMEOName    string         `json:"cameo_name,omitempty"`
	Goldstein    float64        `json:"goldstein"`
	Mentions     int            `json:"mentions"`
	Rule         string         `json:"rule,omitempty"`
	Confidence   float64        `json:"confidence"`
}

// ploverEntity is an actor or recipient (PLOVER manual table 6.2). Code is the three-letter
// top-level code: an ISO3 country, or one of the manual's non-state codes (IGO, UNO, EUR, NGO,
// ISM, IMG, MNC). The fields after Office are Marsad's.
type ploverEntity struct {
	Code           string   `json:"code"`
	Sector         string   `json:"sector,omitempty"`
	OtherSectors   []string `json:"other_sectors,omitempty"`
	EntityText     string   `json:"entity_text,omitempty"`
	IdentifierID   string   `json:"identifier_id,omitempty"`
	IdentifierText string   `json:"identifier_text,omitempty"`
	Religion       string   `json:"religion,omitempty"`
	Ethnicity      string   `json:"ethnicity,omitempty"`
	Office         string   `json:"office,omitempty"`

	CAMEO string `json:"cameo,omitempty"`
	Kind  string `json:"kind,omitempty"`
	KBID  string `json:"kb_id,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ploverLoc is the event location (PLOVER manual table 6.6). Resolution: 1 country,
// 2 province, 4 city. The fields after Resolution are Marsad's.
type ploverLoc struct {
	ExtractedPlace string   `json:"extracted_place,omitempty"`
	ResolvedPlace  string   `json:"resolved_place,omitempty"`
	Lat            *float64 `json:"lat,omitempty"`
	Lon            *float64 `json:"lon,omitempty"`
	Country        string   `json:"country,omitempty"`
	CountryCode    string   `json:"country_code,omitempty"`
	Resolution     int      `json:"resolution,omitempty"`

	ResolvedPlaceAr string `json:"resolved_place_ar,omitempty"`
	Admin1          string `json:"admin1_code,omitempty"`
	Wikidata        string `json:"wikidata,omitempty"`
	Start           int    `json:"start"`
	End             int    `json:"end"`
}

// ploverText is the text_info object (table 6.3): the evidence's sentence number (from 1) and
// code-point offsets into the article.
type ploverText struct {
	Sequence int `json:"sequence"`
	Start    int `json:"start"`
	End      int `json:"end"`
}

// ploverCite is the cite_info object (table 6.5).
type ploverCite struct {
	Corpus      string `json:"corpus"`
	Citation    string `json:"citation"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language"`
	Publication string `json:"publication,omitempty"`
	Coder       string `json:"coder"`
	Codebook    string `json:"codebook"`
	Version     string `json:"version,omitempty"`
}

// ploverSectors maps CAMEO types to PLOVER sectors where they differ: CAMEO's MED is media
// (PLOVER JRN) and HLH health (PLOVER MED); PLOVER folds INS and SEP into REB. The types that
// stand for a top-level code are dropped.
var ploverSectors = map[string]string{"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB",
	"IGO": "", "NGO": "", "IMG": "", "MNC": "", "NGM": "", "INT": "", "UIS": ""}

// ploverCode returns the PLOVER top-level code of an actor and whether it is a partially
// recognised entity (PLOVER manual 5.1): Western Sahara is coded as Morocco with sector PRE;
// Kosovo is KOS; regional constructs (MEA, WST …) get no code.
func ploverCode(c ActorCode, ref marsad.ActorRef) (string, bool) {
	switch c.Country {
	case "":
	case "KSV", "XKX", "KOS":
		return "KOS", false
	case "ESH":
		return "MAR", true
	default:
		if regions[c.Country] {
			return "", false
		}
		return c.Country, false
	}
	switch c.Type1 {
	case "IGO":
		switch c.KnownGroup {
		case "UNO":
			return "UNO", false
		case "EEC":
			return "EUR", false
		}
		return "IGO", false
	case "NGO", "IMG", "MNC":
		return c.Type1, false
	case "NGM":
		return "ISM", false
	}
	if c.KnownGroup == "UNO" {
		return "UNO", false
	}
	if ref.Country != "" {
		if iso := strings.ToUpper(ref.Country); countries[iso].Name != "" {
			return iso, false
		}
	}
	return "", false
}

func ploverActor(p *marsad.Participant) *ploverEntity {
	if p == nil {
		return nil
	}
	c := ParseActorCode(p.Code)
	code, pre := ploverCode(c, p.ActorRef)
	e := &ploverEntity{Code: code, EntityText: p.Text, IdentifierID: p.Wikidata, IdentifierText: p.Name,
		Religion: c.Religion1, Ethnicity: c.Ethnic, Office: p.Role, CAMEO: p.Code, Kind: p.Kind, KBID: p.ID,
		Start: p.Start, End: p.End}
	var sectors []string
	for _, t := range c.Types() {
		if s, ok := ploverSectors[t]; ok {
			t = s
		}
		if t != "" && !contains(sectors, t) {
			sectors = append(sectors, t)
		}
	}
	if pre && !contains(sectors, "PRE") {
		sectors = append(sectors, "PRE")
	}
	if len(sectors) > 0 {
		e.Sector, e.OtherSectors = sectors[0], sectors[1:]
		if len(e.OtherSectors) == 0 {
			e.OtherSectors = nil
		}
	}
	return e
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func ploverPlace(p *marsad.Place) *ploverLoc {
	if p == nil {
		return nil
	}
	l := &ploverLoc{ExtractedPlace: p.Text, ResolvedPlace: p.Name, CountryCode: strings.ToUpper(p.Country),
		ResolvedPlaceAr: p.NameAr, Admin1: p.Admin1, Wikidata: p.Wikidata, Start: p.Start, End: p.End}
	l.Country = CountryName(l.CountryCode)
	if p.Lat != 0 || p.Lon != 0 {
		lat, lon := p.Lat, p.Lon
		l.Lat, l.Lon = &lat, &lon
	}
	switch GeoOf(p).Type {
	case GeoCountry:
		l.Resolution = 1
	case GeoWorldState, GeoUSState:
		l.Resolution = 2
	case GeoWorldCity, GeoUSCity:
		l.Resolution = 4
	}
	return l
}

// PloverID is the id of an event's PLOVER record: MARSAD-<article id>-<event index>.
func PloverID(articleID string, index int) string {
	return "MARSAD-" + articleID + "-" + strconv.Itoa(index)
}

// plover builds the PLOVER record of an event.
func (d *doc) plover(ev *marsad.StoredEvent, version string) *ploverRecord {
	r := &ploverRecord{
		ID: PloverID(ev.ArticleID, ev.Index), Date: eventDate(ev, d.a), Event: []string{},
		Mode: nonEmpty(ev.PloverMode), Context: ev.PloverContext, QuadCode: ev.Quad,
		Actor: []ploverEntity{}, EventLoc: ploverPlace(ev.Location),
		TextInfo: ploverText{Start: ev.Evidence.Start, End: ev.Evidence.End},
		CiteInfo: ploverCite{Corpus: "marsad", Citation: ev.ArticleID, URL: d.a.URL, Title: d.a.Title,
			Language: "ar", Publication: d.a.Source, Coder: "marsad", Codebook: Codebook, Version: version},
		Coder: "marsad", Modality: ev.Modality, Evidence: ev.Evidence, DateText: ev.DateText,
		CAMEO: ev.Code, CAMEOName: ev.Name, Goldstein: ev.Goldstein, Mentions: numMentions(&ev.Event),
		Rule: ev.Rule, Confidence: ev.Confidence,
	}
	if r.QuadCode == 0 {
		r.QuadCode = marsad.QuadClass(ev.Code)
	}
	if ev.Plover != "" {
		r.Event = []string{ev.Plover}
	} else {
		f := false
		r.HasEvent = &f
	}
	if a := ploverActor(ev.Source); a != nil {
		r.Actor = []ploverEntity{*a}
		r.ActorCountry = a.Code
	}
	if t := ploverActor(ev.Target); t != nil {
		r.Recipient = []ploverEntity{*t}
		r.RecipientCountry = t.Code
	}
	r.ReportedBy = ploverActor(ev.ReportedBy)
	for i := range ev.Actors {
		r.Participants = append(r.Participants, *ploverActor(&ev.Actors[i]))
	}
	if txt := d.slice(ev.Evidence); txt != "" {
		r.EventText = []string{txt}
	}
	if s := d.sentenceOf(ev.Evidence); s >= 0 {
		r.TextInfo.Sequence = s + 1
	} else if len(d.a.Sentences) == 0 {
		r.TextInfo.Sequence = ev.Sentence + 1
	}
	if ev.Trigger.Text != "" {
		t := ev.Trigger
		r.Trigger = &t
	}
	return r
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
