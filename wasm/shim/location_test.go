package shim

import (
	"reflect"
	"strings"
	"testing"
)

const locationAllowed = `{"permissions":{"scope.userLocation":"allow"}}`

func TestGetLocationAsksForTheScopeThenAnswers(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	d := h.askDialog(t, "tt.getLocation", map[string]any{"type": "wgs84", "accuracy": "best"}, DialogPermission)
	if d.Permission.Scope != scopeUserLocation {
		t.Fatalf("prompt for %+v", d.Permission)
	}
	res := h.answerDialog(t, d, choiceAnswer("allow"))
	wantOK(t, res, "getLocation")
	// The type option is the old API's: the answer's type is the
	// configured coordinate system. Android has no vertical accuracy.
	want := Fields{"errMsg": "getLocation:ok", "latitude": 39.908722, "longitude": 116.397499, "accuracy": 35.0,
		"horizontalAccuracy": 35.0, "verticalAccuracy": 0.0, "timestamp": testEpoch.UnixMilli(), "type": CoordGCJ02}
	if !reflect.DeepEqual(res.Fields, want) {
		t.Errorf("got  %v\nwant %v", res.Fields, want)
	}
	// Remembered: no second prompt.
	wantOK(t, h.call(t, "tt.getLocation", nil), "getLocation")
}

