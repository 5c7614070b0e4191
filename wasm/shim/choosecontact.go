package shim

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Errnos of tt.chooseContact.
const (
	ErrnoChosenOverlap = 1003001
	ErrnoPickerCancel  = 1003003
)

// DialogContacts is the contact picker.
const DialogContacts = "contacts"

func init() {
	register(&API{
		Namespace: "tt", Name: "chooseContact", Kind: KindAsync, Taro: true,
		Support: Support{Gadget: Everywhere(All), WebApp: Everywhere(From("5.7.0"))},
		Params: []string{"multi", "ignore", "maxNum", "limitTips", "externalContact",
			"enableChooseDepartment", "chosenIds", "disableChosenIds"},
		NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "an option of the wrong type, or a `maxNum` that is not a positive integer"},
					{Errno: ErrnoChosenOverlap, When: "`chosenIds` and `disableChosenIds` share an openId"},
					errTooManyDialogs,
					{Errno: ErrnoPickerCancel, When: "cancelled (`chooseContact:cancel`): Cancel, Escape, " +
						"`ttShim.answer(\"cancel\")`, `contactPicker: \"cancel\"` or `ttShim.reset()`"},
					{Errno: ErrnoInternal, When: "`contactPicker`'s `select` is a choice the picker would refuse"}},
				Controls: []string{
					"`contactPicker`: `\"ask\"` shows the picker; `\"cancel\"` and `{select: [ids]}` answer at once",
					"`ttShim.answer(\"cancel\" or [ids])`: answers the picker on screen",
					"`users` and `currentUser`: the people and departments listed",
					"`client.language`: the picker's texts and the names returned",
					prerequisitesControl,
				},
			}
		}),
		Handle: chooseContact,
	})
}

// contactResult is one chosen person as chooseContact returns them.
type contactResult struct {
	OpenID     string   `json:"openId"`
	UnionID    string   `json:"unionId"`
	Name       string   `json:"name"`
	I18nNames  I18n     `json:"i18nNames"`
	AvatarURLs []string `json:"avatarUrls"`
}

type departmentResult struct {
	DepartmentID     string `json:"departmentId"`
	OpenDepartmentID string `json:"openDepartmentId"`
}

func chooseContact(c *Call) Result {
	opts, res, ok := readPickerOptions(c)
	if !ok {
		return res
	}
	cfg := c.Config()
	picker := buildPicker(cfg, opts)
	q := Question{
		Dialog: Dialog{Kind: DialogContacts, Picker: &picker, Dismiss: Answer{Choice: PickerCancel}},
		Decide: func(a Answer) (Result, error) { return pickerAnswer(c, picker, a) },
	}
	switch cfg.ContactPicker.Mode {
	case PickerCancel:
		q.Preset = &Answer{Choice: PickerCancel}
	case PickerSelect:
		// Not slices.Clone: an empty selection must stay a selection, and a
		// nil Select is no answer at all.
		q.Preset = &Answer{Select: append([]string{}, cfg.ContactPicker.Select...)}
	}
	return c.Ask(q)
}

type pickerOptions struct {
	multi, ignore, external, departments bool
	maxNum                               int
	limitTips                            string
	chosen, disabled                     []string
}

func readPickerOptions(c *Call) (pickerOptions, Result, bool) {
	var o pickerOptions
	r := paramReader{args: c.Args}
	o.multi = r.bool("multi", true)
	o.ignore = r.bool("ignore", false)
	o.external = r.bool("externalContact", true)
	o.departments = r.bool("enableChooseDepartment", false)
	maxNum := r.number("maxNum", 0)
	if r.err == nil && c.Args.Raw("maxNum") != nil && !isWholeIn(maxNum, 1, math.MaxInt32) {
		r.err = &ParamError{Name: "maxNum", Reason: fmt.Sprintf("maxNum should be a positive integer, got %v", maxNum)}
	}
	o.maxNum = int(maxNum)
	o.limitTips = r.string("limitTips", false)
	o.chosen = r.strings("chosenIds", false)
	o.disabled = r.strings("disableChosenIds", false)
	if r.err != nil {
		return o, c.Param(r.err), false
	}
	for _, id := range o.chosen {
		if slices.Contains(o.disabled, id) {
			return o, c.Fail(ErrnoChosenOverlap, "chosenIds and disableChosenIds overlap: "+clipped(id)), false
		}
	}
	return o, Result{}, true
}

