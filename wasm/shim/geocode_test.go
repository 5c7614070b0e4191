package shim

import (
	"reflect"
	"testing"
)

func TestReverseGeocodeAnswersTheNearestKnownPlace(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"platform":"ios"}}`)
	// 100 m north of the default place.
	res := h.call(t, "tt.reverseGeocode", map[string]any{"latitude": 39.9096, "longitude": 116.397499})
	want := Fields{"errMsg": "reverseGeocode:ok", "country": "中国", "province": "北京市", "city": "北京市", "district": "东城区",
		"township": "东华门街道", "neighborhood": "", "building": "天安门广场", "address": "北京市东城区东长安街天安门广场"}
	if !reflect.DeepEqual(res.Fields, want) {
		t.Errorf("got  %v\nwant %v", res.Fields, want)
	}
	wantFail(t, h.call(t, "tt.reverseGeocode", map[string]any{"latitude": 39.92, "longitude": 116.397499}),
		"reverseGeocode", ErrnoGeocodeNoResult, "Reverse geocode request yielded no result")
	if err := h.Configure([]byte(`{"location":{"places":[{"latitude":35.6586,"longitude":139.7454,"country":"日本","building":"東京タワー"},` +
		`{"latitude":35.6590,"longitude":139.7460,"building":"next door"}]}}`)); err != nil {
		t.Fatal(err)
	}
	res = h.call(t, "tt.reverseGeocode", map[string]any{"latitude": 35.6587, "longitude": 139.7455})
	if res.Fields["building"] != "東京タワー" || res.Fields["city"] != "" {
		t.Errorf("the nearest: %v", res.Fields)
	}
	// Android's geocoder knows nothing abroad.
	if err := h.Configure([]byte(`{"client":{"platform":"android"}}`)); err != nil {
		t.Fatal(err)
	}
	wantFail(t, h.call(t, "tt.reverseGeocode", map[string]any{"latitude": 35.6587, "longitude": 139.7455}),
		"reverseGeocode", ErrnoGeocodeNoResult, "Reverse geocode request yielded no result")
}

func TestReverseGeocodeErrors(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	for option, want := range map[string]string{
		`{}`:                             "latitude cannot be empty",
		`{"latitude":1}`:                 "longitude cannot be empty",
		`{"latitude":"1","longitude":1}`: "latitude is of wrong type",
		`{"latitude":1,"longitude":200}`: "longitude should be from -180 to 180, got 200",
		`{"latitude":-91,"longitude":1}`: "latitude should be from -90 to 90, got -91",
	} {
		wantFail(t, h.Invoke("tt.reverseGeocode", []byte(`{"a":`+option+`}`)), "reverseGeocode", ErrnoInvalidParam, "Parameter error. "+want)
	}
	if res := newHarness(t, notStrict, clientPatch("ios", "6.5.0")).call(t, "tt.reverseGeocode", map[string]any{"latitude": 1, "longitude": 1}); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("V6.5.0: %v", res.Fields)
	}
	if _, err := ParseConfig([]byte(`{"location":{"places":[{"latitude":100}]}}`)); err == nil || err.Error() != `"location.places[0].latitude" should be from -90 to 90, got 100` {
		t.Errorf("a bad place: %v", err)
	}
}
