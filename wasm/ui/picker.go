//go:build js && wasm

package ui

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// pickerTemplate and the rows pickerList writes hold no user data: names
// and departments are filled in as text afterwards.
//
//go:embed templates/picker.html
var pickerMarkup string

var pickerTemplate = markup(pickerMarkup)

// pickerList is the markup of the picker's groups and rows: people first,
// then departments, row i's input carrying value i. Each input is named
// by its row's name alone (aria-labelledby), the department and the
// external tag describe it.
func pickerList(p *shim.Picker) string {
	kind := "checkbox"
	if !p.Multi {
		kind = "radio"
	}
	var sb strings.Builder
	input := func(i int, checked, disabled bool) {
		name := ` name="ttshim-pick"`
		if disabled {
			// A fixed pick stands alone, so picking another radio cannot
			// clear it.
			name = ""
		}
		fmt.Fprintf(&sb, `<label class="row"><input type="%s"%s value="%d" aria-labelledby="ttshim-pick-%d"`, kind, name, i, i)
		if checked {
			sb.WriteString(" checked")
		}
		if disabled {
			sb.WriteString(" disabled")
		}
	}
	sb.WriteString(`<div class="group" role="group" aria-labelledby="ttshim-pick-people">` +
		`<h3 class="group-title" id="ttshim-pick-people"></h3>`)
	firstChosen := true
	for i, person := range p.People {
		checked := person.Chosen || person.Disabled
		if !p.Multi && person.Chosen && !person.Disabled {
			// One radio of the group can be checked: the first chosen.
			checked = firstChosen
			firstChosen = false
		}
		input(i, checked, person.Disabled)
		fmt.Fprintf(&sb, ` aria-describedby="ttshim-pick-%d-sub"><img class="row-avatar" alt="">`+
			`<span class="row-text"><span class="row-name" id="ttshim-pick-%d"></span>`+
			`<span class="row-sub" id="ttshim-pick-%d-sub"><span class="row-dept"></span><span class="tag"></span></span>`+
			`</span></label>`, i, i, i)
	}
	sb.WriteString(`</div>`)
	if len(p.Departments) > 0 {
		sb.WriteString(`<div class="group" role="group" aria-labelledby="ttshim-pick-departments">` +
			`<h3 class="group-title" id="ttshim-pick-departments"></h3>`)
		for j := range p.Departments {
			i := len(p.People) + j
			input(i, false, false)
			fmt.Fprintf(&sb, `><span class="row-icon" aria-hidden="true"></span>`+
				`<span class="row-text"><span class="row-name" id="ttshim-pick-%d"></span></span></label>`, i)
		}
		sb.WriteString(`</div>`)
	}
	return sb.String()
}

// pickerState is what the open picker keeps on the Go side: its rows, and
// the picks in the order the person made them.
type pickerState struct {
	reply  func(shim.Answer) error
	lang   string
	single bool
	// limit is maxNum: how many rows may be chosen, the fixed ones
	// included (0: no limit); fixed is how many rows are chosen and
	// disabled. Single mode picks one more beside the fixed ones.
	limit, fixed int
	tips         string
	items        bool // departments are offered too
	rows         []pickerRow
	groups       []pickerGroup
	order        []string // picked IDs, oldest first, fixed rows left out
	search       safejs.Value
	count        safejs.Value
	alert        safejs.Value
	empty        safejs.Value
	emptyShown   bool
}

type pickerRow struct {
	id    string
	el    safejs.Value // the <label>
	find  shim.PickerPerson
	group int
	shown bool
}

type pickerGroup struct {
	el    safejs.Value
	shown bool
}

func (d *DOM) showPicker(dialog shim.Dialog, reply func(shim.Answer) error) {
	p, lang := dialog.Picker, dialog.Language
	if p == nil {
		report("the contact picker", fmt.Errorf("dialog %d carries no picker", dialog.ID))
		return
	}
	s := &pickerState{reply: reply, lang: lang, single: !p.Multi, limit: p.MaxNum, tips: p.LimitTips,
		items: len(p.Departments) > 0}
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "picker", text(lang, "pickerTitle"), pickerTemplate)
	b.fill(el, ".picker-title", text(lang, "pickerTitle"))
	s.search = b.call(el, "querySelector", ".search")
	b.call(s.search, "setAttribute", "aria-label", text(lang, "search"))
	b.call(s.search, "setAttribute", "placeholder", text(lang, "search"))
	list := b.call(el, "querySelector", ".list")
	b.set(list, "innerHTML", pickerList(p))
	b.fill(list, "#ttshim-pick-people", text(lang, "pickerPeople"))
	groups := b.call(list, "querySelectorAll", ".group")
	s.groups = append(s.groups, pickerGroup{el: b.index(groups, 0), shown: true})
	if s.items {
		b.fill(list, "#ttshim-pick-departments", text(lang, "pickerDepartments"))
		s.groups = append(s.groups, pickerGroup{el: b.index(groups, 1), shown: true})
	}
	rows := b.call(list, "querySelectorAll", ".row")
	for i, person := range p.People {
		row := b.index(rows, i)
		b.fill(row, ".row-name", person.Name.In(lang))
		b.fill(row, ".row-dept", person.Department.In(lang))
		if person.External {
			b.fill(row, ".tag", text(lang, "external"))
		}
		b.set(b.call(row, "querySelector", ".row-avatar"), "src", person.Avatar)
		s.rows = append(s.rows, pickerRow{id: person.OpenID, el: row, find: person, shown: true})
		switch {
		case person.Disabled:
			s.fixed++
		case person.Chosen && (!s.single || len(s.order) == 0):
			s.order = append(s.order, person.OpenID)
		}
	}
	for j, dept := range p.Departments {
		row := b.index(rows, len(p.People)+j)
		b.fill(row, ".row-name", dept.Name.In(lang))
		// A department is found by its name, as a person is.
		s.rows = append(s.rows, pickerRow{id: dept.OpenDepartmentID, el: row, find: shim.PickerPerson{Name: dept.Name},
			group: 1, shown: true})
	}
	s.count = b.call(el, "querySelector", ".count")
	s.alert = b.call(el, "querySelector", ".limit")
	s.empty = b.call(el, "querySelector", ".empty")
	b.set(s.empty, "textContent", text(lang, "pickerEmpty"))
	b.set(s.count, "textContent", s.countText())
	cancel := b.call(el, "querySelector", ".cancel")
	confirm := b.call(el, "querySelector", ".confirm")
	b.set(cancel, "textContent", text(lang, "cancel"))
	b.set(confirm, "textContent", text(lang, "confirm"))
	view := d.attachModal(b, layer, el, "the contact picker")
	if view == nil {
		return
	}
	dismiss := func(safejs.Value) {
		report("the answer to the contact picker", reply(dialog.Dismiss))
	}
	for _, err := range []error{
		view.on(list, "change", s.changed),
		view.on(s.search, "input", func(safejs.Value) { s.filter() }),
		view.on(confirm, "click", func(safejs.Value) { s.confirm() }),
		view.on(cancel, "click", func(safejs.Value) {
			report("the answer to the contact picker", reply(shim.Answer{Choice: shim.PickerCancel}))
		}),
		view.on(d.document, "keydown", onEscape(dismiss)),
	} {
		report("the contact picker's controls", err)
	}
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = s.search.Call("focus")
}

