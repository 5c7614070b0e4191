package shim

import "fmt"

// The screen: its brightness and whether it stays on, kept in the
// configuration's "device" key (device.go).

// followSystem is the brightness a Harmony page sets to hand the screen
// back to the system's setting.
const followSystem = -1

func init() {
	register(&API{
		Namespace: "tt", Name: "setScreenBrightness", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`value` is missing, not a finite number, or outside 0–1 (Harmony also takes -1)"}},
				Controls: []string{"`device.brightness`: the brightness it changes, and the system's, which -1 goes back to on Harmony",
					prerequisitesControl},
			}
		}),
		Handle: setScreenBrightness,
	})
	register(&API{
		Namespace: "tt", Name: "getScreenBrightness", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
				Controls: []string{"`device.brightness`: what it answers, until the page sets another", prerequisitesControl},
			}
		}),
		Handle: func(c *Call) Result {
			return c.OK(Fields{"value": c.Config().Device.Brightness})
		},
	})
	register(&API{
		Namespace: "tt", Name: "setKeepScreenOn", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`keepScreenOn` is not a boolean"}},
				Controls: []string{"`device.keepScreenOn`: the state it sets, which `ttShim.config()` shows", prerequisitesControl},
			}
		}),
		Handle: func(c *Call) Result {
			on, err := c.Args.Bool("keepScreenOn", true)
			if err != nil {
				return c.Param(err)
			}
			c.Shim.cfg.Device.KeepScreenOn = on
			return c.OK(nil)
		},
	})
}

func setScreenBrightness(c *Call) Result {
	if !c.Args.Has("value") || c.Args.Raw("value") == nil {
		return c.Param(&ParamError{Name: "value", Want: "Number", Got: c.Args.TypeOf("value"), Empty: true})
	}
	value, err := c.Args.Number("value", 0)
	if err != nil {
		return c.Param(err)
	}
	harmony := c.Config().Client.Platform == PlatformHarmony
	switch {
	case harmony && value == followSystem:
		value = c.Shim.device.systemBrightness
	case value < 0 || value > 1:
		allowed := "from 0 to 1"
		if harmony {
			allowed += ", or -1 to follow the system"
		}
		return c.Param(&ParamError{Name: "value", Reason: fmt.Sprintf("value should be %s, got %v", allowed, value)})
	}
	c.Shim.cfg.Device.Brightness = value
	return c.OK(nil)
}
