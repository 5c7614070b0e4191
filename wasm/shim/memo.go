package shim

// memoLimit bounds the remembered answers: a page that asks canIUse about
// every name it can think of keeps a small memory all the same.
const memoLimit = 64

// memoMaxPayload is the largest payload whose answer is remembered: the
// payload is the key, and 64 keys of a page's 10 MB strings are not small.
const memoMaxPayload = 4096

// memo remembers the answers of pure APIs (API.Pure) by API and payload,
// encoded once, until the configuration changes: building and encoding
// the same getSystemInfo object again would be most of a call's cost. The
// loader keeps its own copy of each, by id, so a repeated answer crosses
// to the page as its id alone.
type memo struct {
	entries map[memoKey]*remembered
	lastID  int // ids are never reused, so a copy the loader kept cannot be mistaken
	oldest  int // the lowest id still remembered
}

type memoKey struct {
	api     *API
	payload string
}

type remembered struct {
	args Args
	res  Result
}

func (m *memo) find(api *API, payload []byte) (*remembered, bool) {
	r, ok := m.entries[memoKey{api, string(payload)}]
	return r, ok
}

// keep remembers a handler's answer and returns it encoded, marked as
// given for the first time; an answer that cannot be encoded is not
// remembered.
func (m *memo) keep(api *API, payload []byte, args Args, res Result) Result {
	if len(payload) > memoMaxPayload {
		return res
	}
	encoded, err := res.withJSON()
	if err != nil {
		return res
	}
	if len(m.entries) >= memoLimit {
		m.forget()
	}
	if m.entries == nil {
		m.entries = map[memoKey]*remembered{}
	}
	m.lastID++
	encoded.json.id = m.lastID
	m.entries[memoKey{api, string(payload)}] = &remembered{args, encoded}
	encoded.json.oldest = m.oldest
	encoded.firstTime = true
	return encoded
}

// forget drops every answer: the configuration they followed from changed.
func (m *memo) forget() {
	clear(m.entries)
	m.oldest = m.lastID + 1
}
