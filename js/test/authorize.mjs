// The Open Platform's authorization page, driven over HTTP as a browser
// would: GET authen/v1/index, read its form, submit one of its buttons and
// read code and state from the redirect, which is not followed.

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex, dec, name) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ENTITIES[name.toLowerCase()] ?? whole);
}

function attributes(tag) {
  const found = {};
  for (const [, name, , doubleQuoted, singleQuoted, bare] of tag.matchAll(/([\w-]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    found[name.toLowerCase()] = decodeEntities(doubleQuoted ?? singleQuoted ?? bare ?? "");
  }
  return found;
}

/**
 * The page's forms: {action, method, fields (hidden and other inputs with a
 * name), buttons (submit buttons: name, value, text)}.
 */
export function parseForms(html) {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)].map(([, formTag, inner]) => {
    const form = attributes(formTag);
    const fields = [...inner.matchAll(/<input\b([^>]*)>/gi)].map(([, tag]) => attributes(tag))
      .filter((input) => input.name && !["submit", "button", "image"].includes((input.type || "text").toLowerCase()));
    const buttons = [...inner.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/gi)]
      .map(([, tag, text]) => ({ ...attributes(tag), text: decodeEntities(text.replace(/<[^>]*>/g, "")).trim() }))
      .filter((button) => (button.type || "submit").toLowerCase() === "submit");
    return { action: form.action ?? "", method: (form.method || "get").toUpperCase(), fields, buttons };
  });
}

/**
 * Signs in at the authorization page: picks the button that names openId
 * (in its value or its text) or, without one, the first, and returns
 * {code, state, location, button}.
 */
export async function authorize(baseURL, { appId, redirectURI, state, openId }) {
  const pageURL = new URL("/open-apis/authen/v1/index", baseURL);
  pageURL.search = new URLSearchParams({ app_id: appId, redirect_uri: redirectURI, state }).toString();
  const page = await fetch(pageURL, { redirect: "manual" });
  const html = await page.text();
  if (page.status !== 200) throw new Error(`GET ${pageURL} answered ${page.status}: ${html.slice(0, 300)}`);
  const forms = parseForms(html).filter((form) => form.buttons.length > 0);
  if (forms.length === 0) throw new Error(`the authorization page has no form with a submit button:\n${html.slice(0, 1000)}`);
  const candidates = forms.flatMap((form) => form.buttons.map((button) => ({ form, button })));
  const chosen = candidates.find(({ button }) => openId && (button.value === openId || button.text.includes(openId))) ?? candidates[0];
  const { form, button } = chosen;
  const values = new URLSearchParams(form.fields.map((field) => [field.name, field.value ?? ""]));
  if (button.name) values.append(button.name, button.value ?? "");
  const target = new URL(button.formaction || form.action || pageURL.href, pageURL);
  const method = (button.formmethod || form.method).toUpperCase();
  let submitted;
  if (method === "POST") {
    submitted = await fetch(target, { method, redirect: "manual", body: values });
  } else {
    target.search = values.toString();
    submitted = await fetch(target, { redirect: "manual" });
  }
  const location = submitted.headers.get("location");
  if (submitted.status !== 302 || !location) {
    throw new Error(`submitting the authorization form (${method} ${target}) answered ${submitted.status}, not a redirect: ${(await submitted.text()).slice(0, 300)}`);
  }
  const back = new URL(location, target);
  return { code: back.searchParams.get("code"), state: back.searchParams.get("state"), location: back, button };
}
