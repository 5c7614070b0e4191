// ApplyPatches writes a patch's keys into Config by hand: these tests hold
// it to a JSON merge of the patch onto config() for every key the schema
// knows, so a key added to the schema and Config but not to applyPatch
// fails here.

package shim

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"testing"
)

// everyKey builds a value for f that sets every key below it to other
// than its zero value; option picks each "either" shape.
func everyKey(f *field, path string, option int) any {
	switch f.kind {
	case "string":
		// The last enum value that is not a zero value, so the key shows.
		for i := len(f.enum) - 1; i >= 0; i-- {
			if f.enum[i] != "" {
				return f.enum[i]
			}
		}
		return "set " + path
	case "version":
		return "7.1.2"
	case "image":
		return "https://example.com/" + path + ".png"
	case "bool":
		return true
	case "number":
		return f.max
	case "answers":
		answers := map[string]any{}
		for _, api := range askingAPIs() {
			answers[api] = "confirm"
		}
		return answers
	case "array":
		return []any{everyKey(f.item, path+"[0]", option)}
	case "object":
		obj := map[string]any{}
		for key, child := range f.children {
			obj[key] = everyKey(child, keyPath(path, key), option)
		}
		return obj
	case "either":
		return everyKey(f.options[option%len(f.options)], path, option)
	case "deferred":
		return everyKey(f.build(), path, option)
	}
	panic("a schema kind everyKey does not know: " + f.kind)
}

// mergedJSON is what config() should give after patch: the JSON of base
// with the patch merged in (objects key by key, everything else replaced).
func mergedJSON(t *testing.T, base Config, patch map[string]any) map[string]any {
	t.Helper()
	var merged map[string]any
	if err := json.Unmarshal(base.JSON(), &merged); err != nil {
		t.Fatal(err)
	}
	var roundTrip map[string]any // the patch as JSON would carry it
	data, _ := json.Marshal(mergeObjects(merged, patch))
	if err := json.Unmarshal(data, &roundTrip); err != nil {
		t.Fatal(err)
	}
	return roundTrip
}

func mergeObjects(base, patch map[string]any) map[string]any {
	out := make(map[string]any, len(base)+len(patch))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range patch {
		sub, isObj := v.(map[string]any)
		prev, wasObj := out[k].(map[string]any)
		if isObj && wasObj {
			out[k] = mergeObjects(prev, sub)
		} else {
			out[k] = v
		}
	}
	return out
}

func TestApplyPatchesSetsEveryKey(t *testing.T) {
	for option := range 2 {
		patch := everyKey(configSchema(), "", option).(map[string]any)
		// What validate asks across keys: a PC (the one platform with an
		// OS), and a current user from the directory.
		patch["client"].(map[string]any)["platform"] = PlatformPC
		patch["currentUser"] = patch["users"].([]any)[0].(map[string]any)["openId"]
		// A document's owner is a user, and base64 content decodes.
		patch["documents"].([]any)[0].(map[string]any)["owner"] = patch["currentUser"]
		patch["files"].([]any)[0].(map[string]any)["content"] = "dHRzaGlt"
		patch["chats"].(map[string]any)["list"].([]any)[0].(map[string]any)["members"] = []any{patch["currentUser"]}
		patch["launch"].(map[string]any)["messages"].([]any)[0].(map[string]any)["sender"] = patch["currentUser"]
		patch["launch"].(map[string]any)["openChatId"] = patch["chats"].(map[string]any)["list"].([]any)[0].(map[string]any)["openChatId"]
		raw, _ := json.Marshal(patch)
		cfg, err := ApplyPatches(DefaultConfig(), raw)
		if err != nil {
			t.Fatalf("ApplyPatches(%s): %v", raw, err)
		}
		var got map[string]any
		if err := json.Unmarshal(cfg.JSON(), &got); err != nil {
			t.Fatal(err)
		}
		if want := mergedJSON(t, DefaultConfig(), patch); !reflect.DeepEqual(got, want) {
			t.Errorf("after %s\nconfig() is %s\nwant         %s", raw, cfg.JSON(), mustJSON(want))
		}
		if keys, schemaKeys := slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(patch)); !reflect.DeepEqual(keys, schemaKeys) {
			t.Errorf("config() has keys %v, the schema %v", keys, schemaKeys)
		}
	}
}

// Objects merge at every depth, other values replace, on any base.
func TestApplyPatchesMergesLikeJSON(t *testing.T) {
	base := mustParse(t, `{"client":{"platform":"ios"},"app":{"domains":["a.example"]},"contactPicker":{"select":["x"]}}`)
	patches := []string{
		`{"client":{"language":"en_US"}}`,
		`{"app":{"appName":"Other"}}`,
		`{"app":{"domains":[]}}`,
		`{"contactPicker":{}}`,
		`{"contactPicker":"cancel"}`,
		`{"contactPicker":{"select":[]}}`,
		`{"strict":false,"force":true}`,
	}
	for _, raw := range patches {
		var patch map[string]any
		if err := json.Unmarshal([]byte(raw), &patch); err != nil {
			t.Fatal(err)
		}
		cfg, err := ApplyPatches(base, []byte(raw))
		if err != nil {
			t.Fatalf("ApplyPatches(%s): %v", raw, err)
		}
		var got map[string]any
		if err := json.Unmarshal(cfg.JSON(), &got); err != nil {
			t.Fatal(err)
		}
		if want := mergedJSON(t, base, patch); !reflect.DeepEqual(got, want) {
			t.Errorf("after %s\nconfig() is %s\nwant         %s", raw, cfg.JSON(), mustJSON(want))
		}
	}
}

func mustJSON(v any) string {
	data, _ := json.Marshal(v)
	return string(data)
}
