// Package blackbox holds an acceptance test of the breachwire binary written
// from the outside contract alone (CONTRACT.md and the README), the way a QA
// team that never saw the code would write it.
//
// The test builds the binary, serves a small fake web of its own on loopback
// hosts (an English news site with RSS 2.0, a WordPress-like blog with Atom, a
// vendor newsroom and a CERT advisory list read as listing pages, and a
// Japanese corporate newsroom with an EUC-JP RDF feed and Shift_JIS pages),
// runs crawl twice as cron would, and checks the commands' exit codes, output
// shapes and the stories they build. Checks that found a deviation from the
// contract are marked FINDING in the test source.
package blackbox
