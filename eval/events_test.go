package eval

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"marsad/internal/shareddata"
)

// perturb builds predictions from gold documents with deterministic random errors: dropped and
// added events, wrong codes, actors, modalities and evidence, quotes moved and misattributed.
func perturb(gold []GoldDoc, texts []string, seed uint64) []map[string]any {
	r := rand.New(rand.NewPCG(seed, 7))
	codes := []string{"010", "036", "040", "044", "057", "111", "173", "190", "195", "0841"}
	actors := []string{"USAGOV", "RUSGOV", "SAU", "IRN", "ISRMIL", "PSEREB", "YEMREB", "IGOUNO", ""}
	mods := []string{"asserted", "negated", "planned", "hypothetical", "unlikely"}
	var out []map[string]any
	for i, g := range gold {
		text := []rune(texts[i])
		var evs []any
		for _, ge := range g.Events {
			if r.Float64() < 0.2 {
				continue
			}
			codes := ge.Codes()
			code := codes[r.IntN(len(codes))]
			if r.Float64() < 0.15 {
				code = codesPick(r, codesList(codes))
			}
			e := map[string]any{"code": code, "modality": ge.Modality}
			for _, side := range []struct {
				name string
				v    *string
			}{{"source", ge.Source}, {"target", ge.Target}} {
				switch {
				case side.v == nil || *side.v == "*":
					if r.Float64() < 0.5 {
						e[side.name] = map[string]any{"code": actors[r.IntN(len(actors))]}
					} else {
						e[side.name] = nil
					}
				case r.Float64() < 0.1:
					e[side.name] = map[string]any{"code": actors[r.IntN(len(actors))]}
				default:
					e[side.name] = map[string]any{"code": *side.v}
				}
			}
			if r.Float64() < 0.15 {
				e["modality"] = mods[r.IntN(len(mods))]
			}
			a := runeIndex(text, ge.Anchor)
			if a >= 0 && r.Float64() < 0.85 {
				s := max(0, a-r.IntN(5))
				e["evidence"] = map[string]any{"start": s, "end": a + 1 + r.IntN(20)}
			} else if r.Float64() < 0.5 {
				e["evidence"] = map[string]any{"start": 0, "end": 1}
			}
			evs = append(evs, e)
		}
		for k := r.IntN(3); k > 0; k-- {
			evs = append(evs, map[string]any{"code": codes[r.IntN(len(codes))], "modality": mods[r.IntN(len(mods))],
				"source": map[string]any{"code": actors[r.IntN(len(actors))]}, "target": nil})
		}
		var qs []any
		for _, gq := range g.Quotes {
			a := runeIndex(text, gq.Anchor)
			if a < 0 || r.Float64() < 0.2 {
				continue
			}
			spk := gq.Speaker
			if r.Float64() < 0.2 {
				spk = actors[r.IntN(len(actors))]
			}
			qs = append(qs, map[string]any{"start": a + r.IntN(3), "end": a + 2 + r.IntN(10), "speaker": map[string]any{"code": spk}})
		}
		id := g.ID
		out = append(out, map[string]any{"id": id, "events": evs, "quotes": qs})
	}
	return out
}

func codesList(c []string) []string {
	return append([]string{"010", "120", "190", "046", "0311"}, c...)
}

func codesPick(r *rand.Rand, c []string) string { return c[r.IntN(len(c))] }

func writeJSONL(t *testing.T, path string, rows []map[string]any) {
	t.Helper()
	var b bytes.Buffer
	for _, r := range rows {
		j, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestMatchesReferenceScorer runs the reference Python scorer and this package on the same gold
// and perturbed predictions and requires identical numbers.
func TestMatchesReferenceScorer(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Fatal("python3 is needed to compare with the reference scorer (CI installs it)")
	}
	scorer := shareddata.MustPath(t, "tools", "score_events.py")
	golds := []string{shareddata.MustPath(t, "gold", "riyadh-talks.gold.jsonl"), "../testdata/gold/sentences.gold.jsonl"}
	for _, gp := range golds {
		gold, texts, err := ReadGold(gp, nil)
		if err != nil {
			t.Fatal(err)
		}
		for seed := uint64(1); seed <= 6; seed++ {
			dir := t.TempDir()
			pred := filepath.Join(dir, "pred.jsonl")
			writeJSONL(t, pred, perturb(gold, texts, seed))
			out, err := exec.Command(py, scorer, gp, pred, "--json").Output()
			if err != nil {
				t.Fatalf("reference scorer: %v", err)
			}
			var want map[string]any
			if err := json.Unmarshal(out, &want); err != nil {
				t.Fatal(err)
			}
			f, _ := os.Open(pred)
			preds, err := ReadPred(f)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			got := ScoreEvents(gold, texts, preds)
			gj, _ := json.Marshal(got)
			var gotm map[string]any
			_ = json.Unmarshal(gj, &gotm)
			for _, k := range []string{"dyad", "base", "anchored", "quotes", "modality"} {
				w, _ := json.Marshal(want[k])
				g, _ := json.Marshal(gotm[k])
				if !bytes.Equal(normalizeNums(w), normalizeNums(g)) {
					t.Errorf("%s seed %d %s: reference %s, ours %s", filepath.Base(gp), seed, k, w, g)
				}
			}
			// text format identical too
			txt, err := exec.Command(py, scorer, gp, pred).Output()
			if err != nil {
				t.Fatal(err)
			}
			var ours bytes.Buffer
			got.WriteText(&ours)
			if ours.String() != string(txt) {
				t.Errorf("%s seed %d: text output differs:\nreference:\n%s\nours:\n%s", filepath.Base(gp), seed, txt, ours.String())
			}
		}
	}
}

// normalizeNums makes 1.0 and 1 compare equal.
func normalizeNums(b []byte) []byte {
	var v any
	_ = json.Unmarshal(b, &v)
	out, _ := json.Marshal(v)
	return []byte(strings.TrimSpace(string(out)))
}

func TestGoldFilesParse(t *testing.T) {
	for _, gp := range []string{"../testdata/gold/sentences.gold.jsonl"} {
		gold, texts, err := ReadGold(gp, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(gold) < 40 {
			t.Errorf("%s: %d documents, want ≥ 40", gp, len(gold))
		}
		for i, g := range gold {
			for _, e := range g.Events {
				if runeIndex([]rune(texts[i]), e.Anchor) < 0 {
					t.Errorf("%s %s: anchor %q not in text", gp, g.ID, e.Anchor)
				}
			}
		}
	}
	dir := shareddata.MustPath(t, "data", "news", "saudinewsnet")
	gold, _, err := ReadGold("../testdata/gold/saudinewsnet.gold.jsonl", CorpusResolver(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 40 {
		t.Errorf("saudinewsnet gold: %d articles, want ≥ 40", len(gold))
	}
}
