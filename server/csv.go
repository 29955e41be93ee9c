package server

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"

	"marsad"
)

// CSVHeader is the header row of the events CSV export.
var CSVHeader = []string{
	"article_id", "article_date", "index", "date", "code", "base", "root", "name", "quad", "goldstein",
	"plover", "source_code", "source_name", "source_text", "target_code", "target_name", "target_text",
	"modality", "location", "location_country", "lat", "lon", "trigger", "evidence_start", "evidence_end",
	"rule", "confidence", "tone",
}

const csvPage = 5000

// writeEventsCSV streams the matching events as CSV, newest first, in pages from the store.
// q.Limit 0 exports every matching event up to CSVMaxRows.
func (s *Server) writeEventsCSV(w http.ResponseWriter, r *http.Request, q marsad.EventQuery) error {
	want := q.Limit
	if want == 0 {
		want = s.opt.CSVMaxRows
	}
	// fetch the first page before answering, so that a bad query still gets a JSON error
	q.Limit = min(csvPage, want)
	evs, err := s.opt.Store.Events(r.Context(), q)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="marsad-events.csv"`)
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	cw := csv.NewWriter(w)
	_ = cw.Write(CSVHeader)
	written := 0
	for {
		for i := range evs {
			if err := cw.Write(csvRow(&evs[i])); err != nil {
				return nil // the client went away; the status is sent already
			}
		}
		written += len(evs)
		if len(evs) < q.Limit || written >= want {
			break
		}
		q.Offset += len(evs)
		q.Limit = min(csvPage, want-written)
		if evs, err = s.opt.Store.Events(r.Context(), q); err != nil {
			s.log.Error("csv export cut short", "err", err, "rows", written)
			break
		}
	}
	cw.Flush()
	return nil
}

func csvRow(e *marsad.StoredEvent) []string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	part := func(p *marsad.Participant) (string, string, string) {
		if p == nil {
			return "", "", ""
		}
		return p.Code, cell(p.Name), cell(p.Text)
	}
	sc, sn, st := part(e.Source)
	tc, tn, tt := part(e.Target)
	var loc, country, lat, lon string
	if l := e.Location; l != nil {
		loc, country, lat, lon = cell(l.Name), l.Country, f(l.Lat), f(l.Lon)
	}
	return []string{
		cell(e.ArticleID), e.ArticleDate, strconv.Itoa(e.Index), e.Date, e.Code, e.Base, e.Root, cell(e.Name),
		strconv.Itoa(e.Quad), f(e.Goldstein), cell(e.Plover), sc, sn, st, tc, tn, tt, e.Modality, loc, country,
		lat, lon, cell(e.Trigger.Text), strconv.Itoa(e.Evidence.Start), strconv.Itoa(e.Evidence.End),
		cell(e.Rule), f(e.Confidence), f(e.Tone),
	}
}

// cell defuses a text cell that a spreadsheet would run as a formula (it comes from article
// text, which is untrusted) by prefixing an apostrophe.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
