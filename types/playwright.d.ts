// Types of ttshim/playwright (js/playwright.mjs): installTtShim, and the
// Playwright test with its ttshim fixture.
//
//   import { test, expect } from "ttshim/playwright";
//   test.use({ ttshimConfig: { acceptAnySignature: true } });
//   test("opens a card", async ({ page, ttshim }) => {
//     await page.goto("https://app.example.test/");
//     expect(await ttshim.calls("enterProfile")).toHaveLength(0);
//   });
import type {
  BrowserContext,
  Expect,
  ExpectMatcherState,
  Frame,
  Page,
  PlaywrightTestArgs,
  PlaywrightTestOptions,
  PlaywrightWorkerArgs,
  PlaywrightWorkerOptions,
  TestType,
} from "@playwright/test";
import type {
  ActiveOverride,
  ApiBareName,
  ApiName,
  CallLogEntry,
  Dialog,
  DialogAnswer,
  LeaveEffect,
  NavigationBarState,
  OverrideName,
  OverrideOptions,
  OverrideResponder,
  Session,
  TaroOwnSyncApis,
  TtShimConfig,
  TtShimEffectiveConfig,
  TtSyncApis,
} from "./index.js";
import type { OpenPlatform } from "./open-platform.js";

/** What `expect(ttshim).toHaveCalled(api, expected)` looks for; each field it names must fit. */
export interface ExpectedCall {
  /**
   * The option, as far as named: objects by the keys given (others may be
   * there), arrays item by item, a `RegExp` by a string it matches,
   * `expect.any(…)` and the other asymmetric matchers by their rule.
   */
  args?: unknown;
  /** The call's outcome in the log. */
  outcome?: CallLogEntry["outcome"];
  /** The object delivered, as far as named (as `args`). */
  result?: unknown;
  /** Exactly this many fitting calls; by default at least one. */
  times?: number;
  /** Also the page's earlier documents (`ttshim.calls(api, {allDocuments})`). */
  allDocuments?: boolean;
  /** How long to retry; by default the expect timeout. */
  timeout?: number;
}

type MatcherResult = { pass: boolean; message: () => string; name?: string };

/** The assertions `expect` from ttshim/playwright adds; each retries until it holds or times out. */
export interface TtShimMatchers {
  /** The log has a call of `api` (full or bare name) that fits `expected`. */
  toHaveCalled(this: ExpectMatcherState, ttshim: TtShimFrameControls, api: ApiName | ApiBareName | (string & {}), expected?: ExpectedCall): Promise<MatcherResult>;
  /** A `showToast` (tt or Taro) succeeded with this title (or one the RegExp matches), and `icon` if given. */
  toHaveShownToast(this: ExpectMatcherState, ttshim: TtShimFrameControls, title?: string | RegExp, options?: { icon?: string; timeout?: number }): Promise<MatcherResult>;
  /** A dialog of `kind` (of `api`, if given) waits for an answer. */
  toHaveDialog(this: ExpectMatcherState, ttshim: TtShimFrameControls, kind: Dialog["kind"], options?: { api?: string; timeout?: number }): Promise<MatcherResult>;
}

/** Playwright's `expect`, with {@link TtShimMatchers}. */
export const expect: Expect<TtShimMatchers>;
export type { ActiveOverride, CallLogEntry, Dialog, DialogAnswer, OverrideName, OverrideOptions, Session, TtShimConfig, TtShimEffectiveConfig };
export type { OpenPlatform };

/** The path, on every http(s) origin, that ttshim's wasm is served from by a route. */
export const TTSHIM_WASM_PATH: "/__ttshim__/ttshim.wasm";

/** installTtShim's options. */
export interface InstallOptions {
  /**
   * The absolute path, on every origin, that the wasm is served from; the
   * network module, `ttshim-net.wasm`, is served next to it.
   * Default: {@link TTSHIM_WASM_PATH}. A route of your own that matches
   * either must `route.fallback()` for it, as your routes take precedence.
   */
  path?: string;
  /**
   * A server from {@link startTtshimFileServer}: the route then continues an
   * http document's request for the wasm to it, so the browser fetches the
   * wasm itself, instead of receiving it through `route.fulfill` (https
   * documents still do: Playwright continues a request only to a URL of
   * the same scheme). The fixture does this with a server per worker.
   */
  server?: TtShimFileServer;
}

