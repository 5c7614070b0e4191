package shim

import (
	"errors"
	"maps"
	"slices"
)

// The configuration's patches are applied field by field, not through
// encoding/json: at boot, in WebAssembly, the reflection behind a
// Marshal/Unmarshal round trip of Config cost 50–100 ms, most of the time
// Go needs to start. Each patch has passed configSchema.check, so every
// value has the type its key calls for.

var errPickerNeedsSelect = errors.New(`configuration: "contactPicker" needs "select": [openIds]`)

// applyPatch sets what patch names onto c: objects merge key by key, every
// other value replaces.
func (c *Config) applyPatch(patch map[string]any) error {
	setFields(patch, map[string]*string{"mode": &c.Mode, "currentUser": &c.CurrentUser, "consent": &c.Consent,
		"unsimulated": &c.Unsimulated})
	setFields(patch, map[string]*bool{
		"requireTap": &c.RequireTap, "strict": &c.Strict, "acceptAnySignature": &c.AcceptAnySignature, "force": &c.Force,
	})
	c.applyObjectPatches(patch)
	c.applyDocumentsPatch(patch)
	if users, named := patch["users"]; named {
		c.Users = usersFrom(users)
	}
	for api, value := range asObject(patch["answers"]) {
		if value == AnswerAsk {
			delete(c.Answers, api)
			continue
		}
		c.Answers[api], _ = answerFrom(value)
	}
	for scope, state := range asObject(patch["permissions"]) {
		c.Permissions[scope], _ = state.(string)
	}
	if images, named := asObject(patch["media"])["images"]; named {
		c.Media.Images = imagesFrom(images)
	}
	if videos, named := asObject(patch["media"])["videos"]; named {
		c.Media.Videos = videosFrom(videos)
	}
	if value, named := patch["contactPicker"]; named {
		picker, err := c.ContactPicker.patched(value)
		if err != nil {
			return err
		}
		c.ContactPicker = picker
	}
	return nil
}

// applyObjectPatches merges the objects patch names onto theirs. Only the
// parts a patch names are patched: each part's applyPatch is code that V8
// compiles the first time it runs, and a page's configuration at boot
// names few of them.
func (c *Config) applyObjectPatches(patch map[string]any) {
	for key, value := range patch {
		object, isObject := value.(map[string]any)
		if !isObject {
			continue
		}
		switch key {
		case "client":
			c.Client.applyPatch(object)
		case "app":
			c.App.applyPatch(object)
		case "device":
			c.Device.applyPatch(object)
		case "security":
			c.Security.applyPatch(object)
		case "wifi":
			c.Wifi.applyPatch(object)
		case "share":
			c.Share.applyPatch(object)
		case "appBadge":
			c.AppBadge.applyPatch(object)
		case "compass":
			c.Compass.applyPatch(object)
		case "chats":
			c.Chats.applyPatch(object)
		case "launch":
			c.Launch.applyPatch(object)
		case "location":
			c.Location.applyPatch(object)
		}
	}
}

func (c *Client) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{
		"platform": &c.Platform, "os": &c.OS, "version": &c.Version, "language": &c.Language,
	})
}

func (a *App) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{
		"appId": &a.AppID, "appName": &a.AppName, "avatar": &a.Avatar, "jsapiTicket": &a.JsapiTicket,
		"appSecret": &a.AppSecret,
	})
	if domains, named := patch["domains"]; named {
		a.Domains = stringsFrom(domains)
	}
}

// usersFrom reads a "users" array: each user starts empty, and
// completeUsers fills what it leaves out.
func usersFrom(value any) []User {
	items, _ := value.([]any)
	users := make([]User, len(items))
	for i, item := range items {
		users[i].applyPatch(asObject(item))
	}
	return users
}

// imagesFrom reads a "media.images" array; an image's type defaults to
// png.
func imagesFrom(value any) []MediaImage {
	items, _ := value.([]any)
	images := make([]MediaImage, len(items))
	for i, item := range items {
		patch := asObject(item)
		images[i].Type = "png"
		setFields(patch, map[string]*string{"name": &images[i].Name, "url": &images[i].URL, "type": &images[i].Type})
		setWholeNumbers(patch, map[string]*int{"width": &images[i].Width, "height": &images[i].Height, "size": &images[i].Size})
	}
	return images
}

func (u *User) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{
		"openId": &u.OpenID, "unionId": &u.UnionID, "userId": &u.UserID, "avatar": &u.Avatar, "gender": &u.Gender,
		"email": &u.Email, "mobile": &u.Mobile,
	})
	setFields(patch, map[string]*bool{"external": &u.External})
	u.Name.applyPatch(asObject(patch["name"]))
	u.Department.applyPatch(asObject(patch["department"]))
	u.Country.applyPatch(asObject(patch["country"]))
	u.Province.applyPatch(asObject(patch["province"]))
	u.City.applyPatch(asObject(patch["city"]))
}

func (t *I18n) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{"zh_cn": &t.ZhCN, "en_us": &t.EnUS, "ja_jp": &t.JaJP})
}

func (p *Place) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{"en": &p.En, "zh_CN": &p.ZhCN, "zh_TW": &p.ZhTW})
}

// setFields sets each field whose key patch names; the schema checked that
// its value is a T.
func setFields[T string | bool | float64](patch map[string]any, fields map[string]*T) {
	for key, value := range patch {
		if field, ok := fields[key]; ok {
			*field, _ = value.(T)
		}
	}
}

// setWholeNumbers sets each integer field whose key patch names from its
// JSON number; the schema bounded it, and a fraction keeps its whole part.
func setWholeNumbers[T int | int64](patch map[string]any, fields map[string]*T) {
	for key, value := range patch {
		if field, ok := fields[key]; ok {
			if n, ok := value.(float64); ok {
				*field = T(n)
			}
		}
	}
}

// patched is the picker after value: a mode replaces it; an object merges
// onto a {"select": […]} one and must name "select" otherwise.
func (p ContactPicker) patched(value any) (ContactPicker, error) {
	if mode, ok := value.(string); ok {
		return ContactPicker{Mode: mode}, nil
	}
	selected, named := asObject(value)["select"]
	switch {
	case named:
		return ContactPicker{Mode: PickerSelect, Select: stringsFrom(selected)}, nil
	case p.Mode == PickerSelect:
		return p, nil
	}
	return ContactPicker{}, errPickerNeedsSelect
}

// clone copies c with slices of its own, so a patch cannot reach the
// configuration it started from.
func (c Config) clone() Config {
	c.Users = append([]User(nil), c.Users...)
	c.App.Domains = slices.Clone(c.App.Domains)
	c.ContactPicker.Select = slices.Clone(c.ContactPicker.Select)
	c.Media.Images = slices.Clone(c.Media.Images)
	c.Media.Videos = slices.Clone(c.Media.Videos)
	answers := make(map[string]Answer, len(c.Answers))
	for api, a := range c.Answers {
		answers[api] = a
	}
	c.Answers = answers
	c.Permissions = maps.Clone(c.Permissions)
	c.Location.Places = slices.Clone(c.Location.Places)
	c.Wifi.Networks = slices.Clone(c.Wifi.Networks)
	c.Documents = slices.Clone(c.Documents)
	c.Files = slices.Clone(c.Files)
	c.Chats = c.Chats.clone()
	c.Launch = c.Launch.clone()
	return c
}

func asObject(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func stringsFrom(value any) []string {
	items, _ := value.([]any)
	out := make([]string, len(items))
	for i, item := range items {
		out[i], _ = item.(string)
	}
	return out
}
