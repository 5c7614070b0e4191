package shim

import (
	"reflect"
	"testing"
)

func TestMailtoIsRecordedInTheCallLog(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	mail := map[string]any{"to": []any{"li.na@ttshim.example"}, "cc": []any{"a@b.cn", "c.d+e@f.example"}, "bcc": []any{},
		"subject": "周报", "body": "见附件\n<b>ok</b>"}
	wantOK(t, h.call(t, "tt.mailto", mail), "mailto")
	wantOK(t, h.call(t, "tt.mailto", nil), "mailto")
	calls := h.Calls("mailto")
	if len(calls) != 2 || !reflect.DeepEqual(calls[0].Args, mail) || len(h.ui.dialogs) != 0 {
		t.Errorf("log %+v, dialogs %+v", calls, h.ui.dialogs)
	}
}

func TestMailtoChecksItsInputs(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	for option, want := range map[string]map[string]any{
		"to is of wrong type":                                    {"to": "a@b.cn"},
		"cc must hold only strings":                              {"cc": []any{5}},
		`bcc[1] "" is not an email address`:                      {"bcc": []any{"a@b.cn", ""}},
		`to[0] "li.na" is not an email address`:                  {"to": []any{"li.na"}},
		`to[0] "a@b@c" is not an email address`:                  {"to": []any{"a@b@c"}},
		`to[0] "@b.cn" is not an email address`:                  {"to": []any{"@b.cn"}},
		`cc[0] "a@b.cn,evil@x.cn" is not an email address`:       {"cc": []any{"a@b.cn,evil@x.cn"}},
		`to[0] "a@b.cn?bcc=evil@x.cn" is not an email address`:   {"to": []any{"a@b.cn?bcc=evil@x.cn"}},
		`to[0] "a@b.cn\nBcc: evil@x.cn" is not an email address`: {"to": []any{"a@b.cn\nBcc: evil@x.cn"}},
		"subject is of wrong type":                               {"subject": 5},
		"body is of wrong type":                                  {"body": []any{"x"}},
	} {
		wantFail(t, h.call(t, "tt.mailto", want), "mailto", ErrnoInvalidParam, "Parameter error. "+option)
	}
	if res := newHarness(t, notStrict).call(t, "tt.mailto", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("PC: %v", res.Fields)
	}
}
