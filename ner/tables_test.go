package ner

import "testing"

// TestLabelSums checks the second-pass label tables against the features they stand for, for
// every label of a token and its neighbours, at the start, inside and at the end of a sentence.
func TestLabelSums(t *testing.T) {
	tg := mustDefault(t)
	c := tg.fast
	if c.labels == nil {
		t.Fatal("two-pass model without label tables")
	}
	infos := make([]tokInfo, 5)
	checked := 0
	for a := range uint64(nL) {
		for b := range uint64(nL) {
			for m := range uint32(nBIO + 1) {
				for k := range infos {
					infos[k].p1 = 1 + (a+b*uint64(k)+uint64(m))%nL
					infos[k].doc = m << 16
				}
				infos[1].p1, infos[2].p1 = a+1, b+1
				for i := range infos {
					var got, want [2][nL]int32
					if !c.labels.add(infos, i, &got[0]) {
						t.Fatalf("labels %d %d token %d: outside the tables", a, b, i)
					}
					feats, small := features2Split(nil, nil, infos, i)
					rest, restSmall := features2Rest(nil, nil, infos, i)
					if len(feats) != len(rest) || len(small) != len(restSmall)+7 {
						t.Fatalf("features2Rest leaves out %d features, want 7", len(small)-len(restSmall))
					}
					c.hot.sumRows(small[:7], 1, &want, nil)
					if got != want {
						t.Fatalf("labels %d %d majority %d token %d: table %v, features %v", a, b, m, i, got[0], want[0])
					}
					checked++
				}
			}
		}
	}
	// A value outside the tables falls back to looking up the features.
	infos[2].p1 = nP1 + 3
	var acc [nL]int32
	if c.labels.add(infos, 2, &acc) || acc != ([nL]int32{}) {
		t.Errorf("label value %d: add = true or changed the sums", nP1+3)
	}
	if checked != nL*nL*(nBIO+1)*len(infos) {
		t.Errorf("checked %d tokens", checked)
	}
}

// TestShapeSums checks the shape tables against the features they stand for, for every shape
// of a token and its neighbours, in sentences of one to three tokens.
func TestShapeSums(t *testing.T) {
	c := mustDefault(t).fast
	for a := range uint64(nShape) {
		for b := range uint64(nShape) {
			for d := range uint64(nShape) {
				for n := 1; n <= 3; n++ {
					infos := []tokInfo{{shape: a}, {shape: b}, {shape: d}}[:n]
					for i := range infos {
						var got, want [2][nL]int32
						if !c.shapes.add(infos, i, &got) {
							t.Fatalf("shapes %d %d %d: outside the tables", a, b, d)
						}
						var prev, next uint64
						if i > 0 {
							prev = infos[i-1].shape
						}
						if i+1 < n {
							next = infos[i+1].shape
						}
						c.sumRows(shapeFeatures(nil, prev, infos[i].shape, next, i == 0, i+1 == n), 0, &want, nil)
						if got != want {
							t.Fatalf("shapes %d %d %d, %d tokens, token %d: table %v, features %v", a, b, d, n, i, got, want)
						}
					}
				}
			}
		}
	}
	var acc [2][nL]int32
	if c.shapes.add([]tokInfo{{shape: nShape}}, 0, &acc) || acc != ([2][nL]int32{}) {
		t.Errorf("shape %d: add = true or changed the sums", nShape)
	}
}
