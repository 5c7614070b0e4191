package shim

// checkWatermark answers whether the client draws its global watermark
// over the app, as security.watermark says.

func init() {
	register(&API{
		Namespace: "tt", Name: "checkWatermark", Kind: KindAsync,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
				Controls: []string{"`security.watermark`: `hasWatermark` (default `false`)", prerequisitesControl},
			}
		}),
		Handle: func(c *Call) Result {
			return c.OK(Fields{"hasWatermark": c.Config().Security.Watermark})
		},
	})
}
