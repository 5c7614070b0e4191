package shim

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// openSchema opens a URI outside the app. ttshim opens nothing: the call
// log shows what the page asked to open, and "device.openSchema" says
// whether the client would (SchemaOpen) or the app's white list stops it
// (SchemaBlock).

// openSchema's errnos (Feishu's errno table).
const (
	ErrnoSchemaTooFast   = 1406001
	ErrnoSchemaEmpty     = 1406002
	ErrnoSchemaNotInList = 1406003
	ErrnoSchemaInvalid   = 1406004
)

// schemaInterval is how far apart openSchema calls must be.
const schemaInterval = 500 * time.Millisecond

// refusedSchemes run in, or read from, the page itself: no client opens
// them as an app.
var refusedSchemes = []string{"javascript", "vbscript", "data", "file"}

func init() {
	register(&API{
		Namespace: "tt", Name: "openSchema", Kind: KindAsync,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`schema` is not a string, `external` not a boolean, `options` not an object of numbers `width` and `height`, or `target` not `inline` or `replace`"},
					{Errno: ErrnoSchemaEmpty, When: "`schema` is missing or blank"},
					{Errno: ErrnoSchemaInvalid, When: "`schema` has no URI scheme, or is a `javascript:`, `vbscript:`, `data:` or `file:` URI"},
					{Errno: ErrnoSchemaTooFast, When: "less than 500 ms after the previous call that passed this check"},
					{Errno: ErrnoSchemaNotInList, When: "`device.openSchema` is `\"block\"`"}},
				Controls: []string{"`device.openSchema`: `\"open\"` succeeds, `\"block\"` fails as outside the app's white list",
					"the clock: calls less than 500 ms apart are too fast", prerequisitesControl},
			}
		}),
		Handle: openSchema,
	})
}

func openSchema(c *Call) Result {
	schema, err := c.Args.String("schema", false)
	if err == nil {
		err = schemaOptions(c.Args)
	}
	if err != nil {
		return c.Param(err)
	}
	// Read as a browser reads a URL: surrounding blanks go, tabs and
	// newlines inside are dropped.
	uri := strings.TrimFunc(schema, func(r rune) bool { return r <= ' ' })
	uri = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(uri)
	if uri == "" {
		return c.Fail(ErrnoSchemaEmpty, "empty schema param")
	}
	scheme, _, found := strings.Cut(uri, ":")
	if !found || !isScheme(scheme) {
		return c.Fail(ErrnoSchemaInvalid, "schema invalid: "+quoted(schema)+" is not a URI with a scheme")
	}
	if slices.Contains(refusedSchemes, strings.ToLower(scheme)) {
		return c.Fail(ErrnoSchemaInvalid, "schema invalid: "+strings.ToLower(scheme)+": URIs are not opened")
	}
	now, last := c.Shim.Now(), c.Shim.device.lastSchema
	if since := now.Sub(last); !last.IsZero() && since < schemaInterval {
		return c.Fail(ErrnoSchemaTooFast, fmt.Sprintf("invoke openSchema too fast: %d ms after the previous call, %d ms apart at least",
			since.Milliseconds(), schemaInterval.Milliseconds()))
	}
	c.Shim.device.lastSchema = now
	if c.Config().Device.OpenSchema == SchemaBlock {
		return c.Fail(ErrnoSchemaNotInList, "not in the white list: "+quoted(schema))
	}
	return c.OK(nil)
}

// schemaOptions checks the options beyond schema, which ttshim has no
// window to apply.
func schemaOptions(args Args) *ParamError {
	if _, err := args.Bool("external", false); err != nil {
		return err
	}
	if got := args.TypeOf("options"); got != "Undefined" && got != "Null" {
		if got != "Object" {
			return &ParamError{Name: "options", Want: "Object", Got: got}
		}
		options := ArgsOf(asObject(args.Raw("options")))
		for _, size := range []string{"width", "height"} {
			if _, err := options.Number(size, 0); err != nil {
				err.Name = "options." + size
				return err
			}
		}
	}
	target, err := args.String("target", false)
	if err == nil && target != "" && target != "inline" && target != "replace" {
		err = &ParamError{Name: "target", Reason: "target should be \"inline\" or \"replace\", not " + quoted(target)}
	}
	return err
}
