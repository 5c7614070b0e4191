//go:build js && wasm

// Package jsbytes carries bytes to and from a Uint8Array. It is a package
// of its own so that ttshim-net.wasm can share it without the shim.
package jsbytes

import "github.com/hack-pad/safejs"

// ToJS copies data into a new Uint8Array.
func ToJS(data []byte) (safejs.Value, error) {
	constructor, err := safejs.Global().Get("Uint8Array")
	if err != nil {
		return safejs.Value{}, err
	}
	array, err := constructor.New(len(data))
	if err == nil {
		_, err = safejs.CopyBytesToJS(array, data)
	}
	return array, err
}

// FromJS copies a Uint8Array's bytes.
func FromJS(array safejs.Value) ([]byte, error) {
	length, err := array.Get("length")
	if err != nil {
		return nil, err
	}
	n, err := length.Int()
	if err != nil {
		return nil, err
	}
	data := make([]byte, n)
	_, err = safejs.CopyBytesToGo(data, array)
	return data, err
}
