package openplatform

import (
	"encoding/json"
	"net/http"
)

// The codes the server answers with, each from the page of the endpoint
// that uses it or from the common error codes (call-guide/通用错误码.md).
const (
	// auth/v3 token requests.
	codeInvalidParam     = 10003
	codeAppSecretInvalid = 10014

	// The gateway, in front of every endpoint that takes a token.
	codeResourceNotFound   = 99991201
	codeMethodNotAllowed   = 99991301
	codeNeedToken          = 99991661
	codeTenantTokenInvalid = 99991663
	codeAppTokenInvalid    = 99991664
	codeUserTokenInvalid   = 99991668
	codeTokenPrefixInvalid = 99991671
	codeUserTokenExpired   = 99991677

	// authen: user_access_token requests, v1 and v2.
	codeInvalidRequest       = 20001
	codeClientSecretInvalid  = 20002
	codeCodeInvalid          = 20003
	codeCodeExpired          = 20004
	codeGenerateFailed       = 20007
	codeUserNotExist         = 20008
	codeAppMismatch          = 20024
	codeRefreshInvalid       = 20026
	codeGrantTypeUnsupported = 20036
	codeRefreshExpired       = 20037
	codeRefreshNotFound      = 20038
	codeAppNotExist          = 20048
	codePKCEFailed           = 20049
	codeMalformedRequest     = 20063
	codeCodeUsed             = 20065
	codeScopeDuplicate       = 20067
	codeScopeNotGranted      = 20068
	codeTwoAuthMethods       = 20070
	codeRedirectMismatch     = 20071
	codeRefreshUsed          = 20073

	// The authorization page's error page.
	codeAppIDInvalid       = 20028
	codeRedirectURIInvalid = 20029

	// mina/v2/tokenLoginValidate, the gadget's code exchange.
	codeMinaTokenInvalid = 10202
	codeMinaCodeMismatch = 10213
	codeMinaCodeInvalid  = 10226
	codeMinaNotVisible   = 10228

	// contact/v3.
	codeContactInvalidParam = 40001
	codeContactUserInvalid  = 41012
)

// messages are the msg (or error_description) each code comes with.
var messages = map[int]string{
	codeInvalidParam:     "invalid param",
	codeAppSecretInvalid: "app secret invalid",

	codeResourceNotFound:   "resource not found",
	codeMethodNotAllowed:   "request method doesn't match",
	codeNeedToken:          "Missing access token for authorization. Please make a request with token attached.",
	codeTenantTokenInvalid: "Invalid access token for authorization. Please make a request with token attached.",
	codeAppTokenInvalid:    "invalid app token",
	codeUserTokenInvalid:   "Invalid access token for authorization. Please make a request with token attached.",
	codeTokenPrefixInvalid: "Invalid token: must start with t-/u-",
	codeUserTokenExpired:   "token expire",

	codeInvalidRequest:       "The request is missing a required parameter.",
	codeClientSecretInvalid:  "The client secret is invalid.",
	codeCodeInvalid:          "The authorization code is not found. Please note that an authorization code can only be used once.",
	codeCodeExpired:          "The authorization code has expired.",
	codeGenerateFailed:       "Failed to generate a user access token. Please try again",
	codeUserNotExist:         "The user does not exist.",
	codeAppMismatch:          "The provided authorization code or refresh token does not match the provided client ID.",
	codeRefreshInvalid:       "The refresh token passed is invalid. Please check the value.",
	codeGrantTypeUnsupported: "The specified grant_type is not supported.",
	codeRefreshExpired:       "The refresh token passed has expired. Please generate a new one.",
	codeRefreshNotFound:      "The refresh token passed is not found. Please check the value",
	codeAppNotExist:          "The specified app does not exist.",
	codePKCEFailed:           "PKCE code challenge failed.",
	codeMalformedRequest:     "The request is malformed. Please check your request.",
	codeCodeUsed:             "The authorization code has been used. Please note that an authorization code can only be used once.",
	codeScopeDuplicate:       "The provided scope list contains duplicate scopes. Please ensure all scopes are unique.",
	codeScopeNotGranted:      "The provided scope list contains scopes that are not permitted. Please ensure all scopes are allowed.",
	codeTwoAuthMethods:       "Multiple authentication methods were provided. Please only use one to proceed.",
	codeRedirectMismatch:     "The provided redirect URI does not match the one used during authorization.",
	codeRefreshUsed:          "The refresh token has been used. Please note that a refresh token can only be used once.",

	codeAppIDInvalid:       "Invalid app id",
	codeRedirectURIInvalid: "Invalid redirect uri",

	codeMinaTokenInvalid: "access token invalid",
	codeMinaCodeMismatch: "code appid not match",
	codeMinaCodeInvalid:  "invalid code",
	codeMinaNotVisible:   "user to app has no visibility",

	codeContactInvalidParam: "invalid parameter",
	codeContactUserInvalid:  "user id invalid error",
}

// oauthErrors are RFC 6749's error values for authen/v2/oauth/token's codes.
var oauthErrors = map[int]string{
	codeInvalidRequest:       "invalid_request",
	codeMalformedRequest:     "invalid_request",
	codeTwoAuthMethods:       "invalid_request",
	codeClientSecretInvalid:  "invalid_client",
	codeAppNotExist:          "invalid_client",
	codeGrantTypeUnsupported: "unsupported_grant_type",
	codeScopeDuplicate:       "invalid_scope",
	codeScopeNotGranted:      "invalid_scope",
}

// apiError is a refusal: a code and its message.
type apiError struct {
	Code int    `json:"code"`
	Msg  string `json:"msg"`
}

func errorOf(code int) *apiError { return &apiError{Code: code, Msg: messages[code]} }

// writeError answers {code, msg} with the HTTP status the endpoint's page
// gives its errors.
func writeError(w http.ResponseWriter, status int, e *apiError) {
	writeJSON(w, status, e)
}

// writeOAuthError answers as authen/v2/oauth/token does: HTTP 400 with
// {code, error, error_description}.
func writeOAuthError(w http.ResponseWriter, e *apiError) {
	kind, ok := oauthErrors[e.Code]
	if !ok {
		kind = "invalid_grant"
	}
	writeJSON(w, http.StatusBadRequest, map[string]any{
		"code": e.Code, "error": kind, "error_description": e.Msg,
	})
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}
