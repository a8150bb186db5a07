package digest

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/digest/digesttest"
	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/extract/incident"
	"github.com/breachwire/breachwire/index"
)

// article builds an extracted article as the crawler hands it to the index.
func article(url, source, title, text string, published time.Time, victim string, records *int64, actor string) extract.Article {
	a := extract.Article{URL: url, Source: source, Title: title, Text: text, Lang: "en", Published: &published,
		Victims: []string{}, Actors: []string{}, Fetched: published.Add(time.Hour)}
	if victim != "" {
		a.Victims = []string{victim}
		a.Incident.Victims = []incident.Victim{{Name: victim}}
	}
	if records != nil {
		a.Records = records
		a.Incident.Records = &incident.Count{Value: *records, Qualifier: "exact"}
	}
	if actor != "" {
		a.Actors = []string{actor}
		a.Incident.Actors = []incident.Attribution{{Name: actor, Strength: incident.Stated}}
	}
	return a
}

// openFlow opens a real index and digest log in a temporary data dir.
func openFlow(t *testing.T) (*index.Index, *Log) {
	t.Helper()
	dir := t.TempDir()
	ix, err := index.Open(filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	log, err := OpenLog(filepath.Join(dir, "digest.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { log.Close() })
	return ix, log
}

// TestDeliverFlow follows a digest through a day: a refused message leaves
// everything unsent, the next run delivers it, a third sends nothing new,
// and a story that gains a record figure goes out again as updated.
func TestDeliverFlow(t *testing.T) {
	ctx := context.Background()
	ix, log := openFlow(t)
	day := at("2019-03-29T09:00:00Z")
	_, err := ix.Add(ctx, []extract.Article{
		article("https://news.example/harbor", "Daily Breach", "Harbor Freightways confirms ransomware attack",
			"Harbor Freightways said hackers breached its dispatch systems and stole shipment records. The company has notified the police.",
			day, "Harbor Freightways", nil, "Akira"),
		article("https://news.example/quill", "Daily Breach", "Quillmark exposes customer database",
			"Quillmark left a database of 41,000 customer records open to the internet, researchers found. The database has been secured.",
			day.Add(2*time.Hour), "Quillmark", ptr(41_000), ""),
	})
	if err != nil {
		t.Fatal(err)
	}
	ms := digesttest.NewMailServer(t, "", "")
	cfg := testConfig(ms.Addr)
	cfg.Watch = []string{"actor:Akira"}

	ms.SetReject(true)
	if _, sent, err := Deliver(ctx, ix, log, cfg, "", day.Add(24*time.Hour)); !errors.Is(err, ErrDelivery) || sent {
		t.Fatalf("refused delivery: sent=%v err=%v, want ErrDelivery", sent, err)
	}
	if last, _ := log.LastDigest(); !last.IsZero() {
		t.Fatal("a refused digest was recorded as sent")
	}

	ms.SetReject(false)
	d, sent, err := Deliver(ctx, ix, log, cfg, "", day.Add(25*time.Hour))
	if err != nil || !sent {
		t.Fatalf("second delivery: sent=%v err=%v", sent, err)
	}
	if d.NewCount != 2 || len(d.Watched) != 1 || d.Watched[0].Story.Victims[0] != "Harbor Freightways" {
		t.Fatalf("digest = %d new, watched %+v; want 2 new with Harbor Freightways watched", d.NewCount, d.Watched)
	}
	msgs := ms.Received()
	if len(msgs) != 1 {
		t.Fatalf("%d messages delivered, want 1", len(msgs))
	}
	p := parseMessage(t, msgs[0])
	if !strings.Contains(p.text, "Quillmark exposes customer database") || !strings.Contains(p.text, "41,000") {
		t.Errorf("delivered digest lacks a story:\n%s", p.text)
	}

	d, sent, err = Deliver(ctx, ix, log, cfg, "", day.Add(48*time.Hour))
	if err != nil || !sent || !d.Empty() {
		t.Fatalf("third run: sent=%v err=%v empty=%v; want a 'nothing new' mail", sent, err, d != nil && d.Empty())
	}
	if p := parseMessage(t, ms.Received()[1]); !strings.Contains(p.subject, "nothing new") {
		t.Errorf("third run subject %q", p.subject)
	}
	cfg.SkipEmpty = true
	if _, sent, err := Deliver(ctx, ix, log, cfg, "", day.Add(49*time.Hour)); err != nil || sent {
		t.Fatalf("skip_empty: sent=%v err=%v, want nothing sent", sent, err)
	}

	// A follow-up report gives the Harbor breach a figure: a material update.
	_, err = ix.Add(ctx, []extract.Article{
		article("https://other.example/harbor-update", "Other Outlet", "Harbor Freightways breach exposed 88,000 drivers' records",
			"Harbor Freightways said the ransomware attack on its dispatch systems exposed records of 88,000 drivers. Akira claimed the attack.",
			day.Add(72*time.Hour), "Harbor Freightways", ptr(88_000), "Akira"),
	})
	if err != nil {
		t.Fatal(err)
	}
	d, err = Build(ctx, ix, log, Options{Now: day.Add(96 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if d.UpdatedCount != 1 || d.NewCount != 0 {
		t.Fatalf("after the follow-up: %d new, %d updated; want 0 new, 1 updated", d.NewCount, d.UpdatedCount)
	}
	if e := d.Others[0]; e.Story.Records == nil || *e.Story.Records != 88_000 || !strings.Contains(strings.Join(e.Changes, " "), "record figure") {
		t.Errorf("updated entry = %+v", e)
	}
}

func TestSinceWindow(t *testing.T) {
	ctx := context.Background()
	ix, log := openFlow(t)
	day := at("2019-03-29T09:00:00Z")
	ix.Add(ctx, []extract.Article{
		article("https://a.example/old", "A", "Old breach at Kestrel Mills", "Kestrel Mills said attackers stole payroll files of its staff.", day.Add(-30*24*time.Hour), "Kestrel Mills", nil, ""),
		article("https://a.example/new", "A", "New breach at Orchid Dental", "Orchid Dental said a phishing attack exposed patient records.", day, "Orchid Dental", nil, ""),
	})
	d, err := Build(ctx, ix, log, Options{Now: day.Add(time.Hour), Since: index.Since{Time: day.Add(-48 * time.Hour)}})
	if err != nil {
		t.Fatal(err)
	}
	if d.NewCount != 1 || d.Others[0].Story.Victims[0] != "Orchid Dental" {
		t.Errorf("--since window: %+v", d.Others)
	}
}

// TestSinceWindowAfterSending: a --since window lists its stories by the
// window, whatever digests went out before: a story first covered in the
// window is new even when a daily digest already carried it; one covered
// before the window and changed since it was sent is updated, with what
// changed.
func TestSinceWindowAfterSending(t *testing.T) {
	ctx := context.Background()
	ix, log := openFlow(t)
	day := at("2019-03-29T09:00:00Z")
	ix.Add(ctx, []extract.Article{
		article("https://a.example/old", "A", "Breach at Kestrel Mills", "Kestrel Mills said attackers stole payroll files of its staff.", day.Add(-4*24*time.Hour), "Kestrel Mills", nil, ""),
		article("https://a.example/new", "A", "Breach at Orchid Dental", "Orchid Dental said a phishing attack exposed patient records.", day, "Orchid Dental", nil, ""),
	})
	d, err := Build(ctx, ix, log, Options{Now: day.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if err := log.MarkSent(d, day.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	ix.Add(ctx, []extract.Article{
		article("https://b.example/old-figure", "B", "Kestrel Mills breach hit 4,100 staff", "Kestrel Mills said the attack exposed payroll files of 4,100 staff.", day.Add(2*time.Hour), "Kestrel Mills", ptr(4100), ""),
	})
	d, err = Build(ctx, ix, log, Options{Now: day.Add(3 * time.Hour), Since: index.Since{Time: day.Add(-48 * time.Hour)}})
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]Entry{}
	for _, e := range d.all() {
		status[e.Story.Victims[0]] = e
	}
	if e := status["Orchid Dental"]; e.Status != New {
		t.Errorf("Orchid Dental, first covered in the window and sent before: %v, want new", e.Status)
	}
	if e := status["Kestrel Mills"]; e.Status != Updated || !strings.Contains(strings.Join(e.Changes, " "), "record figure") {
		t.Errorf("Kestrel Mills, covered before the window and given a figure: %v %q, want updated with its change", e.Status, e.Changes)
	}
}

// TestRelativeWindowAfterResend: a story first sent long ago and sent again
// yesterday as updated is updated in a 48-hour window, not new.
func TestRelativeWindowAfterResend(t *testing.T) {
	ctx := context.Background()
	ix, log := openFlow(t)
	day := at("2019-03-29T09:00:00Z")
	ix.Add(ctx, []extract.Article{
		article("https://a.example/k1", "A", "Breach at Kestrel Mills", "Kestrel Mills said attackers stole payroll files of its staff.", day.Add(-10*24*time.Hour), "Kestrel Mills", nil, ""),
	})
	d, err := Build(ctx, ix, log, Options{Now: day.Add(-10 * 24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if err := log.MarkSent(d, day.Add(-10*24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	ix.Add(ctx, []extract.Article{
		article("https://b.example/k2", "B", "Kestrel Mills breach hit 4,100 staff", "Kestrel Mills said the attack exposed payroll files of 4,100 staff.", day.Add(-8*24*time.Hour), "Kestrel Mills", ptr(4100), ""),
	})
	d, err = Build(ctx, ix, log, Options{Now: day.Add(-24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if err := log.MarkSent(d, day.Add(-24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	d, err = Build(ctx, ix, log, Options{Now: day, Since: index.Since{Time: day.Add(-48 * time.Hour), Relative: true}})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.all()) == 0 {
		t.Fatal("the window lists nothing")
	}
	for _, e := range d.all() {
		if e.Status != Updated {
			t.Errorf("%v, first sent ten days ago: %v, want updated", e.Story.Victims, e.Status)
		}
	}
}

func TestLogHeldOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "digest.db")
	l, err := OpenLog(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if _, err := OpenLog(path); !errors.Is(err, ErrLogLocked) {
		t.Fatalf("second OpenLog: %v, want ErrLogLocked", err)
	}
}
