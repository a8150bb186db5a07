package index

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract"
)

const crashEnv = "BREACHWIRE_INDEX_CRASH_DIR"

// TestCrashLeavesUsableIndex kills a process that is adding articles and
// checks that the index opens cleanly and holds every article whose Add
// had returned.
func TestCrashLeavesUsableIndex(t *testing.T) {
	if dir := os.Getenv(crashEnv); dir != "" {
		addForever(dir)
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLeavesUsableIndex$")
	cmd.Env = append(os.Environ(), crashEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var done []string
	sc := bufio.NewScanner(out)
	for len(done) < 20 && sc.Scan() {
		done = append(done, sc.Text())
	}
	// Kill in the middle of the next Adds, without a chance to clean up.
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if len(done) < 20 {
		t.Fatalf("child added only %d articles", len(done))
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after kill: %v", err)
	}
	defer ix.Close()
	known, err := ix.Known(context.Background(), done)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range done {
		if !known[u] {
			t.Errorf("article %s lost although Add returned", u)
		}
	}
	if _, err := ix.Stories(context.Background(), time.Time{}); err != nil {
		t.Errorf("Stories after kill: %v", err)
	}
	if _, err := ix.Add(context.Background(), []extract.Article{newGenerator(9).article(1 << 20)}); err != nil {
		t.Errorf("Add after kill: %v", err)
	}
}

// addForever is the child: it adds articles two at a time and prints each
// URL once its Add has returned.
func addForever(dir string) {
	ix, err := Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	g := newGenerator(3)
	for i := 0; ; i += 2 {
		arts := []extract.Article{g.article(i), g.article(i + 1)}
		if _, err := ix.Add(context.Background(), arts); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(arts[0].URL)
		fmt.Println(arts[1].URL)
	}
}
