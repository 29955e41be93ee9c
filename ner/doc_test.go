package ner

import "testing"

// TestMarkDocsFast checks markDocsFast against markDocs over the test split as one document
// (more sentences than the window), with first-pass labels and with arbitrary ones.
func TestMarkDocsFast(t *testing.T) {
	tg := mustDefault(t)
	sents := loadTestSplit(t, "test.txt")[:300]
	for _, arbitrary := range []bool{false, true} {
		var want, got [][]tokInfo
		var labels [][]int8
		for si, s := range sents {
			infos := make([]tokInfo, len(s.Words))
			tg.res.analyze(s.Words, infos)
			ls := make([]int8, len(infos))
			for i, l := range tg.TagWords(s.Words) {
				ls[i] = int8(labelIndex(l))
				if ls[i] > 0 {
					ls[i] = int8(1 + 4*((ls[i]-1)/2) + (ls[i]-1)%2) // B-X or I-X
				}
				if arbitrary {
					ls[i] = int8((si*7 + i*3) % nL)
				}
			}
			want, got, labels = append(want, infos), append(got, append([]tokInfo(nil), infos...)), append(labels, ls)
		}
		markDocs(want, labels)
		markDocsFast(got, labels)
		for i := range want {
			for j := range want[i] {
				if got[i][j].doc != want[i][j].doc {
					t.Fatalf("arbitrary labels %v, sentence %d token %d: doc %#x, want %#x", arbitrary, i, j, got[i][j].doc, want[i][j].doc)
				}
			}
		}
	}
	markDocsFast(nil, nil)
}
