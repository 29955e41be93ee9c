package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadGold: a gold file, however malformed, reads or fails with an error, and gold that
// reads scores against itself without panicking.
func FuzzReadGold(f *testing.F) {
	f.Add(`{"id":"a","text":"التقى روبيو لافروف","date":"2025-02-18","events":[{"anchor":"التقى","code":"044","source":"USAGOV","target":"RUSGOV","modality":"asserted"}],"quotes":[{"anchor":"روبيو","speaker":"USAGOV"}]}`)
	f.Add(`{"id":"b","text":"نص","events":[{"anchor":"غير موجود","code":["030","057"],"source":"*","target":null}]}`)
	f.Add(`{"id":"c","text_file":"../../etc/passwd","events":[]}`)
	f.Add("{\n")
	f.Add(`{"id":"d","text":"x","events":[{"anchor":"x","code":7}]}`)
	f.Fuzz(func(t *testing.T, line string) {
		p := filepath.Join(t.TempDir(), "g.jsonl")
		if err := os.WriteFile(p, []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
		gold, texts, err := ReadGold(p, nil)
		if err != nil {
			return
		}
		preds, err := ReadPred(strings.NewReader(line))
		if err != nil {
			return
		}
		ScoreEvents(gold, texts, preds)
	})
}

// FuzzReadPred: predictions, however malformed, read or fail with an error.
func FuzzReadPred(f *testing.F) {
	f.Add(`{"id":"a","events":[{"code":"044","modality":"asserted","source":{"code":"USAGOV"},"evidence":{"start":0,"end":5}}],"quotes":[{"start":0,"end":3,"speaker":{"code":"RUS"}}]}`)
	f.Add(`{"events":[{"code":null}]}` + "\n\n" + `[1,2]`)
	f.Fuzz(func(t *testing.T, s string) {
		ReadPred(strings.NewReader(s))
	})
}
