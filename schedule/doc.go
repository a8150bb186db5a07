// Package schedule runs breachwire's background work inside `serve`: it
// crawls each source every its interval (default one hour, with jitter),
// never two crawls at once, backs off exponentially from a failing source,
// runs manually triggered crawls soon, and runs daily jobs such as the
// digest at a local "HH:MM".
//
// Crawls run one at a time: the sources due together go to the crawl
// function in one call, so the crawler can spread them over hosts while the
// index sees one writer.
package schedule
