package export

import (
	"strconv"
	"strings"

	"marsad"
)

// CSVColumns are the columns of the csv format, in order. Offsets are code points into the
// article text; sentence is Marsad's index from 0; plover_context is ";"-separated; numbers use
// a full stop and as many digits as they need.
var CSVColumns = []string{
	"article_id", "event_index", "date", "article_date",
	"code", "name", "root", "base", "quad", "goldstein", "plover", "plover_mode", "plover_context",
	"source_code", "source_name", "source_text", "source_country", "source_wikidata",
	"target_code", "target_name", "target_text", "target_country", "target_wikidata",
	"location_name", "location_text", "location_country", "location_admin1", "location_lat",
	"location_lon", "location_precision",
	"modality", "reported_by", "evidence_start", "evidence_end", "evidence_text", "trigger",
	"sentence", "mentions", "is_root", "rule", "confidence", "tone",
	"url", "outlet", "title",
}

func fnum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// csvRow fills the CSVColumns of an event.
func (d *doc) csvRow(ev *marsad.StoredEvent, row []string) []string {
	row = row[:0]
	part := func(p *marsad.Participant) []string {
		if p == nil {
			return []string{"", "", "", "", ""}
		}
		return []string{p.Code, p.Name, p.Text, p.Country, p.Wikidata}
	}
	articleDate := ev.ArticleDate
	if articleDate == "" {
		articleDate = d.a.Date
	}
	row = append(row, ev.ArticleID, strconv.Itoa(ev.Index), eventDate(ev, d.a), articleDate,
		ev.Code, ev.Name, ev.Root, ev.Base, strconv.Itoa(ev.Quad), fnum(ev.Goldstein), ev.Plover,
		ev.PloverMode, strings.Join(ev.PloverContext, ";"))
	row = append(row, part(ev.Source)...)
	row = append(row, part(ev.Target)...)
	if p := ev.Location; p != nil {
		lat, lon := "", ""
		if p.Lat != 0 || p.Lon != 0 {
			lat, lon = fnum(p.Lat), fnum(p.Lon)
		}
		row = append(row, p.Name, p.Text, p.Country, p.Admin1, lat, lon, p.Precision)
	} else {
		row = append(row, "", "", "", "", "", "", "")
	}
	reported := ""
	if ev.ReportedBy != nil {
		reported = ev.ReportedBy.Code
		if reported == "" {
			reported = ev.ReportedBy.Text
		}
	}
	row = append(row, ev.Modality, reported, strconv.Itoa(ev.Evidence.Start), strconv.Itoa(ev.Evidence.End),
		d.slice(ev.Evidence), ev.Trigger.Text, strconv.Itoa(ev.Sentence), strconv.Itoa(numMentions(&ev.Event)),
		boolNum(ev.IsRoot), ev.Rule, fnum(ev.Confidence), fnum(ev.Tone), d.a.URL, d.a.Source, d.a.Title)
	return row
}
