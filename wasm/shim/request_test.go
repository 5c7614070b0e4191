// tt.request and Taro.request: what goes out on the wire. Query strings
// and bodies in the page's key order, the methods, and the header option.
// Each request goes to a real httptest server; completions are pumped by
// hand on the test goroutine.

package shim

import (
	"encoding/json"
	"net/http"
	"testing"
)

func TestRequestGETObjectDataBecomesTheQueryInThePagesKeyOrder(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			srv := newRecordingServer(t, nil)
			h, got := newRequestHarness(t, srv)
			// Keys deliberately out of alphabetical order: a Go map would sort them.
			data := `{"z":"a b","a":1,"m":true,"o":{"x":[1,"y"]},"u":"é&=/?#+%"}`
			wantRequestOK(t, h.roundTrip(t, got, api, `{"url":"`+srv.URL+`/q","data":`+data+`}`))
			seen := srv.only(t)
			wantEqual(t, "method", seen.method, "GET")
			// encodeURIComponent of each key and value; non-strings as their JSON.
			wantEqual(t, "request URI", seen.uri,
				"/q?z=a%20b&a=1&m=true&o=%7B%22x%22%3A%5B1%2C%22y%22%5D%7D&u=%C3%A9%26%3D%2F%3F%23%2B%25")
			if len(seen.body) != 0 {
				t.Errorf("a GET sent a body: %q", seen.body)
			}
		})
	}
}

func TestRequestGETNullDataValueIsSentAsItsJSON(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`/q","data":{"n":null,"a":"x"}}`))
	wantEqual(t, "query", srv.only(t).rawQuery, "n=null&a=x")
}

func TestRequestQueryEscapesLikeEncodeURIComponent(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`/q","data":{"v":"it's (a)*!~"}}`))
	wantEqual(t, "query", srv.only(t).rawQuery, "v=it's%20(a)*!~") // encodeURIComponent's answer
}

func TestRequestGETKeepsTheURLsQueryAndAppendsStringData(t *testing.T) {
	cases := []struct{ name, url, data, want string }{
		{"object after an existing query", "/p?x=1", `{"y":"2 3"}`, "x=1&y=2%203"},
		{"a string appended as it is", "/p", `"a=1&b"`, "a=1&b"},
		{"a string after an existing query", "/p?x=1", `"a=1"`, "x=1&a=1"},
		{"an empty object leaves the query alone", "/p?x=1", `{}`, "x=1"},
		{"an empty string leaves the query alone", "/p?x=1", `""`, "x=1"},
		{"no data", "/p?x=1&y", `null`, "x=1&y"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := newRecordingServer(t, nil)
			h, got := newRequestHarness(t, srv)
			wantRequestOK(t, h.roundTrip(t, got, "tt.request",
				`{"url":"`+srv.URL+c.url+`","method":"GET","data":`+c.data+`}`))
			wantEqual(t, "query", srv.only(t).rawQuery, c.want)
		})
	}
}

func TestRequestPOSTObjectIsTheJSONBodyByteForByte(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			srv := newRecordingServer(t, nil)
			h, got := newRequestHarness(t, srv)
			// As JSON.stringify wrote it: key order, spacing and escapes kept.
			body := `{"z":1,"a":{"b":[1,2,"x"],"c":null},"é":"\u00e9","m":1.5e+300}`
			wantRequestOK(t, h.roundTrip(t, got, api, `{"url":"`+srv.URL+`/p?keep=1","method":"POST","data":`+body+`}`))
			seen := srv.only(t)
			wantEqual(t, "body", string(seen.body), body)
			wantEqual(t, "Content-Type", seen.header.Get("Content-Type"), "application/json")
			wantEqual(t, "query", seen.rawQuery, "keep=1") // the data stays out of the query
		})
	}
}

