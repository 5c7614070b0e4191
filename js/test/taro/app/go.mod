// Not Go: this file only keeps the test app (and the Go files in its
// node_modules) out of the ttshim module, so `go vet ./...` skips them.
module ttshim-taro-test-app
