// ttshim's declarations (see index.d.ts): how every tt and Taro API answers,
// with callbacks or a Promise, and the objects it answers with.

// ---- the call contract ------------------------------------------------------

/** Every success object: `errMsg` is `"<api>:ok"`. */
export interface TtSuccess {
  /** `"<api>:ok"`, e.g. `"enterProfile:ok"`. */
  errMsg: string;
}

/**
 * Every failure object, delivered to `fail` and `complete` or as the Promise's
 * rejection (a plain object, not an `Error`). A user cancel (`tt.chooseContact`)
 * has this shape too, with `errMsg` `"<api>:cancel"`.
 */
export interface TtFail {
  /** `"<api>:fail <errString>"` (or `"<api>:cancel"` for a user cancel). */
  errMsg: string;
  /** Feishu's errno, e.g. 103 (not supported), 104 (parameter), 105 (authentication). */
  errno: number;
  /** What went wrong, e.g. `"Parameter error. openid cannot be empty"`. */
  errString: string;
  /** The error code of the API's own page, where it has one beside errno (`tt.requestAuthCode`: 10200, 10232). */
  errCode?: number;
}

/** What a sync API (`tt.canIUse`, `tt.getSystemInfoSync`, `Taro.getEnv`…) throws on failure. */
export interface TtSyncError extends Error {
  /** The same as `message`: `"<api>:fail <errString>"`. */
  errMsg: string;
  /** Feishu's errno, e.g. 104 for a non-string schema. */
  errno: number;
  /** What went wrong. */
  errString: string;
}

/** The callbacks an async option may carry. Each runs in a later microtask, `success` or `fail` first, then `complete`. */
export interface TtCallbacks<S> {
  /** Runs with the success object. */
  success?: (res: S) => void;
  /** Runs with the failure (or cancel) object. */
  fail?: (res: TtFail) => void;
  /** Runs after `success` or `fail`, with the same object. */
  complete?: (res: S | TtFail) => void;
}

/** An option with at least one callback: tt returns `undefined` for it. */
export type WithCallbacks<S> = TtCallbacks<S> &
  ({ success: (res: S) => void } | { fail: (res: TtFail) => void } | { complete: (res: S | TtFail) => void });

/** An option with none of the callbacks: tt returns a Promise for it. */
export interface NoCallbacks {
  /** Absent (or not a function). */
  success?: undefined;
  /** Absent (or not a function). */
  fail?: undefined;
  /** Absent (or not a function). */
  complete?: undefined;
}

/**
 * A tt API whose option is required. With any of `success`, `fail` or
 * `complete`, it returns `undefined`; with none, a Promise that resolves with
 * the success object and rejects with the {@link TtFail} object.
 */
export interface TtAsyncApi<O, S> {
  /** With a callback: returns `undefined`; the callbacks receive the answer. */
  (option: O & WithCallbacks<S>): void;
  /** Without callbacks: returns a Promise of the success object (rejecting with {@link TtFail}). */
  (option: O & NoCallbacks): Promise<S>;
  /** Callbacks not known statically: a Promise when the option carries none of them, otherwise `undefined`. */
  (option: O & TtCallbacks<S>): Promise<S> | void;
}

/**
 * A tt API whose option may be left out (it counts as `{}`); otherwise as
 * {@link TtAsyncApi}. (`object` keeps out primitives, which fail with errno 104.)
 */
export interface TtAsyncApiOptional<O, S> {
  /** With a callback: returns `undefined`; the callbacks receive the answer. */
  (option: O & object & WithCallbacks<S>): void;
  /** Without callbacks: returns a Promise of the success object (rejecting with {@link TtFail}). */
  (option?: O & object & NoCallbacks): Promise<S>;
  /** Callbacks not known statically: a Promise when the option carries none of them, otherwise `undefined`. */
  (option?: O & object & TtCallbacks<S>): Promise<S> | void;
}

/**
 * A Taro API: it always returns a Promise, callbacks or not. The callbacks run
 * first, then the Promise settles; it rejects with the {@link TtFail} object
 * even when `fail` was given (Taro's `processApis`).
 */
export interface TaroAsyncApi<O, S> {
  (option: O & TtCallbacks<S>): Promise<S>;
}

/** A Taro API whose option may be left out; otherwise as {@link TaroAsyncApi}. */
export interface TaroAsyncApiOptional<O, S> {
  (option?: O & object & TtCallbacks<S>): Promise<S>;
}

// ---- tasks (tt.request) -----------------------------------------------------

/**
 * The task an API that runs in the background (`tt.request`) returns when
 * the option carries a callback (its RequestTask).
 */
export interface TtTask {
  /**
   * Fails the call with errno 301 (`"<api>:fail abort"`): `fail`, then
   * `complete`, then the Promise's rejection. Does nothing once the call has
   * ended; a call still queued before `ttShim.ready` is aborted as soon as
   * the runtime has it.
   */
  abort(): void;
}

/**
 * What such an API returns without callbacks, and its Taro twin always: a
 * Promise of the success object (rejecting with {@link TtFail}) that is also
 * the {@link TtTask}.
 */
export interface TtTaskPromise<S> extends Promise<S>, TtTask {}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
