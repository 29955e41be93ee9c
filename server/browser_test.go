package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// findChromium looks for Debian's chromium (or another Chrome) on PATH.
func findChromium() string {
	if p := os.Getenv("MARSAD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser drives the real UI in headless chromium against the real server on loopback:
// ingest the example article through the API, search for it, read it with its 044 event
// highlighted, then open the dyad, network, events and map views, saving a screenshot of each
// under $MARSAD_SCREENSHOTS (default: a temporary directory).
//
// It runs only with MARSAD_BROWSER=1 (CI installs chromium with .ci/browser.sh first), and then
// fails, rather than skips, when chromium is missing.
func TestBrowser(t *testing.T) {
	if os.Getenv("MARSAD_BROWSER") != "1" {
		t.Skip("browser test: set MARSAD_BROWSER=1 (needs chromium; see .ci/browser.sh)")
	}
	exe := findChromium()
	if exe == "" {
		t.Fatal("MARSAD_BROWSER=1 but no chromium on PATH: apt-get install -y chromium (or set MARSAD_CHROMIUM)")
	}
	shots := os.Getenv("MARSAD_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	// the real server, with its timeouts, on a loopback port
	_, s, _ := newTest(t, Options{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := s.HTTPServer(ln.Addr().String())
	go func() {
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Error(err)
		}
	}()
	t.Cleanup(func() { _ = hs.Close() })
	base := "http://" + ln.Addr().String()
	r, out := post(t, base, ArticleInput{ID: "riyadh-talks", Date: "2025-02-18", Source: "example", Text: exampleText(t)})
	if r.status != http.StatusCreated {
		t.Fatalf("ingest: %d %s", r.status, r.body)
	}
	t.Logf("ingested %s: %d events, %d entities, %d quotes", out.ID, out.Events, out.Entities, out.Quotes)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 150*time.Second)
	defer cancel()

	// any script error or console error (CSP violations included) fails the test
	var mu sync.Mutex
	var jsErrors []string
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				mu.Lock()
				jsErrors = append(jsErrors, fmt.Sprintf("%s %s:%d %s", m.Type, m.URL, m.Line+1, m.Text))
				mu.Unlock()
			}
		}
	}()

	shot := func(name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(shots, name+".png")
		if err := os.WriteFile(p, buf, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s", p)
	}
	do := func(step string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		start := time.Now()
		defer func() { t.Logf("%s: %v", step, time.Since(start).Round(time.Millisecond)) }()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			if buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot()); err == nil {
				_ = os.WriteFile(filepath.Join(shots, "failed.png"), buf, 0o644)
			}
			mu.Lock()
			defer mu.Unlock()
			t.Fatalf("%s: %v (screenshot failed.png; page errors: %q)", step, err, jsErrors)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	eval := func(expr string) float64 {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](expr, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return v
	}
	attr := func(sel, name string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(sel), name))
		if err != nil {
			t.Fatalf("attribute %s of %s: %v", name, sel, err)
		}
		return v.Value
	}

	// 1. search لافروف from the search box
	do("search",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`input[type=search]`)),
		chromedp.SendKeys(chromedp.CSS(`input[type=search]`), "لافروف"+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`li.hit[data-id="riyadh-talks"] .snippet mark`)),
	)
	if m := text(`li.hit[data-id="riyadh-talks"] .snippet mark`); !strings.Contains(m, "لافروف") {
		t.Errorf("search highlight %q", m)
	}
	shot("1-search")

	// 2. open the article: the 044 event is listed, and choosing it highlights its trigger in
	// the text; hovering the trigger shows code, actors, modality and rule
	do("open article",
		chromedp.Click(chromedp.CSS(`li.hit[data-id="riyadh-talks"] a.hit-title`)),
		chromedp.WaitVisible(chromedp.CSS(`#article-text`)),
		chromedp.WaitReady(chromedp.CSS(`.event-item[data-code^="044"][data-trigger]`)),
	)
	do("choose the 044 event",
		chromedp.ScrollIntoView(chromedp.CSS(`.event-item[data-code^="044"][data-trigger]`)),
		chromedp.Click(chromedp.CSS(`.event-item[data-code^="044"][data-trigger]`)),
		chromedp.WaitVisible(chromedp.CSS(`#article-text span.evt.selected`)),
		chromedp.Sleep(800*time.Millisecond), // the smooth scroll to the event
	)
	if dir := attr("html", "dir"); dir != "rtl" {
		t.Errorf("page dir %q", dir)
	}
	if sel := text(`#article-text span.evt.selected`); strings.TrimSpace(sel) == "" {
		t.Error("the 044 event highlights no text")
	}
	x := eval(`(() => { const r = document.querySelector('#article-text span.evt.selected').getBoundingClientRect(); return r.left + r.width / 2; })()`)
	y := eval(`(() => { const r = document.querySelector('#article-text span.evt.selected').getBoundingClientRect(); return r.top + r.height / 2; })()`)
	do("hover", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y), chromedp.WaitVisible(chromedp.CSS(`#tip`)))
	tip := text(`#tip`)
	for _, want := range []string{"044", "USA", "RUS", "القاعدة", "04."} {
		if !strings.Contains(tip, want) {
			t.Errorf("tooltip over the 044 trigger lacks %q: %q", want, tip)
		}
	}
	shot("2-article-044")

	// 3. the dyad USA–RUS (ECharts draws on a canvas)
	do("dyad",
		chromedp.Navigate(base+"/#/dyad?a=USA&b=RUS&interval=day"),
		chromedp.WaitVisible(chromedp.CSS(`#dyad-chart canvas`)),
		chromedp.Sleep(300*time.Millisecond),
	)
	if s := text(`#dyad-summary`); !strings.Contains(s, "USA → RUS") {
		t.Errorf("dyad summary %q", s)
	}
	shot("3-dyad-usa-rus")

	// 4. the actor network (Cytoscape)
	do("network",
		chromedp.Navigate(base+"/#/network"),
		chromedp.WaitVisible(chromedp.CSS(`#network-graph canvas`)),
		chromedp.Sleep(300*time.Millisecond),
	)
	if n := eval(`window.__marsadNetwork.nodes().map(n => n.data('label')).filter(l => l === 'USA' || l === 'RUS').length`); n != 2 {
		t.Errorf("network has %v of the nodes USA, RUS", n)
	}
	shot("4-network")

	// 5. the events table, filtered to root 04, with its CSV link
	do("events",
		chromedp.Navigate(base+"/#/events?code=04"),
		chromedp.WaitVisible(chromedp.CSS(`table.events tbody tr`)),
	)
	csvHref := attr(`#csv-download`, "href")
	rows := eval(`[...document.querySelectorAll('table.events tbody tr')].filter(r => r.dataset.code.startsWith('04')).length`)
	all := eval(`document.querySelectorAll('table.events tbody tr').length`)
	if !strings.Contains(csvHref, "format=csv") || !strings.Contains(csvHref, "code=04") || rows == 0 || rows != all {
		t.Errorf("events: csv link %q, %v of %v rows of root 04", csvHref, rows, all)
	}
	shot("5-events")
	// a total the store stopped counting is shown as a lower bound
	if ok := eval(`import('/static/dom.js').then(m => m.total({total: 1020, total_capped: true}) === 'أكثر من ' + (1020).toLocaleString('ar') && m.total({total: 7}) === (7).toLocaleString('ar') ? 1 : 0)`); ok != 1 {
		t.Errorf("capped totals are not shown as lower bounds")
	}

	// 6. the map: the offline world-atlas countries as vector paths, and one circle per place
	do("map",
		chromedp.Navigate(base+"/#/map"),
		chromedp.WaitReady(chromedp.CSS(`#event-map .leaflet-overlay-pane path`)),
		chromedp.Sleep(300*time.Millisecond),
	)
	circles := eval(`document.querySelectorAll('#event-map .leaflet-overlay-pane path.leaflet-interactive').length`)
	paths := eval(`document.querySelectorAll('#event-map .leaflet-overlay-pane path').length`)
	places := eval(`fetch('/api/places?limit=2000').then(r => r.json()).then(j => j.places.length)`)
	if paths-circles < 200 || circles != places {
		t.Errorf("map: %v country paths, %v circles for %v places", paths-circles, circles, places)
	}
	shot("6-map")

	mu.Lock()
	defer mu.Unlock()
	if len(jsErrors) > 0 {
		t.Errorf("script errors in the page:\n%s", strings.Join(jsErrors, "\n"))
	}
	fmt.Fprintf(os.Stderr, "browser test screenshots: %s\n", shots)
}
