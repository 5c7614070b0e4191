package shim

import (
	"strings"
	"testing"
)

func TestSecurityDefaultsAndChecks(t *testing.T) {
	if got := string(DefaultConfig().JSON()); !strings.Contains(got, `"security":{"deviceCredential":"enrolled","watermark":false,"password":"123456","passwordAttempts":5}`) {
		t.Errorf("config() lacks the security key: %s", got)
	}
	for patch, want := range map[string]string{
		`{"security":{"deviceCredential":"face"}}`: `"security.deviceCredential" should be one of "enrolled", "none", got "face"`,
		`{"security":{"watermark":"yes"}}`:         `"security.watermark" should be true or false, got string`,
		`{"security":{"passcode":"1234"}}`:         `unknown key "security.passcode"`,
		`{"security":true}`:                        `"security" should be an object, got boolean`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || err.Error() != want {
			t.Errorf("ParseConfig(%s) = %v, want %s", patch, err, want)
		}
	}
	cfg := mustParse(t, `{"security":{"watermark":true}}`)
	if cfg.Security != (Security{DeviceCredential: CredentialEnrolled, Watermark: true, Password: "123456", PasswordAttempts: 5}) {
		t.Errorf("a patch naming one key: %+v", cfg.Security)
	}
}