// buildPicker lists who can be picked: the directory less the current user
// (ignore) and external contacts (externalContact: false).
func buildPicker(cfg Config, o pickerOptions) Picker {
	p := Picker{Multi: o.multi, MaxNum: o.maxNum, LimitTips: o.limitTips, People: []PickerPerson{}}
	for _, u := range cfg.Users {
		if (o.ignore && u.OpenID == cfg.CurrentUser) || (!o.external && u.External) {
			continue
		}
		p.People = append(p.People, PickerPerson{
			OpenID: u.OpenID, UnionID: u.UnionID, Name: u.Name, Department: u.Department, Avatar: u.Avatar, External: u.External,
			Chosen: slices.Contains(o.chosen, u.OpenID) || slices.Contains(o.disabled, u.OpenID), Disabled: slices.Contains(o.disabled, u.OpenID),
		})
	}
	if o.departments {
		p.Departments = departmentsOf(cfg.Users)
	}
	return p
}

// departmentsOf lists the tenant's own departments (not external
// contacts' companies), with IDs derived from their names.
func departmentsOf(users []User) []PickerDepartment {
	var out []PickerDepartment
	seen := map[string]bool{}
	for _, u := range users {
		key := u.Department.In("en_US")
		if u.External || key == "" || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, PickerDepartment{
			DepartmentID: "D" + Digest("department:"+key, 8), OpenDepartmentID: "od-" + Digest("open-department:"+key, 32),
			Name: u.Department,
		})
	}
	return out
}

// pickerAnswer turns the picker's answer into chooseContact's result:
// the disabled (already chosen) people first, then the picks in order.
func pickerAnswer(c *Call, p Picker, a Answer) (Result, error) {
	if a.Choice == PickerCancel {
		return Cancel(c.API.Name, ErrnoPickerCancel, "user cancel"), nil
	}
	if a.Select == nil {
		return Result{}, fmt.Errorf(`the contact picker takes "cancel" or a list of openIds`)
	}
	var people []PickerPerson
	var departments []PickerDepartment
	for _, person := range p.People {
		if person.Disabled {
			people = append(people, person)
		}
	}
	for _, id := range a.Select {
		if person, ok := findPerson(p.People, id); ok {
			if !containsPerson(people, id) {
				people = append(people, person)
			}
			continue
		}
		if dept, ok := findDepartment(p.Departments, id); ok {
			if !containsDepartment(departments, dept) {
				departments = append(departments, dept)
			}
			continue
		}
		return Result{}, fmt.Errorf("%s is not in the picker", id)
	}
	// Single choice is one pick beside the disabled rows; maxNum counts
	// every selected row.
	n := len(people) + len(departments)
	if picks := n - disabledCount(p.People); !p.Multi && picks > 1 {
		return Result{}, fmt.Errorf("the picker is single-choice, and %d were picked", picks)
	} else if p.MaxNum > 0 && n > p.MaxNum {
		return Result{}, fmt.Errorf("maxNum is %d, and %d were picked", p.MaxNum, n)
	}
	// The people as the picker offered them, even if the directory changed
	// since.
	language := c.Config().Client.Language
	data := make([]contactResult, 0, len(people))
	for _, person := range people {
		data = append(data, contactResult{OpenID: person.OpenID, UnionID: person.UnionID, Name: person.Name.In(language),
			I18nNames: person.Name, AvatarURLs: []string{person.Avatar}})
	}
	departmentData := make([]departmentResult, 0, len(departments))
	for _, d := range departments {
		departmentData = append(departmentData, departmentResult{d.DepartmentID, d.OpenDepartmentID})
	}
	return c.OK(Fields{"data": data, "department_data": departmentData}), nil
}

func findPerson(people []PickerPerson, openID string) (PickerPerson, bool) {
	for _, p := range people {
		if p.OpenID == openID {
			return p, true
		}
	}
	return PickerPerson{}, false
}

func disabledCount(people []PickerPerson) int {
	n := 0
	for _, p := range people {
		if p.Disabled {
			n++
		}
	}
	return n
}

func containsPerson(people []PickerPerson, openID string) bool {
	_, ok := findPerson(people, openID)
	return ok
}

func containsDepartment(departments []PickerDepartment, d PickerDepartment) bool {
	return slices.ContainsFunc(departments, func(picked PickerDepartment) bool { return picked.OpenDepartmentID == d.OpenDepartmentID })
}

func findDepartment(departments []PickerDepartment, id string) (PickerDepartment, bool) {
	for _, d := range departments {
		if d.OpenDepartmentID == id || d.DepartmentID == id {
			return d, true
		}
	}
	return PickerDepartment{}, false
}

// Matches reports whether a search query finds the person: by name in any
// of their languages, ignoring case.
func (p PickerPerson) Matches(query string) bool {
	query = strings.ToLower(strings.TrimSpace(query))
	if query == "" {
		return true
	}
	for _, name := range []string{p.Name.ZhCN, p.Name.EnUS, p.Name.JaJP} {
		if strings.Contains(strings.ToLower(name), query) {
			return true
		}
	}
	return false
}
