//go:build js

package shim

// withReference leaves the API reference's Docs out of the page's build,
// which never writes the reference (see InReference).
const withReference = false
