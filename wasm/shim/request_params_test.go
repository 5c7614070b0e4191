// tt.request and Taro.request: the options checked before anything goes
// out (url, method, timeout) with errno 104 in each namespace's wording,
// and relative URLs, which resolve against the page's URL as the page's
// own fetch would.

package shim

import (
	"context"
	"testing"
)

// paramCase is an option that must fail with 104, and the errString
// after "Parameter error. " (tt) and "parameter error: " (Taro).
type paramCase struct{ name, option, tt, taro string }

func runParamCases(t *testing.T, cases []paramCase) {
	t.Helper()
	for _, c := range cases {
		for _, api := range requestAPIs {
			t.Run(c.name+"/"+api, func(t *testing.T) {
				h, got := newRequestHarness(t, nil)
				h.Network = blockingFetcher
				wantParam(t, h.send(api, c.option), api, c.tt, c.taro)
				if len(*got) != 0 || len(h.Completions()) != 0 {
					t.Fatal("a rejected request went out")
				}
				entries := h.loggedJSON(t, api)
				if len(entries) != 1 || entries[0]["outcome"] != "fail" || entries[0]["request"] != nil {
					t.Fatalf("a rejected request is logged as a failure with no request: %v", entries)
				}
			})
		}
	}
}

func TestRequestBadURLIs104(t *testing.T) {
	notHTTP := func(raw string) string { return `url "` + raw + `" is not an http or https URL` }
	runParamCases(t, []paramCase{
		{"missing", `{"method":"GET"}`, "url cannot be empty", "parameter.url should be String instead of Undefined"},
		{"null", `{"url":null}`, "url cannot be empty", "parameter.url should be String instead of Null"},
		{"empty", `{"url":""}`, "url cannot be empty", "parameter.url cannot be empty"},
		{"a number", `{"url":42}`, "url is of wrong type", "parameter.url should be String instead of Number"},
		{"an object", `{"url":{"href":"https://example.cn"}}`, "url is of wrong type", "parameter.url should be String instead of Object"},
		{"ftp", `{"url":"ftp://x"}`, notHTTP("ftp://x"), notHTTP("ftp://x")},
		{"javascript", `{"url":"javascript:alert(1)"}`, notHTTP("javascript:alert(1)"), notHTTP("javascript:alert(1)")},
		{"no host", `{"url":"http://"}`, notHTTP("http://"), notHTTP("http://")},
		{"unparsable", `{"url":"http://[::1"}`, notHTTP("http://[::1"), notHTTP("http://[::1")},
	})
}

func TestRequestBadMethodIs104(t *testing.T) {
	const methods = "GET, POST, PUT, DELETE, HEAD, OPTIONS, PATCH, TRACE, CONNECT"
	const url = `"url":"https://example.cn/x"`
	runParamCases(t, []paramCase{
		{"lower case", `{` + url + `,"method":"get"}`,
			`method should be one of ` + methods + `, not "get"`, `method should be one of ` + methods + `, not "get"`},
		{"unknown", `{` + url + `,"method":"FETCH"}`,
			`method should be one of ` + methods + `, not "FETCH"`, `method should be one of ` + methods + `, not "FETCH"`},
		{"a number", `{` + url + `,"method":1}`, "method is of wrong type", "parameter.method should be String instead of Number"},
		{"an array", `{` + url + `,"method":["GET"]}`, "method is of wrong type", "parameter.method should be String instead of Array"},
	})
}

func TestRequestBadTimeoutIs104(t *testing.T) {
	const url = `"url":"https://example.cn/x"`
	runParamCases(t, []paramCase{
		{"zero", `{` + url + `,"timeout":0}`,
			"timeout should be a positive number of milliseconds, not 0", "timeout should be a positive number of milliseconds, not 0"},
		{"negative", `{` + url + `,"timeout":-1}`,
			"timeout should be a positive number of milliseconds, not -1", "timeout should be a positive number of milliseconds, not -1"},
		// NaN and ±Infinity arrive tagged by the loader.
		{"NaN", `{` + url + `,"timeout":{"@@js":"Number","v":"NaN"}}`,
			"timeout is of wrong type", "parameter.timeout should be finite Number instead of NaN"},
		{"Infinity", `{` + url + `,"timeout":{"@@js":"Number","v":"Infinity"}}`,
			"timeout is of wrong type", "parameter.timeout should be finite Number instead of Infinity"},
		{"a string", `{` + url + `,"timeout":"100"}`, "timeout is of wrong type", "parameter.timeout should be Number instead of String"},
	})
}

