package openplatform

import (
	"net/http"

	"ttshim/wasm/shim"
)

// userByOpenID finds a user of the tenant.
func (s *Server) userByOpenID(openID string) (shim.User, bool) {
	for _, u := range s.cfg.Users {
		if u.OpenID == openID {
			return u, true
		}
	}
	return shim.User{}, false
}

// userByID finds a user by one of contact/v3's user_id_types.
func (s *Server) userByID(id, idType string) (shim.User, bool) {
	for _, u := range s.cfg.Users {
		if (idType == "open_id" && u.OpenID == id) || (idType == "union_id" && u.UnionID == id) ||
			(idType == "user_id" && u.UserID == id) {
			return u, true
		}
	}
	return shim.User{}, false
}

// tenantKey names the tenant. The configuration has no tenant of its
// own, so it is derived from the app, the same on every run.
func (s *Server) tenantKey() string { return shim.Digest("tenant:"+s.cfg.App.AppID, 16) }

// employeeNo is a user's staff number, derived from their open_id.
func employeeNo(u shim.User) string { return shim.Digest("employee:"+u.OpenID, 8) }

// departmentIDs are a user's department's open_department_id and
// department_id, derived from its name; "0", the root, for none.
func departmentIDs(u shim.User) (openID, id string) {
	name := u.Department.In("en_US")
	if name == "" {
		return "0", "0"
	}
	return "od-" + shim.Digest("department:"+name, 32), shim.Digest("department id:"+name, 16)
}

// name is a user's default name: in the client's language, falling back
// as the page does.
func (s *Server) name(u shim.User) string { return u.Name.In(s.cfg.Client.Language) }

// enterpriseEmail is the company mailbox, which only colleagues have.
func enterpriseEmail(u shim.User) string {
	if u.External {
		return ""
	}
	return u.Email
}

// userInfo is authen/v1/user_info's data, which authen/v1/access_token
// and refresh_access_token also carry. An avatar is one image, so every
// size is the same URL.
func (s *Server) userInfo(u shim.User) map[string]any {
	return map[string]any{
		"name": s.name(u), "en_name": u.Name.EnUS,
		"avatar_url": u.Avatar, "avatar_thumb": u.Avatar, "avatar_middle": u.Avatar, "avatar_big": u.Avatar,
		"open_id": u.OpenID, "union_id": u.UnionID, "user_id": u.UserID,
		"email": u.Email, "enterprise_email": enterpriseEmail(u), "mobile": u.Mobile,
		"tenant_key": s.tenantKey(), "employee_no": employeeNo(u),
	}
}

// authenUserInfo is authen/v1/user_info: the signed-in user's info.
func (s *Server) authenUserInfo(w http.ResponseWriter, r *http.Request) {
	session, e := s.authenticate(r, userToken)
	if e != nil {
		writeError(w, http.StatusOK, e)
		return
	}
	u, ok := s.userByOpenID(session.OpenID)
	if !ok {
		writeError(w, http.StatusOK, errorOf(codeUserNotExist))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"code": 0, "msg": "success", "data": s.userInfo(u)})
}

// contactUser is contact/v3/users/:user_id, with the tenant's or a
// user's token. Its page gives its errors HTTP 400.
func (s *Server) contactUser(w http.ResponseWriter, r *http.Request) {
	if _, e := s.authenticate(r, tenantToken|userToken); e != nil {
		writeError(w, http.StatusBadRequest, e)
		return
	}
	query := r.URL.Query()
	idType := orDefault(query.Get("user_id_type"), "open_id")
	departmentIDType := orDefault(query.Get("department_id_type"), "open_department_id")
	if (idType != "open_id" && idType != "union_id" && idType != "user_id") ||
		(departmentIDType != "open_department_id" && departmentIDType != "department_id") {
		writeError(w, http.StatusBadRequest, errorOf(codeContactInvalidParam))
		return
	}
	u, ok := s.userByID(r.PathValue("user_id"), idType)
	if !ok {
		writeError(w, http.StatusBadRequest, errorOf(codeContactUserInvalid))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"code": 0, "msg": "success",
		"data": map[string]any{"user": s.contactUserObject(u, departmentIDType)}})
}

func orDefault(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

// genders are contact/v3's gender values for the configuration's.
var genders = map[string]int{"": 0, "male": 1, "female": 2}

// contactUserObject is contact/v3's user, as far as the configuration
// fills it; fields the configuration has nothing for are left out.
func (s *Server) contactUserObject(u shim.User, departmentIDType string) map[string]any {
	openDepartment, department := departmentIDs(u)
	if departmentIDType == "department_id" {
		openDepartment = department
	}
	cityLanguage := "en"
	if s.cfg.Client.Language == "zh_CN" {
		cityLanguage = "zh_CN"
	}
	return map[string]any{
		"union_id": u.UnionID, "user_id": u.UserID, "open_id": u.OpenID,
		"name": s.name(u), "en_name": u.Name.EnUS,
		"email": u.Email, "enterprise_email": enterpriseEmail(u),
		"mobile": u.Mobile, "mobile_visible": true,
		"gender": genders[u.Gender],
		"avatar": map[string]string{
			"avatar_72": u.Avatar, "avatar_240": u.Avatar, "avatar_640": u.Avatar, "avatar_origin": u.Avatar,
		},
		"status": map[string]bool{
			"is_frozen": false, "is_resigned": false, "is_activated": true, "is_exited": false, "is_unjoin": false,
		},
		"department_ids":    []string{openDepartment},
		"city":              u.City.In(cityLanguage),
		"is_tenant_manager": false,
		"employee_no":       employeeNo(u),
		"employee_type":     1,
	}
}
