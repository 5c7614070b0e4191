//go:build js && wasm

package ui

// stylesheet is adopted by the shadow root (no <style> element, so a
// strict style-src does not block it). Feishu's blue is #3370FF.
const stylesheet = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647;
  font-family: -apple-system, BlinkMacSystemFont, "PingFang SC", "Helvetica Neue", "Microsoft YaHei", Arial, sans-serif;
  color: #1f2329; font-size: 14px; line-height: 1.5; }
.layer > * { pointer-events: auto; }
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #3370ff; outline-offset: 2px; }
.card { position: fixed; width: 320px; box-sizing: border-box; background: #fff; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(31, 35, 41, .16), 0 0 0 1px rgba(31, 35, 41, .08); overflow: hidden; padding: 0 20px 20px; }
.card .cover { height: 72px; margin: 0 -20px; background: linear-gradient(120deg, #3370ff, #4e83fd 60%, #82a7fc); }
.card .avatar { display: block; width: 72px; height: 72px; border-radius: 50%; border: 3px solid #fff; margin-top: -36px; background: #eff0f1; }
.card .close { position: absolute; top: 8px; right: 8px; width: 28px; height: 28px; border: 0; border-radius: 6px;
  background: rgba(255, 255, 255, .2); color: #fff; font-size: 18px; line-height: 28px; padding: 0; }
.card .close:hover { background: rgba(255, 255, 255, .35); }
.name { margin: 8px 0 0; font-size: 20px; font-weight: 600; }
.alias { margin: 2px 0 0; color: #646a73; min-height: 1em; }
.dept { margin: 12px 0 0; color: #1f2329; }
.tag:not(:empty) { display: inline-block; padding: 0 6px; border-radius: 4px; background: #fff1e8; color: #de7802; font-size: 12px; }
.page { position: fixed; inset: 0; background: #f5f6f7; overflow: auto; }
.page .bar { display: flex; align-items: center; height: 48px; padding: 0 8px; background: #fff; border-bottom: 1px solid #dee0e3; }
.page .back { border: 0; background: none; font-size: 28px; width: 40px; height: 40px; color: #1f2329; }
.page .title { flex: 1; text-align: center; margin-right: 40px; font-weight: 600; font-size: 17px; }
.page .hero { display: flex; flex-direction: column; align-items: center; padding: 32px 16px 24px; background: #fff; }
.page .avatar.big { width: 96px; height: 96px; border-radius: 50%; }
.page .fields { margin: 12px 0 0; padding: 4px 16px; background: #fff; }
.page dt { color: #646a73; font-size: 13px; margin-top: 8px; }
.page dd { margin: 2px 0 8px; font-size: 16px; }
.consent { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; }
.consent .scrim { position: absolute; inset: 0; background: rgba(31, 35, 41, .45); }
.consent .sheet { position: relative; width: 360px; max-width: calc(100vw - 32px); box-sizing: border-box; padding: 24px;
  background: #fff; border-radius: 12px; box-shadow: 0 8px 32px rgba(31, 35, 41, .2); }
.consent.mobile { align-items: flex-end; }
.consent.mobile .sheet { width: 100%; max-width: none; border-radius: 12px 12px 0 0; padding-bottom: 32px; }
.consent .app { display: flex; align-items: center; gap: 8px; font-weight: 600; }
.consent .app-avatar { width: 24px; height: 24px; border-radius: 6px; }
.consent .ask { margin: 16px 0 4px; font-size: 17px; font-weight: 600; }
.consent .scope { margin: 0; color: #646a73; }
.consent .who { display: flex; align-items: center; gap: 10px; margin: 16px 0; padding: 12px 0;
  border-top: 1px solid #dee0e3; border-bottom: 1px solid #dee0e3; }
.consent .user-avatar { width: 40px; height: 40px; border-radius: 50%; }
.consent .desc { margin: 0 0 20px; color: #646a73; font-size: 13px; overflow-wrap: anywhere; }
.consent .actions { display: flex; gap: 12px; }
.consent .actions button { flex: 1; height: 40px; border-radius: 6px; border: 1px solid #d0d3d6; background: #fff; color: #1f2329; }
.consent .actions .allow { border-color: #3370ff; background: #3370ff; color: #fff; }
@media (prefers-color-scheme: dark) {
  .consent .sheet, .consent .actions .deny { background: #292929; color: #ebebeb; }
  .layer { color: #ebebeb; }
  .card, .page .bar, .page .hero, .page .fields { background: #292929; }
  .page { background: #1a1a1a; }
  .dept, .page .back { color: #ebebeb; }
}
.picker { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; }
.picker [hidden] { display: none !important; }
.picker .scrim { position: absolute; inset: 0; background: rgba(31, 35, 41, .45); }
.picker .sheet { position: relative; display: flex; flex-direction: column; width: 440px; max-width: calc(100vw - 32px);
  height: 560px; max-height: calc(100vh - 32px); box-sizing: border-box; padding: 20px 0 16px;
  background: #fff; border-radius: 12px; box-shadow: 0 8px 32px rgba(31, 35, 41, .2); }
.picker.mobile .sheet { width: 100%; max-width: none; height: 100%; max-height: none; border-radius: 0; padding-top: 12px; }
.picker .picker-title { margin: 0 20px 12px; font-size: 17px; font-weight: 600; }
.picker .search { flex: none; margin: 0 20px 8px; height: 36px; padding: 0 12px; box-sizing: border-box; font: inherit;
  color: inherit; background: #fff; border: 1px solid #d0d3d6; border-radius: 6px; }
.picker .search:focus { outline: 2px solid #3370ff; outline-offset: -1px; border-color: #3370ff; }
.picker .list { flex: 1; min-height: 0; overflow-y: auto; padding: 0 8px; }
.picker .group-title { margin: 8px 12px 4px; font-size: 12px; font-weight: 600; color: #646a73; }
.picker .row { display: flex; align-items: center; gap: 10px; padding: 8px 12px; border-radius: 6px; cursor: pointer; }
.picker .row:hover { background: #f2f3f5; }
.picker .row:has(input:disabled) { cursor: default; opacity: .6; }
.picker .row input { flex: none; width: 16px; height: 16px; margin: 0; accent-color: #3370ff; }
.picker .row input:focus-visible { outline: 2px solid #3370ff; outline-offset: 2px; }
.picker .row-avatar, .picker .row-icon { flex: none; width: 36px; height: 36px; border-radius: 50%; background: #eff0f1; }
.picker .row-icon { border-radius: 8px; background: linear-gradient(135deg, #82a7fc, #3370ff); }
.picker .row-text { display: flex; flex-direction: column; min-width: 0; }
.picker .row-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 500; }
.picker .row-sub { display: flex; align-items: center; gap: 6px; color: #646a73; font-size: 12px; }
.picker .row-sub .tag:not(:empty) { font-size: 11px; }
.picker .empty { margin: 24px 20px; text-align: center; color: #8f959e; }
.picker .foot { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 8px 20px 0; min-height: 21px; }
.picker .count, .picker .limit { margin: 0; }
.picker .count { color: #646a73; }
.picker .limit { color: #f54a45; text-align: right; overflow-wrap: anywhere; }
.picker .actions { display: flex; justify-content: flex-end; gap: 12px; margin: 12px 20px 0; }
.picker .actions button { min-width: 88px; height: 36px; padding: 0 16px; border-radius: 6px;
  border: 1px solid #d0d3d6; background: #fff; color: #1f2329; }
.picker .actions .confirm { border-color: #3370ff; background: #3370ff; color: #fff; }
.picker.mobile .actions button { flex: 1; height: 40px; }
@media (prefers-color-scheme: dark) {
  .picker .sheet, .picker .search, .picker .actions .cancel { background: #292929; color: #ebebeb; }
  .picker .row:hover { background: #333; }
  .picker .count, .picker .row-sub, .picker .group-title { color: #a6a6a6; }
}
`
