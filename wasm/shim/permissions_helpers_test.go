// Helpers of the permission, scanner and location tests: the map
// recorder the harness's fakeUI embeds, and a call that must wait on a
// dialog.

package shim

import "testing"

// mapRecorder records the maps openLocation shows.
type mapRecorder struct{ maps []MapView }

func (r *mapRecorder) ShowMap(m MapView) { r.maps = append(r.maps, m) }

// ask calls api, which must wait on a dialog of kind, and returns the
// dialog.
func (h *harness) askDialog(t *testing.T, api string, option any, kind string) Dialog {
	t.Helper()
	res := h.call(t, api, option)
	if res.Outcome != OutcomePending {
		t.Fatalf("%s: want a pending call, got %s %v", api, res.Outcome, res.Fields)
	}
	open := h.Dialogs()
	last := open[len(open)-1]
	if last.ID != res.Pending || last.Kind != kind {
		t.Fatalf("%s waits on %+v, want a %s dialog with id %d", api, last, kind, res.Pending)
	}
	return last
}

// answerOne answers dialog d as the test and returns what the call got.
func (h *harness) answerDialog(t *testing.T, d Dialog, a Answer) Result {
	t.Helper()
	got := h.recordDeliveries()
	if err := h.Answer(d.ID, a, AnsweredByTest); err != nil {
		t.Fatalf("answering %s: %v", d.Kind, err)
	}
	if len(*got) != 1 || (*got)[0].id != d.ID {
		t.Fatalf("deliveries %+v, want one to %d", *got, d.ID)
	}
	return (*got)[0].res
}

func choiceAnswer(c string) Answer { return Answer{Choice: c} }

func fieldsAnswer(f map[string]any) Answer { return Answer{Fields: f} }
