package shim

import (
	"encoding/base64"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestDefaultTenantIsDeterministic(t *testing.T) {
	first, second := DefaultTenant(), DefaultTenant()
	if !reflect.DeepEqual(first, second) {
		t.Fatalf("two calls differ")
	}
	// Pages and tests name people by these IDs: they must never change.
	zhang := first[0]
	if zhang.Name.ZhCN != "张伟" || zhang.OpenID != "ou_34af1a13821e9bdb807c5b45036252af" ||
		zhang.UnionID != "on_d108f1e0af1f83c2117ba3d9c76201f2" || zhang.UserID != "5800f1ba" {
		t.Errorf("张伟 is now %+v", zhang)
	}
	first[0].Name.ZhCN = "changed"
	if DefaultTenant()[0].Name.ZhCN != "张伟" {
		t.Errorf("changing a returned tenant changed the default")
	}
}

func TestDefaultTenantPeople(t *testing.T) {
	users := DefaultTenant()
	if len(users) < 8 {
		t.Fatalf("%d people, want at least 8", len(users))
	}
	openIDs := regexp.MustCompile(`^ou_[0-9a-f]{32}$`)
	unionIDs := regexp.MustCompile(`^on_[0-9a-f]{32}$`)
	seen := map[string]string{}
	external := 0
	for i, u := range users {
		if !openIDs.MatchString(u.OpenID) || !unionIDs.MatchString(u.UnionID) || u.UserID == "" {
			t.Errorf("users[%d] IDs %q %q %q", i, u.OpenID, u.UnionID, u.UserID)
		}
		for kind, value := range map[string]string{
			"openId": u.OpenID, "unionId": u.UnionID, "userId": u.UserID,
			"zh name": u.Name.ZhCN, "en name": u.Name.EnUS, "ja name": u.Name.JaJP,
		} {
			if value == "" {
				t.Errorf("users[%d] has no %s", i, kind)
			}
			key := kind + ":" + value
			if other, dup := seen[key]; dup {
				t.Errorf("users[%d] shares %s %q with %s", i, kind, value, other)
			}
			seen[key] = u.Name.EnUS
		}
		if u.Department.ZhCN == "" || u.Department.EnUS == "" || u.Department.JaJP == "" {
			t.Errorf("users[%d] department %+v", i, u.Department)
		}
		if u.External {
			external++
		}
	}
	if external == 0 || external == len(users) {
		t.Errorf("%d of %d people are external; want some, not all", external, len(users))
	}
	if users[0].External {
		t.Errorf("the signed-in user should be a colleague")
	}
}

func avatarSVG(t *testing.T, u User) string {
	t.Helper()
	data, ok := strings.CutPrefix(u.Avatar, "data:image/svg+xml;base64,")
	if !ok {
		t.Fatalf("avatar %.40q is not an SVG data URI", u.Avatar)
	}
	svg, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		t.Fatal(err)
	}
	return string(svg)
}

func TestAvatars(t *testing.T) {
	tests := []struct {
		user     User
		initials string
	}{
		{DefaultTenant()[0], ">ZW<"},
		{User{Name: I18n{EnUS: "madonna"}}, ">M<"},
		{User{Name: I18n{EnUS: "Mary Ann Evans"}}, ">MA<"},
		{User{Name: I18n{ZhCN: "张伟"}}, ">张<"},
		{User{Name: I18n{EnUS: "<b> & co"}}, ">&lt;&amp;<"},
	}
	for _, tt := range tests {
		users := []User{tt.user}
		completeUsers(users)
		svg := avatarSVG(t, users[0])
		if !strings.HasPrefix(svg, "<svg ") || !strings.Contains(svg, tt.initials) {
			t.Errorf("avatar of %+v: %s, want %s", tt.user.Name, svg, tt.initials)
		}
	}
}

func TestCompleteUsersKeepsGivenValues(t *testing.T) {
	users := []User{{OpenID: "ou_given", UnionID: "on_given", UserID: "u1", Avatar: "https://example.cn/a.png", Name: I18n{EnUS: "A"},
		Email: "a@example.cn", Mobile: "+81 90 0000 0000"}}
	want := users[0]
	completeUsers(users)
	if users[0] != want {
		t.Errorf("completeUsers changed given values: %+v", users[0])
	}
	// IDs follow a given openId, not the name, so renaming keeps them.
	a := []User{{OpenID: "ou_x", Name: I18n{EnUS: "Before"}}}
	b := []User{{OpenID: "ou_x", Name: I18n{EnUS: "After"}}}
	completeUsers(a)
	completeUsers(b)
	if a[0].UnionID != b[0].UnionID || a[0].UserID != b[0].UserID {
		t.Errorf("renaming changed derived IDs")
	}
}

func TestCompleteUsersDerivesContactDetails(t *testing.T) {
	users := []User{{Name: I18n{EnUS: "Hanako Sato-Ito"}}, {Name: I18n{ZhCN: "张伟"}, External: true}}
	completeUsers(users)
	if got := users[0].Email; got != "hanako.sato.ito@ttshim.example" {
		t.Errorf("email from an English name: %q", got)
	}
	if got := users[1].Email; got != "user@partner.example" {
		t.Errorf("an external contact with no Latin name: %q", got)
	}
	for _, u := range users {
		if len(u.Mobile) != len("+86 1")+10 || !strings.HasPrefix(u.Mobile, "+86 1") {
			t.Errorf("mobile %q", u.Mobile)
		}
	}
	if users[0].Mobile == users[1].Mobile {
		t.Error("two people share a mobile number")
	}
}
