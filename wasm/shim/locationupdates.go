package shim

// Location updates: between startLocationUpdate and stopLocationUpdate,
// the client tells tt.onLocationChange's listeners where the device is,
// once as updates start and again whenever it moves (a ttShim.configure
// that changes "location"), and tt.onLocationChangeError's listeners when
// locating starts failing (a ttShim.configure that sets "location.error").

// locationUpdates is whether the page receives location updates; reset
// stops them.
type locationUpdates struct{ on bool }

func init() {
	register(&API{
		Namespace: "tt", Name: "startLocationUpdate", Kind: KindAsync, Taro: true, Asks: DialogPermission,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errTooManyDialogs,
					errPermissionDenied, errLocationFails},
				Controls: append(locationControls, "`ttShim.configure({location: …})`: moves the device, which `locationChange` reports"),
			}
		}),
		Handle: startLocationUpdate,
	})
	register(&API{
		Namespace: "tt", Name: "stopLocationUpdate", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
				Controls: []string{"`ttShim.reset()`: stops the updates too"},
			}
		}),
		Handle: stopLocationUpdate,
	})
	registerListeners(API{
		Namespace: "tt", Name: "onLocationChange", Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, {Errno: ErrnoInvalidParam, When: "the argument is not a function"},
					errNoConfig, errNotInList},
				Controls: []string{"`startLocationUpdate` and `ttShim.configure({location: …})`: when it hears"},
			}
		}),
	})
	onError := API{
		Namespace: "tt", Name: "onLocationChangeError", Kind: KindListener, Handle: keepListener, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, {Errno: ErrnoInvalidParam, When: "the argument is not a function"},
					errNoConfig, errNotInList},
				Controls: []string{"`startLocationUpdate` and `ttShim.configure({location: {error: …}})`: when it hears, and what"},
			}
		}),
	}
	// Its page lets offLocationChangeError drop every function at once.
	offError := offTakingNothing(onError, "offLocationChangeError")
	register(&onError)
	register(&offError)
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

// locationChanged tells the listeners, while updates are on, what a new
// configuration changed: a new failure goes to onLocationChangeError;
// a move, or locating working again, to onLocationChange.
func (s *Shim) locationChanged(prev Location) {
	now := s.cfg.Location
	if !s.location.on {
		return
	}
	if failure, failing := locationErrors[now.Error]; failing {
		if now.Error != prev.Error {
			s.Emit("locationChangeError", Fields{"errno": failure.errno, "errString": failure.text})
		}
		return
	}
	if prev.Error != "" || now.Position != prev.Position {
		s.Emit("locationChange", positionFields(s))
	}
}
