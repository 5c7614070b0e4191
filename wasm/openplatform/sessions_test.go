package openplatform

import (
	"testing"
	"time"
)

func TestRefreshTokensByFamily(t *testing.T) {
	s := newTestServer(t)
	v1 := s.startSession(userSession{OpenID: liNa}, "", refreshV1)
	v2 := s.startSession(userSession{OpenID: liNa}, "offline_access", refreshV2)
	none := s.startSession(userSession{OpenID: liNa}, "", noRefresh)
	if none.refresh != "" || v1.refreshLeft != refreshLifetimeV1 || v2.refreshLeft != refreshLifetimeV2 {
		t.Fatalf("refresh tokens %q %v %v", none.refresh, v1.refreshLeft, v2.refreshLeft)
	}
	for _, tc := range []struct {
		token string
		v2    bool
		want  refreshRefusal
	}{
		{v1.refresh, false, 0}, {v2.refresh, false, 0}, {v2.refresh, true, 0},
		{v1.refresh, true, refreshOtherFamily}, {"ur-x", false, refreshUnknown},
	} {
		if _, got := s.checkRefresh(tc.token, tc.v2); got != tc.want {
			t.Errorf("checkRefresh(%.6s…, v2 %v) = %d, want %d", tc.token, tc.v2, got, tc.want)
		}
	}
	grant, _ := s.checkRefresh(v2.refresh, true)
	s.spendRefresh(v2.refresh, grant)
	if _, got := s.checkRefresh(v2.refresh, true); got != refreshSpent {
		t.Errorf("spent: %d", got)
	}
	if _, expires, _ := s.userTokens.get(v2.access); !expires.Equal(start.Add(rotationGrace)) {
		t.Errorf("the refreshed access token expires at %v", expires)
	}
	s.Advance(refreshLifetimeV1)
	if _, got := s.checkRefresh(v1.refresh, false); got != refreshLapsed {
		t.Errorf("after 30 days: %d", got)
	}
}

func TestSessionsAreBounded(t *testing.T) {
	s := newTestServer(t)
	for range sessionLimit + 10 {
		s.startSession(userSession{OpenID: liNa}, "", refreshV1)
		s.Advance(time.Millisecond)
	}
	if len(s.userTokens.entries) > sessionLimit || len(s.refreshTokens.entries) > sessionLimit {
		t.Errorf("%d user tokens, %d refresh tokens", len(s.userTokens.entries), len(s.refreshTokens.entries))
	}
}
