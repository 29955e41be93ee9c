package actor

import (
	"io/fs"
	"testing"
	"testing/fstest"
	"time"
)

// FuzzLoad: a people file, however malformed, loads or fails with an error, and a knowledge
// base that loads can be checked and matched against text without panicking.
func FuzzLoad(f *testing.F) {
	f.Add("- id: marco-rubio\n  en: Marco Rubio\n  country: USA\n  ar: [ماركو روبيو]\n  short: [روبيو]\n  roles:\n    - {office: foreign_minister, country: USA, start: 2025-01-21}\n")
	f.Add("- id: x\n  country: ZZZ\n  ar: []\n  roles:\n    - {office: nope, start: 2030-13-45}\n")
	f.Add("- ")
	f.Add("{")
	base, err := fs.Sub(dataFS, "data")
	if err != nil {
		f.Fatal(err)
	}
	// the other files as they are; only the people file varies
	mfs := fstest.MapFS{}
	for _, name := range []string{"countries.yaml", "offices.yaml", "sectors.yaml", "words.yaml"} {
		b, err := fs.ReadFile(base, name)
		if err != nil {
			f.Fatal(err)
		}
		mfs[name] = &fstest.MapFile{Data: b}
	}
	day := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, people string) {
		m := fstest.MapFS{"people/x.yaml": {Data: []byte(people)}}
		for k, v := range mfs {
			m[k] = v
		}
		kb, err := Load(m)
		if err != nil {
			return
		}
		kb.Check()
		d := kb.NewDoc(day)
		d.Sentence("التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي في الرياض.", nil)
	})
}
