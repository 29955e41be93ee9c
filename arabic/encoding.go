package arabic

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ErrBinary is returned (wrapped) for input that is not text: images, archives, PDF,
// executables, random bytes.
var ErrBinary = errors.New("arabic: binary input, not text")

// Encoding names a text encoding Marsad reads.
type Encoding string

// The encodings DetectEncoding recognises.
const (
	UTF8        Encoding = "utf-8"
	UTF16LE     Encoding = "utf-16le"
	UTF16BE     Encoding = "utf-16be"
	Windows1256 Encoding = "windows-1256"
)

// SniffLen is how much of the input DetectEncoding looks at.
const SniffLen = 64 << 10

// binarySignatures are the magic numbers of common binary formats.
var binarySignatures = [][]byte{
	[]byte("\x89PNG\r\n\x1a\n"), []byte("PK\x03\x04"), []byte("PK\x05\x06"), []byte("PK\x07\x08"),
	[]byte("%PDF-"), []byte("\x7fELF"), []byte("GIF87a"), []byte("GIF89a"), []byte("\xff\xd8\xff"),
	[]byte("\x1f\x8b"), []byte("BZh"), []byte("\xfd7zXZ\x00"), []byte("7z\xbc\xaf\x27\x1c"),
	[]byte("Rar!\x1a\x07"), []byte("MZ"), []byte("\xca\xfe\xba\xbe"), []byte("\xfe\xed\xfa"),
	[]byte("\xcf\xfa\xed\xfe"), []byte("\xce\xfa\xed\xfe"), []byte("\x00asm"), []byte("OggS"),
	[]byte("SQLite format 3\x00"), []byte("II*\x00"), []byte("MM\x00*"), []byte("RIFF"),
	[]byte("\x00\x00\x01\x00"), []byte("ID3"), []byte("fLaC"), []byte("\x28\xb5\x2f\xfd"),
	[]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), []byte("wOFF"), []byte("wOF2"), []byte("\x1aE\xdf\xa3"),
	[]byte("BM"),
}

// DetectEncoding sniffs the encoding of a prefix of the input (at most SniffLen bytes are
// read): a BOM if there is one; otherwise UTF-8 if the bytes are (nearly all) valid UTF-8,
// UTF-16 when the pattern of zero bytes and the decoded text say so, else Windows-1256. Binary
// input gives ErrBinary. An empty sample is UTF-8.
func DetectEncoding(sample []byte) (Encoding, error) {
	if len(sample) > SniffLen {
		sample = sample[:SniffLen]
	}
	switch {
	case len(sample) == 0:
		return UTF8, nil
	case bytes.HasPrefix(sample, []byte{0xEF, 0xBB, 0xBF}):
		return UTF8, nil
	case bytes.HasPrefix(sample, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(sample, []byte{0xFF, 0xFE, 0, 0}):
		return UTF16LE, nil
	case bytes.HasPrefix(sample, []byte{0xFE, 0xFF}):
		return UTF16BE, nil
	}
	for _, sig := range binarySignatures {
		if bytes.HasPrefix(sample, sig) && !looksLikeText(sample, sig) {
			return "", fmt.Errorf("%w (signature %q)", ErrBinary, sig)
		}
	}
	if e, ok := sniffUTF16(sample); ok {
		return e, nil
	}
	if bytes.IndexByte(sample, 0) >= 0 {
		return "", fmt.Errorf("%w (NUL bytes)", ErrBinary)
	}
	valid, invalid, controls := utf8Stats(sample)
	if controls*100 > len(sample) {
		return "", fmt.Errorf("%w (control bytes)", ErrBinary)
	}
	if invalid == 0 || valid >= 4*invalid {
		return UTF8, nil
	}
	if plausible1256(sample) {
		return Windows1256, nil
	}
	return "", fmt.Errorf("%w (not UTF-8, UTF-16 or Windows-1256 text)", ErrBinary)
}

// looksLikeText guards the signatures that are also plausible starts of text ("MZ", "BM",
// "ID3", "RIFF", "BZh"): the input is binary only if it has NUL or control bytes early on.
func looksLikeText(sample, sig []byte) bool {
	switch string(sig) {
	case "MZ", "BM", "ID3", "RIFF", "BZh", "OggS", "fLaC", "wOFF", "wOF2":
		head := sample[:min(len(sample), 512)]
		for _, c := range head {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F {
				return false
			}
		}
		return true
	}
	return false
}

// utf8Stats counts valid multi-byte sequences, invalid bytes and control bytes (other than
// tab, newline, carriage return, form feed and escape). A sequence cut at the end of the sample
// is not invalid.
func utf8Stats(b []byte) (valid, invalid, controls int) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B || c == 0x7F {
				controls++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if len(b)-i < utf8.UTFMax && !utf8.FullRune(b[i:]) {
				break
			}
			invalid++
			i++
			continue
		}
		valid++
		i += size
	}
	return
}

