package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"marsad/internal/shareddata"
)

var bin string

// TestMain builds the command once; the tests run it as a user would.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "marsad-cli")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "marsad")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func run(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{out.String(), errb.String(), code}
}

const example = "../../examples/riyadh-talks.ar.txt"

// TestReadmeCommand runs the README's first command and checks the summary it prints.
func TestReadmeCommand(t *testing.T) {
	r := run(t, "", "analyze", "--date", "2025-02-18", example)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"== riyadh-talks (2025-02-18)", "EVENTS", "044", "USAGOV", "RUSGOV", "SAU", "unlikely", "QUOTES", "الفترة غير الطبيعية"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestAnalyzeJSONL(t *testing.T) {
	r := run(t, "", "analyze", "--format", "jsonl", "--id", "riyadh-talks", "--date", "2025-02-18", example)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var a struct {
		ID     string            `json:"id"`
		Text   string            `json:"text"`
		Events []json.RawMessage `json:"events"`
		Quotes []json.RawMessage `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(strings.TrimSpace(r.stdout)), &a); err != nil {
		t.Fatalf("not one JSON object: %v", err)
	}
	if a.ID != "riyadh-talks" || len(a.Events) == 0 || len(a.Quotes) == 0 || a.Text == "" {
		t.Errorf("id %q, %d events, %d quotes", a.ID, len(a.Events), len(a.Quotes))
	}
	// JSON Lines input on stdin, two documents in order
	in := `{"id":"a","text":"التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في الرياض.","date":"2025-02-18"}` + "\n" +
		`{"id":"b","text":"قال وزير الخارجية الإيراني عباس عراقجي إن طهران لن تتفاوض تحت الضغط.","date":"2025-03-01"}` + "\n"
	r = run(t, in, "analyze", "--input", "jsonl", "--format", "jsonl", "-")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if r.code != 0 || len(lines) != 2 || !strings.Contains(lines[0], `"id":"a"`) || !strings.Contains(lines[1], `"id":"b"`) {
		t.Errorf("jsonl stdin: exit %d, %d lines: %s %s", r.code, len(lines), r.stdout, r.stderr)
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	binary := filepath.Join(dir, "photo.txt")
	os.WriteFile(binary, append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...), 0o644)
	r := run(t, "", "analyze", empty, binary, example)
	if r.code != 1 {
		t.Errorf("exit %d, want 1 (some inputs failed)", r.code)
	}
	if !strings.Contains(r.stderr, "empty input") || !strings.Contains(r.stderr, "binary") {
		t.Errorf("errors not reported clearly: %s", r.stderr)
	}
	if !strings.Contains(r.stdout, "== riyadh-talks") {
		t.Errorf("the good file after the bad ones was not analysed")
	}
	if r := run(t, "", "analyze", "--format", "xml", example); r.code != 2 {
		t.Errorf("bad --format: exit %d, want 2", r.code)
	}
	if r := run(t, "", "analyze", "--date", "18/02/2025", example); r.code != 2 {
		t.Errorf("bad --date: exit %d, want 2", r.code)
	}
}

// TestIngestEventsExport: store the example twice (idempotent), list its events, export them.
func TestIngestEventsExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	r := run(t, "", "ingest", "--db", db, "--date", "2025-02-18", example)
	if r.code != 0 || !strings.Contains(r.stderr, "1 added") {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	r = run(t, "", "ingest", "--db", db, "--date", "2025-02-18", example)
	if r.code != 0 || !strings.Contains(r.stderr, "0 added, 1 already stored") {
		t.Fatalf("second ingest not idempotent: %s", r.stderr)
	}
	r = run(t, "", "events", "--db", db, "--actor", "USA", "--code", "04")
	if r.code != 0 || !strings.Contains(r.stdout, "044") {
		t.Errorf("events: exit %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n")[1:] {
		if !strings.Contains(l, " 04") {
			t.Errorf("--code 04 listed %q", l)
		}
	}
	r = run(t, "", "export", "--db", db, "--format", "csv")
	if r.code != 0 || strings.Count(r.stdout, "\n") < 5 || !strings.Contains(r.stdout, "riyadh-talks") {
		t.Errorf("export csv: exit %d: %.300s %s", r.code, r.stdout, r.stderr)
	}
	r = run(t, "", "export", "--db", db, "--format", "gdelt-events")
	if r.code != 0 || len(strings.Split(strings.Split(r.stdout, "\n")[0], "\t")) != 61 {
		t.Errorf("export gdelt-events: exit %d, first row %.200q", r.code, strings.Split(r.stdout, "\n")[0])
	}
}

func TestEvalAndKB(t *testing.T) {
	gold := shareddata.MustPath(t, "gold", "riyadh-talks.gold.jsonl")
	r := run(t, "", "eval", "events", "--gold", gold)
	if r.code != 0 || !strings.Contains(r.stdout, "dyad") || !strings.Contains(r.stdout, "anchored") {
		t.Errorf("eval events: exit %d: %s %s", r.code, r.stdout, r.stderr)
	}
	if r := run(t, "", "kb", "check"); r.code != 0 {
		t.Errorf("kb check: exit %d: %s", r.code, r.stdout)
	}
	r = run(t, "", "kb", "lookup", "--date", "2018-05-02", "قال وزير الخارجية الأمريكي إن")
	if r.code != 0 || !strings.Contains(r.stdout, "USAGOV") || !strings.Contains(r.stdout, "pompeo") {
		t.Errorf("kb lookup: %s", r.stdout)
	}
	r = run(t, "", "explain", "--date", "2025-02-18", example)
	if r.code != 0 || !strings.Contains(r.stdout, "04.meet") {
		t.Errorf("explain: exit %d", r.code)
	}
}
