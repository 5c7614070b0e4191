package shim

import "fmt"

// errnoSheetCancel is a cancelled action sheet's errno: Feishu documents
// none, and its table has no common one for a cancel, so the errMsg
// ("showActionSheet:fail cancel") tells it apart (README, choices).
const errnoSheetCancel = ErrnoUnknown

// maxSheetItems is how many items an action sheet takes (its page).
const maxSheetItems = 6

// ActionSheet is what tt.showActionSheet offers.
type ActionSheet struct {
	Items     []string `json:"itemList"`
	ItemColor string   `json:"itemColor,omitempty"`
}

func init() {
	register(&API{
		Namespace: "tt", Name: "showActionSheet", Kind: KindAsync, Taro: true, Asks: DialogActionSheet,
		Params: []string{"itemList", "itemColor"},
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`itemList` is missing, empty, longer than 6 or holds a non-string; `itemColor` is not a string"},
					errTooManyDialogs,
					{Errno: errnoSheetCancel, When: "cancelled (`showActionSheet:fail cancel`): Cancel, a click outside, Escape, `ttShim.answer(\"cancel\")`, `answers: {showActionSheet: \"cancel\"}` or `ttShim.reset()`"},
					{Errno: ErrnoInternal, When: "the `answers` key's `showActionSheet` is not `\"cancel\"` or an index in `itemList`"}},
				Controls: []string{
					"`answers: {showActionSheet: <index> | \"cancel\"}`: answers at once",
					"`ttShim.answer(<index> | \"cancel\")`: answers the sheet on screen",
					"`client.platform`: a sheet from the bottom on mobile, a centred menu on PC (gadgets only: web apps on PC lack it)",
				},
			}
		}),
		Handle: showActionSheet,
	})
}

func showActionSheet(c *Call) Result {
	r := paramReader{args: c.Args}
	sheet := ActionSheet{Items: r.strings("itemList", true), ItemColor: r.string("itemColor", false)}
	switch {
	case r.err != nil:
	case len(sheet.Items) == 0:
		r.err = &ParamError{Name: "itemList", Want: "Array", Got: "Array", Reason: "itemList cannot be empty"}
	case len(sheet.Items) > maxSheetItems:
		r.err = &ParamError{Name: "itemList", Want: "Array", Got: "Array",
			Reason: fmt.Sprintf("itemList should hold at most %d items, got %d", maxSheetItems, len(sheet.Items))}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogActionSheet, ActionSheet: &sheet, Dismiss: Answer{Choice: ChoiceCancel}},
		Decide: func(a Answer) (Result, error) {
			switch {
			case a.Index != nil && *a.Index < len(sheet.Items):
				return c.OK(Fields{"tapIndex": *a.Index}), nil
			case a.Index != nil:
				return Result{}, fmt.Errorf("the action sheet has %d items, so an index from 0 to %d, not %d", len(sheet.Items), len(sheet.Items)-1, *a.Index)
			case a.Choice == ChoiceCancel:
				res := c.Fail(errnoSheetCancel, "cancel")
				res.Outcome = OutcomeCancel
				return res, nil
			}
			return Result{}, fmt.Errorf(`an action sheet takes an item's index or "cancel", not %s`, answerText(a))
		},
	})
}
