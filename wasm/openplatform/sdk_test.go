package openplatform_test

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	lark "github.com/larksuite/oapi-sdk-go/v3"
	larkcore "github.com/larksuite/oapi-sdk-go/v3/core"
	larkauthen "github.com/larksuite/oapi-sdk-go/v3/service/authen/v1"
	larkcontact "github.com/larksuite/oapi-sdk-go/v3/service/contact/v3"

	"ttshim/wasm/openplatform"
	"ttshim/wasm/shim"
)

// The official Go SDK, unmodified but for its host, against the server:
// what an app's backend written from Feishu's docs does.

func sdkClient(t *testing.T) (*lark.Client, shim.Config) {
	t.Helper()
	cfg := shim.DefaultConfig()
	// The SDK caches tokens process-wide by app ID: each test's server is
	// another app, so no test is handed the token of another's server.
	cfg.App.AppID = "cli_" + strings.ToLower(rand.Text())[:16]
	server := httptest.NewServer(openplatform.New(cfg))
	t.Cleanup(server.Close)
	client := lark.NewClient(cfg.App.AppID, cfg.App.AppSecret, lark.WithOpenBaseUrl(server.URL),
		lark.WithLogLevel(larkcore.LogLevelError))
	return client, cfg
}

// codeFor is a code from the page: tt.requestAuthCode, asked of ttshim's
// page half signed in as openID.
func codeFor(t *testing.T, cfg shim.Config, openID string) string {
	t.Helper()
	cfg.CurrentUser = openID
	page := shim.New(cfg, nil)
	res := page.Invoke("tt.requestAuthCode", []byte(`{"a":{"appId":"`+cfg.App.AppID+`"}}`))
	code, _ := res.Fields["code"].(string)
	if res.Outcome != shim.OutcomeOK || code == "" {
		t.Fatalf("tt.requestAuthCode answered %s %v", res.Outcome, res.Fields)
	}
	return code
}

func TestSDKTenantAccessToken(t *testing.T) {
	client, cfg := sdkClient(t)
	resp, err := client.GetTenantAccessTokenBySelfBuiltApp(context.Background(),
		&larkcore.SelfBuiltTenantAccessTokenReq{AppID: cfg.App.AppID, AppSecret: cfg.App.AppSecret})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Success() || !strings.HasPrefix(resp.TenantAccessToken, "t-") || resp.Expire != 7200 {
		t.Errorf("response %+v", resp)
	}
	wrong, err := client.GetTenantAccessTokenBySelfBuiltApp(context.Background(),
		&larkcore.SelfBuiltTenantAccessTokenReq{AppID: cfg.App.AppID, AppSecret: "wrong"})
	if err != nil || wrong.Success() || wrong.TenantAccessToken != "" {
		t.Errorf("a wrong secret: %+v, %v", wrong, err)
	}
}

func TestSDKSignsAUserIn(t *testing.T) {
	client, cfg := sdkClient(t)
	ctx := context.Background()
	li := cfg.Users[1]

	// The app token comes from the SDK's own token manager.
	exchange, err := client.Authen.V1.AccessToken.Create(ctx, larkauthen.NewCreateAccessTokenReqBuilder().
		Body(larkauthen.NewCreateAccessTokenReqBodyBuilder().GrantType("authorization_code").Code(codeFor(t, cfg, li.OpenID)).Build()).
		Build())
	if err != nil {
		t.Fatal(err)
	}
	if !exchange.Success() {
		t.Fatalf("access_token: %d %s", exchange.Code, exchange.Msg)
	}
	if *exchange.Data.OpenId != li.OpenID || *exchange.Data.Name != "李娜" || *exchange.Data.EnName != "Li Na" ||
		*exchange.Data.Email != li.Email || !strings.HasPrefix(*exchange.Data.AccessToken, "u-") {
		t.Errorf("access_token data %s", exchange.RawBody)
	}

	info, err := client.Authen.V1.UserInfo.Get(ctx, larkcore.WithUserAccessToken(*exchange.Data.AccessToken))
	if err != nil {
		t.Fatal(err)
	}
	if !info.Success() || *info.Data.OpenId != li.OpenID || *info.Data.UnionId != li.UnionID ||
		*info.Data.Mobile != li.Mobile || *info.Data.AvatarUrl != li.Avatar || *info.Data.TenantKey == "" {
		t.Errorf("user_info %s", info.RawBody)
	}

	// With the tenant token the SDK fetches itself, then the user's token.
	for _, options := range [][]larkcore.RequestOptionFunc{nil, {larkcore.WithUserAccessToken(*exchange.Data.AccessToken)}} {
		user, err := client.Contact.V3.User.Get(ctx, larkcontact.NewGetUserReqBuilder().
			UserId(li.UnionID).UserIdType(larkcontact.UserIdTypeGetUserUnionId).Build(), options...)
		if err != nil {
			t.Fatal(err)
		}
		if !user.Success() || *user.Data.User.OpenId != li.OpenID || *user.Data.User.Name != "李娜" ||
			*user.Data.User.Avatar.Avatar240 != li.Avatar || *user.Data.User.Gender != 2 || len(user.Data.User.DepartmentIds) != 1 {
			t.Errorf("users.get %s", user.RawBody)
		}
	}
}

func TestSDKOidcExchangeAndRefresh(t *testing.T) {
	client, cfg := sdkClient(t)
	ctx := context.Background()
	code := codeFor(t, cfg, cfg.Users[0].OpenID)
	exchange := func() *larkauthen.CreateOidcAccessTokenResp {
		resp, err := client.Authen.V1.OidcAccessToken.Create(ctx, larkauthen.NewCreateOidcAccessTokenReqBuilder().
			Body(larkauthen.NewCreateOidcAccessTokenReqBodyBuilder().GrantType("authorization_code").Code(code).Build()).
			Build())
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	first := exchange()
	if !first.Success() || *first.Data.ExpiresIn != 7200 || !strings.HasPrefix(*first.Data.RefreshToken, "ur-") {
		t.Fatalf("oidc/access_token %s", first.RawBody)
	}
	if again := exchange(); again.Success() || again.Code != 20003 {
		t.Errorf("a code used twice: %s", again.RawBody)
	}

	refresh := func() *larkauthen.CreateOidcRefreshAccessTokenResp {
		resp, err := client.Authen.V1.OidcRefreshAccessToken.Create(ctx, larkauthen.NewCreateOidcRefreshAccessTokenReqBuilder().
			Body(larkauthen.NewCreateOidcRefreshAccessTokenReqBodyBuilder().GrantType("refresh_token").
				RefreshToken(*first.Data.RefreshToken).Build()).
			Build())
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	if refreshed := refresh(); !refreshed.Success() || *refreshed.Data.AccessToken == *first.Data.AccessToken {
		t.Errorf("oidc/refresh_access_token %s", refreshed.RawBody)
	}
	if again := refresh(); again.Success() || again.Code != 20038 {
		t.Errorf("a refresh token used twice: %s", again.RawBody)
	}
}

func TestSDKJsapiTicket(t *testing.T) {
	client, cfg := sdkClient(t)
	resp, err := client.Post(context.Background(), "/open-apis/jssdk/ticket/get", nil, larkcore.AccessTokenTypeTenant)
	if err != nil {
		t.Fatal(err)
	}
	var body struct {
		Code int
		Data struct{ Ticket string }
	}
	if json.Unmarshal(resp.RawBody, &body) != nil || resp.StatusCode != http.StatusOK || body.Code != 0 ||
		body.Data.Ticket != cfg.App.JsapiTicket {
		t.Errorf("ticket %s", resp.RawBody)
	}
}
