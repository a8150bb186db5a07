package web

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// findBrowser returns Debian's chromium or another Chrome on the PATH.
func findBrowser() string {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless browser for one test and returns a context
// bounded by timeout for driving it.
func browser(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	path := findBrowser()
	if path == "" {
		t.Skip("no browser: install Debian's chromium (apt-get install -y chromium) to run the browser test")
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	t.Cleanup(cancelAlloc)
	// Starting the browser must not hang the test either.
	watchdog := time.AfterFunc(timeout+30*time.Second, cancelAlloc)
	t.Cleanup(func() { watchdog.Stop() })
	bctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(cancel)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	ctx, cancelRun := context.WithTimeout(bctx, timeout)
	t.Cleanup(cancelRun)
	return ctx
}

// screenshot saves the page to dir/name and returns the path.
func screenshot(t *testing.T, ctx context.Context, dir, name string) string {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

func do1(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// TestBrowserWorkbench drives a real browser through a search, a facet and
// a story page over a real index, and checks that hostile text stays text.
// Set BREACHWIRE_SCREENSHOTS=dir to keep the screenshots.
func TestBrowserWorkbench(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx := browser(t, 60*time.Second)
	ts, _ := testServer(t, 30)
	shots := t.TempDir()
	if d := os.Getenv("BREACHWIRE_SCREENSHOTS"); d != "" {
		shots = d
	}
	var dialogs atomic.Int32
	chromedp.Listen(ctx, func(ev any) {
		if _, ok := ev.(*cdppage.EventJavascriptDialogOpening); ok {
			dialogs.Add(1)
		}
	})

	// Type a query and submit the form.
	do1(t, ctx, "open the search page",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("input[name=q]")),
		chromedp.SendKeys(chromedp.CSS("input[name=q]"), "toyota"),
		chromedp.Submit(chromedp.CSS("input[name=q]")),
		chromedp.WaitVisible(chromedp.CSS("p.summary q")),
	)
	if loc := run(t, ctx, "location", chromedp.Location()); !strings.Contains(loc, "q=toyota") {
		t.Fatalf("after submit the browser is at %s", loc)
	}
	results := run(t, ctx, "results", chromedp.Text(chromedp.CSS("ol.stories")))
	for _, want := range []string{"Toyota", "3,100,000", "APT32"} {
		if !strings.Contains(results, want) {
			t.Errorf("results lack %q: %q", want, results)
		}
	}
	screenshot(t, ctx, shots, "search.png")

	// Narrow by the actor facet.
	do1(t, ctx, "click the actor facet",
		chromedp.Click(chromedp.CSS(`aside.facets a[href*="actor"]`)),
		chromedp.WaitVisible(chromedp.CSS(".facet a.active")),
	)
	if loc := run(t, ctx, "location", chromedp.Location()); !strings.Contains(loc, "actor") {
		t.Fatalf("facet did not narrow the query: %s", loc)
	}
	if q := run(t, ctx, "query box", chromedp.Value(chromedp.CSS("input[name=q]"))); q != "+toyota +actor:APT32" {
		t.Errorf("query box after the facet = %q", q)
	}

	// Open the story.
	do1(t, ctx, "open the story",
		chromedp.Click(chromedp.CSS("ol.stories li h2 a")),
		chromedp.WaitVisible(chromedp.CSS("article.story-page h1")),
	)
	story := run(t, ctx, "story page", chromedp.Text(chromedp.CSS("article.story-page")))
	for _, want := range []string{"Toyota", "3,100,000", "APT32", "Example Security News", "Articles"} {
		if !strings.Contains(story, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
	shot := screenshot(t, ctx, shots, "story.png")
	t.Logf("story screenshot: %s", shot)

	// The hostile story: its title renders as text, its javascript: URL is no link.
	do1(t, ctx, "search the hostile story",
		chromedp.Navigate(ts.URL+"/?q=acme"),
		chromedp.WaitVisible(chromedp.CSS("ol.stories li h2 a")),
	)
	if title := run(t, ctx, "hostile title", chromedp.Text(chromedp.CSS("ol.stories li h2 a"))); title != hostileTitle {
		t.Errorf("hostile title shows as %q, want the text %q", title, hostileTitle)
	}
	do1(t, ctx, "open the hostile story",
		chromedp.Click(chromedp.CSS("ol.stories li h2 a")),
		chromedp.WaitVisible(chromedp.CSS("article.story-page h1")),
	)
	if raw := run(t, ctx, "raw url", chromedp.Text(chromedp.CSS("table.articles .rawurl"))); raw != hostileURL {
		t.Errorf("javascript: URL shows as %q", raw)
	}
	live := run(t, ctx, "count live markup", chromedp.Evaluate[int](
		`document.querySelectorAll('script, img, a[href^="javascript:"], [onerror]').length`))
	if live != 0 {
		t.Errorf("%d live script, img or javascript: elements on the hostile story page", live)
	}
	screenshot(t, ctx, shots, "hostile.png")

	// The sources page's button queues a crawl with a plain form POST.
	do1(t, ctx, "queue a crawl",
		chromedp.Navigate(ts.URL+"/sources"),
		chromedp.WaitVisible(chromedp.CSS("table.sources")),
		chromedp.Click(chromedp.CSS("table.sources tbody tr:nth-child(2) button")),
		chromedp.WaitVisible(chromedp.CSS(".notice.ok")),
	)
	if notice := run(t, ctx, "notice", chromedp.Text(chromedp.CSS(".notice.ok"))); !strings.Contains(notice, "Broken Feed") {
		t.Errorf("after the button: %q", notice)
	}
	screenshot(t, ctx, shots, "sources.png")

	// On a phone the search page fits the screen.
	do1(t, ctx, "phone viewport",
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)),
		chromedp.Navigate(ts.URL+"/?q=toyota"),
		chromedp.WaitVisible(chromedp.CSS("ol.stories")),
	)
	if w := run(t, ctx, "page width", chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > 390 {
		t.Errorf("search page is %dpx wide on a 390px phone", w)
	}
	screenshot(t, ctx, shots, "phone.png")

	if n := dialogs.Load(); n != 0 {
		t.Fatalf("%d JavaScript dialogs opened: scraped script ran", n)
	}
}
