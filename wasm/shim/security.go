package shim

// The "security" configuration key: what the device and the client's
// security settings are, for startDeviceCredential (whether the person has
// a screen lock to check them with) and checkWatermark (whether the
// client draws its global watermark).

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
}

// DefaultSecurity is a phone with a screen lock, in a client that draws
// no watermark.
func DefaultSecurity() Security {
	return Security{DeviceCredential: CredentialEnrolled}
}

var securitySchema = object(map[string]*field{
	"deviceCredential": str(CredentialEnrolled, CredentialNone),
	"watermark":        boolean(),
})

func (s *Security) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{"deviceCredential": &s.DeviceCredential})
	setFields(patch, map[string]*bool{"watermark": &s.Watermark})
}
