package doc

import "testing"

// TestSlice: Slice cuts the text as converting it to runes would, with or without the
// analyzer's offsets, and for invalid UTF-8 too.
func TestSlice(t *testing.T) {
	for _, text := range []string{"", "abc", "قال لافروف: «نعم»", "a\xffب\xc3c", "日本語 و"} {
		rs := []rune(text)
		for start := 0; start <= len(rs); start++ {
			for end := start; end <= len(rs); end++ {
				want := string(rs[start:end])
				d := &Doc{Text: text}
				if got := d.Slice(start, end); got != want {
					t.Errorf("Slice(%q, %d, %d) = %q, want %q", text, start, end, got, want)
				}
				again := &Doc{Text: text, ByteAt: d.ByteAt}
				if got := again.Slice(start, end); got != want {
					t.Errorf("Slice(%q, %d, %d) with ByteAt = %q, want %q", text, start, end, got, want)
				}
			}
		}
	}
}
