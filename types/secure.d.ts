// ttshim's declarations (see index.d.ts): the system authentication
// (tt.startDeviceCredential), the watermark (tt.checkWatermark) and the
// mail (tt.mailto), tt's alone (Taro wraps none of them), and the
// `security` configuration key.

import type { TtAsyncApi, TtAsyncApiOptional, TtSuccess } from "./contract.js";

/** `tt.startDeviceCredential`'s option. */
export interface StartDeviceCredentialOption {
  /** The reason the system's prompt shows; required and non-empty (errCode 40003). */
  authContent: string;
}

/** `tt.checkWatermark`'s option: only the callbacks. */
export interface CheckWatermarkOption {}

/** `tt.checkWatermark`'s success. */
export interface CheckWatermarkSuccess extends TtSuccess {
  /** Whether the client draws its global watermark: `security.watermark`. */
  hasWatermark: boolean;
}

/** `tt.mailto`'s option: the mail the system's mail app opens with. */
export interface MailtoOption {
  /** Email addresses. */
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject?: string;
  body?: string;
}

/** The device's screen lock and the client's watermark, as `ttShim.config().security` reports them. */
export interface TtShimSecurity {
  /** Whether a screen lock is set: `"none"` fails `tt.startDeviceCredential` with errCode 40000. Default `"enrolled"`. */
  deviceCredential: "enrolled" | "none";
  /** What `tt.checkWatermark` answers. Default false. */
  watermark: boolean;
  /** The person's security password, which `tt.startPasswordVerify` checks. Default `"123456"`. */
  password: string;
  /** How many wrong passwords in a row lock `tt.startPasswordVerify` (errCode 40103) until `ttShim.reset()`: 1 to 100. Default 5. */
  passwordAttempts: number;
}

/** The system's authentication prompt (`kind: "credential"`): answered by `"confirm"` (Pass), `"fail"` or `"cancel"`. */
export interface CredentialDialog {
  id: number;
  kind: "credential";
  api: "tt.startDeviceCredential";
  credential: { authContent: string };
}

/** The security APIs ttshim simulates on `tt`. */
export interface TtSecure {
  /**
   * Shows the system's authentication prompt and waits for the person:
   * Pass succeeds; Fail (errCode 40002) and Cancel (`startDeviceCredential:cancel`,
   * errCode 40002) fail; no screen lock fails at once (errCode 40000). Phones only.
   */
  startDeviceCredential: TtAsyncApi<StartDeviceCredentialOption, TtSuccess>;
  /** `security.watermark`. */
  checkWatermark: TtAsyncApiOptional<CheckWatermarkOption, CheckWatermarkSuccess>;
  /** Succeeds for valid addresses, and the call log keeps the mail; nothing is drawn. Phones only. */
  mailto: TtAsyncApiOptional<MailtoOption, TtSuccess>;
}

/** For `ttShim.override` and the call log: the security APIs, tt's alone. */
export interface SecureOwnAsyncApis {
  startDeviceCredential: { option: StartDeviceCredentialOption; success: TtSuccess };
  checkWatermark: { option: CheckWatermarkOption; success: CheckWatermarkSuccess };
  mailto: { option: MailtoOption; success: TtSuccess };
}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
