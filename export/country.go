package export

import (
	_ "embed"
	"strings"
)

//go:embed data/countries.tsv
var countriesTSV string

// country is a row of data/countries.tsv.
type country struct {
	ISO2, FIPS, Name string
}

// countries maps ISO 3166 alpha-3 (and CAMEO's KSV/KOS) to the row.
var countries = loadCountries(countriesTSV)

func loadCountries(tsv string) map[string]country {
	m := map[string]country{}
	for line := range strings.Lines(tsv) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			continue // the file is ours and tested; a malformed row cannot ship
		}
		m[f[0]] = country{ISO2: f[1], FIPS: f[2], Name: f[3]}
	}
	return m
}

// FIPS returns the FIPS 10-4 country code (the code GDELT writes in its geographic columns) of
// an ISO 3166 alpha-3 country code, and whether one is known. Palestine (PSE) gives WE, the West
// Bank; see GeoFields for Gaza.
func FIPS(iso3 string) (string, bool) {
	c, ok := countries[strings.ToUpper(iso3)]
	if !ok || c.FIPS == "" {
		return "", false
	}
	return c.FIPS, true
}

// CountryName returns the English short name of an ISO 3166 alpha-3 country code, or "".
func CountryName(iso3 string) string {
	return countries[strings.ToUpper(iso3)].Name
}
