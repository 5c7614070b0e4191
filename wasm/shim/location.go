package shim

import (
	"fmt"
	"math"
)

// The scope every location API needs.
const scopeUserLocation = "scope.userLocation"

// Errnos of the location APIs.
const (
	ErrnoLocationDisabled    = 1700001
	ErrnoLocationNetwork     = 1700002
	ErrnoLocationTimeout     = 1700003
	ErrnoLocationUnavailable = 1700004
	ErrnoLocationServices    = 1700006
	ErrnoLocationNotSent     = 1700007
)

// DialogPlace is chooseLocation's map, where the person picks a place.
const DialogPlace = "place"

// Coordinate systems of a location's type.
const (
	CoordGCJ02 = "gcj02"
	CoordWGS84 = "wgs84"
)

// locationErrors are location.error's values: why locating fails.
var locationErrors = map[string]struct {
	errno int
	text  string
}{
	"disabled":    {ErrnoLocationDisabled, "The admin has disabled access to location"},
	"network":     {ErrnoLocationNetwork, "Network error"},
	"timeout":     {ErrnoLocationTimeout, "Location request timed out"},
	"unavailable": {ErrnoLocationUnavailable, "Unable to access location"},
	"servicesOff": {ErrnoLocationServices, "Please check the status of location services and access to location"},
}

// Position is where the device is, as the configuration's "location"
// says.
type Position struct {
	Latitude         float64 `json:"latitude"`
	Longitude        float64 `json:"longitude"`
	Accuracy         float64 `json:"accuracy"`
	VerticalAccuracy float64 `json:"verticalAccuracy"`
	Type             string  `json:"type"`
}

// Location is the "location" key: the position, the place the picker
// starts at, and a failure to simulate.
type Location struct {
	Position
	Name    string `json:"name"`
	Address string `json:"address"`
	// Error makes getLocation and startLocationUpdate fail: "" (they
	// succeed) or a key of locationErrors.
	Error string `json:"error"`
	// Places are the addresses reverseGeocode knows.
	Places []KnownPlace `json:"places"`
}

// defaultLocation is Tiananmen Square, in the coordinates mainland
// Chinese maps use.
func defaultLocation() Location {
	return Location{
		Position: Position{Latitude: 39.908722, Longitude: 116.397499, Accuracy: 35, VerticalAccuracy: 10, Type: CoordGCJ02},
		Name:     "天安门广场", Address: "北京市东城区东长安街", Places: defaultPlaces(),
	}
}

func locationField() *field {
	return object(map[string]*field{
		"latitude": number(-90, 90), "longitude": number(-180, 180),
		"accuracy": number(0, 1e7), "verticalAccuracy": number(0, 1e7),
		"type": str(CoordGCJ02, CoordWGS84), "name": str(), "address": str(), "error": str("", "disabled", "network", "timeout", "unavailable", "servicesOff"),
		"places": knownPlacesField(),
	})
}

func (l *Location) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*float64{"latitude": &l.Latitude, "longitude": &l.Longitude,
		"accuracy": &l.Accuracy, "verticalAccuracy": &l.VerticalAccuracy})
	setFields(patch, map[string]*string{"type": &l.Type, "name": &l.Name, "address": &l.Address, "error": &l.Error})
	if places, named := patch["places"]; named {
		l.Places = placesFrom(places)
	}
}

// PlacePicker is the place chooseLocation's map starts at.
type PlacePicker struct {
	Name      string  `json:"name"`
	Address   string  `json:"address"`
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
}

// MapView is the map openLocation shows.
type MapView struct {
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	Name      string  `json:"name"`
	Address   string  `json:"address"`
	Scale     float64 `json:"scale"`
	Language  string  `json:"-"`
	Mobile    bool    `json:"-"`
}

// LocationUI draws openLocation's map, which answers nothing.
type LocationUI interface {
	ShowMap(m MapView)
}

var (
	errLocationFails = ErrorDoc{Errno: ErrnoLocationTimeout, When: "`location.error` is set: 1700001 `disabled`, " +
		"1700002 `network`, 1700003 `timeout`, 1700004 `unavailable`, 1700006 `servicesOff`"}
	locationControls = []string{
		"`location`: the position, its `type`, and `error` to make locating fail",
		"`permissions[\"scope.userLocation\"]`: `\"ask\"` shows the permission prompt",
	}
)

