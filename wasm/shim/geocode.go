package shim

import (
	"cmp"
	"math"
	"slices"
)

// ErrnoGeocodeNoResult is reverseGeocode's failure.
const ErrnoGeocodeNoResult = 1700008

// geocodeRadius is how near, in metres, a configured place must be to the
// coordinates reverseGeocode is given to answer for them.
const geocodeRadius = 500

// KnownPlace is one address reverseGeocode knows (location.places).
type KnownPlace struct {
	Latitude     float64 `json:"latitude"`
	Longitude    float64 `json:"longitude"`
	Country      string  `json:"country"`
	Province     string  `json:"province"`
	City         string  `json:"city"`
	District     string  `json:"district"`
	Township     string  `json:"township"`
	Neighborhood string  `json:"neighborhood"`
	Building     string  `json:"building"`
	Address      string  `json:"address"`
}

// placeTexts are a place's address fields, as the answer and the
// configuration name them.
func (p *KnownPlace) placeTexts() map[string]*string {
	return map[string]*string{"country": &p.Country, "province": &p.Province, "city": &p.City, "district": &p.District,
		"township": &p.Township, "neighborhood": &p.Neighborhood, "building": &p.Building, "address": &p.Address}
}

// defaultPlaces is the address of the default location.
func defaultPlaces() []KnownPlace {
	return []KnownPlace{{Latitude: 39.908722, Longitude: 116.397499, Country: "中国", Province: "北京市", City: "北京市",
		District: "东城区", Township: "东华门街道", Building: "天安门广场", Address: "北京市东城区东长安街天安门广场"}}
}

func knownPlacesField() *field {
	children := map[string]*field{"latitude": number(-90, 90), "longitude": number(-180, 180)}
	for key := range (&KnownPlace{}).placeTexts() {
		children[key] = str()
	}
	return arrayOf(object(children))
}

func placesFrom(value any) []KnownPlace {
	items, _ := value.([]any)
	places := make([]KnownPlace, len(items))
	for i, item := range items {
		patch := asObject(item)
		setFields(patch, map[string]*float64{"latitude": &places[i].Latitude, "longitude": &places[i].Longitude})
		setFields(patch, places[i].placeTexts())
	}
	return places
}

func init() {
	register(&API{
		Namespace: "tt", Name: "reverseGeocode", Kind: KindAsync,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`latitude` or `longitude` is missing, not a finite number or out of range"},
					{Errno: ErrnoGeocodeNoResult, When: "no place in `location.places` is within 500 m, or, on Android, the coordinates are outside China"}},
				Controls: []string{"`location.places`: the addresses it knows, each answering for 500 m around it"},
			}
		}),
		Handle: reverseGeocode,
	})
}

func reverseGeocode(c *Call) Result {
	at, bad := readCoordinates(c)
	if bad != nil {
		return *bad
	}
	cfg := c.Config()
	noResult := c.Fail(ErrnoGeocodeNoResult, "Reverse geocode request yielded no result")
	// The docs: Android's geocoder has no addresses abroad.
	if cfg.Client.Platform == PlatformAndroid && !inChina(at[0], at[1]) {
		return noResult
	}
	places := slices.Clone(cfg.Location.Places)
	slices.SortStableFunc(places, func(a, b KnownPlace) int {
		return cmp.Compare(metresBetween(at, a), metresBetween(at, b))
	})
	if len(places) == 0 || metresBetween(at, places[0]) > geocodeRadius {
		return noResult
	}
	fields := Fields{}
	for key, text := range places[0].placeTexts() {
		fields[key] = *text
	}
	return c.OK(fields)
}

// inChina is a rough box around China.
func inChina(lat, lng float64) bool { return lat >= 18 && lat <= 54 && lng >= 73 && lng <= 135 }

// metresBetween is the great-circle distance from at to p.
func metresBetween(at [2]float64, p KnownPlace) float64 {
	const earthRadius = 6371000
	rad := math.Pi / 180
	dLat, dLng := (p.Latitude-at[0])*rad, (p.Longitude-at[1])*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(at[0]*rad)*math.Cos(p.Latitude*rad)*math.Sin(dLng/2)*math.Sin(dLng/2)
	return 2 * earthRadius * math.Asin(math.Sqrt(h))
}
