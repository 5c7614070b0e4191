package shim

import "sort"

// Documented is what Feishu's documentation says of one client API.
// catalog_gen.go, which mkcatalog writes from the documentation, lists
// every API a page can call as tt.<name>.
type Documented struct {
	Name     string
	Category string
	Support  Support
	Params   []DocParam
	// Taro marks the APIs @tarojs/taro declares: Taro's runtime wraps
	// them on the Lark platform, so they have a Taro twin.
	Taro   bool
	DocURL string
}

// DocParam is one row of an API's input table.
type DocParam struct {
	Name     string
	Type     string // TypeScript
	Required bool
}

// Catalog lists the documented APIs, in order of name.
func Catalog() []Documented { return catalog[:] }

// DocumentedAPI finds an API in the catalog by its bare name.
func DocumentedAPI(name string) (Documented, bool) {
	i := sort.Search(len(catalog), func(i int) bool { return catalog[i].Name >= name })
	if i < len(catalog) && catalog[i].Name == name {
		return catalog[i], true
	}
	return Documented{}, false
}

// paramNames are the input table's names, which canIUse("api.object.x")
// knows.
func (d *Documented) paramNames() []string {
	names := make([]string, len(d.Params))
	for i, p := range d.Params {
		names[i] = p.Name
	}
	return names
}
