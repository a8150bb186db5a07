package main

import (
	_ "github.com/PuerkitoBio/goquery"
	_ "github.com/blevesearch/bleve/v2"
	_ "github.com/chromedp/chromedp"
	_ "github.com/emersion/go-smtp"
	_ "github.com/gocolly/colly/v2"
	_ "github.com/gorilla/feeds"
	_ "github.com/ikawaha/kagome-dict/ipa"
	_ "github.com/ikawaha/kagome/v2/tokenizer"
	_ "github.com/markusmobius/go-trafilatura"
	_ "github.com/microcosm-cc/bluemonday"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/wneessen/go-mail"
	_ "go.etcd.io/bbolt"
	_ "go.yaml.in/yaml/v3"
	_ "golang.org/x/net/html/charset"
)

func main() {}
