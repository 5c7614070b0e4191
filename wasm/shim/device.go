package shim

import (
	"fmt"
	"time"
)

// The simulated phone: its network, clipboard and screen, which the
// "device" configuration key describes and tests steer. The page's own
// calls (setClipboardData, setScreenBrightness, setKeepScreenOn) change
// it as they change a phone, so ttShim.config().device is the device as
// it is now; ttShim.reset() puts back the one the page booted with.

// Network types getNetworkType reports on a phone (PC reports
// networkConnected or NetworkNone).
const (
	NetworkWifi    = "wifi"
	Network4G      = "4g"
	Network3G      = "3g"
	Network2G      = "2g"
	NetworkUnknown = "unknown"
	NetworkNone    = "none"
	// networkConnected is what PC reports for any network.
	networkConnected = "connected"
)

// Network qualities getNetworkQualityType reports.
const (
	QualityExcellent   = "excellent"
	QualityModerate    = "moderate"
	QualityWeak        = "weak"
	QualityUnknown     = "unknown"
	QualityUnavailable = "unavailable"
)

// What openSchema does with a valid schema.
const (
	SchemaOpen  = "open"
	SchemaBlock = "block"
)

// Device is the "device" configuration key.
type Device struct {
	Network Network `json:"network"`
	// Clipboard is the text on the clipboard, which getClipboardData reads.
	Clipboard string `json:"clipboard"`
	// PageClipboard puts the browser's clipboard behind the clipboard APIs
	// instead (clipboard.go).
	PageClipboard bool `json:"pageClipboard"`
	// Brightness is the screen's, from 0 (darkest) to 1 (brightest).
	Brightness   float64 `json:"brightness"`
	KeepScreenOn bool    `json:"keepScreenOn"`
	// OpenSchema is "open" (a valid schema opens) or "block" (it is not in
	// the app's white list).
	OpenSchema string `json:"openSchema"`
}

// Network is the device's connection.
type Network struct {
	Type    string `json:"type"`
	Quality string `json:"quality"`
}

// DefaultDevice is a phone on a good Wi-Fi, its screen at half brightness.
func DefaultDevice() Device {
	return Device{Network: Network{Type: NetworkWifi, Quality: QualityExcellent}, Brightness: 0.5, OpenSchema: SchemaOpen}
}

func deviceSchema() *field {
	return object(map[string]*field{
		"network": object(map[string]*field{
			"type":    str(NetworkWifi, Network4G, Network3G, Network2G, NetworkUnknown, NetworkNone),
			"quality": str(QualityExcellent, QualityModerate, QualityWeak, QualityUnknown, QualityUnavailable),
		}),
		"clipboard":     str(),
		"pageClipboard": boolean(),
		"brightness":    number(0, 1),
		"keepScreenOn":  boolean(),
		"openSchema":    str(SchemaOpen, SchemaBlock),
	})
}

func (d *Device) applyPatch(patch map[string]any) {
	network := asObject(patch["network"])
	setFields(network, map[string]*string{"type": &d.Network.Type, "quality": &d.Network.Quality})
	setFields(patch, map[string]*string{"clipboard": &d.Clipboard, "openSchema": &d.OpenSchema})
	setFields(patch, map[string]*bool{"keepScreenOn": &d.KeepScreenOn, "pageClipboard": &d.PageClipboard})
	if brightness, named := patch["brightness"].(float64); named {
		d.Brightness = brightness
	}
}

// deriveDefaults makes a patch that names the network's type alone take
// its quality along: no network is an unavailable one, and a network that
// comes back is as good as the default.
func (d *Device) deriveDefaults(named func(path ...string) bool) {
	if !named("device", "network", "type") || named("device", "network", "quality") {
		return
	}
	switch {
	case d.Network.Type == NetworkNone:
		d.Network.Quality = QualityUnavailable
	case d.Network.Quality == QualityUnavailable:
		d.Network.Quality = QualityExcellent
	}
}

// validate holds type and quality to each other: a quality of
// "unavailable" is no network at all.
func (d Device) validate() error {
	if (d.Network.Type == NetworkNone) != (d.Network.Quality == QualityUnavailable) {
		return fmt.Errorf(`"device.network.quality" is "unavailable" exactly when "device.network.type" is "none", not %q with %q`,
			d.Network.Quality, d.Network.Type)
	}
	return nil
}

// deviceState is what the device remembers beyond its configuration.
type deviceState struct {
	// systemBrightness is the brightness the configuration last gave, which
	// a Harmony screen set to follow the system (-1) goes back to.
	systemBrightness float64
	// lastSchema is when openSchema last went past its too-fast check.
	lastSchema time.Time
}

func newDeviceState(cfg Config) deviceState {
	return deviceState{systemBrightness: cfg.Device.Brightness}
}

// deviceChanged tells the page's listeners what a new configuration
// (ttShim.configure, ttShim.reset) changed about the network.
func (s *Shim) deviceChanged(prev Config) {
	was, now := prev.Device, s.cfg.Device
	if now.Brightness != was.Brightness {
		s.device.systemBrightness = now.Brightness
	}
	if now.Network.Type != was.Network.Type {
		s.Emit("networkStatusChange", networkStatus(s.cfg))
	}
	if now.Network.Quality != was.Network.Quality {
		s.Emit("networkQualityChange", Fields{"networkQualityType": now.Network.Quality})
	}
}

// reportedNetworkType is the network type as the client reports it: PC
// tells only whether there is a network.
func reportedNetworkType(cfg Config) string {
	if cfg.Client.Platform == PlatformPC && cfg.Device.Network.Type != NetworkNone {
		return networkConnected
	}
	return cfg.Device.Network.Type
}

// networkStatus is onNetworkStatusChange's event.
func networkStatus(cfg Config) Fields {
	return Fields{"isConnected": cfg.Device.Network.Type != NetworkNone, "networkType": reportedNetworkType(cfg)}
}
