// Helpers shared by the Taro.getUserProfile tests: calling it, reading
// userInfo, and verifyProfile, which checks a success the way an app's
// backend does.

package shim

import (
	"encoding/base64"
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// consentAllow answers the popup from the configuration, so a call
// answers at once.
const consentAllow = `{"consent":"allow"}`

func (h *harness) profile(t *testing.T, option map[string]any) Result {
	t.Helper()
	return h.call(t, "Taro.getUserProfile", option)
}

// userInfoOf is the success object's userInfo as the page reads it.
func userInfoOf(t *testing.T, res Result) map[string]any {
	t.Helper()
	info, ok := bridged(t, res.Fields["userInfo"]).(map[string]any)
	if !ok {
		t.Fatalf("userInfo is %#v", res.Fields["userInfo"])
	}
	return info
}

// verifyProfile checks the success object the way an app's backend does,
// with the session_key it holds: rawData is userInfo, the signature covers
// rawData, and encryptedData opens to userInfo plus the watermark.
func verifyProfile(t *testing.T, res Result, sessionKey, appID string, at time.Time) map[string]any {
	t.Helper()
	wantOK(t, res, "getUserProfile")
	keys := []string{}
	for k := range res.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if want := []string{"cloudID", "encryptedData", "errMsg", "iv", "rawData", "signature", "userInfo"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("success fields %v, want %v", keys, want)
	}
	info := userInfoOf(t, res)
	rawData, _ := res.Fields["rawData"].(string)
	var raw map[string]any
	if err := json.Unmarshal([]byte(rawData), &raw); err != nil || !reflect.DeepEqual(raw, info) {
		t.Errorf("rawData %s is not userInfo %v (%v)", rawData, info, err)
	}
	if sig := res.Fields["signature"]; sig != SignRawData(rawData, sessionKey) {
		t.Errorf("signature %v does not verify with session_key %s", sig, sessionKey)
	}
	ivText, _ := res.Fields["iv"].(string)
	if iv, err := base64.StdEncoding.DecodeString(ivText); err != nil || len(iv) != 16 {
		t.Errorf("iv %q is not 16 bytes in base64", ivText)
	}
	encrypted, _ := res.Fields["encryptedData"].(string)
	plaintext, err := DecryptUserData(encrypted, sessionKey, ivText)
	if err != nil {
		t.Fatalf("encryptedData does not open with session_key and iv: %v", err)
	}
	var opened map[string]any
	if err := json.Unmarshal(plaintext, &opened); err != nil {
		t.Fatalf("encryptedData opens to %q: %v", plaintext, err)
	}
	want := map[string]any{"watermark": map[string]any{"timestamp": float64(at.Unix()), "appid": appID}}
	for k, v := range info {
		want[k] = v
	}
	if !reflect.DeepEqual(opened, want) {
		t.Errorf("encryptedData opens to %v,\nwant %v", opened, want)
	}
	// The plaintext is rawData's object with the watermark last.
	wantText := strings.TrimSuffix(rawData, "}") + `,"watermark":{"timestamp":` + strconv.FormatInt(at.Unix(), 10) +
		`,"appid":"` + appID + `"}}`
	if string(plaintext) != wantText {
		t.Errorf("plaintext %s,\nwant      %s", plaintext, wantText)
	}
	if cloudID, _ := res.Fields["cloudID"].(string); cloudID == "" {
		t.Errorf("no cloudID: %v", res.Fields["cloudID"])
	}
	return info
}
