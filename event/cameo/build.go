package cameo

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Build compiles the taxonomy table from the shared CAMEO files: data/cameo/eventcodes.tsv,
// goldstein.tsv and CAMEO2PLOVER-2021.txt under sharedDir. `marsad train cameo` calls it.
func Build(sharedDir string, w io.Writer) error {
	dir := filepath.Join(sharedDir, "data", "cameo")
	names, err := readTSV(filepath.Join(dir, "eventcodes.tsv"))
	if err != nil {
		return err
	}
	gold, err := readTSV(filepath.Join(dir, "goldstein.tsv"))
	if err != nil {
		return err
	}
	plover, err := readPlover(filepath.Join(dir, "CAMEO2PLOVER-2021.txt"))
	if err != nil {
		return err
	}
	codes := make([]string, 0, len(names))
	for c := range names {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "code\tname\tgoldstein\tquad\tplover\tmode\tcontext")
	for _, c := range codes {
		g, ok := gold[c]
		if !ok {
			return fmt.Errorf("cameo: no Goldstein score for %s", c)
		}
		if _, err := strconv.ParseFloat(g, 64); err != nil {
			return fmt.Errorf("cameo: Goldstein score of %s: %w", c, err)
		}
		p := plover[c]
		if p.event == "" { // fall back on the root's category (PLOVER keeps only 2-digit cues)
			p.event = plover[c[:2]].event
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", c, names[c], g, quadOf(c), p.event, p.mode, strings.Join(p.context, ","))
	}
	return bw.Flush()
}

func quadOf(code string) int {
	r, _ := strconv.Atoi(code[:2])
	switch {
	case r <= 5:
		return 1
	case r <= 9:
		return 2
	case r <= 14:
		return 3
	}
	return 4
}

func readTSV(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cameo: %w", err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		k, v, ok := strings.Cut(sc.Text(), "\t")
		if !ok || k == "" {
			continue
		}
		m[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return m, sc.Err()
}

type ploverEntry struct {
	event, mode string
	context     []string
}

// readPlover parses lines like "0311: AGREE,  ,   economic # Express intent to cooperate economically".
func readPlover(path string) (map[string]ploverEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cameo: %w", err)
	}
	defer f.Close()
	m := map[string]ploverEntry{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || code == "" || strings.Trim(code, "0123456789") != "" {
			continue
		}
		parts := strings.Split(rest, ",")
		var e ploverEntry
		e.event = strings.TrimSpace(parts[0])
		if len(parts) > 1 {
			e.mode = strings.TrimSpace(parts[1])
		}
		if len(parts) > 2 {
			e.context = strings.Fields(strings.Join(parts[2:], " "))
		}
		m[code] = e
	}
	return m, sc.Err()
}
