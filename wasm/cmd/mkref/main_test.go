package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ttshim/wasm/shim"
)

// A dummy API added to the registry reaches every generated file with no
// other edit: the simulated one the docs, the type-level check and the
// JSON (its declaration is written by hand in types/tt.d.ts, which the
// check then demands), the unsimulated one its declaration too.
func TestADummyAPIReachesEveryOutput(t *testing.T) {
	support := shim.Support{Gadget: shim.Everywhere(shim.All)}
	cases := []struct {
		name string
		api  *shim.API
		// want holds, by output path, what the output gains; nil means it
		// does not change.
		want      map[string][]string
		simulated bool
	}{{
		name: "simulated",
		api: &shim.API{Namespace: "tt", Name: "teleportUser", Kind: shim.KindAsync, Support: support,
			Params: []string{"openid"},
			Docs: shim.InReference(func() shim.Docs {
				return shim.Docs{
					Errors:   []shim.ErrorDoc{{Errno: shim.ErrnoInvalidParam, When: "`openid` is not a user"}},
					Controls: []string{"`users`: who can be teleported"},
				}
			}),
			Handle: func(*shim.Call) shim.Result { return shim.Result{} }},
		want: map[string][]string{
			"types/documented.d.ts":  nil,
			"types/test/registry.ts": {`  | "tt.teleportUser"` + "\n", `  | "teleportUser"` + "\n"},
			"docs/api.md": {"### tt.teleportUser\n", "- Parameters: `openid`\n",
				"  - 104: `openid` is not a user\n", "  - `users`: who can be teleported\n"},
			"web/playground/names.js": nil,
			"js/taro-apis.json":       nil,
		},
		simulated: true,
	}, {
		name: "unsimulated",
		api: &shim.API{Namespace: "tt", Name: "teleportUser", Kind: shim.KindAsync, Support: support,
			Params: []string{"openid"}, Unsimulated: true,
			Documented: &shim.Documented{Name: "teleportUser", Category: "device/teleport", Support: support,
				Params: []shim.DocParam{{Name: "openid", Type: "string", Required: true}}, DocURL: "https://example.test/teleportuser"},
			Handle: func(*shim.Call) shim.Result { return shim.Result{} }},
		want: map[string][]string{
			"types/documented.d.ts": {"export interface DocumentedTeleportUserOption {\n  openid: string;\n",
				"  teleportUser: TtAsyncApi<DocumentedTeleportUserOption, DocumentedSuccess>;\n",
				"  teleportUser: { option: DocumentedTeleportUserOption; success: DocumentedSuccess };\n",
				`  | "tt.teleportUser"` + "\n"},
			"types/test/registry.ts":  {`  | "tt.teleportUser"` + "\n", `  | "teleportUser"` + "\n"},
			"docs/api.md":             {"| [`tt.teleportUser`](https://example.test/teleportuser) | async | all, all, all, V7.35.0+ | – | `openid`* (string) |  |\n"},
			"web/playground/names.js": nil,
			"js/taro-apis.json":       nil,
		},
	}}
	base := shim.APIs()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before, after := refsOf(base), refsOf(append(slices.Clone(base), c.api))
			for _, out := range outputs {
				want, known := c.want[out.path]
				if !known {
					t.Errorf("%s: the test expects nothing of it", out.path)
					continue
				}
				was, is := out.make(before), out.make(after)
				if want == nil {
					if was != is {
						t.Errorf("%s changed", out.path)
					}
					continue
				}
				if was == is {
					t.Errorf("%s did not change", out.path)
				}
				for _, s := range want {
					if strings.Contains(was, s) || !strings.Contains(is, s) {
						t.Errorf("%s does not gain %q", out.path, s)
					}
				}
			}
			if len(c.want) != len(outputs) {
				t.Errorf("the test expects %d outputs, mkref writes %d", len(c.want), len(outputs))
			}
			if got := entry(t, before, "tt.teleportUser"); got != nil {
				t.Errorf("the registry JSON has the dummy already: %v", got)
			}
			got := entry(t, after, "tt.teleportUser")
			if errs, _ := got["errors"].([]any); got == nil || got["simulated"] != c.simulated || got["kind"] != "async" ||
				len(errs) != len(c.api.Reference().Errors) {
				t.Errorf("the registry JSON's entry: %v", got)
			}
		})
	}
}

// entry is the registry JSON's object for an API, or nil.
func entry(t *testing.T, refs []ref, full string) map[string]any {
	data, err := registryJSON(refs)
	if err != nil {
		t.Fatal(err)
	}
	var entries []map[string]any
	if err := json.Unmarshal(data, &entries); err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e["full"] == full {
			return e
		}
	}
	return nil
}

// -check fails, naming the file, when a committed file differs from what
// -write writes.
func TestCheckFindsAStaleFile(t *testing.T) {
	refs := refsOf(shim.APIs())
	for _, stale := range outputs {
		root := t.TempDir()
		if err := run(root, "", true, false, refs); err != nil {
			t.Fatal(err)
		}
		if err := run(root, "", false, true, refs); err != nil {
			t.Fatalf("just written: %v", err)
		}
		path := filepath.Join(root, stale.path)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		err = run(root, "", false, true, refs)
		if err == nil || err.Error() != stale.path+" is stale: run `make generate` and commit the result" {
			t.Errorf("%s edited: %v", stale.path, err)
		}
	}
}
