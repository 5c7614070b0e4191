package shim

// What the UI draws: the card or page tt.enterProfile opens and the
// dialogs a call waits on, each with what the UI needs to draw it.

// Profile is a user card (PC) or a full-screen profile page (mobile),
// its texts in the client's language.
type Profile struct {
	User      User
	Language  string
	Floating  bool
	Left, Top float64
}

// Dialog is a question the client puts to the person; the call that opened
// it waits for the answer.
type Dialog struct {
	ID      int           `json:"id"`
	Kind    string        `json:"kind"`
	API     string        `json:"api"`
	Consent *Consent      `json:"consent,omitempty"`
	Picker  *Picker       `json:"picker,omitempty"`
	Leave   *LeaveConfirm `json:"leave,omitempty"`
	Images  *ImagePicker  `json:"images,omitempty"`
	// The interaction-feedback dialogs (modal.go, actionsheet.go, prompt.go).
	Modal       *Modal       `json:"modal,omitempty"`
	ActionSheet *ActionSheet `json:"actionSheet,omitempty"`
	Prompt      *Prompt      `json:"prompt,omitempty"`
	// The permission prompt, the settings page, the scanner and the
	// place picker (permissions.go, scancode.go, location.go).
	Permission *PermissionPrompt `json:"permission,omitempty"`
	Settings   *SettingsPage     `json:"settings,omitempty"`
	Scanner    *Scanner          `json:"scanner,omitempty"`
	Place      *PlacePicker      `json:"place,omitempty"`
	Credential *CredentialPrompt `json:"credential,omitempty"` // credential.go
	Password   *PasswordPrompt   `json:"password,omitempty"`   // passwordverify.go
	Files      *FilePicker       `json:"files,omitempty"`      // filepickers.go: docsPicker's and filePicker's
	Chats      *ChatPicker       `json:"chats,omitempty"`      // choosechat.go
	// Language and Mobile tell the UI how to draw it.
	Language string `json:"-"`
	Mobile   bool   `json:"-"`
	// Dismiss is the answer that closing it without a choice means.
	Dismiss Answer `json:"-"`
}

// Consent is the authorization popup: which app asks, why, and whose data
// it would receive.
type Consent struct {
	AppName    string `json:"appName"`
	AppAvatar  string `json:"appAvatar"`
	Desc       string `json:"desc"`
	UserName   string `json:"userName"`
	UserAvatar string `json:"userAvatar"`
}

// Picker is what the contact picker offers.
type Picker struct {
	Multi       bool               `json:"multi"`
	MaxNum      int                `json:"maxNum,omitempty"` // 0: no limit
	LimitTips   string             `json:"limitTips,omitempty"`
	People      []PickerPerson     `json:"people"`
	Departments []PickerDepartment `json:"departments,omitempty"`
}

// PickerPerson is one row of the picker.
type PickerPerson struct {
	OpenID     string `json:"openId"`
	UnionID    string `json:"unionId"`
	Name       I18n   `json:"name"`
	Department I18n   `json:"department"`
	Avatar     string `json:"avatar"`
	External   bool   `json:"external,omitempty"`
	// Chosen rows start selected; Disabled ones stay selected.
	Chosen   bool `json:"chosen,omitempty"`
	Disabled bool `json:"disabled,omitempty"`
}

// PickerDepartment is a department the picker offers when departments can
// be chosen.
type PickerDepartment struct {
	DepartmentID     string `json:"departmentId"`
	OpenDepartmentID string `json:"openDepartmentId"`
	Name             I18n   `json:"name"`
}
