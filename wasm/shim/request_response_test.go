// tt.request and Taro.request: what comes back. Any HTTP status answers
// request:ok, response headers are lower-cased and joined, and data is
// parsed JSON, text or a tagged ArrayBuffer as dataType and responseType
// ask.

package shim

import (
	"encoding/base64"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// answering is a handler that answers status, with header and body.
func answering(status int, header http.Header, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		for name, values := range header {
			w.Header()[name] = values
		}
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}
}

func TestRequestAnyHTTPStatusIsRequestOK(t *testing.T) {
	for _, status := range []int{200, 201, 204, 400, 404, 500, 503} {
		for _, api := range requestAPIs {
			t.Run(strconv.Itoa(status)+"/"+api, func(t *testing.T) {
				body := `{"status":` + strconv.Itoa(status) + `}`
				if status == 204 {
					body = ""
				}
				srv := newRecordingServer(t, answering(status, nil, body))
				h, got := newRequestHarness(t, srv)
				fields := wantRequestOK(t, h.roundTrip(t, got, api, `{"url":"`+srv.URL+`/s"}`))
				wantEqual(t, "statusCode", fields["statusCode"], float64(status))
				if status == 204 {
					wantEqual(t, "data", fields["data"], "")
				} else {
					wantEqual(t, "data", fields["data"], map[string]any{"status": float64(status)})
				}
				if _, ok := fields["errno"]; ok {
					t.Errorf("an HTTP error is no call failure, yet errno is set: %v", fields)
				}
			})
		}
	}
}

func TestRequestResponseHeaderNamesAreLowerCaseAndValuesJoined(t *testing.T) {
	header := http.Header{
		"X-Custom":     {"one"},
		"X-Multi":      {"a", "b", "c"},
		"Content-Type": {"application/json; charset=utf-8"},
	}
	srv := newRecordingServer(t, answering(200, header, `{}`))
	h, got := newRequestHarness(t, srv)
	fields := wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`"}`))
	received, ok := fields["header"].(map[string]any)
	if !ok {
		t.Fatalf("header is not an object: %#v", fields["header"])
	}
	for name, want := range map[string]string{
		"x-custom":       "one",
		"x-multi":        "a, b, c",
		"content-type":   "application/json; charset=utf-8",
		"content-length": "2",
	} {
		wantEqual(t, "header "+name, received[name], want)
	}
	for name := range received {
		if name != strings.ToLower(name) {
			t.Errorf("header name %q is not lower case", name)
		}
	}
}

func TestRequestDataType(t *testing.T) {
	cases := []struct {
		name, dataType, body string
		want                 any
	}{
		{"json by default parses an object", "", `{"b":[1,2],"a":"x"}`, map[string]any{"b": []any{1.0, 2.0}, "a": "x"}},
		{"json parses an array", "json", `[1,"two",null]`, []any{1.0, "two", nil}},
		{"json parses a bare number", "json", `42`, 42.0},
		{"json parses a bare string", "json", `"text"`, "text"},
		{"json parses null", "json", `null`, nil},
		{"invalid JSON stays text", "json", `{"a":`, `{"a":`},
		{"HTML stays text", "", `<html>hi</html>`, `<html>hi</html>`},
		{"an empty body is an empty string", "json", ``, ""},
		{"text keeps JSON as text", "text", `{"a":1}`, `{"a":1}`},
		{"another dataType keeps text", "xml", `{"a":1}`, `{"a":1}`},
	}
	for _, c := range cases {
		for _, api := range requestAPIs {
			t.Run(c.name+"/"+api, func(t *testing.T) {
				srv := newRecordingServer(t, answering(200, nil, c.body))
				h, got := newRequestHarness(t, srv)
				option := `{"url":"` + srv.URL + `"`
				if c.dataType != "" {
					option += `,"dataType":"` + c.dataType + `"`
				}
				fields := wantRequestOK(t, h.roundTrip(t, got, api, option+`}`))
				if _, ok := fields["data"]; !ok {
					t.Fatalf("no data member: %v", fields)
				}
				wantEqual(t, "data", fields["data"], c.want)
			})
		}
	}
}

func TestRequestArrayBufferIsTaggedBase64(t *testing.T) {
	bytes := []byte{0, 1, 2, 0x7f, 0x80, 0xfe, 0xff, '{', '}'}
	for _, api := range requestAPIs {
		for _, dataType := range []string{"json", "text"} {
			t.Run(api+"/"+dataType, func(t *testing.T) {
				srv := newRecordingServer(t, answering(200, http.Header{"Content-Type": {"application/octet-stream"}}, string(bytes)))
				h, got := newRequestHarness(t, srv)
				fields := wantRequestOK(t, h.roundTrip(t, got, api,
					`{"url":"`+srv.URL+`","responseType":"arraybuffer","dataType":"`+dataType+`"}`))
				wantEqual(t, "data", fields["data"], map[string]any{
					"@@js": "ArrayBuffer", "base64": base64.StdEncoding.EncodeToString(bytes),
				})
			})
		}
	}
}

func TestRequestArrayBufferOfJSONIsStillBytes(t *testing.T) {
	srv := newRecordingServer(t, answering(200, nil, `{"a":1}`))
	h, got := newRequestHarness(t, srv)
	fields := wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","responseType":"arraybuffer"}`))
	wantEqual(t, "data", fields["data"], map[string]any{"@@js": "ArrayBuffer", "base64": "eyJhIjoxfQ=="})
}

func TestRequestEmptyArrayBuffer(t *testing.T) {
	srv := newRecordingServer(t, answering(200, nil, ""))
	h, got := newRequestHarness(t, srv)
	fields := wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","responseType":"arraybuffer"}`))
	wantEqual(t, "data", fields["data"], map[string]any{"@@js": "ArrayBuffer", "base64": ""})
}

func TestRequestResponseTypeTextIsTheDefault(t *testing.T) {
	srv := newRecordingServer(t, answering(200, nil, `{"a":1}`))
	h, got := newRequestHarness(t, srv)
	fields := wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","responseType":"text"}`))
	wantEqual(t, "data", fields["data"], map[string]any{"a": 1.0})
}

func TestRequestBadResponseTypeIs104(t *testing.T) {
	for _, api := range requestAPIs {
		h, _ := newRequestHarness(t, nil)
		h.Network = blockingFetcher
		res := h.send(api, `{"url":"https://example.cn/x","responseType":"blob"}`)
		const reason = `responseType should be "text" or "arraybuffer", not "blob"`
		wantParam(t, res, api, reason, reason)
		res = h.send(api, `{"url":"https://example.cn/x","responseType":1}`)
		wantParam(t, res, api, "responseType is of wrong type", "parameter.responseType should be String instead of Number")
	}
}

func TestRequestSuccessFieldsAreExactlyTheClients(t *testing.T) {
	srv := newRecordingServer(t, answering(200, nil, `{}`))
	h, got := newRequestHarness(t, srv)
	fields := wantRequestOK(t, h.roundTrip(t, got, "Taro.request", `{"url":"`+srv.URL+`"}`))
	keys := map[string]bool{}
	for k := range fields {
		keys[k] = true
	}
	wantEqual(t, "keys", keys, map[string]bool{"errMsg": true, "statusCode": true, "header": true, "data": true})
	wantEqual(t, "errMsg", fields["errMsg"], "request:ok")
}
