package index

import (
	"encoding/json"
	"testing"
)

func TestStoryCacheFollowsJSON(t *testing.T) {
	var c storyCache
	js := func(st Story) string {
		b, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	v1 := js(Story{ID: "x", Title: "first", Victims: []string{"Toyota"}})
	st, err := c.decode("s:x", v1)
	if err != nil || st.Title != "first" {
		t.Fatalf("decode = %+v, %v", st, err)
	}
	st.Victims[0] = "changed by the caller"
	again, _ := c.decode("s:x", v1)
	if again.Victims[0] != "Toyota" {
		t.Errorf("cached story changed through a returned one: %v", again.Victims)
	}
	v2 := js(Story{ID: "x", Title: "second", Victims: []string{"Toyota"}})
	if st, _ := c.decode("s:x", v2); st.Title != "second" {
		t.Errorf("after the story changed, decode = %q, want the new title", st.Title)
	}
	if _, err := c.decode("s:y", "not json"); err == nil {
		t.Error("bad JSON decoded without an error")
	}
}
