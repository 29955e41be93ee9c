package geo

import (
	"bytes"
	"compress/gzip"
	"testing"

	"marsad/arabic"
)

// FuzzLoad: a gazetteer file, however malformed, loads or fails with an error, and one that
// loads resolves text without panicking.
func FuzzLoad(f *testing.F) {
	f.Add("#id\ttype\tcountry\tadmin1\tlat\tlon\tpopulation\twikidata\tname\tflags\tnames_ar\n" +
		"1\tcity\tSAU\tRiyadh\t24.7\t46.7\t7000000\tQ3692\tRiyadh\tcapital\tالرياض|رياض\n")
	f.Add("1\tcity\tZZZ\t\tNaN\t1e999\t-5\t\t\t\t\n")
	f.Add("\t\t\n#\n")
	f.Fuzz(func(t *testing.T, tsv string) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(tsv))
		zw.Close()
		g, err := Load(&buf)
		if err != nil {
			return
		}
		g.Resolve([][]arabic.Token{arabic.Tokenize("وصل الوفد إلى الرياض ثم إلى رياض " + tsv)}, Options{})
	})
}
