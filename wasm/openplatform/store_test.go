package openplatform

import (
	"strconv"
	"testing"
	"time"
)

func TestExpiringKeepsExpiredEntriesUntilFull(t *testing.T) {
	e := newExpiring[int](3)
	e.put("old", 1, start, start)
	if _, expires, ok := e.get("old"); !ok || !expires.Equal(start) {
		t.Fatal("an expired entry is forgotten before the map is full")
	}
	e.put("a", 2, start.Add(time.Hour), start)
	e.put("b", 3, start.Add(2*time.Hour), start)
	e.put("c", 4, start.Add(3*time.Hour), start.Add(time.Minute))
	if _, _, ok := e.get("old"); ok {
		t.Error("at capacity, the expired entry is kept")
	}
	for _, key := range []string{"a", "b", "c"} {
		if _, _, ok := e.get(key); !ok {
			t.Errorf("%s was dropped while an expired entry could go", key)
		}
	}
}

func TestExpiringDropsTheSoonestWhenNothingExpired(t *testing.T) {
	e := newExpiring[int](10)
	for i := range 100 {
		e.put(strconv.Itoa(i), i, start.Add(time.Duration(1000-i)*time.Minute), start)
	}
	if len(e.entries) != 10 {
		t.Fatalf("%d entries, want the limit, 10", len(e.entries))
	}
	// The entries expiring last were the first ones put.
	for i := range 9 {
		if _, _, ok := e.get(strconv.Itoa(i)); !ok {
			t.Errorf("entry %d, among the latest to expire, was dropped", i)
		}
	}
}

func TestExpiringReplacesInPlace(t *testing.T) {
	e := newExpiring[int](1)
	e.put("a", 1, start.Add(time.Hour), start)
	e.put("a", 2, start.Add(time.Hour), start)
	e.setExpiry("a", start.Add(time.Minute))
	e.setExpiry("missing", start)
	if v, expires, _ := e.get("a"); v != 2 || !expires.Equal(start.Add(time.Minute)) || len(e.entries) != 1 {
		t.Errorf("a = %d until %v, %d entries", v, expires, len(e.entries))
	}
}
