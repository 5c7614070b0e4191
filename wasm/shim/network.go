package shim

import (
	"strings"
)

// The network status APIs: what the device's connection is, and the
// events that tell the page when a test changes it (device.go).

var networkControls = []string{
	"`device.network.type` and `device.network.quality`: what it reports; `ttShim.configure` changing them tells the listeners",
	"`client.platform`: PC reports `connected` or `none`",
	prerequisitesControl,
}

func init() {
	register(&API{
		Namespace: "tt", Name: "getNetworkType", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
				Controls: networkControls,
			}
		}),
		Handle: func(c *Call) Result {
			return c.OK(Fields{"networkType": reportedNetworkType(c.Config())})
		},
	})
	register(&API{
		Namespace: "tt", Name: "getNetworkQualityType", Kind: KindAsync,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
				Controls: networkControls,
			}
		}),
		Handle: func(c *Call) Result {
			return c.OK(Fields{"networkQualityType": c.Config().Device.Network.Quality})
		},
	})
	registerListenerPair("onNetworkStatusChange", true)
	registerListenerPair("onNetworkQualityChange", false)
}

// registerListenerPair registers a documented tt.on<Event> and its
// tt.off<Event>, which the on page documents without a page of its own
// and so with the on page's support table. As Taro's types declare it,
// off<Event>() without a function drops them all.
func registerListenerPair(on string, taro bool) {
	doc, ok := DocumentedAPI(on)
	if !ok {
		panic("ttshim: " + on + " is not documented")
	}
	listener := API{Namespace: "tt", Name: on, Kind: KindListener, Handle: keepListener, Taro: taro,
		Documented: &doc, Support: doc.Support,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, {Errno: ErrnoInvalidParam, When: "the argument is not a function"},
					errNoConfig, errNotInList},
				Controls: networkControls,
			}
		}),
	}
	registerListeners(listener)
	off := "off" + strings.TrimPrefix(on, "on")
	if _, registered := registry["tt."+off]; !registered {
		offListener := offTakingNothing(listener, off)
		register(&offListener)
	}
}
