package shim

import (
	"strconv"

	"ttshim/wasm/internal/jsonwire"
)

// AppendEnvelope appends the answer as the loader reads it:
// {"o": outcome, "r": the object for callbacks, "s": true when callbacks
// do not run at all, "w": the console level to report an unsimulated call
// at, "v": a *Sync API's return value, "p": the id of the dialog or
// request a pending call waits on, "d": the dialog the call opened or
// whose answer settles it, "m": [memo id, oldest id] of an answer the
// loader keeps}. An answer that cannot be encoded leaves dst as it
// was, and says why.
func (r Result) AppendEnvelope(dst []byte) ([]byte, error) {
	start := len(dst)
	dst, _ = jsonwire.Append(append(dst, `{"o":`...), string(r.Outcome))
	dst, err := r.appendFields(append(dst, `,"r":`...))
	if r.Silent {
		dst = append(dst, `,"s":true`...)
	}
	if err == nil && r.Return != nil {
		dst, err = r.appendReturn(append(dst, `,"v":`...))
	}
	if r.Warn != "" {
		dst = append(append(append(dst, `,"w":"`...), r.Warn...), '"')
	}
	if r.Pending != 0 {
		dst = strconv.AppendInt(append(dst, `,"p":`...), int64(r.Pending), 10)
	}
	if err == nil && r.Dialog != nil {
		// Rare (a dialog opens or is answered), so reflection will do.
		dst, err = jsonwire.Append(append(dst, `,"d":`...), r.Dialog)
	}
	if id, oldest, first := r.Remembered(); first {
		// The loader keeps this answer as id, and forgets those before oldest.
		dst = strconv.AppendInt(append(dst, `,"m":[`...), int64(id), 10)
		dst = append(strconv.AppendInt(append(dst, ','), int64(oldest), 10), ']')
	}
	if err != nil {
		return dst[:start], err
	}
	return append(dst, '}'), nil
}

// resultJSON is a remembered answer's encoding and memo id; oldest is the
// lowest id the memo still held when it was kept.
type resultJSON struct {
	fields, ret []byte
	id, oldest  int
}

// Remembered tells the bridge about an answer given from memory: its id,
// the oldest id still remembered, and whether this is the first time it is
// given (when the page must get all of it, and keeps a copy).
func (r Result) Remembered() (id, oldest int, first bool) {
	if r.json == nil {
		return 0, 0, false
	}
	return r.json.id, r.json.oldest, r.firstTime
}

// withJSON encodes the result's fields and return value once, for
// answers given again and again.
func (r Result) withJSON() (Result, error) {
	fields, err := jsonwire.Append(nil, r.Fields)
	if err != nil {
		return r, err
	}
	var ret []byte
	if r.Return != nil {
		if ret, err = jsonwire.Append(nil, r.Return); err != nil {
			return r, err
		}
	}
	r.json = &resultJSON{fields: fields, ret: ret}
	return r, nil
}

// appendFields appends the object callbacks receive, as JSON.
func (r Result) appendFields(dst []byte) ([]byte, error) {
	if r.json != nil {
		return append(dst, r.json.fields...), nil
	}
	return jsonwire.Append(dst, r.Fields)
}

// appendReturn appends what a *Sync API returns, as JSON.
func (r Result) appendReturn(dst []byte) ([]byte, error) {
	if r.json != nil && r.json.ret != nil {
		return append(dst, r.json.ret...), nil
	}
	return jsonwire.Append(dst, r.Return)
}