// changed follows a row's checkbox or radio: a pick joins the order, a
// pick past the limit is refused, an unpick leaves the order.
func (s *pickerState) changed(event safejs.Value) {
	b := &builder{}
	target, i, checked, ok := changedRow(b, event, len(s.rows))
	if !ok {
		return
	}
	id := s.rows[i].id
	if !checked {
		s.order = without(s.order, id)
		s.show(b, "")
		report("the contact picker's count", b.err)
		return
	}
	kept := s.order
	if s.single {
		kept = nil // the browser cleared the other radio
	}
	if s.limit > 0 && s.fixed+len(without(kept, id))+1 > s.limit {
		b.set(target, "checked", false)
		if s.single && len(s.order) > 0 {
			// Give the refused radio's place back to the previous pick.
			b.set(b.call(s.rowOf(s.order[0]), "querySelector", "input"), "checked", true)
		}
		tips := s.tips
		if tips == "" {
			tips = fmt.Sprintf(text(s.lang, "pickerLimit"), s.limit)
		}
		s.show(b, tips)
		report("the contact picker's limit", b.err)
		return
	}
	s.order = append(without(kept, id), id)
	s.show(b, "")
	report("the contact picker's count", b.err)
}

// show updates the count and the limit alert. The alert is cleared first,
// so the same tip shown again is announced again.
func (s *pickerState) show(b *builder, alert string) {
	b.set(s.count, "textContent", s.countText())
	b.set(s.alert, "textContent", "")
	if alert != "" {
		b.set(s.alert, "textContent", alert)
	}
}

func (s *pickerState) countText() string {
	key := "pickerCount"
	if s.items {
		key = "pickerCountItems"
	}
	return fmt.Sprintf(text(s.lang, key), s.fixed+len(s.order))
}

// filter hides the rows the search does not find, touching only the rows
// whose visibility changes.
func (s *pickerState) filter() {
	b := &builder{}
	query, _ := b.get(s.search, "value").String()
	visible := make([]int, len(s.groups))
	total := 0
	for i := range s.rows {
		row := &s.rows[i]
		shown := row.find.Matches(query)
		if shown != row.shown {
			b.set(row.el, "hidden", !shown)
			row.shown = shown
		}
		if shown {
			visible[row.group]++
			total++
		}
	}
	for i := range s.groups {
		if g := &s.groups[i]; (visible[i] > 0) != g.shown {
			g.shown = visible[i] > 0
			b.set(g.el, "hidden", !g.shown)
		}
	}
	if (total == 0) != s.emptyShown {
		s.emptyShown = total == 0
		b.set(s.empty, "hidden", !s.emptyShown)
	}
	report("the contact picker's search", b.err)
}

func (s *pickerState) confirm() {
	picked := append([]string{}, s.order...) // not nil when none is picked: nil is no answer
	report("the answer to the contact picker", s.reply(shim.Answer{Select: picked}))
}

func (s *pickerState) rowOf(id string) safejs.Value {
	for _, row := range s.rows {
		if row.id == id {
			return row.el
		}
	}
	return safejs.Undefined()
}

// changedRow reads a picker's change event: the row's input, the index
// of its row (its value) and whether it is checked; ok is false unless
// it came from one of the picker's rows, 0 to rows-1.
func changedRow(b *builder, event safejs.Value, rows int) (target safejs.Value, index int, checked bool, ok bool) {
	target = b.get(event, "target")
	value, _ := b.get(target, "value").String()
	checked, _ = b.get(target, "checked").Bool()
	index, err := strconv.Atoi(value)
	return target, index, checked, b.err == nil && err == nil && index >= 0 && index < rows
}

func without(ids []string, id string) []string {
	out := make([]string, 0, len(ids))
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}

// index is v[i], for the NodeLists the drawing code walks.
func (b *builder) index(v safejs.Value, i int) safejs.Value {
	if b.err != nil {
		return safejs.Undefined()
	}
	out, err := v.Index(i)
	b.err = err
	return out
}
