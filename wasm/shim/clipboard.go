package shim

import "context"

// The clipboard: ttshim's own, which the page's calls and the
// configuration's "device.clipboard" share; with "device.pageClipboard",
// the browser's as well (choice D100).

// PageClipboard reads and writes the browser's clipboard, off the call
// (the browser answers when it likes, or asks the person).
type PageClipboard interface {
	ReadText(ctx context.Context) (string, error)
	WriteText(ctx context.Context, text string) error
}

func init() {
	controls := []string{"`device.clipboard`: the text on the clipboard, which `setClipboardData` replaces",
		"`device.pageClipboard`: the browser's clipboard instead, read and written through `navigator.clipboard`", prerequisitesControl}
	refused := ErrorDoc{Errno: ErrnoInternal, When: "with `device.pageClipboard`, the browser refuses its clipboard"}
	register(&API{
		Namespace: "tt", Name: "setClipboardData", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`data` is missing or not a string"}, refused},
				Controls: controls,
			}
		}),
		Handle: setClipboardData,
	})
	register(&API{
		Namespace: "tt", Name: "getClipboardData", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, refused},
				Controls: controls,
			}
		}),
		Handle: getClipboardData,
	})
}

// setClipboardData puts data on the clipboard; an empty string empties it.
func setClipboardData(c *Call) Result {
	data, err := c.Args.String("data", !c.Args.Has("data") || c.Args.Raw("data") == nil)
	if err != nil {
		return c.Param(err)
	}
	c.Shim.cfg.Device.Clipboard = data
	if page := c.pageClipboard(); page != nil {
		return c.Background(func(ctx context.Context) Result {
			if err := page.WriteText(ctx, data); err != nil {
				return Failure(c.API.Name, ErrnoInternal, "internal error: the browser refused its clipboard: "+err.Error())
			}
			return Success(c.API.Name, nil)
		})
	}
	return c.OK(nil)
}

func getClipboardData(c *Call) Result {
	page := c.pageClipboard()
	if page == nil {
		return c.OK(Fields{"data": c.Config().Device.Clipboard})
	}
	return c.Background(func(ctx context.Context) Result {
		text, err := page.ReadText(ctx)
		if err != nil {
			return Failure(c.API.Name, ErrnoInternal, "internal error: the browser refused its clipboard: "+err.Error())
		}
		return Success(c.API.Name, Fields{"data": text})
	})
}

// pageClipboard is the browser's clipboard when the configuration asks for
// it and the build has one.
func (c *Call) pageClipboard() PageClipboard {
	if !c.Config().Device.PageClipboard {
		return nil
	}
	return c.Shim.PageClipboard
}
