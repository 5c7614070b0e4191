package shim

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestGetUserInfoInAWebApp(t *testing.T) {
	h := newHarness(t)
	h.authenticate(t)
	res := h.call(t, "tt.getUserInfo", map[string]any{"withCredentials": true})
	wantOK(t, res, "getUserInfo")
	me := h.Config().Me()
	want := feishuUserInfo{NickName: "张伟", AvatarURL: me.Avatar, Gender: "male", Country: "中国", City: "广州",
		Language: "zh_CN", I18nName: I18n{ZhCN: "张伟", EnUS: "Zhang Wei", JaJP: "チョウ・イ"}}
	if res.Fields["userInfo"] != want {
		t.Errorf("userInfo %+v,\nwant %+v", res.Fields["userInfo"], want)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(res.Fields["rawData"].(string)), &raw); err != nil || raw["nickName"] != "张伟" || raw["gender"] != "male" {
		t.Errorf("rawData %v (%v)", res.Fields["rawData"], err)
	}
	// Web apps get no credentials, even when they ask.
	for _, key := range []string{"signature", "encryptedData", "iv"} {
		if _, ok := res.Fields[key]; ok {
			t.Errorf("a web app got %s", key)
		}
	}
}

func TestGetUserInfoSpeaksTheClientsLanguage(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"language":"ja_JP"}}`)
	info := h.call(t, "tt.getUserInfo", nil).Fields["userInfo"].(feishuUserInfo)
	// Only en_US and zh_CN exist; a Japanese client reads English regions.
	if info.NickName != "チョウ・イ" || info.Language != "en_US" || info.Country != "China" || info.City != "Guangzhou" {
		t.Errorf("userInfo %+v", info)
	}
}

func TestGetUserInfoNeedsAGadgetLogin(t *testing.T) {
	h := newHarness(t, gadget, notStrict)
	wantFail(t, h.call(t, "tt.getUserInfo", nil), "getUserInfo", ErrnoInvalidSession, "invalid session, please login")
	wantFail(t, h.call(t, "Taro.getUserInfo", nil), "getUserInfo", ErrnoInvalidSession, "invalid session, please login")
	h.call(t, "tt.login", nil)
	wantOK(t, h.call(t, "tt.getUserInfo", nil), "getUserInfo")
}

func TestGetUserInfoWithCredentialsInAGadget(t *testing.T) {
	h := newHarness(t, gadget)
	h.requestAccess(t)
	res := h.call(t, "tt.getUserInfo", map[string]any{"withCredentials": true})
	wantOK(t, res, "getUserInfo")
	rawData := res.Fields["rawData"].(string)
	session := h.Session()
	if got := res.Fields["signature"]; got != SignRawData(rawData, session.SessionKey) {
		t.Errorf("signature %v does not verify", got)
	}
	plain, err := DecryptUserData(res.Fields["encryptedData"].(string), session.SessionKey, res.Fields["iv"].(string))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(plain, &got); err != nil {
		t.Fatal(err)
	}
	var info map[string]any
	_ = json.Unmarshal([]byte(rawData), &info)
	info["openId"], info["unionId"] = session.OpenID, session.UnionID
	info["watermark"] = map[string]any{"timestamp": float64(testEpoch.Unix()), "appid": h.Config().App.AppID}
	if !reflect.DeepEqual(got, info) {
		t.Errorf("decrypted %v,\nwant %v", got, info)
	}
	without := h.call(t, "tt.getUserInfo", map[string]any{})
	if _, ok := without.Fields["encryptedData"]; ok {
		t.Errorf("credentials without withCredentials: %v", without.Fields)
	}
}

func TestGetUserInfoChecks(t *testing.T) {
	h := newHarness(t, notStrict, clientPatch("pc", "3.43.9"))
	res := h.call(t, "tt.getUserInfo", nil)
	if res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("V3.43.9 web app answered %v", res.Fields)
	}
	h = newHarness(t, notStrict, clientPatch("pc", "3.44.0"))
	wantOK(t, h.call(t, "tt.getUserInfo", nil), "getUserInfo")
	wantFail(t, h.call(t, "tt.getUserInfo", map[string]any{"withCredentials": "yes"}), "getUserInfo",
		ErrnoInvalidParam, "Parameter error. withCredentials is of wrong type")
	wantFail(t, h.call(t, "Taro.getUserInfo", map[string]any{"withCredentials": 1}), "getUserInfo",
		ErrnoInvalidParam, "parameter error: parameter.withCredentials should be Boolean instead of Number")

	strict := newHarness(t)
	wantFail(t, strict.call(t, "tt.getUserInfo", nil), "getUserInfo", ErrnoAuthFail,
		"Authentication failed. Call h5sdk.config before tt.getUserInfo")
}
