package shim

import (
	"slices"
	"strings"
)

func init() {
	// canIUse answers on every client, so it can say false instead of failing.
	register(&API{
		Namespace: "tt", Name: "canIUse", Kind: KindSync, Support: Support{Gadget: Anywhere, WebApp: Anywhere}, Taro: true,
		TakesString: true, BeforeConfig: true, Pure: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{{Errno: ErrnoInvalidParam, When: "the schema is not a string, or cannot be read"}},
				Controls: []string{"`mode`, `client.platform` and `client.version`: what it answers, by the support tables"},
			}
		}),
		Handle: canIUse,
	})
}

// canIUse answers "api", "api.object.param" or "tt.api…" for the
// configured client: true only where its mode, platform and version have it.
func canIUse(c *Call) Result {
	schema, ok := c.Args.Text()
	if !ok {
		return c.paramText("schema should be String instead of " + c.Args.Kind())
	}
	res := c.OK(nil)
	res.Return = c.Shim.canIUseIn(c.API.Namespace, schema)
	res.Fields["value"] = res.Return
	return res
}

// CanIUse is tt.canIUse's answer for one schema.
func (s *Shim) CanIUse(schema string) bool { return s.canIUseIn("tt", schema) }

// canIUseIn answers for the APIs of one namespace: Taro.canIUse knows
// Taro's own APIs, such as getUserProfile.
func (s *Shim) canIUseIn(namespace, schema string) bool {
	parts := strings.Split(strings.TrimPrefix(schema, namespace+"."), ".")
	api, ok := Lookup(namespace + "." + parts[0])
	if !ok || !api.Support.allowsAt(s.cfg.Client.Platform, s.version, s.cfg.Mode) {
		return false
	}
	switch {
	case len(parts) == 1:
		return true
	case len(parts) == 3 && parts[1] == "object":
		return slices.Contains(api.Params, parts[2])
	}
	return false
}
