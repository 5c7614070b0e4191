package shim

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"ttshim/wasm/internal/jsonwire"
)

// defaultRequestTimeout is tt.request's timeout when none is given.
const defaultRequestTimeout = 60 * time.Second

var (
	requestMethods = []string{"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT"}
	responseTypes  = []string{"text", "arraybuffer"}
)

func init() {
	register(&API{
		Namespace: "tt", Name: "request", Kind: KindAsync, Taro: true, ReturnsTask: true,
		Support:      Support{Gadget: Everywhere(All), WebApp: Everywhere(All)},
		Params:       []string{"url", "data", "header", "timeout", "method", "dataType", "responseType"},
		BeforeConfig: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject,
					{Errno: ErrnoInvalidParam, When: "a bad `url`, `method`, `header`, `timeout`, `dataType`, `responseType` or `data`"},
					{Errno: ErrnoNetworkFailure, When: "`fetch` failed (unreachable, refused, blocked by CORS), or the network module cannot load"},
					{Errno: ErrnoTimeout, When: "no answer within `timeout`"},
					{Errno: ErrnoNetworkCanceled, When: "`abort()` or `ttShim.reset()` before it ended"}},
				Controls: []string{
					"`ttShim.override(\"request\", …)`: answers without the network",
					"the server the page's `fetch` reaches, or Playwright's `page.route`",
				},
			}
		}),
		Handle: request,
	})
}

// outgoing is a request as the page asked for it, checked.
type outgoing struct {
	method, url  string
	header       Header
	body         []byte
	timeout      time.Duration
	parseJSON    bool
	binaryResult bool
}

func request(c *Call) Result {
	out, perr := readRequest(c)
	if perr != nil {
		return c.Param(perr)
	}
	if c.Shim.Network == nil {
		return c.Fail(ErrnoNetworkFailure, "network failure: this build of ttshim has no network")
	}
	c.request = &RequestRecord{Method: out.method, URL: out.url}
	network, name := c.Shim.Network, c.API.Name
	return c.Background(func(ctx context.Context) Result { return exchange(ctx, network, name, out) })
}

func readRequest(c *Call) (outgoing, *ParamError) {
	var out outgoing
	raw, perr := c.Args.String("url", true)
	if perr != nil {
		return out, perr
	}
	// A relative URL goes where the page's own fetch would send it.
	target, err := url.Parse(raw)
	if base, berr := url.Parse(c.Shim.PageURL()); err == nil && berr == nil {
		target = base.ResolveReference(target)
	}
	if err != nil || !isWebURL(target) {
		return out, &ParamError{Name: "url", Reason: fmt.Sprintf("url %s is not an http or https URL", quoted(raw))}
	}
	if out.method, perr = c.Args.String("method", false); perr != nil {
		return out, perr
	}
	if out.method == "" {
		out.method = "GET"
	}
	if !slices.Contains(requestMethods, out.method) {
		return out, &ParamError{Name: "method", Reason: fmt.Sprintf("method should be one of %s, not %s",
			strings.Join(requestMethods, ", "), quoted(out.method))}
	}
	if perr = readHeader(c.Args, &out.header); perr != nil {
		return out, perr
	}
	ms, perr := c.Args.Number("timeout", float64(defaultRequestTimeout/time.Millisecond))
	if perr != nil {
		return out, perr
	}
	if ms <= 0 {
		return out, &ParamError{Name: "timeout", Reason: fmt.Sprintf("timeout should be a positive number of milliseconds, not %v", ms)}
	}
	// Past what a Duration holds (about 292 years) means never.
	out.timeout = time.Duration(math.MaxInt64)
	if ms < float64(math.MaxInt64/int64(time.Millisecond)) {
		out.timeout = time.Duration(ms * float64(time.Millisecond))
	}
	dataType, perr := c.Args.String("dataType", false)
	if perr != nil {
		return out, perr
	}
	out.parseJSON = dataType == "" || dataType == "json"
	responseType, perr := c.Args.String("responseType", false)
	if perr != nil {
		return out, perr
	}
	if responseType != "" && !slices.Contains(responseTypes, responseType) {
		return out, &ParamError{Name: "responseType", Reason: fmt.Sprintf(`responseType should be "text" or "arraybuffer", not %s`, quoted(responseType))}
	}
	out.binaryResult = responseType == "arraybuffer"
	if perr = encodeData(c.Args, &out, target); perr != nil {
		return out, perr
	}
	out.url = target.String()
	return out, nil
}

// readHeader copies the header option; values are sent as their text.
func readHeader(args Args, header *Header) *ParamError {
	if !args.Has("header") || args.Raw("header") == nil {
		return nil
	}
	fields, ok := args.Raw("header").(map[string]any)
	if !ok || args.TypeOf("header") != "Object" {
		return &ParamError{Name: "header", Want: "Object", Got: args.TypeOf("header")}
	}
	for key, value := range fields {
		var text string
		switch v := value.(type) {
		case string:
			text = v
		case float64:
			text = strconv.FormatFloat(v, 'f', -1, 64)
		case bool:
			text = strconv.FormatBool(v)
		default:
			return &ParamError{Name: "header", Reason: fmt.Sprintf("header %s should be a string, not %s", quoted(key), strings.ToLower(jsonwire.JSType(v)))}
		}
		if !isToken(key) {
			return &ParamError{Name: "header", Reason: fmt.Sprintf("header name %s is not a valid HTTP header name", quoted(key))}
		}
		if strings.ContainsAny(text, "\r\n\x00") {
			return &ParamError{Name: "header", Reason: fmt.Sprintf("header %s holds a line break or NUL, which HTTP cannot carry", quoted(key))}
		}
		header.Set(key, text)
	}
	return nil
}

