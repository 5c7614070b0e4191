package openplatform

import (
	"net/http"
	"testing"
	"time"

	"ttshim/wasm/shim"
)

// userToken signs openID in through the v1 exchange.
func (s *Server) userToken(t *testing.T, openID string) string {
	t.Helper()
	res := s.call(t, request{path: oidcAccessToken, header: bearerHeader(s.appToken(t)), body: codeBody(pageCode(openID))})
	res.expect(t, http.StatusOK, 0)
	return res.data(t)["access_token"].(string)
}

func TestUserInfo(t *testing.T) {
	s := newTestServer(t)
	li := shim.DefaultTenant()[1]
	res := s.call(t, request{method: http.MethodGet, path: "/open-apis/authen/v1/user_info", header: bearerHeader(s.userToken(t, liNa))})
	res.expect(t, http.StatusOK, 0)
	data := res.data(t)
	for field, want := range map[string]any{
		"name": "李娜", "en_name": "Li Na", "open_id": liNa, "union_id": li.UnionID, "user_id": li.UserID,
		"avatar_url": li.Avatar, "avatar_thumb": li.Avatar, "avatar_middle": li.Avatar, "avatar_big": li.Avatar,
		"email": li.Email, "enterprise_email": li.Email, "mobile": li.Mobile,
		"tenant_key": s.tenantKey(), "employee_no": employeeNo(li),
	} {
		if data[field] != want {
			t.Errorf("%s = %v, want %v", field, data[field], want)
		}
	}
	if len(s.tenantKey()) != 16 || res.json["msg"] != "success" {
		t.Errorf("tenant_key %q, msg %v", s.tenantKey(), res.json["msg"])
	}
}

func TestUserInfoFollowsTheClientLanguageAndExternals(t *testing.T) {
	cfg := shim.DefaultConfig()
	cfg.Client.Language = "en_US"
	s := New(cfg)
	s.wallClock = func() time.Time { return start }
	external := cfg.Users[10]
	data := s.call(t, request{method: http.MethodGet, path: "/open-apis/authen/v1/user_info",
		header: bearerHeader(s.userToken(t, external.OpenID))}).data(t)
	if data["name"] != "Emily Carter" || data["enterprise_email"] != "" || data["email"] != external.Email {
		t.Errorf("data %v", data)
	}
}

func TestContactUser(t *testing.T) {
	s := newTestServer(t)
	li := shim.DefaultTenant()[1]
	tenant := s.tenantToken(t)
	for _, tc := range []struct {
		name, query string
		token       string
	}{
		{"open_id by default", "/" + li.OpenID, tenant},
		{"open_id", "/" + li.OpenID + "?user_id_type=open_id", tenant},
		{"union_id", "/" + li.UnionID + "?user_id_type=union_id", tenant},
		{"user_id", "/" + li.UserID + "?user_id_type=user_id", tenant},
		{"with a user's token", "/" + li.OpenID, s.userToken(t, shim.DefaultTenant()[0].OpenID)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := s.call(t, request{method: http.MethodGet, path: "/open-apis/contact/v3/users" + tc.query, header: bearerHeader(tc.token)})
			res.expect(t, http.StatusOK, 0)
			user, _ := res.data(t)["user"].(map[string]any)
			for field, want := range map[string]any{
				"open_id": li.OpenID, "union_id": li.UnionID, "user_id": li.UserID, "name": "李娜", "en_name": "Li Na",
				"email": li.Email, "mobile": li.Mobile, "gender": float64(2), "city": "北京", "employee_type": float64(1),
			} {
				if user[field] != want {
					t.Errorf("%s = %v, want %v", field, user[field], want)
				}
			}
			avatar, _ := user["avatar"].(map[string]any)
			status, _ := user["status"].(map[string]any)
			departments, _ := user["department_ids"].([]any)
			if avatar["avatar_240"] != li.Avatar || avatar["avatar_origin"] != li.Avatar || status["is_activated"] != true ||
				len(departments) != 1 || departments[0] == "0" {
				t.Errorf("avatar %v, status %v, department_ids %v", avatar, status, departments)
			}
		})
	}
}

func TestContactUserDepartmentIDs(t *testing.T) {
	s := newTestServer(t)
	tenant := s.tenantToken(t)
	department := func(openID, query string) any {
		user := s.call(t, request{method: http.MethodGet, path: "/open-apis/contact/v3/users/" + openID + query,
			header: bearerHeader(tenant)}).data(t)["user"].(map[string]any)
		return user["department_ids"].([]any)[0]
	}
	users := shim.DefaultTenant()
	// 张伟 and 刘洋 are both in Engineering, 李娜 in Product.
	zhang, liu, li := department(users[0].OpenID, ""), department(users[3].OpenID, ""), department(users[1].OpenID, "")
	if zhang != liu || zhang == li || zhang.(string)[:3] != "od-" {
		t.Errorf("open_department_ids %v %v %v", zhang, liu, li)
	}
	if custom := department(users[0].OpenID, "?department_id_type=department_id"); custom == zhang || len(custom.(string)) != 16 {
		t.Errorf("department_id %v", custom)
	}
}

func TestContactUserRefused(t *testing.T) {
	s := newTestServer(t)
	tenant := s.tenantToken(t)
	for _, tc := range []struct {
		name, path string
		token      string
		code       int
	}{
		{"unknown", "/ou_nobody", tenant, codeContactUserInvalid},
		{"open_id as union_id", "/" + liNa + "?user_id_type=union_id", tenant, codeContactUserInvalid},
		{"bad user_id_type", "/" + liNa + "?user_id_type=email", tenant, codeContactInvalidParam},
		{"bad department_id_type", "/" + liNa + "?department_id_type=x", tenant, codeContactInvalidParam},
		{"app token", "/" + liNa, s.appToken(t), codeTenantTokenInvalid},
		{"no token", "/" + liNa, "", codeNeedToken},
	} {
		t.Run(tc.name, func(t *testing.T) {
			header := bearerHeader(tc.token)
			if tc.token == "" {
				header = nil
			}
			res := s.call(t, request{method: http.MethodGet, path: "/open-apis/contact/v3/users" + tc.path, header: header})
			res.expect(t, http.StatusBadRequest, tc.code)
			if res.json["msg"] != messages[tc.code] {
				t.Errorf("msg %v", res.json["msg"])
			}
		})
	}
}
