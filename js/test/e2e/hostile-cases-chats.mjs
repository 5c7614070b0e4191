// The hostile calls of the chat APIs (choosechat.go, enterchat.go,
// getchatinfo.go and sendmessagecard.go in wasm/shim): the chat picker,
// the chat page, a chat's info and message cards. hostile-cases.mjs lists
// them with the others.
import { LI_NA, fail, ok, words, genericCases } from "./hostile-helpers.mjs";

function api(full, { valid, empty, param, answer = {}, prepare }, own) {
  const generic = genericCases({ namespace: "tt", kind: "async", empty, valid: ok(answer), param });
  return { full, kind: "async", task: false, valid, prepare, cases: [...generic, ...own] };
}

// The default tenant's chats with 李娜 (one-to-one) and the engineering
// group, and the sales meeting the signed-in 张伟 is not in.
const LI_NA_CHAT = "oc_db4334c8379f3ac82fef6481187d5428";
const ENGINEERING = "oc_14c1ce87499304d9428a580618e77f2f";
const SALES = "oc_356f227488caf0c128ccc3ef3839d606";
const w = words("tt");
const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
const PICK_LI_NA = `ttShim.configure({answers: {chooseChat: ["${LI_NA_CHAT}"], sendMessageCard: ["${LI_NA_CHAT}"]}})`;

export function chooseChat() {
  const picked = { data: [{ id: LI_NA_CHAT, chatType: 0, userType: 0, name: "李娜" }] };
  const selectType = (got) => fail(104, w.reason(`selectType should be 0, 1 or 2, got ${got}`));
  return api("tt.chooseChat", { valid: { multiSelect: true, selectType: 2 }, param: "selectType", answer: picked, empty: ok(picked), prepare: PICK_LI_NA }, [
    ["multiSelect a string", '[{...CB, multiSelect: "yes"}]', wrong("multiSelect", "Boolean", "String")],
    ["ignoreSelf 1", "[{...CB, ignoreSelf: 1}]", wrong("ignoreSelf", "Boolean", "Number")],
    ["ignoreBot an array", "[{...CB, ignoreBot: []}]", wrong("ignoreBot", "Boolean", "Array")],
    ["externalChat a BigInt", "[{...CB, externalChat: 1n}]", wrong("externalChat", "Boolean", "BigInt")],
    ["allowCreateGroup null", "[{...CB, allowCreateGroup: null}]", ok(picked)],
    ["selectType 3", "[{...CB, selectType: 3}]", selectType("3")],
    ["selectType -1", "[{...CB, selectType: -1}]", selectType("-1")],
    ["selectType 0.5", "[{...CB, selectType: 0.5}]", selectType("0.5")],
    ["selectType NaN", "[{...CB, selectType: NaN}]", wrong("selectType", "finite Number", "NaN")],
    ["selectType a string", '[{...CB, selectType: "1"}]', wrong("selectType", "Number", "String")],
    ["confirmTitle 5", "[{...CB, confirmTitle: 5}]", wrong("confirmTitle", "String", "Number")],
    ["confirmText an object", "[{...CB, confirmText: {}}]", wrong("confirmText", "String", "Object")],
    ["confirmDesc 10 MB", "[{...CB, confirmDesc: BIG}]", ok(picked)],
    ["confirmTitle markup", '[{...CB, confirmTitle: "<img src=x onerror=alert(1)>"}]', ok(picked)],
    ["showMessageInput", "[{...CB, showMessageInput: true}]", ok({ ...picked, message: "" })],
    ["groups only, which 李娜's is not", "[{...CB, selectType: 1}]",
      fail(102, `internal error: the configuration cannot answer the chats dialog: ${LI_NA_CHAT} is not in the picker`)],
  ]);
}

export function enterChat() {
  const none = fail(1002012, "Parameter error. openId and openChatId cannot be both empty");
  return api("tt.enterChat", { valid: { openChatId: ENGINEERING }, param: "openChatId", empty: none }, [
    ["openid 5", "[{...CB, openid: 5}]", wrong("openid", "String", "Number")],
    ["openChatId an array", "[{...CB, openChatId: [VALID.openChatId]}]", wrong("openChatId", "String", "Array")],
    ["needBadge a string", '[{...VALID, ...CB, needBadge: "no"}]', wrong("needBadge", "Boolean", "String")],
    ["both empty", '[{...CB, openid: "", openChatId: ""}]', none],
    ["both null", "[{...CB, openid: null, openChatId: null}]", none],
    ["openid 李娜", `[{...CB, openid: "${LI_NA}"}]`, ok()],
    ["openid wins", `[{...CB, openid: "${LI_NA}", openChatId: "oc_nowhere"}]`, ok()],
    ["openid no one", '[{...CB, openid: "ou_nobody"}]', fail(102, 'internal error: openid "ou_nobody" is not a user of this tenant')],
    ["openid 10 MB", "[{...CB, openid: BIG}]", fail(102, /^internal error: openid "x{300}"… \(10485760 bytes\) is not a user of this tenant$/)],
    ["openChatId nowhere", '[{...CB, openChatId: "oc_nowhere"}]', fail(102, 'internal error: openChatId "oc_nowhere" is not a chat of this tenant')],
    ["openChatId of another's chat", `[{...CB, openChatId: "${SALES}"}]`,
      fail(102, `internal error: the signed-in user is not a member of chat "${SALES}"`)],
  ]);
}