func TestGetLocationFollowsTheConfiguration(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"platform":"ios"}}`, locationAllowed,
		`{"location":{"latitude":-33.8568,"longitude":151.2153,"accuracy":12,"verticalAccuracy":30,"type":"wgs84"}}`)
	res := h.call(t, "tt.getLocation", nil)
	want := Fields{"errMsg": "getLocation:ok", "latitude": -33.8568, "longitude": 151.2153, "accuracy": 30.0,
		"horizontalAccuracy": 12.0, "verticalAccuracy": 30.0, "timestamp": testEpoch.UnixMilli(), "type": CoordWGS84,
		"authorizationAccuracy": "full"}
	if !reflect.DeepEqual(res.Fields, want) {
		t.Errorf("got  %v\nwant %v", res.Fields, want)
	}
}

func TestGetLocationFailures(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid, locationAllowed)
	for errName, want := range map[string][2]any{
		"disabled":    {ErrnoLocationDisabled, "The admin has disabled access to location"},
		"unavailable": {ErrnoLocationUnavailable, "Unable to access location"},
		"servicesOff": {ErrnoLocationServices, "Please check the status of location services and access to location"},
	} {
		if err := h.Configure([]byte(`{"location":{"error":"` + errName + `"}}`)); err != nil {
			t.Fatal(err)
		}
		wantFail(t, h.call(t, "tt.getLocation", nil), "getLocation", want[0].(int), want[1].(string))
	}
	if err := h.Configure([]byte(`{"location":{"error":"timeout"}}`)); err != nil {
		t.Fatal(err)
	}
	// The timeout waited: the option from 3 to 180 s, else by accuracy.
	for option, after := range map[string]string{`{}`: "5 s", `{"timeout":30}`: "30 s",
		`{"timeout":1,"accuracy":"best"}`: "10 s", `{"timeout":500}`: "3 s"} {
		res := h.Invoke("tt.getLocation", []byte(`{"a":`+option+`}`))
		wantFail(t, res, "getLocation", ErrnoLocationTimeout, "Location request timed out ("+after+")")
	}
	wantFail(t, h.call(t, "tt.getLocation", map[string]any{"timeout": "5"}), "getLocation", ErrnoInvalidParam, "Parameter error. timeout is of wrong type")
	wantFail(t, h.call(t, "tt.getLocation", map[string]any{"cacheTimeout": true}), "getLocation", ErrnoInvalidParam, "Parameter error. cacheTimeout is of wrong type")
	wantFail(t, h.call(t, "tt.getLocation", map[string]any{"accuracy": "low"}), "getLocation", ErrnoInvalidParam,
		`Parameter error. accuracy should be "high" or "best", not "low"`)
	if res := newHarness(t, notStrict).call(t, "tt.getLocation", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("PC: %v", res.Fields)
	}
	h = newHarness(t, notStrict, onAndroid, `{"permissions":{"scope.userLocation":"deny"}}`)
	wantFail(t, h.call(t, "tt.getLocation", nil), "getLocation", ErrnoUserPermission, "auth deny")
}

func TestChooseLocationPermissionThenPicker(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	got := h.recordDeliveries()
	first := h.askDialog(t, "tt.chooseLocation", nil, DialogPermission)
	if err := h.Answer(first.ID, choiceAnswer("allow"), AnsweredByUser); err != nil {
		t.Fatal(err)
	}
	// Allowed: the same call now waits on the map, under the same id.
	open := h.Dialogs()
	if len(*got) != 0 || len(open) != 1 || open[0].Kind != DialogPlace || open[0].ID != first.ID {
		t.Fatalf("after allow: delivered %+v, open %+v", *got, open)
	}
	if want := (&PlacePicker{Name: "天安门广场", Address: "北京市东城区东长安街", Latitude: 39.908722, Longitude: 116.397499}); !reflect.DeepEqual(open[0].Place, want) {
		t.Errorf("map starts at %+v", open[0].Place)
	}
	if last := h.ui.dialogs[len(h.ui.dialogs)-1]; last.Kind != DialogPlace {
		t.Errorf("the UI shows %+v", last)
	}
	for _, bad := range []Answer{fieldsAnswer(map[string]any{"latitude": 91.0}), fieldsAnswer(map[string]any{"name": 3.0}),
		fieldsAnswer(map[string]any{"city": "x"}), choiceAnswer("allow")} {
		if err := h.Answer(first.ID, bad, AnsweredByTest); err == nil {
			t.Errorf("the map took %s", answerText(bad))
		}
	}
	if err := h.Answer(first.ID, fieldsAnswer(map[string]any{"name": "瑞金南路", "latitude": 31.2073, "longitude": 121.4618}), AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	want := Fields{"errMsg": "chooseLocation:ok", "name": "瑞金南路", "address": "北京市东城区东长安街",
		"latitude": 31.2073, "longitude": 121.4618, "type": CoordGCJ02}
	if len(*got) != 1 || (*got)[0].id != first.ID || !reflect.DeepEqual((*got)[0].res.Fields, want) {
		t.Fatalf("delivered %+v", *got)
	}
	calls := h.Calls("chooseLocation")
	if len(calls) != 1 || calls[0].Outcome != OutcomeOK || calls[0].Dialog.Kind != DialogPlace {
		t.Errorf("call log %+v", calls)
	}
}

func TestChooseLocationCancelAndPresets(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid, locationAllowed)
	d := h.askDialog(t, "tt.chooseLocation", nil, DialogPlace)
	wantFail(t, h.answerDialog(t, d, choiceAnswer("cancel")), "chooseLocation", ErrnoLocationNotSent,
		"The user exited the location selection page without sending location")
	// answers.chooseLocation answers the map, not the permission prompt.
	h = newHarness(t, notStrict, onAndroid, `{"answers":{"chooseLocation":"confirm"}}`)
	d = h.askDialog(t, "tt.chooseLocation", nil, DialogPermission)
	res := h.answerDialog(t, d, choiceAnswer("allow"))
	wantOK(t, res, "chooseLocation")
	if res.Fields["name"] != "天安门广场" {
		t.Errorf("confirm sent %v", res.Fields)
	}
	h = newHarness(t, notStrict, onAndroid, `{"permissions":{"scope.userLocation":"deny"}}`)
	wantFail(t, h.call(t, "tt.chooseLocation", nil), "chooseLocation", ErrnoUserPermission, "auth deny")
}

func TestOpenLocationShowsTheMap(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"platform":"ios","language":"en_US"}}`)
	wantOK(t, h.call(t, "tt.openLocation", map[string]any{"latitude": 30.492121, "longitude": 114.410324,
		"name": "保利国际中心", "address": "武汉市洪山区关山大道", "scale": 12, "type": "gcj02"}), "openLocation")
	want := []MapView{{Latitude: 30.492121, Longitude: 114.410324, Name: "保利国际中心", Address: "武汉市洪山区关山大道",
		Scale: 12, Language: "en_US", Mobile: true}}
	if !reflect.DeepEqual(h.ui.maps, want) {
		t.Errorf("maps %+v", h.ui.maps)
	}
	if calls := h.Calls("openLocation"); len(calls) != 1 || !strings.Contains(mustJSON(calls[0].Args), "保利国际中心") {
		t.Errorf("call log %+v", calls)
	}
	wantOK(t, h.call(t, "tt.openLocation", map[string]any{"latitude": 0, "longitude": 0}), "openLocation")
	if h.ui.maps[1].Scale != 18 {
		t.Errorf("default scale %v", h.ui.maps[1].Scale)
	}
	for option, want := range map[string]string{
		`{"longitude":1}`:                          "latitude cannot be empty",
		`{"latitude":null,"longitude":1}`:          "latitude cannot be empty",
		`{"latitude":"1","longitude":1}`:           "latitude is of wrong type",
		`{"latitude":91,"longitude":1}`:            "latitude should be from -90 to 90, got 91",
		`{"latitude":1,"longitude":-181}`:          "longitude should be from -180 to 180, got -181",
		`{"latitude":1,"longitude":1,"scale":4}`:   "scale should be from 5 to 18, got 4",
		`{"latitude":1,"longitude":1,"name":1}`:    "name is of wrong type",
		`{"latitude":1,"longitude":1,"type":"bd"}`: `type should be "wgs84" or "gcj02", not "bd"`,
	} {
		wantFail(t, h.Invoke("tt.openLocation", []byte(`{"a":`+option+`}`)), "openLocation", ErrnoInvalidParam, "Parameter error. "+want)
	}
	if len(h.ui.maps) != 2 {
		t.Errorf("a bad call drew a map")
	}
}

