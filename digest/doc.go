// Package digest builds and sends breachwire's daily digest e-mail: the
// stories first seen, or materially updated (a new record figure, actor or
// victim), since the last digest, ranked for an analyst, with the stories
// matching the watch list first.
//
// Build selects and ranks the stories against the digest log; Render turns
// them into a multipart/alternative message (HTML with inline CSS, and plain
// text with the same content); Send delivers it with go-mail; and only after
// a successful send is it recorded with Log.MarkSent, so a failed send
// leaves everything to go out next time. Run does all four in that order,
// or, for a dry run, only the first two over a log opened with
// OpenLogReadOnly, which records nothing and creates no file.
package digest