// encodeData puts data where the client does: an object in the query of a
// GET (and HEAD), a JSON body otherwise (form-encoded when the header asks
// for it); a string as it is.
func encodeData(args Args, out *outgoing, target *url.URL) *ParamError {
	raw, err := jsonwire.Stringify(args.RawJSON("data"))
	if err != nil {
		return &ParamError{Name: "data", Reason: "data cannot be sent: " + err.Error()}
	}
	switch kind := args.TypeOf("data"); kind {
	case "Undefined", "Null":
		return nil
	case "String":
		text := args.Raw("data").(string)
		if out.method == "GET" || out.method == "HEAD" {
			target.RawQuery = joinQuery(target.RawQuery, text)
		} else {
			out.body = []byte(text)
		}
		return nil
	case "Object", "Array", "Number", "Boolean":
	default:
		return &ParamError{Name: "data", Reason: "data should be a string, an object or an array, not " + strings.ToLower(kind)}
	}
	form := strings.Contains(out.header.Get("Content-Type"), "application/x-www-form-urlencoded")
	if out.method == "GET" || out.method == "HEAD" || form {
		query, err := queryOf(raw)
		if err != nil {
			return &ParamError{Name: "data", Reason: "data cannot be sent: " + err.Error()}
		}
		if form && out.method != "GET" && out.method != "HEAD" {
			out.body = []byte(query)
		} else {
			target.RawQuery = joinQuery(target.RawQuery, query)
		}
		return nil
	}
	out.body = raw
	if out.header.Get("Content-Type") == "" {
		out.header.Set("Content-Type", "application/json")
	}
	return nil
}

// queryOf encodes a JSON object's members, in the page's order, as
// key=value pairs; values that are not strings are sent as their JSON.
func queryOf(raw []byte) (string, error) {
	var pairs []string
	for m, err := range jsonwire.Members(raw) {
		if errors.Is(err, jsonwire.ErrNotObject) {
			return "", errors.New("only an object can become a query string")
		}
		if err != nil {
			return "", err
		}
		text := string(m.Value)
		if s, err := jsonwire.Decode(m.Value); err == nil && m.Value[0] == '"' {
			text = s.(string)
		}
		pairs = append(pairs, uriComponent(m.Name)+"="+uriComponent(text))
	}
	return strings.Join(pairs, "&"), nil
}

// uriComponent escapes as JS's encodeURIComponent does: every byte but
// letters, digits and -_.!~*'() as %XX of its UTF-8.
func uriComponent(s string) string {
	const upperHex = "0123456789ABCDEF"
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-_.!~*'()", c) >= 0 {
			out = append(out, c)
		} else {
			out = append(out, '%', upperHex[c>>4], upperHex[c&0xF])
		}
	}
	return string(out)
}

func joinQuery(existing, extra string) string {
	switch {
	case extra == "":
		return existing
	case existing == "":
		return extra
	}
	return existing + "&" + extra
}

// exchange sends the request and reads the answer. It runs off the shim's
// goroutine and touches nothing of it.
func exchange(ctx context.Context, network Fetcher, api string, out outgoing) Result {
	ctx, cancel := context.WithTimeout(ctx, out.timeout)
	defer cancel()
	// Data appended to the query as it is may hold what no URL can carry
	// (a line break): the page's parameter error, as net/http reports it.
	if _, err := url.Parse(out.url); err != nil {
		return Failure(api, ErrnoInvalidParam, "Parameter error. "+err.Error())
	}
	resp, err := network.Fetch(ctx, FetchRequest{Method: out.method, URL: out.url, Header: out.header, Body: out.body})
	if err == nil {
		return Success(api, Fields{
			"statusCode": resp.Status,
			"header":     flatHeader(resp.Header),
			"data":       responseData(resp.Body, out),
		})
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return Failure(api, ErrnoTimeout, "timeout")
	}
	return Failure(api, ErrnoNetworkFailure, "network failure: "+err.Error())
}

// flatHeader is the response header as the client gives it: one value per
// lower-case name, several joined with ", ".
func flatHeader(h Header) map[string]string {
	out := make(map[string]string, len(h))
	for _, field := range h {
		name := strings.ToLower(field[0])
		if earlier, ok := out[name]; ok {
			out[name] = earlier + ", " + field[1]
		} else {
			out[name] = field[1]
		}
	}
	return out
}

// responseData is data as the page receives it: parsed JSON when asked
// and possible, the text otherwise, or an ArrayBuffer (tagged, for the
// loader to build).
func responseData(body []byte, out outgoing) any {
	if out.binaryResult {
		return map[string]any{jsonwire.TagKey: "ArrayBuffer", "base64": base64.StdEncoding.EncodeToString(body)}
	}
	if out.parseJSON && jsonwire.Valid(body) {
		return jsonwire.Raw(body)
	}
	return string(body)
}
