package shim

// The compass: between startCompass (or the first onCompassChange, which
// starts it, as its page says) and stopCompass, the client tells
// onCompassChange's listeners which way the device faces. There is no
// sensor and no timer: it reports as it starts and whenever a
// ttShim.configure turns the device (changes "compass.direction").

// Compass is the "compass" configuration key.
type Compass struct {
	// Direction is the heading in degrees clockwise from north, 0 to 360.
	Direction float64 `json:"direction"`
}

func compassField() *field {
	return object(map[string]*field{"direction": number(0, 360)})
}

func (c *Compass) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*float64{"direction": &c.Direction})
}

// compassState is whether the compass is started; reset stops it.
type compassState struct{ on bool }

var compassControls = []string{
	"`compass.direction`: the heading; `ttShim.configure` changing it tells the listeners while the compass is started",
	"`ttShim.reset()`: stops the compass",
}

func init() {
	register(&API{
		Namespace: "tt", Name: "startCompass", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
				Controls: compassControls,
			}
		}),
		Handle: func(c *Call) Result {
			c.Shim.compass.on = true
			c.Shim.Emit("compassChange", compassReading(c.Shim.cfg))
			return c.OK(nil)
		},
	})
	register(&API{
		Namespace: "tt", Name: "stopCompass", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
				Controls: compassControls,
			}
		}),
		Handle: func(c *Call) Result {
			c.Shim.compass.on = false
			return c.OK(nil)
		},
	})
	registerListeners(API{
		Namespace: "tt", Name: "onCompassChange", Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, {Errno: ErrnoInvalidParam, When: "the argument is not a function"},
					errNoConfig, errNotInList},
				Controls: compassControls,
			}
		}),
		// Listening starts the compass; the function hears the next turn.
		Handle: func(c *Call) Result {
			c.Shim.compass.on = true
			return c.OK(nil)
		},
	})
}

// compassReading is onCompassChange's event.
func compassReading(cfg Config) Fields {
	return Fields{"direction": cfg.Compass.Direction}
}

// compassTurned tells the listeners the new heading a configuration gave,
// while the compass is started.
func (s *Shim) compassTurned(prev Config) {
	if s.compass.on && s.cfg.Compass.Direction != prev.Compass.Direction {
		s.Emit("compassChange", compassReading(s.cfg))
	}
}