func TestLocationUpdatesEmitWhileOn(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	d := h.askDialog(t, "tt.startLocationUpdate", nil, DialogPermission)
	wantOK(t, h.answerDialog(t, d, choiceAnswer("allow")), "startLocationUpdate")
	if len(h.events) != 1 || h.events[0].event != "locationChange" || !strings.Contains(h.events[0].data, `"latitude":39.908722`) {
		t.Fatalf("events %+v", h.events)
	}
	if err := h.Configure([]byte(`{"location":{"latitude":31.2073,"longitude":121.4618}}`)); err != nil {
		t.Fatal(err)
	}
	if len(h.events) != 2 || !strings.Contains(h.events[1].data, `"latitude":31.2073,"longitude":121.4618`) {
		t.Fatalf("after moving: %+v", h.events)
	}
	// A patch that does not move the device says nothing.
	if err := h.Configure([]byte(`{"location":{"name":"x"},"client":{"language":"en_US"}}`)); err != nil {
		t.Fatal(err)
	}
	wantOK(t, h.call(t, "tt.stopLocationUpdate", nil), "stopLocationUpdate")
	if err := h.Configure([]byte(`{"location":{"latitude":1}}`)); err != nil {
		t.Fatal(err)
	}
	if len(h.events) != 2 {
		t.Errorf("events after stop %+v", h.events)
	}
	// Reset stops updates too.
	wantOK(t, h.call(t, "tt.startLocationUpdate", nil), "startLocationUpdate")
	h.Reset()
	if err := h.Configure([]byte(`{"location":{"latitude":2}}`)); err != nil {
		t.Fatal(err)
	}
	if len(h.events) != 3 {
		t.Errorf("events after reset %+v", h.events)
	}
}

func TestLocationUpdateFailures(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid, locationAllowed, `{"location":{"error":"timeout"}}`)
	wantFail(t, h.call(t, "tt.startLocationUpdate", nil), "startLocationUpdate", ErrnoLocationTimeout, "Location request timed out")
	h = newHarness(t, notStrict, onAndroid, `{"permissions":{"scope.userLocation":"deny"}}`)
	wantFail(t, h.call(t, "tt.startLocationUpdate", nil), "startLocationUpdate", ErrnoUserPermission, "auth deny")
	if len(h.events) != 0 {
		t.Errorf("events %+v", h.events)
	}
	// Web apps have updates from V5.2.0; listeners answer at once.
	h = newHarness(t, notStrict, clientPatch("ios", "5.1.0"))
	if res := h.call(t, "tt.startLocationUpdate", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("V5.1.0: %v", res.Fields)
	}
	h = newHarness(t, notStrict, onAndroid)
	for _, api := range []string{"tt.onLocationChange", "tt.offLocationChange"} {
		if res := h.Invoke(api, []byte(`{"a":{"@@js":"Function"}}`)); res.Outcome != OutcomeOK {
			t.Errorf("%s: %v", api, res.Fields)
		}
	}
}

func TestLocationConfigurationErrors(t *testing.T) {
	for patch, want := range map[string]string{
		`{"location":{"latitude":91}}`:   `"location.latitude" should be from -90 to 90, got 91`,
		`{"location":{"longitude":"1"}}`: `"location.longitude" should be a number, got string`,
		`{"location":{"type":"bd09"}}`:   `"location.type" should be one of "gcj02", "wgs84", got "bd09"`,
		`{"location":{"error":"lost"}}`:  `"location.error" should be one of "", "disabled", "timeout", "unavailable", "servicesOff", got "lost"`,
		`{"location":{"altitude":3}}`:    `unknown key "location.altitude"`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || err.Error() != want {
			t.Errorf("%s: error %v, want %q", patch, err, want)
		}
	}
}
