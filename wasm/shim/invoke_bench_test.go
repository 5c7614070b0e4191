package shim

import "testing"

// BenchmarkInvoke is the Go half of a call as the bridge runs it: decode,
// handle, log and encode the answer. `GOOS=js GOARCH=wasm go test -exec
// $(go env GOROOT)/lib/wasm/go_js_wasm_exec -bench Invoke ./wasm/shim`
// runs it in WebAssembly.
func BenchmarkInvoke(b *testing.B) {
	window := `"v":[1280,800,1280,800,1,0]`
	for _, bench := range []struct{ api, payload string }{
		{"tt.getSystemInfo", `{` + window + `}`},
		{"Taro.getSystemInfo", `{` + window + `,"a":{}}`},
		{"tt.canIUse", `{"a":"getSystemInfo"}`},
		{"tt.checkSession", `{"a":{}}`},
	} {
		b.Run(bench.api, func(b *testing.B) {
			h := newHarness(b, notStrict)
			payload := []byte(bench.payload)
			var out []byte
			b.ReportAllocs()
			for b.Loop() {
				res := h.Invoke(bench.api, payload)
				var err error
				if out, err = res.appendFields(out[:0]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