func init() {
	register(&API{
		Namespace: "tt", Name: "getLocation", Kind: KindAsync, Taro: true, Asks: DialogPermission,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`timeout` or `cacheTimeout` is not a finite number, or `accuracy` is not `high` or `best`"},
					errTooManyDialogs, errPermissionDenied, errLocationFails},
				Controls: append(locationControls, "`client.platform`: iOS adds `authorizationAccuracy`, Android has no `verticalAccuracy`"),
			}
		}),
		Handle: getLocation,
	})
	register(&API{
		Namespace: "tt", Name: "chooseLocation", Kind: KindAsync, Taro: true, Asks: DialogPlace,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errTooManyDialogs, errPermissionDenied,
					{Errno: ErrnoLocationNotSent, When: "the person leaves the map without sending a place: Cancel, Escape, " +
						"`ttShim.answer(\"cancel\")` or `ttShim.reset()`"}},
				Controls: append(locationControls, "`ttShim.answer({name, address, latitude, longitude})`, `\"confirm\"` or "+
					"`\"cancel\"`, or `answers: {chooseLocation: …}`: answers the map"),
			}
		}),
		Handle: chooseLocation,
	})
	register(&API{
		Namespace: "tt", Name: "openLocation", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`latitude` or `longitude` is missing or out of range, `scale` is not from 5 to 18, " +
						"`name` or `address` is not a string, or `type` is not `wgs84` or `gcj02`"}},
				Controls: []string{"`client.platform` and `client.language`: the map's look"},
			}
		}),
		Handle: openLocation,
	})
}

// locationFailure is the failure location.error configures, if any;
// after says how long a timeout waited (getLocation's timeout).
func locationFailure(c *Call, after string) (Result, bool) {
	failure, ok := locationErrors[c.Config().Location.Error]
	if !ok {
		return Result{}, false
	}
	text := failure.text
	if failure.errno == ErrnoLocationTimeout && after != "" {
		text += " (" + after + ")"
	}
	return c.Fail(failure.errno, text), true
}

// positionFields are the fields of getLocation and locationChange, which
// differ by platform as the docs say.
func positionFields(s *Shim) Fields {
	cfg := s.cfg
	p := cfg.Location.Position
	fields := Fields{
		"latitude": p.Latitude, "longitude": p.Longitude, "accuracy": p.Accuracy,
		"horizontalAccuracy": p.Accuracy, "verticalAccuracy": p.VerticalAccuracy,
		"timestamp": s.Now().UnixMilli(), "type": p.Type,
	}
	switch cfg.Client.Platform {
	case PlatformAndroid:
		fields["verticalAccuracy"] = 0.0
	case PlatformIOS:
		fields["accuracy"] = math.Max(p.Accuracy, p.VerticalAccuracy)
	}
	return fields
}

func getLocation(c *Call) Result {
	// type is an option of the old API, which the client now ignores.
	for _, name := range []string{"timeout", "cacheTimeout"} {
		if _, err := c.Args.Number(name, 0); err != nil {
			return c.Param(err)
		}
	}
	accuracy, err := c.Args.String("accuracy", false)
	if err != nil {
		return c.Param(err)
	}
	if accuracy != "" && accuracy != "high" && accuracy != "best" {
		return c.Param(&ParamError{Name: "accuracy", Reason: fmt.Sprintf(`accuracy should be "high" or "best", not %s`, quoted(accuracy))})
	}
	return c.WithPermission(scopeUserLocation, func() Result {
		if failed, ok := locationFailure(c, fmt.Sprintf("%v s", locationTimeout(c, accuracy))); ok {
			return failed
		}
		fields := positionFields(c.Shim)
		if c.Config().Client.Platform == PlatformIOS {
			fields["authorizationAccuracy"] = "full"
		}
		return c.OK(fields)
	})
}

// locationTimeout is the timeout getLocation waits, in seconds: the
// option when from 3 to 180, otherwise as accuracy asks (best 10, high 3).
func locationTimeout(c *Call, accuracy string) float64 {
	if !c.Args.Has("timeout") {
		return 5
	}
	if t, _ := c.Args.Number("timeout", 5); t >= 3 && t <= 180 {
		return t
	}
	if accuracy == "best" {
		return 10
	}
	return 3
}

