package openplatform

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestReadParams(t *testing.T) {
	for _, tc := range []struct {
		name, method, target, contentType, body string
		want                                    params
		malformed                               bool
	}{
		{"JSON", "POST", "/", "application/json; charset=utf-8", `{"a":"1","b":"2"}`, params{"a": "1", "b": "2"}, false},
		{"JSON without a Content-Type", "POST", "/", "", `{"a":"1"}`, params{"a": "1"}, false},
		{"form", "POST", "/", "application/x-www-form-urlencoded", "a=1&b=x+y", params{"a": "1", "b": "x y"}, false},
		{"query", "GET", "/?a=1&a=2", "", "", params{"a": "1"}, false},
		{"body wins over query", "POST", "/?a=q&c=3", "application/json", `{"a":"b"}`, params{"a": "b", "c": "3"}, false},
		{"non-string is dropped", "POST", "/?a=q", "application/json", `{"a":1,"b":null}`, params{}, false},
		{"empty body", "POST", "/", "application/json", "  ", params{}, false},
		{"not JSON", "POST", "/", "application/json", `{"a"`, nil, true},
		{"JSON array", "POST", "/", "application/json", `["a"]`, nil, true},
		{"JSON null", "POST", "/", "application/json", `null`, nil, true},
		{"too big", "POST", "/", "application/json", `{"a":"` + strings.Repeat("x", maxBody) + `"}`, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(tc.method, tc.target, strings.NewReader(tc.body))
			if tc.contentType != "" {
				r.Header.Set("Content-Type", tc.contentType)
			}
			got, err := readParams(r)
			if (err != nil) != tc.malformed {
				t.Fatalf("error %v, want malformed %v", err, tc.malformed)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for key, value := range tc.want {
				if got[key] != value {
					t.Errorf("%s = %q, want %q", key, got[key], value)
				}
			}
		})
	}
}

func TestBearer(t *testing.T) {
	for header, want := range map[string]string{
		"Bearer t-1": "t-1", "bearer  t-1 ": "t-1", "t-1": "", "Basic t-1": "", "": "",
	} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Header.Set("Authorization", header)
		if got := bearer(r); got != want {
			t.Errorf("bearer(%q) = %q, want %q", header, got, want)
		}
	}
}
