package openplatform

import "time"

// expiring is a map whose entries stop mattering at a time, bounded so a
// long test run cannot grow it without end: at capacity, a new entry
// first drops the entries whose time has passed, then, if none had, the
// one that expires soonest. An expired entry is kept until then, so the
// server can tell "expired" from "unknown".
type expiring[V any] struct {
	limit   int
	entries map[string]expiringEntry[V]
}

type expiringEntry[V any] struct {
	value   V
	expires time.Time
}

func newExpiring[V any](limit int) *expiring[V] {
	return &expiring[V]{limit: limit, entries: map[string]expiringEntry[V]{}}
}

func (e *expiring[V]) get(key string) (V, time.Time, bool) {
	entry, ok := e.entries[key]
	return entry.value, entry.expires, ok
}

func (e *expiring[V]) put(key string, value V, expires, now time.Time) {
	if _, replacing := e.entries[key]; !replacing && len(e.entries) >= e.limit {
		e.prune(now)
	}
	e.entries[key] = expiringEntry[V]{value, expires}
}

// setExpiry moves an entry's expiry, if it is there.
func (e *expiring[V]) setExpiry(key string, expires time.Time) {
	if entry, ok := e.entries[key]; ok {
		entry.expires = expires
		e.entries[key] = entry
	}
}

func (e *expiring[V]) prune(now time.Time) {
	soonest, found := "", false
	for key, entry := range e.entries {
		if !now.Before(entry.expires) {
			delete(e.entries, key)
			continue
		}
		if !found || entry.expires.Before(e.entries[soonest].expires) {
			soonest, found = key, true
		}
	}
	if len(e.entries) >= e.limit && found {
		delete(e.entries, soonest)
	}
}
