package arabic

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

const arabicSample = "كشفت وزارة الخارجية الأمريكية أن الوزيرين الروسي سيرجي لافروف والأمريكي ماركو روبيو توصلا إلى اتفاق، في الرياض؟ نعم.\n"

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	u := utf16.Encode([]rune(s))
	if bom {
		u = append([]uint16{0xFEFF}, u...)
	}
	b := make([]byte, 0, 2*len(u))
	for _, c := range u {
		if bigEndian {
			b = append(b, byte(c>>8), byte(c))
		} else {
			b = append(b, byte(c), byte(c>>8))
		}
	}
	return b
}

func to1256(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		enc  Encoding
		want string
	}{
		{"utf-8", []byte(arabicSample), UTF8, arabicSample},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, arabicSample...), UTF8, arabicSample},
		{"ascii", []byte("Reuters reported on Monday.\n"), UTF8, "Reuters reported on Monday.\n"},
		{"utf-16le bom", utf16Bytes(arabicSample, false, true), UTF16LE, arabicSample},
		{"utf-16be bom", utf16Bytes(arabicSample, true, true), UTF16BE, arabicSample},
		{"utf-16le", utf16Bytes(arabicSample, false, false), UTF16LE, arabicSample},
		{"utf-16be", utf16Bytes(arabicSample, true, false), UTF16BE, arabicSample},
		{"utf-16le english", utf16Bytes("Hello, world. This is plain English text.", false, false), UTF16LE, "Hello, world. This is plain English text."},
		{"utf-16be english", utf16Bytes("Hello, world. This is plain English text.", true, false), UTF16BE, "Hello, world. This is plain English text."},
		{"windows-1256", to1256(t, arabicSample), Windows1256, arabicSample},
		{"windows-1256 short", to1256(t, "السلام عليكم"), Windows1256, "السلام عليكم"},
		{"utf-8 with a bad byte", []byte("الرياض \xff جدة " + strings.Repeat("نص عربي ", 5)), UTF8, "الرياض \uFFFD جدة " + strings.Repeat("نص عربي ", 5)},
		{"empty", nil, UTF8, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if enc != tc.enc || got != tc.want {
				t.Errorf("Decode = %q, %s; want %q, %s", got, enc, tc.want, tc.enc)
			}
			// The streaming reader agrees.
			r, enc2, err := NewReader(bytes.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if enc2 != tc.enc || string(b) != tc.want {
				t.Errorf("NewReader = %q, %s; want %q, %s", b, enc2, tc.want, tc.enc)
			}
		})
	}
}

func TestDecodeBinary(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{"png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)},
		{"zip", append([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), random[:200]...)},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")},
		{"elf", append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 56)...)},
		{"exe", append([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00"), make([]byte, 54)...)},
		{"jpeg", append([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F'}, random[:100]...)},
		{"gzip", append([]byte{0x1f, 0x8b, 0x08, 0x00}, random[:100]...)},
		{"random", random},
		{"nuls", make([]byte, 1000)},
		{"text with nuls", []byte("abc\x00\x00\x00def\x00ghi\x00\x00jkl\x00\x00\x00\x00mno")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := Decode(tc.in); !errors.Is(err, ErrBinary) {
				t.Errorf("Decode error = %v, want ErrBinary", err)
			}
			if _, _, err := NewReader(bytes.NewReader(tc.in)); !errors.Is(err, ErrBinary) {
				t.Errorf("NewReader error = %v, want ErrBinary", err)
			}
		})
	}
}

func TestDetectEncodingTextThatLooksLikeMagic(t *testing.T) {
	// Plain text that happens to start like a binary signature is still text.
	for _, s := range []string{"MZ is a label\n", "BMW sales rose.", "ID3 tags"} {
		if e, err := DetectEncoding([]byte(s)); err != nil || e != UTF8 {
			t.Errorf("DetectEncoding(%q) = %s, %v", s, e, err)
		}
	}
}

// repeatReader yields pattern over and over up to n bytes without holding them.
type repeatReader struct {
	pattern []byte
	n, off  int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.off >= r.n {
		return 0, io.EOF
	}
	written := 0
	for written < len(p) && r.off < r.n {
		i := r.off % int64(len(r.pattern))
		c := copy(p[written:], r.pattern[i:])
		if rem := r.n - r.off; int64(c) > rem {
			c = int(rem)
		}
		written += c
		r.off += int64(c)
	}
	return written, nil
}

// TestNewReaderStreams decodes a generated 60 MB Windows-1256 input and checks that the memory
// allocated along the way is far below the input size.
func TestNewReaderStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes 60 MB")
	}
	pattern := to1256(t, strings.Repeat(arabicSample, 20))
	const size = 60 << 20
	src := &repeatReader{pattern: pattern, n: size}

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r, enc, err := NewReader(src)
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, r)
	if err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if enc != Windows1256 {
		t.Fatalf("encoding %s", enc)
	}
	// Every Arabic byte becomes two UTF-8 bytes, every ASCII byte one.
	if n < size {
		t.Fatalf("decoded %d bytes from %d", n, size)
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 4<<20 {
		t.Errorf("allocated %d bytes while streaming %d: not bounded", grown, size)
	}
}
