package event

import (
	"fmt"
	"os"
	"testing"
)

func TestScratchRiyadh(t *testing.T) {
	b, _ := os.ReadFile("../examples/riyadh-talks.ar.txt")
	d := annotate(string(b), "2025-02-18")
	c := testCoder(t)
	res := c.Code(d, Options{Trace: true})
	for _, tr := range res.Trace {
		fmt.Printf("s%d %s %s %s [%s]→[%s] %s %v %v\n", tr.Sentence, tr.Trigger, tr.Rule, tr.Code, tr.Source, tr.Target, tr.Modality, tr.Dropped, tr.Notes)
	}
	for _, e := range res.Events {
		fmt.Printf("%s %s→%s %s %s\n", e.Code, pcode(e.Source), pcode(e.Target), e.Modality, e.Trigger.Text)
	}
}
