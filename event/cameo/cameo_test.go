package cameo

import (
	"bytes"
	"fmt"
	"testing"

	"marsad/internal/shareddata"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		code      string
		name      string
		goldstein float64
		quad      int
		plover    string
	}{
		{"044", `Meet at a "third" location`, 2.5, 1, "CONSULT"},
		{"010", "Make statement, not specified below", 0, 1, ""},
		{"036", "Express intent to meet or negotiate", 4, 1, "AGREE"},
		{"057", "Sign formal agreement", 8, 1, "SUPPORT"},
		{"0311", "Express intent to cooperate economically", 5.2, 1, "AGREE"},
		{"173", "Arrest, detain, or charge with legal action", -5, 4, "COERCE"},
		{"190", "Use conventional military force, not specified below", -10, 4, "ASSAULT"},
		{"195", "Employ aerial weapons", -10, 4, "ASSAULT"},
		{"112", "Accuse, not specified below", -2, 3, "ACCUSE"},
		{"141", "Demonstrate or rally", -6.5, 3, "PROTEST"},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q): not found", tt.code)
			continue
		}
		if c.Name != tt.name || c.Goldstein != tt.goldstein || c.Quad != tt.quad || c.Plover != tt.plover {
			t.Errorf("Lookup(%q) = %+v, want name %q goldstein %v quad %d plover %q", tt.code, c, tt.name, tt.goldstein, tt.quad, tt.plover)
		}
	}
	if _, ok := Lookup("999"); ok {
		t.Error("Lookup(999) found a code that does not exist")
	}
	if got := len(All()); got != 311 {
		t.Errorf("All() has %d codes, want 311", got)
	}
	if err := Err(); err != nil {
		t.Fatal(err)
	}
}

func TestQuadByRoot(t *testing.T) {
	for _, c := range All() {
		want := map[string]int{"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 2,
			"10": 3, "11": 3, "12": 3, "13": 3, "14": 3, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4}[c.Root()]
		if c.Quad != want {
			t.Errorf("%s: quad %d, want %d", c.Code, c.Quad, want)
		}
		if c.Root() != "01" && c.Root() != "02" && c.Plover == "" {
			t.Errorf("%s: no PLOVER category", c.Code)
		}
	}
}

// TestEmbeddedMatchesShared rebuilds the table from ../shared and checks it equals the embedded copy.
func TestEmbeddedMatchesShared(t *testing.T) {
	dir := shareddata.MustPath(t)
	var buf bytes.Buffer
	if err := Build(dir, &buf); err != nil {
		t.Fatal(err)
	}
	if buf.String() != tableTSV {
		t.Fatal("data/cameo.tsv is stale: run `marsad train cameo`")
	}
}

func TestParseErrors(t *testing.T) {
	bad := []string{
		"h\n044\tx\t2.5\t1\tCONSULT\t\n",                  // 6 fields
		"h\n044\tx\tabc\t1\tCONSULT\t\t\n",                // bad goldstein
		"h\n044\tx\t2.5\t7\tCONSULT\t\t\n",                // bad quad
		"h\n044\tx\t2.5\t1\t\t\t\n044\tx\t2.5\t1\t\t\t\n", // duplicate
	}
	for _, s := range bad {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q): no error", s)
		}
	}
}

func ExampleLookup() {
	c, _ := Lookup("044")
	fmt.Println(c.Code, c.Name, c.Goldstein, c.Quad, c.Plover)
	// Output: 044 Meet at a "third" location 2.5 1 CONSULT
}
