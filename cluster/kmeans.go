package cluster

import (
	"math"
	"math/rand/v2"
	"sync"
)

// Hierarchical groups unit-normalised vectors by spherical k-means applied recursively: the
// vectors are split into ks[0] clusters, each of those into ks[1], and so on. The result gives
// every row a path of ids, one per level, numbered from 1 and unique within each level.
func Hierarchical(vecs *Vectors, ks []int, iters int, seed uint64) [][]uint16 {
	n := len(vecs.Data) / vecs.Dim
	unit := make([]float32, len(vecs.Data))
	copy(unit, vecs.Data)
	for i := range n {
		normalize(unit[i*vecs.Dim : (i+1)*vecs.Dim])
	}
	paths := make([][]uint16, n)
	for i := range paths {
		paths[i] = make([]uint16, len(ks))
	}
	groups := [][]int{make([]int, n)}
	for i := range n {
		groups[0][i] = i
	}
	rng := rand.New(rand.NewPCG(seed, seed+1))
	for level, k := range ks {
		next := make([][]int, 0, len(groups)*k)
		for _, g := range groups {
			assign := sphericalKMeans(unit, vecs.Dim, g, k, iters, rng)
			sub := make([][]int, k)
			for j, a := range assign {
				sub[a] = append(sub[a], g[j])
			}
			for _, s := range sub {
				if len(s) == 0 {
					continue
				}
				next = append(next, s)
				id := uint16(len(next))
				for _, row := range s {
					paths[row][level] = id
				}
			}
		}
		groups = next
	}
	return paths
}

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// sphericalKMeans clusters the rows listed in idx into k groups by cosine similarity, with
// k-means++ seeding. It returns the cluster of each listed row. Assignment runs on two
// goroutines; the result does not depend on scheduling.
func sphericalKMeans(data []float32, dim int, idx []int, k, iters int, rng *rand.Rand) []int {
	n := len(idx)
	assign := make([]int, n)
	if n <= k {
		for i := range assign {
			assign[i] = i
		}
		return assign
	}
	row := func(i int) []float32 { return data[idx[i]*dim : (idx[i]+1)*dim] }
	cent := make([]float32, k*dim)
	// k-means++ seeding on cosine distance.
	first := rng.IntN(n)
	copy(cent[:dim], row(first))
	dist := make([]float64, n)
	for i := range n {
		dist[i] = 1 - float64(dot(row(i), cent[:dim]))
	}
	for c := 1; c < k; c++ {
		var sum float64
		for _, d := range dist {
			sum += max(d, 0)
		}
		pick := 0
		if sum > 0 {
			r := rng.Float64() * sum
			for i, d := range dist {
				r -= max(d, 0)
				if r <= 0 {
					pick = i
					break
				}
			}
		} else {
			pick = rng.IntN(n)
		}
		cc := cent[c*dim : (c+1)*dim]
		copy(cc, row(pick))
		for i := range n {
			if d := 1 - float64(dot(row(i), cc)); d < dist[i] {
				dist[i] = d
			}
		}
	}
	for range iters {
		changed := 0
		var wg sync.WaitGroup
		var ch [2]int
		half := n / 2
		for w := range 2 {
			lo, hi := w*half, half
			if w == 1 {
				lo, hi = half, n
			}
			wg.Go(func() {
				for i := lo; i < hi; i++ {
					r := row(i)
					best, bs := 0, float32(-2)
					for c := range k {
						if s := dot(r, cent[c*dim:(c+1)*dim]); s > bs {
							best, bs = c, s
						}
					}
					if assign[i] != best {
						ch[w]++
					}
					assign[i] = best
				}
			})
		}
		wg.Wait()
		changed = ch[0] + ch[1]
		clear(cent)
		counts := make([]int, k)
		for i := range n {
			c := assign[i]
			counts[c]++
			cc := cent[c*dim : (c+1)*dim]
			for d, x := range row(i) {
				cc[d] += x
			}
		}
		for c := range k {
			if counts[c] == 0 { // re-seed an empty cluster on a random point
				copy(cent[c*dim:(c+1)*dim], row(rng.IntN(n)))
				continue
			}
			normalize(cent[c*dim : (c+1)*dim])
		}
		if changed == 0 {
			break
		}
	}
	return assign
}

func dot(a, b []float32) float32 {
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}
