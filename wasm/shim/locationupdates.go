package shim

// Location updates: between startLocationUpdate and stopLocationUpdate,
// the client tells tt.onLocationChange's listeners where the device is,
// once as updates start and again whenever it moves (a ttShim.configure
// that changes "location").

// locationUpdates is whether the page receives location updates; reset
// stops them.
type locationUpdates struct{ on bool }

func init() {
	register(&API{
		Namespace: "tt", Name: "startLocationUpdate", Kind: KindAsync, Taro: true, Asks: DialogPermission,
		Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errTooManyDialogs,
			errPermissionDenied, errLocationFails},
		Controls: append(locationControls, "`ttShim.configure({location: …})`: moves the device, which `locationChange` reports"),
		Handle:   startLocationUpdate,
	})
	register(&API{
		Namespace: "tt", Name: "stopLocationUpdate", Kind: KindAsync, Taro: true,
		Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
		Controls: []string{"`ttShim.reset()`: stops the updates too"},
		Handle:   stopLocationUpdate,
	})
	registerListeners(API{
		Namespace: "tt", Name: "onLocationChange", Taro: true,
		Errors: []ErrorDoc{errUnsupported, {Errno: ErrnoInvalidParam, When: "the argument is not a function"},
			errNoConfig, errNotInList},
		Controls: []string{"`startLocationUpdate` and `ttShim.configure({location: …})`: when it hears"},
	})
}

func startLocationUpdate(c *Call) Result {
	return c.WithPermission(scopeUserLocation, func() Result {
		if failed, ok := locationFailure(c, ""); ok {
			return failed
		}
		c.Shim.location.on = true
		c.Shim.Emit("locationChange", positionFields(c.Shim))
		return c.OK(nil)
	})
}

func stopLocationUpdate(c *Call) Result {
	c.Shim.location.on = false
	return c.OK(nil)
}

// locationMoved tells the listeners where the device is now, while
// updates are on and locating works.
func (s *Shim) locationMoved() {
	if s.location.on && s.cfg.Location.Error == "" {
		s.Emit("locationChange", positionFields(s))
	}
}