func TestRequestPOSTKeepsTheContentTypeItIsGiven(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","method":"POST",`+
		`"header":{"content-type":"application/vnd.api+json"},"data":{"b":1,"a":2}}`))
	seen := srv.only(t)
	wantEqual(t, "body", string(seen.body), `{"b":1,"a":2}`)
	wantEqual(t, "Content-Type", seen.header.Values("Content-Type"), []string{"application/vnd.api+json"})
}

func TestRequestPOSTArraysNumbersAndBooleansAreJSONBodies(t *testing.T) {
	for _, data := range []string{`[3,"b",{"a":1}]`, `42`, `true`} {
		srv := newRecordingServer(t, nil)
		h, got := newRequestHarness(t, srv)
		wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","method":"POST","data":`+data+`}`))
		wantEqual(t, "body of "+data, string(srv.only(t).body), data)
	}
}

func TestRequestFormURLEncodedWhenTheHeaderSaysSo(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			srv := newRecordingServer(t, nil)
			h, got := newRequestHarness(t, srv)
			const ct = "application/x-www-form-urlencoded; charset=UTF-8"
			wantRequestOK(t, h.roundTrip(t, got, api, `{"url":"`+srv.URL+`/f","method":"POST",`+
				`"header":{"Content-Type":"`+ct+`"},"data":{"name":"a b","n":2,"list":[1,2]}}`))
			seen := srv.only(t)
			wantEqual(t, "body", string(seen.body), "name=a%20b&n=2&list=%5B1%2C2%5D")
			wantEqual(t, "Content-Type", seen.header.Get("Content-Type"), ct)
			wantEqual(t, "query", seen.rawQuery, "")
		})
	}
}

func TestRequestFormHeaderOnAGETStillUsesTheQuery(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`/f",`+
		`"header":{"Content-Type":"application/x-www-form-urlencoded"},"data":{"a":"1"}}`))
	seen := srv.only(t)
	wantEqual(t, "query", seen.rawQuery, "a=1")
	wantEqual(t, "body", string(seen.body), "")
}

func TestRequestFormNeedsAnObject(t *testing.T) {
	h, _ := newRequestHarness(t, nil)
	h.Network = blockingFetcher
	res := h.send("tt.request", `{"url":"https://example.cn/f","method":"POST",`+
		`"header":{"Content-Type":"application/x-www-form-urlencoded"},"data":[1,2]}`)
	wantFail(t, res, "request", ErrnoInvalidParam, "Parameter error. data cannot be sent: only an object can become a query string")
}

func TestRequestStringBodyGoesAsItIs(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	const body = `{"not":"re-encoded"} & <raw> text é`
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","method":"POST","data":`+jsonString(body)+`}`))
	seen := srv.only(t)
	wantEqual(t, "body", string(seen.body), body)
	wantEqual(t, "Content-Type", seen.header.Get("Content-Type"), "") // nothing added to a string
}

func TestRequestMethods(t *testing.T) {
	for _, method := range []string{"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"} {
		t.Run(method, func(t *testing.T) {
			srv := newRecordingServer(t, nil)
			h, got := newRequestHarness(t, srv)
			fields := wantRequestOK(t, h.roundTrip(t, got, "tt.request",
				`{"url":"`+srv.URL+`/m","method":"`+method+`","data":{"k":"v"}}`))
			seen := srv.only(t)
			wantEqual(t, "method", seen.method, method)
			if method == "GET" || method == "HEAD" {
				wantEqual(t, "query", seen.rawQuery, "k=v")
				wantEqual(t, "body", string(seen.body), "")
			} else {
				wantEqual(t, "query", seen.rawQuery, "")
				wantEqual(t, "body", string(seen.body), `{"k":"v"}`)
			}
			want := "ok"
			if method == "HEAD" {
				want = "" // a HEAD answer has no body
			}
			wantEqual(t, "data", fields["data"], want)
		})
	}
}

