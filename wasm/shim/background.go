package shim

import (
	"context"
)

// Completion is the result of a call's background work, handed back to
// the shim's own goroutine by whoever drains Completions.
type Completion struct {
	id  int
	res Result
}

type backgroundCall struct {
	api    string // the bare name errMsg starts with
	cancel context.CancelFunc
	logSeq int
}

// Background runs work off the call (a network exchange) and leaves the
// call pending until Complete hands its result back. work must not touch
// the shim: it runs on its own goroutine.
func (c *Call) Background(work func(ctx context.Context) Result) Result {
	s := c.Shim
	s.lastPending++
	id := s.lastPending
	ctx, cancel := context.WithCancel(context.Background())
	s.background[id] = &backgroundCall{api: c.API.Name, cancel: cancel}
	name := c.API.Name
	go func() {
		s.completions <- Completion{id: id, res: runSafely(ctx, name, work)}
	}()
	return Result{Outcome: OutcomePending, Pending: id}
}

func runSafely(ctx context.Context, api string, work func(ctx context.Context) Result) (res Result) {
	defer func() {
		if p := recover(); p != nil {
			res = fault(api, p)
		}
	}()
	return work(ctx)
}

// Completions delivers finished background work; the browser build drains
// it into Complete on the shim's goroutine, tests do it by hand.
func (s *Shim) Completions() <-chan Completion { return s.completions }

// Complete settles the call whose background work finished, unless it was
// aborted meanwhile.
func (s *Shim) Complete(done Completion) {
	call, ok := s.background[done.id]
	if !ok {
		return
	}
	delete(s.background, done.id)
	call.cancel()
	s.log.settle(call.logSeq, done.res, nil, s.Now())
	s.Deliver(done.id, done.res)
}

// Abort ends the pending call id at once with errno 301, as
// RequestTask.abort() does; its work is cancelled and its result ignored.
// A call that already ended is left alone.
func (s *Shim) Abort(id int) {
	call, ok := s.background[id]
	if !ok {
		return
	}
	s.Complete(Completion{id: id, res: Failure(call.api, ErrnoNetworkCanceled, "abort")})
}

// abortBackground aborts every call still waiting on its work.
func (s *Shim) abortBackground() {
	for id := range s.background {
		s.Abort(id)
	}
}
