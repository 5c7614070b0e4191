package shim

// The clipboard: ttshim's own, which the page's calls and the
// configuration's "device.clipboard" share; the page's real clipboard is
// never touched.

func init() {
	controls := []string{"`device.clipboard`: the text on the clipboard, which `setClipboardData` replaces", prerequisitesControl}
	register(&API{
		Namespace: "tt", Name: "setClipboardData", Kind: KindAsync, Taro: true,
		Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
			{Errno: ErrnoInvalidParam, When: "`data` is missing or not a string"}},
		Controls: controls,
		Handle:   setClipboardData,
	})
	register(&API{
		Namespace: "tt", Name: "getClipboardData", Kind: KindAsync, Taro: true,
		Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
		Controls: controls,
		Handle: func(c *Call) Result {
			return c.OK(Fields{"data": c.Config().Device.Clipboard})
		},
	})
}

// setClipboardData puts data on the clipboard; an empty string empties it.
func setClipboardData(c *Call) Result {
	data, err := c.Args.String("data", !c.Args.Has("data") || c.Args.Raw("data") == nil)
	if err != nil {
		return c.Param(err)
	}
	c.Shim.cfg.Device.Clipboard = data
	return c.OK(nil)
}