func TestRequestHeadersAreSentAsText(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			srv := newRecordingServer(t, nil)
			h, got := newRequestHarness(t, srv)
			wantRequestOK(t, h.roundTrip(t, got, api, `{"url":"`+srv.URL+`","header":`+
				`{"X-Str":"v 1","x-lower":"l","X-Num":42.5,"X-Int":7,"X-Yes":true,"X-No":false,"X-Empty":""}}`))
			header := srv.only(t).header
			for name, want := range map[string]string{
				"X-Str": "v 1", "X-Lower": "l", "X-Num": "42.5", "X-Int": "7", "X-Yes": "true", "X-No": "false",
			} {
				wantEqual(t, name, header.Values(name), []string{want})
			}
			if _, ok := header[http.CanonicalHeaderKey("X-Empty")]; !ok {
				t.Errorf("the empty header was not sent: %v", header)
			}
		})
	}
}

func TestRequestHeaderOfNullIsNoHeader(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","header":null}`))
}

func TestRequestBadHeaderIs104(t *testing.T) {
	cases := []struct{ name, header, tt, taro string }{
		{"an object value", `{"X-A":"ok","X-Obj":{"a":1}}`,
			`header "X-Obj" should be a string, not object`, `header "X-Obj" should be a string, not object`},
		{"an array value", `{"X-Arr":[1]}`,
			`header "X-Arr" should be a string, not array`, `header "X-Arr" should be a string, not array`},
		{"a null value", `{"X-Null":null}`,
			`header "X-Null" should be a string, not null`, `header "X-Null" should be a string, not null`},
		{"a string header", `"X-A: 1"`, "header is of wrong type", "parameter.header should be Object instead of String"},
		{"an array header", `["X-A"]`, "header is of wrong type", "parameter.header should be Object instead of Array"},
	}
	for _, c := range cases {
		for _, api := range requestAPIs {
			t.Run(c.name+"/"+api, func(t *testing.T) {
				h, got := newRequestHarness(t, nil)
				h.Network = blockingFetcher
				res := h.send(api, `{"url":"https://example.cn/x","header":`+c.header+`}`)
				wantParam(t, res, api, c.tt, c.taro)
				if len(*got) != 0 || len(h.Completions()) != 0 {
					t.Fatal("a rejected request went out")
				}
			})
		}
	}
}

func TestRequestHeaderThatHTTPCannotCarryIs104(t *testing.T) {
	for _, header := range []string{`{"bad name":"x"}`, `{"X-A":"a\nb"}`, `{"X-A":"a\u0000b"}`} {
		h, _ := newRequestHarness(t, nil)
		h.Network = blockingFetcher
		res := h.send("tt.request", `{"url":"https://example.cn/x","header":`+header+`}`)
		if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoInvalidParam {
			t.Errorf("header %s: want 104, got %s %v", header, res.Outcome, res.Fields)
		}
	}
}

func TestRequestDataTheLoaderTaggedIsSentAsJSONStringifyWouldSendIt(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	// The payload the loader builds for data: {a: 1, n: NaN, f() {}}.
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","method":"POST",`+
		`"data":{"a":1,"n":{"@@js":"Number","v":"NaN"},"f":{"@@js":"Function"}}}`))
	wantEqual(t, "body", string(srv.only(t).body), `{"a":1,"n":null}`)
}

// jsonString is s as a JSON string literal.
func jsonString(s string) string {
	data, _ := json.Marshal(s)
	return string(data)
}

func TestRequestDataInArraysAndBigInts(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	// [f, Infinity, {s: Symbol(), k: [1]}] as the loader tags it.
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","method":"POST","data":`+
		`[{"@@js":"Function"},{"@@js":"Number","v":"Infinity"},{"s":{"@@js":"Symbol"},"k":[1]}]}`))
	wantEqual(t, "body", string(srv.only(t).body), `[null,null,{"k":[1]}]`)

	res := h.send("tt.request", `{"url":"`+srv.URL+`","method":"POST","data":{"n":{"@@js":"BigInt"}}}`)
	wantFail(t, res, "request", ErrnoInvalidParam, "Parameter error. data cannot be sent: a BigInt cannot be written as JSON")
}
