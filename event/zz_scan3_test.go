package event

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"marsad/arabic"
)

func TestZZScan3(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lx := c.lx
	f, _ := os.Open("/tmp/snn8k_in.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<24), 1<<24)
	cnt := map[string]int{}
	for sc.Scan() {
		var d struct{ Text string }
		json.Unmarshal(sc.Bytes(), &d)
		for _, tk := range arabic.Tokenize(d.Text) {
			cnt[arabic.Key(tk.Text)]++
		}
	}
	type kv struct {
		k, desc string
		n       int
	}
	var out []kv
	for k, n := range cnt {
		if n < 25 {
			continue
		}
		wi := lx.analyze(k, false)
		for _, c := range wi.cands {
			x := wi.spl[c.sp]
			if x.prep == "" && !x.art && x.suffix == "" {
				continue
			}
			if x.conj != "" && x.prep == "" && !x.art && x.suffix == "" {
				continue
			}
			out = append(out, kv{k, fmt.Sprintf("%s+%s+%v+%s+%s=%s", x.conj, x.prep, x.art, x.stem, x.suffix, c.e.p.ID), n})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].n > out[j].n })
	for _, x := range out[:min(400, len(out))] {
		fmt.Println(x.n, x.k, x.desc)
	}
}
