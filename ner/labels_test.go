package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestEncodeLabels checks that gold BIO labels survive the trip through the internal labels, up
// to the conlleval reading of an I-X that continues nothing (a B-X), and that the encoded path
// obeys the decoding constraints.
func TestEncodeLabels(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"O B-PERS I-PERS O", "O B-PERS I-PERS O"},
		{"B-PERS B-PERS I-PERS I-PERS", "B-PERS B-PERS I-PERS I-PERS"},
		{"I-LOC I-LOC O I-ORG", "B-LOC I-LOC O B-ORG"},
		{"B-ORG I-MISC I-MISC B-LOC", "B-ORG B-MISC I-MISC B-LOC"},
		{"B-MISC", "B-MISC"},
		{"", ""},
	} {
		in := strings.Fields(c.in)
		enc := encodeLabels(in)
		got := make([]string, len(enc))
		prev := nL
		for i, l := range enc {
			if !allowed[prev][l] {
				t.Errorf("%q: label %d (%s) may not follow %d", c.in, i, labelNames[l], prev)
			}
			prev = int(l)
			got[i] = outName(l)
		}
		if len(enc) > 0 && !allowedEnd[prev] {
			t.Errorf("%q: ends with %s", c.in, labelNames[prev])
		}
		if want := strings.Fields(c.want); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", c.in, got, want)
		}
	}
}