// sniffUTF16 recognises BOM-less UTF-16 by its zero bytes and checks that the decoded text is
// plausible.
func sniffUTF16(b []byte) (Encoding, bool) {
	if len(b) < 4 {
		return "", false
	}
	n := len(b) &^ 1
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	// Text in UTF-16 has a high byte of 0 for ASCII and 0x06 for Arabic.
	var hiLE, hiBE int
	for i := 0; i < n; i += 2 {
		if b[i+1] == 0 || b[i+1] == 0x06 || b[i+1] == 0x20 || b[i+1] == 0xFE || b[i+1] == 0xFB {
			hiLE++
		}
		if b[i] == 0 || b[i] == 0x06 || b[i] == 0x20 || b[i] == 0xFE || b[i] == 0xFB {
			hiBE++
		}
	}
	if zeroEven+zeroOdd == 0 && hiLE*10 < pairs*9 && hiBE*10 < pairs*9 {
		return "", false
	}
	switch {
	case hiLE*10 >= pairs*9 && hiLE > hiBE && plausibleUTF16(b[:n], false):
		return UTF16LE, true
	case hiBE*10 >= pairs*9 && hiBE > hiLE && plausibleUTF16(b[:n], true):
		return UTF16BE, true
	case zeroOdd*10 >= pairs*3 && zeroEven*20 < pairs && plausibleUTF16(b[:n], false):
		return UTF16LE, true
	case zeroEven*10 >= pairs*3 && zeroOdd*20 < pairs && plausibleUTF16(b[:n], true):
		return UTF16BE, true
	}
	return "", false
}

// plausibleUTF16 decodes b and checks that nearly all of it is printable text.
func plausibleUTF16(b []byte, bigEndian bool) bool {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	bad, total := 0, 0
	for _, r := range utf16.Decode(u) {
		total++
		if r == utf8.RuneError || r == 0 || r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' ||
			!unicode.IsPrint(r) && !unicode.IsSpace(r) && !isFormat(r) {
			bad++
		}
	}
	return total > 0 && bad*50 <= total
}

// plausible1256 checks that the bytes read as Windows-1256 text: no controls, and the high bytes
// mostly Arabic letters and common punctuation.
func plausible1256(b []byte) bool {
	high, arabic := 0, 0
	for _, c := range b {
		if c < 0x80 {
			continue
		}
		high++
		r := charmap.Windows1256.DecodeByte(c)
		if isArabicLetter(r) || isArabicMark(r) || r == '،' || r == '؛' || r == '؟' || r == 'ـ' || r == '«' || r == '»' {
			arabic++
		}
	}
	return high > 0 && arabic*10 >= high*7
}

func decoderFor(e Encoding) *encoding.Decoder {
	switch e {
	case UTF16LE:
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()
	case UTF16BE:
		return xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewDecoder()
	case Windows1256:
		return charmap.Windows1256.NewDecoder()
	default:
		// Strips a leading BOM; invalid bytes become U+FFFD.
		return xunicode.UTF8BOM.NewDecoder()
	}
}

// NewReader sniffs the start of r and returns a reader that decodes it to UTF-8 as it streams
// (memory stays bounded whatever the input size), without a BOM. Invalid bytes become U+FFFD.
func NewReader(r io.Reader) (io.Reader, Encoding, error) {
	buf := make([]byte, SniffLen)
	n, err := io.ReadFull(r, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, "", fmt.Errorf("arabic: sniff encoding: %w", err)
	}
	buf = buf[:n]
	e, derr := DetectEncoding(buf)
	if derr != nil {
		return nil, "", derr
	}
	var src io.Reader = bytes.NewReader(buf)
	if err == nil {
		src = io.MultiReader(src, r)
	}
	return transform.NewReader(src, decoderFor(e)), e, nil
}

// Decode decodes a whole buffer to a UTF-8 string, sniffing its encoding from the first
// SniffLen bytes.
func Decode(b []byte) (string, Encoding, error) {
	e, err := DetectEncoding(b)
	if err != nil {
		return "", "", err
	}
	if e == UTF8 {
		b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
		if utf8.Valid(b) {
			return string(b), e, nil
		}
		return validUTF8(b), e, nil
	}
	out, err := decoderFor(e).Bytes(b)
	if err != nil {
		return "", e, fmt.Errorf("arabic: decode %s: %w", e, err)
	}
	return string(out), e, nil
}

// validUTF8 returns b as a string with every invalid byte replaced by U+FFFD, so that the text
// has as many code points as Go counts in b.
func validUTF8(b []byte) string {
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return string(out)
}
