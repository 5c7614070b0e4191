// Tests of what chooseContact delivers once the picker is answered: people
// in the order chosen and named in the client's language, departments, an
// empty pick, cancel (by the test, the person or Reset), the UI's reply,
// a second picker queued behind the first, and a directory changed while
// the picker is open.

package shim

import (
	"reflect"
	"testing"
)

func TestChooseContactAnswerInTheOrderChosen(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"language":"en_US"}}`)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{"disableChosenIds": ccIDs(ccWang), "chosenIds": ccIDs(ccLiu)})
	answer := Answer{Select: ccIDs(ccChen, ccLi)}
	if err := h.Answer(id, answer, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	if len(*deliveries) != 1 || (*deliveries)[0].id != id {
		t.Fatalf("deliveries %+v", *deliveries)
	}
	res := (*deliveries)[0].res
	wantOK(t, res, "chooseContact")
	// The disabled (already chosen) person first, then the picks in order;
	// a chosen row left unpicked is not returned.
	ccSameJSON(t, res.Fields, ccOKJSON([]string{
		ccPersonJSON(ccUser(ccWang), "Wang Fang"),
		ccPersonJSON(ccUser(ccChen), "Chen Jing"),
		ccPersonJSON(ccUser(ccLi), "Li Na"),
	}, `[]`))
	if len(h.Dialogs()) != 0 || !reflect.DeepEqual(h.ui.closed, []int{id}) {
		t.Errorf("after the answer: open %+v, closed %v", h.Dialogs(), h.ui.closed)
	}
	calls := h.Calls("chooseContact")
	if len(calls) != 1 || calls[0].Outcome != OutcomeOK || !reflect.DeepEqual(calls[0].Result, res.Fields) {
		t.Fatalf("call log %+v", calls)
	}
	if want := (&DialogRecord{Kind: DialogContacts, Answer: &answer, AnsweredBy: AnsweredByTest}); !reflect.DeepEqual(calls[0].Dialog, want) {
		t.Errorf("logged dialog %+v, want %+v", calls[0].Dialog, want)
	}
	ccSameJSON(t, calls[0].Dialog, `{"kind":"contacts","answer":[`+ccQuote(ccID(ccChen))+`,`+ccQuote(ccID(ccLi))+`],"answeredBy":"ttShim.answer"}`)
	// The dialog is gone: answering again fails.
	if err := h.Answer(id, answer, AnsweredByTest); err == nil {
		t.Errorf("a settled picker took a second answer")
	}
}

func TestChooseContactNamesInTheClientLanguage(t *testing.T) {
	li := ccUser(ccLi)
	for lang, name := range map[string]string{"zh_CN": "李娜", "en_US": "Li Na", "ja_JP": "リ・ナ"} {
		t.Run(lang, func(t *testing.T) {
			h := newHarness(t, notStrict, `{"client":{"language":"`+lang+`"}}`)
			deliveries := ccRecord(h)
			id, _ := ccAsk(t, h, map[string]any{})
			if err := h.Answer(id, Answer{Select: []string{li.OpenID}}, AnsweredByTest); err != nil {
				t.Fatal(err)
			}
			ccSameJSON(t, (*deliveries)[0].res.Fields, ccOKJSON([]string{ccPersonJSON(li, name)}, `[]`))
		})
	}
	// A name missing in the client's language falls back to another.
	h := newHarness(t, notStrict, `{"users":[{"openId":"ou_ada","unionId":"on_ada","avatar":"https://example.cn/ada.png","name":{"en_us":"Ada"}}]}`)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{})
	if err := h.Answer(id, Answer{Select: []string{"ou_ada"}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	ccSameJSON(t, (*deliveries)[0].res.Fields, ccOKJSON([]string{
		`{"openId":"ou_ada","unionId":"on_ada","name":"Ada","i18nNames":{"zh_cn":"","en_us":"Ada","ja_jp":""},"avatarUrls":["https://example.cn/ada.png"]}`,
	}, `[]`))
}

func TestChooseContactPicksDepartments(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, d := ccAsk(t, h, map[string]any{"enableChooseDepartment": true})
	eng, sales := d.Picker.Departments[0], d.Picker.Departments[3]
	// A department is picked by its open ID or its ID.
	if err := h.Answer(id, Answer{Select: []string{sales.DepartmentID, ccID(ccLi), eng.OpenDepartmentID}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	ccSameJSON(t, (*deliveries)[0].res.Fields, ccOKJSON([]string{ccPersonJSON(ccUser(ccLi), "李娜")},
		`[{"departmentId":"`+sales.DepartmentID+`","openDepartmentId":"`+sales.OpenDepartmentID+`"},`+
			`{"departmentId":"`+eng.DepartmentID+`","openDepartmentId":"`+eng.OpenDepartmentID+`"}]`))
}

func TestChooseContactEmptyAnswer(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{})
	if err := h.Answer(id, Answer{Select: []string{}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	ccSameJSON(t, (*deliveries)[0].res.Fields, `{"errMsg":"chooseContact:ok","data":[],"department_data":[]}`)
}

func TestChooseContactCancel(t *testing.T) {
	wantCancel := Fields{"errMsg": "chooseContact:cancel", "errno": ErrnoPickerCancel, "errString": "user cancel"}
	if ErrnoPickerCancel != 1003003 {
		t.Errorf("ErrnoPickerCancel = %d", ErrnoPickerCancel)
	}
	t.Run("ttShim.answer", func(t *testing.T) {
		h := newHarness(t, notStrict)
		deliveries := ccRecord(h)
		id, _ := ccAsk(t, h, map[string]any{"disableChosenIds": ccIDs(ccLi)})
		if err := h.Answer(id, Answer{Choice: PickerCancel}, AnsweredByTest); err != nil {
			t.Fatal(err)
		}
		got := (*deliveries)[0].res
		if got.Outcome != OutcomeCancel || !reflect.DeepEqual(got.Fields, wantCancel) {
			t.Errorf("cancel answered %s %v", got.Outcome, got.Fields)
		}
		calls := h.Calls("")
		if calls[0].Outcome != OutcomeCancel || calls[0].Dialog.AnsweredBy != AnsweredByTest ||
			calls[0].Dialog.Answer.Choice != PickerCancel {
			t.Errorf("call log %+v %+v", calls[0], calls[0].Dialog)
		}
	})
	t.Run("the person closes the picker", func(t *testing.T) {
		h := newHarness(t, notStrict)
		deliveries := ccRecord(h)
		id, d := ccAsk(t, h, map[string]any{})
		if err := h.ui.reply(d.Dismiss); err != nil {
			t.Fatal(err)
		}
		if len(*deliveries) != 1 || (*deliveries)[0].id != id || !reflect.DeepEqual((*deliveries)[0].res.Fields, wantCancel) {
			t.Errorf("deliveries %+v", *deliveries)
		}
		if by := h.Calls("")[0].Dialog.AnsweredBy; by != AnsweredByUser {
			t.Errorf("answered by %q", by)
		}
	})
	t.Run("Reset", func(t *testing.T) {
		h := newHarness(t, notStrict)
		deliveries := ccRecord(h)
		id, _ := ccAsk(t, h, map[string]any{})
		h.Reset()
		if len(*deliveries) != 1 || (*deliveries)[0].id != id || (*deliveries)[0].res.Outcome != OutcomeCancel ||
			!reflect.DeepEqual((*deliveries)[0].res.Fields, wantCancel) {
			t.Errorf("Reset delivered %+v", *deliveries)
		}
		if len(h.Dialogs()) != 0 {
			t.Errorf("Reset left dialogs open")
		}
	})
}

func TestChooseContactUIReplyAnswersAsTheUser(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{})
	if err := h.ui.reply(Answer{Select: []string{"ou_nobody"}}); err == nil {
		t.Errorf("the UI's reply took an openId not in the picker")
	}
	if err := h.ui.reply(Answer{Select: ccIDs(ccLi)}); err != nil {
		t.Fatal(err)
	}
	if len(*deliveries) != 1 || (*deliveries)[0].id != id {
		t.Fatalf("deliveries %+v", *deliveries)
	}
	ccSameJSON(t, (*deliveries)[0].res.Fields, ccOKJSON([]string{ccPersonJSON(ccUser(ccLi), "李娜")}, `[]`))
	if rec := h.Calls("")[0].Dialog; rec.AnsweredBy != AnsweredByUser || !reflect.DeepEqual(rec.Answer.Select, ccIDs(ccLi)) {
		t.Errorf("logged dialog %+v", rec)
	}
}

func TestChooseContactSecondPickerWaitsItsTurn(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	first, _ := ccAsk(t, h, map[string]any{})
	res := h.call(t, "tt.chooseContact", map[string]any{"multi": false})
	if res.Outcome != OutcomePending || len(h.ui.dialogs) != 1 || len(h.Dialogs()) != 2 {
		t.Fatalf("second call %s; shown %d, open %d", res.Outcome, len(h.ui.dialogs), len(h.Dialogs()))
	}
	if err := h.ui.reply(Answer{Select: ccIDs(ccLi, ccWang)}); err != nil {
		t.Fatal(err)
	}
	if len(h.ui.dialogs) != 2 || h.ui.dialogs[1].ID != res.Pending || h.ui.dialogs[1].Picker.Multi {
		t.Fatalf("the second picker was not shown next: %+v", h.ui.dialogs)
	}
	// The UI's reply now answers the second picker, with its own rules.
	if err := h.ui.reply(Answer{Select: ccIDs(ccLi, ccWang)}); err == nil {
		t.Errorf("the single-choice picker took two")
	}
	if err := h.ui.reply(Answer{Select: ccIDs(ccChen)}); err != nil {
		t.Fatal(err)
	}
	if len(*deliveries) != 2 || (*deliveries)[0].id != first || (*deliveries)[1].id != res.Pending {
		t.Fatalf("deliveries %+v", *deliveries)
	}
	ccWantData(t, (*deliveries)[0].res, ccIDs(ccLi, ccWang))
	ccWantData(t, (*deliveries)[1].res, ccIDs(ccChen))
}

// The picker offered is the one answered: changing the directory while
// it is open must not turn a pick into an empty person.
func TestChooseContactAnswerAfterTheDirectoryChanged(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{})
	if err := h.Configure([]byte(`{"users":[{"openId":"ou_ada","name":{"en_us":"Ada"}}]}`)); err != nil {
		t.Fatal(err)
	}
	err := h.Answer(id, Answer{Select: ccIDs(ccLi)}, AnsweredByTest)
	if err != nil {
		return // refusing the pick is fine too
	}
	data, _ := (*deliveries)[0].res.Fields["data"].([]contactResult)
	if len(data) != 1 || data[0].OpenID != ccID(ccLi) || data[0].UnionID == "" || data[0].Name == "" {
		t.Errorf("a person picked from the open picker after Configure replaced \"users\" comes back blank: %+v "+
			"(pickerAnswer looks the person up in the current configuration and ignores the miss)", data)
	}
}
