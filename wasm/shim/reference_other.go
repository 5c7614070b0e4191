//go:build !js

package shim

// withReference keeps the API reference's Docs where the reference is
// written and tested: natively (see InReference).
const withReference = true
