package main

import (
	"strings"

	"ttshim/wasm/shim"
)

// ref is one registered API as everything generated from the registry
// sees it; registry.json carries it to the tests.
type ref struct {
	Full         string     `json:"full"`
	Namespace    string     `json:"ns"`
	Name         string     `json:"name"`
	Kind         shim.Kind  `json:"kind"`
	Simulated    bool       `json:"simulated"`
	Support      support    `json:"support"`
	Params       []refParam `json:"params"`
	BeforeConfig bool       `json:"beforeConfig"`
	NeedsLogin   bool       `json:"needsLogin"`
	NeedsTap     bool       `json:"needsTap"`
	LegacyOf     string     `json:"legacyOf,omitempty"`
	Category     string     `json:"category"`
	DocURL       string     `json:"docURL,omitempty"`
	Documented   *support   `json:"documented,omitempty"` // the docs' table, where it differs from ttshim's
	Errors       []refError `json:"errors"`
	Controls     []string   `json:"controls"`
	TakesString  bool       `json:"takesString"`
	Task         bool       `json:"task"`
	api          *shim.API  // the registry's entry
	doc          *shim.Documented
}

type refParam struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Required bool   `json:"required"`
}

type refError struct {
	Errno int    `json:"errno"`
	Code  int    `json:"errorCode,omitempty"` // h5sdk.config's
	When  string `json:"when"`
}

// support is a support table by mode and platform: "all", a version, or
// "" where the platform lacks the API.
type support struct {
	Gadget map[string]string `json:"gadget"`
	WebApp map[string]string `json:"webapp"`
}

var platformNames = []string{shim.PlatformAndroid, shim.PlatformIOS, shim.PlatformPC, shim.PlatformHarmony}

func supportOf(s shim.Support) support {
	row := func(p shim.Platforms) map[string]string {
		cells := map[string]string{}
		for i, since := range []shim.Since{p.Android, p.IOS, p.PC, p.Harmony} {
			cells[platformNames[i]] = since.String()
		}
		return cells
	}
	return support{Gadget: row(s.Gadget), WebApp: row(s.WebApp)}
}

func (s support) equal(t support) bool {
	for _, p := range platformNames {
		if s.Gadget[p] != t.Gadget[p] || s.WebApp[p] != t.WebApp[p] {
			return false
		}
	}
	return true
}

// refsOf describes the APIs, in the registry's order.
func refsOf(apis []*shim.API) []ref {
	refs := make([]ref, 0, len(apis))
	for _, api := range apis {
		docs := api.Reference()
		r := ref{
			Full: api.FullName(), Namespace: api.Namespace, Name: api.Name, Kind: api.Kind,
			Simulated: !api.Unsimulated, Support: supportOf(api.Support), BeforeConfig: api.BeforeConfig,
			NeedsLogin: api.NeedsLogin, NeedsTap: api.NeedsTap, Controls: docs.Controls,
			TakesString: api.TakesString, Task: api.ReturnsTask, Category: "ttshim", api: api,
			Params: []refParam{}, Errors: []refError{},
		}
		if r.Controls == nil {
			r.Controls = []string{}
		}
		for _, e := range docs.Errors {
			r.Errors = append(r.Errors, refError{e.Errno, e.Code, e.When})
		}
		doc := api.Documented
		if api.LegacyOf != nil {
			r.LegacyOf = api.LegacyOf.FullName()
			doc = api.LegacyOf.Documented
		}
		if api.Kind == shim.KindLegacy {
			r.Category = "legacy"
		}
		if doc != nil {
			r.doc = doc
			if api.Kind != shim.KindLegacy {
				r.Category = doc.Category
			}
			r.DocURL = doc.DocURL
			if documented := supportOf(doc.Support); api.Kind != shim.KindLegacy && !documented.equal(r.Support) {
				r.Documented = &documented
			}
		}
		r.Params = paramsOf(api, doc)
		refs = append(refs, r)
	}
	return refs
}

// paramsOf lists the API's parameters with the docs' types where the docs
// have them.
func paramsOf(api *shim.API, doc *shim.Documented) []refParam {
	typed := map[string]shim.DocParam{}
	if doc != nil {
		for _, p := range doc.Params {
			typed[p.Name] = p
		}
	}
	params := []refParam{}
	for _, name := range api.Params {
		p, ok := typed[name]
		if !ok {
			p = typed[renamedTo(api, name)]
		}
		if p.Type == "" {
			p.Type = "unknown"
		}
		params = append(params, refParam{Name: name, Type: p.Type, Required: p.Required})
	}
	return params
}

// renamedTo is a legacy parameter's name in the API it maps to.
func renamedTo(api *shim.API, name string) string {
	if api.LegacyOf == nil {
		return name
	}
	for i, p := range api.Params {
		if p == name && i < len(api.LegacyOf.Params) {
			return api.LegacyOf.Params[i]
		}
	}
	return name
}

// group is the first part of a category: "interface" of "interface/tab-bar".
func (r ref) group() string {
	g, _, _ := strings.Cut(r.Category, "/")
	if strings.HasPrefix(g, "undocumented") {
		return "ttshim"
	}
	return strings.TrimSpace(g)
}