/** A loopback server of ttshim's wasm modules, from {@link startTtshimFileServer}. */
export interface TtShimFileServer {
  /** `http://127.0.0.1:<port>`; it serves `/ttshim.wasm` and `/ttshim-net.wasm`. */
  readonly origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Serves ttshim's wasm modules from memory on a free loopback port, for {@link InstallOptions.server}. */
export function startTtshimFileServer(): Promise<TtShimFileServer>;

/**
 * Installs ttshim into every page and frame of `pageOrContext`, before any
 * page script runs, on any http(s) origin, with no server: an init script
 * runs the loader, and a route serves the wasm from memory at
 * {@link TTSHIM_WASM_PATH} on the document's own origin (and the network
 * module, which the first `tt.request` loads, next to it). Documents with no
 * origin to route (about:blank, about:srcdoc, data:, blob:, file:) are
 * skipped. A page whose own `<script src="…/ttshim.js">` comes later keeps
 * the one runtime (its copy warns and does nothing). A strict CSP needs
 * `'wasm-unsafe-eval'` in `script-src`, as for any page running ttshim.
 *
 * @param config `window.ttShimConfig` for every document (JSON values).
 * @throws TypeError for something that is not a Page or BrowserContext, or a config that is not an object.
 * @throws Error when ttshim is already installed there (a page's context counts).
 */
export function installTtShim(pageOrContext: Page | BrowserContext, config?: TtShimConfig, options?: InstallOptions): Promise<void>;

/** Who made an overridden call, for a Node-function responder. */
export interface ResponderSource {
  /** The name the override was given, e.g. `"enterProfile"`. */
  api: string;
  /** The page the call came from. */
  page: Page;
  /** The frame the call came from. */
  frame: Frame;
}

type ResponderFunction<N extends OverrideName> = Extract<OverrideResponder<N>, (...args: any[]) => unknown>;
type BareOf<N extends string> = N extends `${string}.${infer B}` ? B : N;
type IsSync<N extends OverrideName> = BareOf<N> extends keyof TtSyncApis | keyof TaroOwnSyncApis ? true : false;

/**
 * What `ttshim.override` takes: an answer the page uses as is (fields, or
 * `{errno, errString}`), or, for an asynchronous API, a function that runs
 * in Node. The function gets the call's option as JSON (without its
 * callbacks; `undefined` when none was given) and who made the call, and
 * returns the answer or a Promise of it; if it throws or rejects, the call
 * fails with errno 100. Synchronous APIs take a value, not a function.
 */
export type FixtureResponder<N extends OverrideName> =
  | Exclude<OverrideResponder<N>, (...args: any[]) => unknown>
  | (IsSync<N> extends true
    ? never
    : (option: Parameters<ResponderFunction<N>>[0], source: ResponderSource) =>
      ReturnType<ResponderFunction<N>> | Promise<Awaited<ReturnType<ResponderFunction<N>>>>);

/** `ttshim.calls`'s options. */
export interface CallsOptions {
  /**
   * Also the calls of the documents the page showed before the current one
   * in this test, oldest document first, then the current one's. A document
   * left before its ttshim started never handled its calls, so it has none.
   */
  allDocuments?: boolean;
}

type CallsFilter = ApiName | ApiBareName | (string & {});

/**
 * `ttShim`, driven from the test. Every method waits for `ttShim.ready` in the
 * current document (so it works right after a navigation), then acts there;
 * it rejects when the document has no ttshim (about:blank before the first
 * `page.goto`), and with the page's own `TypeError` or `Error` otherwise.
 */
export interface TtShimFrameControls {
  /** Waits until ttshim serves calls in the current document; rejects when it cannot start. */
  ready(): Promise<void>;
  /** The effective configuration. */
  config(): Promise<TtShimEffectiveConfig>;
  /** Merges a patch into the configuration; rejects with a `TypeError` (changing nothing) when invalid. */
  configure(patch: TtShimConfig): Promise<void>;
  /** The current document's call log, optionally filtered by full or bare name. */
  calls(api?: CallsFilter): Promise<CallLogEntry[]>;
  /**
   * Answers an API's calls in the current document with `responder`, until
   * `restore`, `times` calls, or the next document. A Node function runs
   * in Node, once per call.
   */
  override<N extends OverrideName>(api: N, responder: FixtureResponder<N>, options?: OverrideOptions): Promise<void>;
  /** Removes the overrides of `api`, or all of them. */
  restore(api?: OverrideName): Promise<void>;
  /** The overrides in force in the current document, oldest first. */
  overrides(): Promise<ActiveOverride[]>;
  /** The client's current session. */
  session(): Promise<Session>;
  /** The backend's code-to-session exchange. */
  exchangeCode(code: string): Promise<Session>;
  /** Answers the oldest waiting dialog. */
  answer(decision: DialogAnswer): Promise<void>;
  /** The dialogs waiting for an answer, oldest first. */
  dialogs(): Promise<Dialog[]>;
  /** The navigation bar as drawn (`ttShim.navigationBar()`). */
  navigationBar(): Promise<NavigationBarState>;
  /** Clicks an item of the bar (`ttShim.tapNavigationBar`). */
  tapNavigationBar(side: "left" | "right", id?: string): Promise<void>;
  /** The person leaves (`ttShim.leave`): whether the page was left. */
  leave(how?: LeaveEffect): Promise<boolean>;
  /** `ttShim.reset()` in the current document. */
  reset(): Promise<void>;
}

/** The `ttshim` fixture: {@link TtShimFrameControls} for the test's page, plus its earlier documents and its frames. */
export interface TtShimFixture extends TtShimFrameControls {
  /**
   * The call log. With `{allDocuments: true}`, the logs of the page's
   * earlier documents in this test come first.
   */
  calls(api?: CallsFilter, options?: CallsOptions): Promise<CallLogEntry[]>;
  calls(options: CallsOptions): Promise<CallLogEntry[]>;
  /** `ttShim.reset()` in the current document; also forgets the earlier documents' logs. */
  reset(): Promise<void>;
  /** The same controls for a frame of the page, which has a ttshim of its own (from `page.frame(…)`, not a FrameLocator). */
  frame(frame: Frame): TtShimFrameControls;
}

/** The option `test.use({ ttshimConfig })` sets. */
export interface TtShimTestOptions {
  /**
   * `window.ttShimConfig` for every document of the test. Default: none
   * (ttshim's defaults). With `unsimulated: "error"`, a call to an API
   * ttshim does not simulate yet fails the test when it ends.
   */
  ttshimConfig: TtShimConfig | undefined;
}

/** The fixtures the test adds. */
export interface TtShimTestFixtures {
  /** Drives ttShim in the test's page. ttshim is installed in the test's context whether or not a test asks for it. */
  ttshim: TtShimFixture;
}

/** The options `test.use({ openPlatformConfig, ttshimServe })` set, for the worker. */
export interface OpenPlatformWorkerOptions {
  /**
   * Where the pages get the wasm: `"loopback"` (default), from a server the
   * worker starts on 127.0.0.1 and closes when it ends (http documents;
   * https ones get it from memory), or `"route"`, from memory through
   * `route.fulfill` for every document. With `connectOptions` (a remote
   * browser, which cannot reach the worker's loopback) it is always `"route"`.
   */
  ttshimServe: "loopback" | "route";
  /**
   * The tenant the worker's Open Platform plays (a page's `data-config`
   * JSON, as an object or a file's path). Default: ttshim's default tenant.
   * Pages get `ttshimConfig`, not this: give both the same app and users.
   * A worker option: set it in the config's `use` or at a file's top
   * level, not inside a `describe`.
   */
  openPlatformConfig: TtShimConfig | string | undefined;
}

/** The worker fixtures the test adds. */
export interface OpenPlatformWorkerFixtures {
  /**
   * A simulated Open Platform for the app's backend, started on a free
   * loopback port the first time a test of the worker asks for it and
   * closed with the worker; its tokens and clock are shared by the
   * worker's tests.
   */
  openPlatform: OpenPlatform;
}

/** Playwright's `test`, with ttshim in every page and frame of the test's context, the `ttshim` fixture and the `openPlatform` worker fixture. */
export const test: TestType<
  PlaywrightTestArgs & PlaywrightTestOptions & TtShimTestOptions & TtShimTestFixtures,
  PlaywrightWorkerArgs & PlaywrightWorkerOptions & OpenPlatformWorkerOptions & OpenPlatformWorkerFixtures
>;
