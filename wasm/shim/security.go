package shim

// The "security" configuration key: what the device and the client's
// security settings are, for startDeviceCredential (whether the person has
// a screen lock to check them with), checkWatermark (whether the client
// draws its global watermark) and startPasswordVerify (the person's
// security password, and how many wrong tries lock it).

// What security.deviceCredential says of the device.
const (
	// CredentialEnrolled is a device with a screen lock (a passcode, and
	// maybe a fingerprint or face), which the system prompt checks.
	CredentialEnrolled = "enrolled"
	// CredentialNone is a device with no screen lock set.
	CredentialNone = "none"
)

// Security is the "security" configuration key.
type Security struct {
	DeviceCredential string `json:"deviceCredential"`
	Watermark        bool   `json:"watermark"`
	Password         string `json:"password"`
	PasswordAttempts int    `json:"passwordAttempts"`
}

// DefaultSecurity is a phone with a screen lock, in a client that draws
// no watermark, of a person whose security password is 123456 and who has
// five tries at it.
func DefaultSecurity() Security {
	return Security{DeviceCredential: CredentialEnrolled, Password: "123456", PasswordAttempts: 5}
}

func securitySchema() *field {
	return object(map[string]*field{
		"deviceCredential": str(CredentialEnrolled, CredentialNone),
		"watermark":        boolean(),
		"password":         str(),
		"passwordAttempts": number(1, 100),
	})
}

func (s *Security) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{"deviceCredential": &s.DeviceCredential, "password": &s.Password})
	setFields(patch, map[string]*bool{"watermark": &s.Watermark})
	setWholeNumbers(patch, map[string]*int{"passwordAttempts": &s.PasswordAttempts})
}
