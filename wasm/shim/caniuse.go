package shim

import "strings"

// canIUse answers "api", "api.object.param" or "tt.api…" for the
// configured client: true only where its mode, platform and version have it.
func canIUse(c *Call) Result {
	schema, ok := c.Args.Text()
	if !ok {
		return paramError(c.API.Name, "schema should be String instead of "+c.Args.Kind())
	}
	res := c.OK(nil)
	res.Return = c.Shim.CanIUse(schema)
	res.Fields["value"] = res.Return
	return res
}

// CanIUse is canIUse's answer for one schema.
func (s *Shim) CanIUse(schema string) bool {
	parts := strings.Split(strings.TrimPrefix(schema, "tt."), ".")
	api, ok := Lookup("tt." + parts[0])
	if !ok || !api.Support.Allows(s.cfg.Client, s.cfg.Mode) {
		return false
	}
	switch {
	case len(parts) == 1:
		return true
	case len(parts) == 3 && parts[1] == "object":
		return contains(api.Params, parts[2])
	}
	return false
}
