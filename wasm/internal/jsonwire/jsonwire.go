// Package jsonwire is JSON as it crosses between ttshim's loader and Go:
// a decoder and an encoder that give encoding/json's results without its
// reflection for the values calls are made of (in WebAssembly, that
// reflection costs more than the rest of a call), and with a small one of
// their own for the rest, so that the page's module leaves encoding/json
// out; the walk of an object's members in the order the page wrote them,
// the payload the loader sends with each call, and the tags the loader
// puts in for JS values JSON cannot carry.
package jsonwire

// TagKey marks a JS value JSON cannot carry (a function, symbol, BigInt,
// NaN, ±Infinity): the loader sends {"@@js": "<type>"} in its place, so
// that validation can name it.
const TagKey = "@@js"

// JSType names a decoded value as JS's Object.prototype.toString would;
// the NaN and ±Infinity tags say "Number", as JS does.
func JSType(v any) string {
	switch x := v.(type) {
	case nil:
		return "Null"
	case bool:
		return "Boolean"
	case float64:
		return "Number"
	case string:
		return "String"
	case []any:
		return "Array"
	case map[string]any:
		if tag, ok := x[TagKey].(string); ok {
			return tag
		}
	}
	return "Object"
}