export function getChatInfo() {
  const info = { name: "工程部", badge: 12, atCount: 1 };
  return api("tt.getChatInfo", { valid: { openChatId: ENGINEERING, chatType: 1 }, param: "openChatId", answer: info,
    empty: fail(104, w.empty("openChatId", "String", "Undefined")) }, [
    ["openChatId 5", "[{...VALID, ...CB, openChatId: 5}]", wrong("openChatId", "String", "Number")],
    ["openChatId empty", '[{...VALID, ...CB, openChatId: ""}]', fail(104, w.empty("openChatId", "String", "String"))],
    ["chatType missing", `[{openChatId: "${ENGINEERING}", ...CB}]`, fail(104, w.reason("chatType is required"))],
    ["chatType null", "[{...VALID, ...CB, chatType: null}]", fail(104, w.reason("chatType is required"))],
    ["chatType a string", '[{...VALID, ...CB, chatType: "1"}]', wrong("chatType", "Number", "String")],
    ["chatType 2", "[{...VALID, ...CB, chatType: 2}]", fail(104, w.reason("chatType should be 0 or 1, got 2"))],
    ["chatType Infinity", "[{...VALID, ...CB, chatType: Infinity}]", wrong("chatType", "finite Number", "Infinity")],
    ["userType missing for a one-to-one chat", `[{...CB, openChatId: "${LI_NA_CHAT}", chatType: 0}]`, fail(104, w.reason("userType is required"))],
    ["userType a boolean", `[{...CB, openChatId: "${LI_NA_CHAT}", chatType: 0, userType: true}]`, wrong("userType", "Number", "Boolean")],
    ["the wrong chatType", "[{...VALID, ...CB, chatType: 0, userType: 0}]",
      fail(104, w.reason(`chatType is 0, and chat "${ENGINEERING}" is a group chat (chatType 1)`))],
    ["李娜's chat", `[{...CB, openChatId: "${LI_NA_CHAT}", chatType: 0, userType: 0}]`, ok({ name: "李娜", badge: 2, atCount: 0 })],
    ["openChatId 10 MB", "[{...VALID, ...CB, openChatId: BIG}]",
      fail(102, /^internal error: openChatId "x{300}"… \(10485760 bytes\) is not a chat of this tenant$/)],
    ["openChatId of another's chat", `[{...VALID, ...CB, openChatId: "${SALES}"}]`,
      fail(102, `internal error: the signed-in user is not a member of chat "${SALES}"`)],
  ]);
}

