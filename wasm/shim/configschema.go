package shim

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"ttshim/wasm/internal/jsonwire"
)

// field describes one configuration key, so a bad key or value is reported
// with its exact path before anything changes.
type field struct {
	kind     string // "string", "bool", "number", "object", "array", "version", "image", "either", "answers", "deferred"
	enum     []string
	children map[string]*field
	item     *field
	// min and max bound a "number".
	min, max float64
	// options are the shapes an "either" value may take, told apart by
	// JSON type; want describes them for the error.
	options []*field
	want    string
	// build makes a "deferred" field's schema, once, when it is first used.
	build func() *field
}

func str(enum ...string) *field         { return &field{kind: "string", enum: enum} }
func boolean() *field                   { return &field{kind: "bool"} }
func number(min, max float64) *field    { return &field{kind: "number", min: min, max: max} }
func object(c map[string]*field) *field { return &field{kind: "object", children: c} }
func arrayOf(item *field) *field        { return &field{kind: "array", item: item} }
func version() *field                   { return &field{kind: "version"} }
func imageURL() *field                  { return &field{kind: "image"} }
func either(want string, options ...*field) *field {
	return &field{kind: "either", options: options, want: want}
}

// deferred is a field whose schema is built the first time a value is
// checked against it, so a configuration builds only the parts of the
// schema it sets.
func deferred(build func() *field) *field {
	return &field{kind: "deferred", build: sync.OnceValue(build)}
}

func i18nField() *field {
	return object(map[string]*field{"zh_cn": str(), "en_us": str(), "ja_jp": str()})
}
func placeField() *field {
	return object(map[string]*field{"en": str(), "zh_CN": str(), "zh_TW": str()})
}
func describe(v any) string                 { return strings.ToLower(jsonwire.JSType(v)) }
func quoteAll(values []string) string       { return `"` + strings.Join(values, `", "`) + `"` }
func keyPath(parent, key string) string     { return strings.TrimPrefix(parent+"."+key, ".") }
func indexPath(parent string, i int) string { return fmt.Sprintf("%s[%d]", parent, i) }

// configSchema is the configuration's schema. It is built on first use and
// its object keys are deferred: as one package-level value it made one 60 KB
// initialiser, which V8 compiled (in time that grows faster than a
// function's size) before every boot's main (docs/benchmarks.md, "Code
// compiled during boot").
var configSchema = sync.OnceValue(func() *field {
	fields := map[string]*field{
		"mode":               str(ModeWebApp, ModeGadget),
		"currentUser":        str(),
		"consent":            str(ConsentAsk, ConsentAllow, ConsentDeny),
		"requireTap":         boolean(),
		"strict":             boolean(),
		"acceptAnySignature": boolean(),
		"force":              boolean(),
		"unsimulated":        str(UnsimulatedWarn, UnsimulatedError, UnsimulatedFail),
		"answers":            {kind: "answers"},
	}
	for _, key := range deferredKeys {
		fields[key.name] = deferred(key.schema)
	}
	return object(fields)
})

// deferredKeys are the configuration's keys whose schemas are built when a
// patch first sets them. A table the linker lays out: written as calls in
// configSchema's map, they were 17 KB of code compiled at every boot.
var deferredKeys = [...]struct {
	name   string
	schema func() *field
}{
	{"client", clientSchema},
	{"app", appSchema},
	{"users", usersSchema},
	{"contactPicker", contactPickerSchema},
	{"permissions", permissionsField},
	{"location", locationField},
	{"media", mediaSchema},
	{"device", deviceSchema},
	{"security", securitySchema}, // the screen lock and the watermark (security.go)
	{"wifi", wifiField},
	{"share", shareSchema},       // what tt.share shares to (share.go)
	{"appBadge", appBadgeSchema}, // the app's badge (appbadge.go)
	{"compass", compassField},
	{"documents", documentsSchema}, // the tenant's drive and attachments (documents.go)
	{"files", filesSchema},
	{"chats", chatsSchema},
	{"launch", launchSchema},
}

func clientSchema() *field {
	return object(map[string]*field{
		"platform": str(PlatformPC, PlatformIOS, PlatformAndroid, PlatformHarmony),
		"os":       str("windows", "mac"),
		"version":  version(),
		"language": str(ClientLanguages()...),
	})
}

func appSchema() *field {
	return object(map[string]*field{
		"appId":       str(),
		"appName":     str(),
		"avatar":      imageURL(),
		"jsapiTicket": str(),
		"appSecret":   str(),
		"domains":     arrayOf(str()),
	})
}

func usersSchema() *field {
	return arrayOf(object(map[string]*field{
		"openId":     str(),
		"unionId":    str(),
		"userId":     str(),
		"name":       i18nField(),
		"department": i18nField(),
		"avatar":     imageURL(),
		"email":      str(),
		"mobile":     str(),
		"external":   boolean(),
		"gender":     str("male", "female", ""),
		"country":    placeField(),
		"province":   placeField(),
		"city":       placeField(),
	}))
}

func contactPickerSchema() *field {
	return either(`"ask", "cancel" or {"select": [openIds]}`,
		str(PickerAsk, PickerCancel), object(map[string]*field{"select": arrayOf(str())}))
}

func mediaSchema() *field {
	return object(map[string]*field{
		"images": arrayOf(object(map[string]*field{
			"name": str(), "url": imageURL(), "width": number(1, 10000), "height": number(1, 10000),
			"size": number(0, 1<<31-1), "type": str(imageTypes...),
		})),
		"videos": arrayOf(object(map[string]*field{"name": str(), "duration": number(0, 86400), "width": number(1, 10000), "height": number(1, 10000), "size": number(0, 1<<31-1)})),
	})
}