func TestRequestBadDataIs104(t *testing.T) {
	const url = `"url":"https://example.cn/x"`
	runParamCases(t, []paramCase{
		{"a function", `{` + url + `,"method":"POST","data":{"@@js":"Function"}}`,
			"data should be a string, an object or an array, not function", "data should be a string, an object or an array, not function"},
		{"an array in a GET", `{` + url + `,"data":[1,2]}`,
			"data cannot be sent: only an object can become a query string", "data cannot be sent: only an object can become a query string"},
	})
}

func TestRequestRelativeURLsResolveAgainstThePage(t *testing.T) {
	// The harness page is https://example.cn/test/1234/content.html.
	cases := []struct{ raw, data, want string }{
		{"/api", ``, "https://example.cn/api"},
		{"/api", `{"a":1}`, "https://example.cn/api?a=1"},
		{"api?x=1", ``, "https://example.cn/test/1234/api?x=1"},
		{"../up", ``, "https://example.cn/test/up"},
		{"?q=1", ``, "https://example.cn/test/1234/content.html?q=1"},
		{"//cdn.example.com/x", ``, "https://cdn.example.com/x"},
		// Not a URL of its own, but a relative path, as new URL("not a url", page) reads it.
		{"not a url", ``, "https://example.cn/test/1234/not%20a%20url"},
		{"HTTPS://example.cn:8443/A", ``, "https://example.cn:8443/A"},
	}
	for _, c := range cases {
		for _, api := range requestAPIs {
			t.Run(c.raw+"/"+api, func(t *testing.T) {
				h, got := newRequestHarness(t, nil)
				urls := make(chan string, 1)
				h.Network = cannedFetcher(urls)
				option := `{"url":` + jsonString(c.raw)
				if c.data != "" {
					option += `,"data":` + c.data
				}
				wantRequestOK(t, h.roundTrip(t, got, api, option+`}`))
				wantEqual(t, "URL sent", <-urls, c.want)
				entries := h.loggedJSON(t, api)
				request, _ := entries[len(entries)-1]["request"].(map[string]any)
				wantEqual(t, "URL logged", request["url"], c.want)
			})
		}
	}
}

func TestRequestRelativeURLWithoutAPageURLIs104(t *testing.T) {
	h, _ := newRequestHarness(t, nil)
	h.Network = blockingFetcher
	h.PageURL = func() string { return "" }
	wantParam(t, h.send("tt.request", `{"url":"/api"}`), "tt.request",
		`url "/api" is not an http or https URL`, "")
	wantParam(t, h.send("Taro.request", `{"url":"/api"}`), "Taro.request",
		"", `url "/api" is not an http or https URL`)
}

func TestRequestEmptyMethodIsGET(t *testing.T) {
	h, got := newRequestHarness(t, nil)
	var method string
	h.Network = fetcherFunc(func(ctx context.Context, req FetchRequest) (FetchResponse, error) {
		method = req.Method
		return cannedFetcher(make(chan string, 1))(ctx, req)
	})
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"https://example.cn/x","method":""}`))
	wantEqual(t, "method", method, "GET")
}

func TestRequestWithoutAnHTTPClientIs305(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			h, got := newRequestHarness(t, nil)
			h.Network = nil
			res := h.send(api, `{"url":"https://example.cn/x"}`)
			wantFail(t, res, "request", ErrnoNetworkFailure, "network failure: this build of ttshim has no network")
			if len(*got) != 0 || len(h.Completions()) != 0 {
				t.Fatal("a request with no client went pending")
			}
			// The options are still checked first.
			wantParam(t, h.send(api, `{"url":"ftp://x"}`), api,
				`url "ftp://x" is not an http or https URL`, `url "ftp://x" is not an http or https URL`)
		})
	}
}

func TestRequestNeedsNoAuthentication(t *testing.T) {
	// tt.request is usable before h5sdk.config in a strict web app, and
	// before a login in a gadget.
	for _, patch := range []string{`{"mode":"webapp","strict":true}`, `{"mode":"gadget","strict":true}`} {
		h, got := newRequestHarness(t, nil, patch)
		h.Network = cannedFetcher(make(chan string, len(requestAPIs)))
		for _, api := range requestAPIs {
			wantRequestOK(t, h.roundTrip(t, got, api, `{"url":"https://example.cn/x"}`))
		}
	}
}
