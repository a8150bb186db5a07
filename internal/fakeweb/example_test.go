package fakeweb_test

import (
	"fmt"
	"net/http"

	"github.com/breachwire/breachwire/internal/fakeweb"
)

func Example() {
	w, err := fakeweb.Start(fakeweb.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer w.Close()
	// w.Config() is a sources.yaml for a crawler; here one page is fetched by hand.
	resp, err := http.Get(w.Pages()[0].URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
	fmt.Println(len(w.Pages()), "articles on", len(w.Sites()), "sites;", resp.StatusCode, w.Requests()[0].Kind)
	// Output: 99 articles on 5 sites; 200 article
}