func (f *field) check(path string, v any) error {
	name := path
	if name == "" {
		name = "configuration"
	}
	wrong := func(want string) error {
		return fmt.Errorf("%q should be %s, got %s", name, want, describe(v))
	}
	switch f.kind {
	case "deferred":
		return f.build().check(path, v)
	case "string":
		s, ok := v.(string)
		if !ok {
			return wrong("a string")
		}
		if len(f.enum) > 0 && !slices.Contains(f.enum, s) {
			return fmt.Errorf("%q should be one of %s, got %q", name, quoteAll(f.enum), s)
		}
	case "version":
		s, ok := v.(string)
		if !ok {
			return wrong(`a version string like "7.35.0"`)
		}
		if _, err := ParseVersion(s); err != nil {
			return fmt.Errorf("%q should be a version like \"7.35.0\", got %q", name, s)
		}
	case "image":
		s, ok := v.(string)
		if !ok {
			return wrong("a string")
		}
		if !isImageURL(s) {
			return fmt.Errorf("%q should be an http(s) URL, a data:image/ URI or a relative URL, got %q", name, s)
		}
	case "either":
		for _, option := range f.options {
			if option.accepts(v) {
				return option.check(path, v)
			}
		}
		return wrong(f.want)
	case "bool":
		if _, ok := v.(bool); !ok {
			return wrong("true or false")
		}
	case "number":
		n, ok := v.(float64)
		if !ok {
			return wrong("a number")
		}
		if n < f.min || n > f.max {
			return fmt.Errorf("%q should be from %v to %v, got %v", name, f.min, f.max, n)
		}
	case "answers":
		return checkAnswers(name, v)
	case "array":
		list, ok := v.([]any)
		if !ok {
			return wrong("an array")
		}
		for i, item := range list {
			if err := f.item.check(indexPath(path, i), item); err != nil {
				return err
			}
		}
	case "object":
		obj, ok := v.(map[string]any)
		if !ok || jsonwire.JSType(v) != "Object" {
			return wrong("an object")
		}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			child, known := f.children[k]
			if !known {
				return fmt.Errorf("unknown key %q%s", keyPath(path, k), didYouMean(path, k, f.children))
			}
			if err := child.check(keyPath(path, k), obj[k]); err != nil {
				return err
			}
		}
	}
	return nil
}

// accepts reports whether v has the JSON type f describes.
func (f *field) accepts(v any) bool {
	if f.kind == "deferred" {
		return f.build().accepts(v)
	}
	switch v.(type) {
	case string:
		return f.kind == "string" || f.kind == "version" || f.kind == "image"
	case bool:
		return f.kind == "bool"
	case float64:
		return f.kind == "number"
	case []any:
		return f.kind == "array"
	case map[string]any:
		return f.kind == "object" || f.kind == "answers"
	}
	return false
}

// checkAnswers checks the "answers" key: for an API that asks the person
// (its registry entry's Asks), "ask" or an answer as ttShim.answer takes
// it. Whether the answer fits the dialog is checked when the API asks.
func checkAnswers(name string, v any) error {
	obj, ok := v.(map[string]any)
	if !ok || jsonwire.JSType(v) != "Object" {
		return fmt.Errorf("%q should be an object of answers by API name, got %s", name, describe(v))
	}
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		if api, ok := Lookup("tt." + k); !ok || api.Asks == "" {
			return fmt.Errorf("%q: %s is not an API that asks the person (those are %s)", keyPath(name, k), quoted(k), quoteAll(askingAPIs()))
		}
		if _, err := answerFrom(obj[k]); err != nil {
			return fmt.Errorf("%q: %v", keyPath(name, k), err)
		}
	}
	return nil
}

// askingAPIs are the names the "answers" key takes.
func askingAPIs() []string {
	var names []string
	for _, api := range APIs() {
		if api.Namespace == "tt" && api.Asks != "" {
			names = append(names, api.Name)
		}
	}
	return names
}

// isImageURL reports whether the UI may show s as an image: "" (the
// generated avatar), http(s), a data:image/ URI, or a URL without a
// scheme, resolved against the page. s is read as a browser reads a URL
// (surrounding spaces and controls dropped, tabs and newlines removed), so
// " java\tscript:" counts as javascript:, which is refused.
func isImageURL(s string) bool {
	s = strings.TrimFunc(s, func(r rune) bool { return r <= ' ' })
	s = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(s)
	scheme, _, found := strings.Cut(s, ":")
	if !found || !isScheme(scheme) {
		return true
	}
	switch strings.ToLower(scheme) {
	case "http", "https":
		return true
	case "data":
		return strings.HasPrefix(strings.ToLower(s), "data:image/")
	}
	return false
}

// isScheme reports whether s has a URL scheme's shape: a letter, then
// letters, digits, "+", "-" or ".".
func isScheme(s string) bool {
	for i, r := range s {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return false
		}
	}
	return s != ""
}

// didYouMean names the known key a misspelt one is closest to (at most two
// edits away, as "langauge" is from "language"), or nothing.
func didYouMean(path, key string, known map[string]*field) string {
	best, bestDistance := "", 3
	for _, name := range slices.Sorted(maps.Keys(known)) {
		if d := editDistance(strings.ToLower(key), strings.ToLower(name)); d < bestDistance {
			best, bestDistance = name, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", keyPath(path, best))
}

// editDistance is the Damerau–Levenshtein distance (optimal string
// alignment) between a and b, by rune: a swap of neighbours is one edit.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}
