package openplatform

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
)

// maxBody bounds what a request body may hold; token requests are tiny.
const maxBody = 64 << 10

var errMalformed = errors.New("malformed request body")

// params are a request's parameters, read the ways Feishu's samples send
// them: a JSON object, a form (Python's requests), or the query string (a
// GET, as the React sample sends app_access_token/internal). Body fields
// win over query fields of the same name.
type params map[string]string

func readParams(r *http.Request) (params, error) {
	p := params{}
	for key, values := range r.URL.Query() {
		p[key] = values[0]
	}
	if r.Body == nil || r.Method == http.MethodGet || r.Method == http.MethodHead {
		return p, nil
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil || len(data) > maxBody {
		return nil, errMalformed
	}
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType == "application/x-www-form-urlencoded" {
		form, err := url.ParseQuery(string(data))
		if err != nil {
			return nil, errMalformed
		}
		for key, values := range form {
			p[key] = values[0]
		}
		return p, nil
	}
	// Anything else is read as JSON, the documented body, whatever its
	// Content-Type says; an empty body is no parameters.
	if len(strings.TrimSpace(string(data))) == 0 {
		return p, nil
	}
	var fields map[string]any
	if json.Unmarshal(data, &fields) != nil || fields == nil {
		return nil, errMalformed
	}
	for key, value := range fields {
		// A parameter that is not a string is as good as missing.
		if s, ok := value.(string); ok {
			p[key] = s
		} else {
			delete(p, key)
		}
	}
	return p, nil
}

// bearer is the token in "Authorization: Bearer <token>", or "".
func bearer(r *http.Request) string {
	scheme, token, ok := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(token)
}
