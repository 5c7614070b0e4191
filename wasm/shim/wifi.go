package shim

// The Wi-Fi APIs: whether the radio is on, the network the device is on,
// and a scan of the networks nearby, all as the "wifi" configuration key
// describes them. Which fields a platform reports follows the docs: PC has
// no BSSID, iOS neither secure nor signalStrength, and Android reports no
// secure from Android 10 on (the simulated Android is 14).

// Errnos of the Wi-Fi APIs.
const (
	ErrnoWifiNotConnected = 1506001
	ErrnoWifiInvalidInfo  = 1506002
)

// virtualBSSID is what Harmony below V7.37.0 reports for every BSSID: a
// placeholder, as the docs say it gives no real value there.
const virtualBSSID = "02:00:00:00:00:00"

// WifiNetwork is one Wi-Fi network: the connected one, or one nearby.
type WifiNetwork struct {
	SSID  string `json:"SSID"`
	BSSID string `json:"BSSID"`
	// Secure is whether joining it takes a password.
	Secure bool `json:"secure"`
	// SignalStrength is from 0 (none) to 100 (full).
	SignalStrength float64 `json:"signalStrength"`
}

// Wifi is the "wifi" configuration key.
type Wifi struct {
	// Enabled is the radio's switch, which getWifiStatus reports.
	Enabled bool `json:"enabled"`
	// Connected says the device is on the network below (never while the
	// radio is off, whatever it says).
	Connected bool `json:"connected"`
	WifiNetwork
	// Networks are what a scan (getWifiList) finds nearby.
	Networks []WifiNetwork `json:"networks"`
}

// defaultWifi is an office network, with a guest network beside it.
func defaultWifi() Wifi {
	office := WifiNetwork{SSID: "ttshim-office", BSSID: "02:1a:11:f0:6c:01", Secure: true, SignalStrength: 80}
	guest := WifiNetwork{SSID: "ttshim-guest", BSSID: "02:1a:11:f0:6c:02", SignalStrength: 55}
	return Wifi{Enabled: true, Connected: true, WifiNetwork: office, Networks: []WifiNetwork{office, guest}}
}

func wifiNetworkFields() map[string]*field {
	return map[string]*field{"SSID": str(), "BSSID": str(), "secure": boolean(), "signalStrength": number(0, 100)}
}

func wifiField() *field {
	children := wifiNetworkFields()
	children["enabled"], children["connected"] = boolean(), boolean()
	children["networks"] = arrayOf(object(wifiNetworkFields()))
	return object(children)
}

func (n *WifiNetwork) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{"SSID": &n.SSID, "BSSID": &n.BSSID})
	setFields(patch, map[string]*bool{"secure": &n.Secure})
	setFields(patch, map[string]*float64{"signalStrength": &n.SignalStrength})
}

func (w *Wifi) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*bool{"enabled": &w.Enabled, "connected": &w.Connected})
	w.WifiNetwork.applyPatch(patch)
	if networks, named := patch["networks"]; named {
		items, _ := networks.([]any)
		w.Networks = make([]WifiNetwork, len(items))
		for i, item := range items {
			w.Networks[i].applyPatch(asObject(item))
		}
	}
}

var wifiControls = []string{
	"`wifi`: the radio's switch (`enabled`), the network the device is on (`connected`, `SSID`, `BSSID`, `secure`, " +
		"`signalStrength`) and the ones nearby (`networks`)",
	"`client.platform`: which fields it reports",
}

func init() {
	register(&API{
		Namespace: "tt", Name: "getConnectedWifi", Kind: KindAsync, Taro: true, Asks: DialogPermission,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errTooManyDialogs, errPermissionDenied,
					{Errno: ErrnoWifiNotConnected, When: "`wifi.enabled` or `wifi.connected` is `false`"},
					{Errno: ErrnoWifiInvalidInfo, When: "the connected network's `SSID` is empty"}},
				Controls: append(wifiControls, "`permissions[\"scope.userLocation\"]`: `\"ask\"` shows the permission prompt"),
			}
		}),
		Handle: getConnectedWifi,
	})
	register(&API{
		Namespace: "tt", Name: "getWifiStatus", Kind: KindAsync,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
				Controls: []string{"`wifi.enabled`: `\"on\"` or `\"off\"`"},
			}
		}),
		Handle: func(c *Call) Result {
			status := "off"
			if c.Config().Wifi.Enabled {
				status = "on"
			}
			return c.OK(Fields{"status": status})
		},
	})
	register(&API{
		Namespace: "tt", Name: "getWifiList", Kind: KindAsync, Taro: true, Asks: DialogPermission,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errTooManyDialogs, errPermissionDenied},
				Controls: append(wifiControls, "`permissions[\"scope.userLocation\"]`: `\"ask\"` shows the permission prompt"),
			}
		}),
		Handle: getWifiList,
	})
	registerListeners(API{
		Namespace: "tt", Name: "onGetWifiList", Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, {Errno: ErrnoInvalidParam, When: "the argument is not a function"},
					errNoConfig, errNotInList},
				Controls: []string{"`getWifiList` and `wifi.networks`: when it hears, and what"},
			}
		}),
	})
}

func getConnectedWifi(c *Call) Result {
	return c.WithPermission(scopeUserLocation, func() Result {
		wifi := c.Config().Wifi
		if !wifi.Enabled || !wifi.Connected {
			return c.Fail(ErrnoWifiNotConnected, "Wi-Fi not connected")
		}
		if wifi.SSID == "" {
			return c.Fail(ErrnoWifiInvalidInfo, "Invalid Wi-Fi information")
		}
		return c.OK(c.Shim.wifiFields(wifi.WifiNetwork, false))
	})
}

// getWifiList scans: onGetWifiList hears what it finds, nothing while the
// radio is off.
func getWifiList(c *Call) Result {
	return c.WithPermission(scopeUserLocation, func() Result {
		wifi := c.Config().Wifi
		found := []any{}
		if wifi.Enabled {
			for _, network := range wifi.Networks {
				found = append(found, c.Shim.wifiFields(network, true))
			}
		}
		c.Shim.Emit("getWifiList", Fields{"wifiList": found})
		return c.OK(nil)
	})
}

// wifiFields are a network's fields as the platform reports them: the
// connected network's per getConnectedWifi's page, a scanned one's (every
// field, from Android and Harmony only) per onGetWifiList's.
func (s *Shim) wifiFields(n WifiNetwork, scanned bool) Fields {
	fields := Fields{"SSID": n.SSID, "BSSID": n.BSSID, "secure": n.Secure, "signalStrength": n.SignalStrength}
	switch s.cfg.Client.Platform {
	case PlatformPC:
		delete(fields, "BSSID")
	case PlatformIOS:
		delete(fields, "secure")
		delete(fields, "signalStrength")
	case PlatformAndroid:
		if !scanned {
			delete(fields, "secure")
		}
	case PlatformHarmony:
		if scanned || !s.version.AtLeast("7.37.0") {
			fields["BSSID"] = virtualBSSID
		}
	}
	return fields
}
