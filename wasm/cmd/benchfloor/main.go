//go:build js && wasm

// Command benchfloor is the least a Go program in a page can do: start, and
// tell the page. make bench loads it as the loader loads ttshim.wasm and
// times it next to ttshim's boot, as the part of that boot no change to
// ttshim can remove.
//
// It calls syscall/js itself, where ttshim goes through safejs: safejs
// brings fmt and reflect, which would make the floor heavier than the
// least a Go program needs. The page's hook cannot throw.
package main

import "syscall/js"

func main() {
	js.Global().Call("benchFloorStarted")
}