export function sendMessageCard() {
  const CARD = '{msg_type: "interactive", card: {elements: [{tag: "div", text: {tag: "plain_text", content: "hi"}}]}}';
  const coded = (why, code) => fail(104, w.reason(`${why} (error code: ${code})`), code);
  const malformed = (why) => coded(`cardContent format failed: ${why}`, -4);
  const sent = { sendCardInfo: [{ status: 0, openChatId: LI_NA_CHAT }] };
  return api("tt.sendMessageCard", { valid: { openChatIDs: [LI_NA_CHAT], cardContent: { msg_type: "interactive", card: { elements: [{ tag: "hr" }] } } },
    param: "openChatIDs", answer: sent, empty: coded("openChatIDs is empty", -1), prepare: PICK_LI_NA }, [
    ["openChatIDs a string", `[{...CB, openChatIDs: "${LI_NA_CHAT}"}]`, wrong("openChatIDs", "Array", "String")],
    ["openChatIDs of numbers", "[{...CB, openChatIDs: [1]}]", fail(104, w.reason("openChatIDs must hold only strings"))],
    ["openIDs an object", "[{...CB, openIDs: {}}]", wrong("openIDs", "Array", "Object")],
    ["shouldChooseChat 1", "[{...VALID, ...CB, shouldChooseChat: 1}]", wrong("shouldChooseChat", "Boolean", "Number")],
    ["chooseChatParams a string", '[{...VALID, ...CB, chooseChatParams: "x"}]', wrong("chooseChatParams", "Object", "String")],
    ["chooseChatParams.selectType 9", `[{...CB, shouldChooseChat: true, chooseChatParams: {selectType: 9}, cardContent: ${CARD}}]`,
      fail(104, w.reason("selectType should be 0, 1 or 2, got 9"))],
    ["triggerCode 5", "[{...VALID, ...CB, triggerCode: 5}]", wrong("triggerCode", "String", "Number")],
    ["withAdditionalMessage a string", '[{...VALID, ...CB, withAdditionalMessage: "y"}]', wrong("withAdditionalMessage", "Boolean", "String")],
    ["no card", `[{...CB, openChatIDs: ["${LI_NA_CHAT}"]}]`, coded("cardContent is empty", -3)],
    ["card null", "[{...VALID, ...CB, cardContent: null}]", coded("cardContent is empty", -3)],
    ["card a string", '[{...VALID, ...CB, cardContent: "{}"}]', malformed("cardContent should be an object, got String")],
    ["card an array", "[{...VALID, ...CB, cardContent: []}]", malformed("cardContent should be an object, got Array")],
    ["msg_type text", '[{...VALID, ...CB, cardContent: {msg_type: "text", card: {}}}]', malformed('msg_type should be "interactive"')],
    ["no card object", '[{...VALID, ...CB, cardContent: {msg_type: "interactive", card: "x"}}]', malformed("card should be an object")],
    ["update_multi a string", '[{...VALID, ...CB, cardContent: {msg_type: "interactive", update_multi: "y", card: {}}}]',
      malformed("update_multi should be a boolean")],
    ["an element without a tag", '[{...VALID, ...CB, cardContent: {msg_type: "interactive", card: {elements: [{}]}}}]',
      malformed("card.elements[0] has no tag")],
    ["a 10 MB card", '[{...VALID, ...CB, cardContent: {msg_type: "interactive", card: {elements: [{tag: "markdown", content: BIG}]}}}]',
      fail(104, /^Parameter error\. cardContent format failed: the card is \d+ bytes of JSON, more than the 20480 it may be \(error code: -4\)$/, -4)],
    ["11 chats", `[{...VALID, ...CB, openChatIDs: Array(11).fill("${LI_NA_CHAT}")}]`, coded("11 chats are more than the 10 a card is sent to", -2)],
    ["an open_id as a chat", `[{...VALID, ...CB, openChatIDs: ["${LI_NA}"]}]`,
      coded(`openChatIDs holds "${LI_NA}", which is not an open_chat_id of the signed-in user's chats`, -8)],
    ["openIDs 李娜", `[{...CB, openIDs: ["${LI_NA}"], cardContent: ${CARD}}]`, ok(sent)],
    ["through the picker", `[{...CB, shouldChooseChat: true, openChatIDs: ["oc_ignored"], cardContent: ${CARD}}]`, ok(sent)],
  ]);
}

// The default launch's trigger code (launch.go).
const TRIGGER = "c-12a2a7a73ad65a2af967155761e68da9";

function trigger(name, answer) {
  const empty = fail(104, w.reason("triggerCode is empty (error code: 42301)"), 42301);
  const invalid = (quoted) => fail(104, w.reason(`invalid triggerCode: ${quoted} is not the code the app was launched with (error code: 42302)`), 42302);
  return api(`tt.${name}`, { valid: { triggerCode: TRIGGER }, param: "triggerCode", answer, empty }, [
    ["triggerCode 5", "[{...CB, triggerCode: 5}]", wrong("triggerCode", "String", "Number")],
    ["triggerCode an array", "[{...CB, triggerCode: [VALID.triggerCode]}]", wrong("triggerCode", "String", "Array")],
    ["triggerCode an object", "[{...CB, triggerCode: {}}]", wrong("triggerCode", "String", "Object")],
    ["triggerCode empty", '[{...CB, triggerCode: ""}]', empty],
    ["triggerCode null", "[{...CB, triggerCode: null}]", empty],
    ["another triggerCode", '[{...CB, triggerCode: "c-x"}]', invalid('"c-x"')],
    ["triggerCode 10 MB", "[{...CB, triggerCode: BIG}]",
      fail(104, /^Parameter error\. invalid triggerCode: "x{300}"… \(10485760 bytes\) is not the code the app was launched with \(error code: 42302\)$/, 42302)],
    ["not logged in", '(ttShim.configure({launch: {error: "notLogin"}}), [{...VALID, ...CB}])', fail(105, "not login (error code: 42303)", 42303)],
    ["failed", '(ttShim.configure({launch: {error: "failed"}}), [{...VALID, ...CB}])', fail(102, "get block action failed (error code: 42304)", 42304)],
    ["unavailable", '(ttShim.configure({launch: {error: "unavailable"}}), [{...VALID, ...CB}])', fail(102, "service is not valid (error code: 42305)", 42305)],
    ["working again", '(ttShim.configure({launch: {error: ""}}), [{...VALID, ...CB}])', ok(answer)],
  ]);
}

export function chatAsyncApis() {
  return [chooseChat(), enterChat(), getChatInfo(), sendMessageCard(),
    trigger("getBlockActionSourceDetail", { bizType: "message", content: { actionTime: 1741944413 } }),
    trigger("getTriggerContext", { openChatId: ENGINEERING, bizType: "message" })];
}