func chooseLocation(c *Call) Result {
	return c.WithPermission(scopeUserLocation, func() Result {
		loc := c.Config().Location
		start := PlacePicker{Name: loc.Name, Address: loc.Address, Latitude: loc.Latitude, Longitude: loc.Longitude}
		return c.Ask(Question{
			Dialog: Dialog{Kind: DialogPlace, Place: &start, Dismiss: Answer{Choice: "cancel"}},
			Decide: func(a Answer) (Result, error) { return placeChosen(c, start, a) },
		})
	})
}

// placeChosen answers chooseLocation: the place the person sent (any
// field they left out is the one the map showed), or 1700007 when they
// left without sending.
func placeChosen(c *Call, start PlacePicker, a Answer) (Result, error) {
	if a.Choice == "cancel" {
		return c.Fail(ErrnoLocationNotSent, "The user exited the location selection page without sending location"), nil
	}
	if a.Fields == nil && a.Choice != "confirm" {
		return Result{}, fmt.Errorf(`the map takes "confirm", "cancel" or {name, address, latitude, longitude}`)
	}
	place := start
	for key, value := range a.Fields {
		var ok bool
		switch key {
		case "name":
			place.Name, ok = value.(string)
		case "address":
			place.Address, ok = value.(string)
		case "latitude":
			place.Latitude, ok = value.(float64)
			ok = ok && place.Latitude >= -90 && place.Latitude <= 90
		case "longitude":
			place.Longitude, ok = value.(float64)
			ok = ok && place.Longitude >= -180 && place.Longitude <= 180
		default:
			return Result{}, fmt.Errorf("a place has name, address, latitude and longitude, not %s", quoted(key))
		}
		if !ok {
			return Result{}, fmt.Errorf("the place's %s cannot be %s", key, valueText(value))
		}
	}
	return c.OK(Fields{"name": place.Name, "address": place.Address, "latitude": place.Latitude,
		"longitude": place.Longitude, "type": c.Config().Location.Type}), nil
}

func valueText(v any) string {
	if s, ok := v.(string); ok {
		return quoted(s)
	}
	return fmt.Sprint(v)
}

// readCoordinates reads the required latitude and longitude, in range.
func readCoordinates(c *Call) ([2]float64, *Result) {
	var at [2]float64
	for i, coord := range []struct {
		name  string
		limit float64
	}{{"latitude", 90}, {"longitude", 180}} {
		var res Result
		if c.Args.Raw(coord.name) == nil {
			res = c.Param(&ParamError{Name: coord.name, Want: "Number", Got: c.Args.TypeOf(coord.name), Empty: true})
			return at, &res
		}
		v, err := c.Args.Number(coord.name, 0)
		if err != nil {
			res = c.Param(err)
			return at, &res
		}
		if math.Abs(v) > coord.limit {
			res = c.Param(&ParamError{Name: coord.name, Reason: fmt.Sprintf("%s should be from %v to %v, got %v", coord.name, -coord.limit, coord.limit, v)})
			return at, &res
		}
		at[i] = v
	}
	return at, nil
}

func openLocation(c *Call) Result {
	view := MapView{Language: c.Config().Client.Language, Mobile: c.Config().Client.Platform != PlatformPC}
	at, bad := readCoordinates(c)
	if bad != nil {
		return *bad
	}
	view.Latitude, view.Longitude = at[0], at[1]
	var err *ParamError
	if view.Name, err = c.Args.String("name", false); err != nil {
		return c.Param(err)
	}
	if view.Address, err = c.Args.String("address", false); err != nil {
		return c.Param(err)
	}
	if view.Scale, err = c.Args.Number("scale", 18); err != nil {
		return c.Param(err)
	}
	if view.Scale < 5 || view.Scale > 18 {
		return c.Param(&ParamError{Name: "scale", Reason: fmt.Sprintf("scale should be from 5 to 18, got %v", view.Scale)})
	}
	coordType, err := c.Args.String("type", false)
	if err != nil {
		return c.Param(err)
	}
	if coordType != "" && coordType != CoordGCJ02 && coordType != CoordWGS84 {
		return c.Param(&ParamError{Name: "type", Reason: fmt.Sprintf(`type should be "wgs84" or "gcj02", not %s`, quoted(coordType))})
	}
	c.Shim.UI.ShowMap(view)
	return c.OK(nil)
}
