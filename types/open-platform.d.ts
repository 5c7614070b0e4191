// Types of ttshim/open-platform (js/openplatform.mjs): the simulated Feishu
// Open Platform on a node:http server.
//
//   import { startOpenPlatform } from "ttshim/open-platform";
//   const platform = await startOpenPlatform({ config: { app: { appId: "cli_x" } } });
//   new lark.Client({ appId, appSecret, domain: platform.url });
import type { TtShimConfig, TtShimEffectiveConfig } from "./config.js";

/** startOpenPlatform's options. */
export interface OpenPlatformOptions {
  /** The port to listen on. Default: 0, a free one (see {@link OpenPlatform.port}). */
  port?: number;
  /** The address to listen on. Default: `"127.0.0.1"`. */
  host?: string;
  /**
   * The tenant the server plays: the configuration a page's `data-config`
   * file holds, as an object or as a JSON file's path. Default: ttshim's
   * default tenant.
   */
  config?: TtShimConfig | string;
  /**
   * More files served on the same port (GET and HEAD, with CORS), by URL
   * path: `{"/ttshim.js": "node_modules/ttshim/dist/ttshim.js"}`. Their type
   * comes from the extension (.html .js .mjs .json .map .wasm); each must
   * exist when the server starts. `npx ttshim serve` serves the runtime so.
   */
  files?: Record<string, string>;
}

/** A running Open Platform. Every server has a tenant, tokens and a clock of its own. */
export interface OpenPlatform {
  /** `http://host:port`, without a trailing slash: the SDK's `domain`, or LARK_HOST. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** The tenant it plays, in `ttShim.config()`'s shape (the app secret, the users). */
  tenant(): Promise<TtShimEffectiveConfig>;
  /** Moves its clock on by `ms` milliseconds, so tokens and codes expire; resolves to its new time (ms since the epoch). */
  advance(ms: number): Promise<number>;
  /** Stops the server and its Go instance; later calls return the same Promise. */
  close(): Promise<void>;
}

/**
 * Starts the simulated Open Platform (the same Go implementation as
 * `make serve`, run as WebAssembly) on a node:http server.
 *
 * @throws TypeError for a config that is neither an object nor a path, or a bad `files` entry.
 * @throws Error with the configuration's error (as a page would report it), an unreadable file, or a port it cannot listen on.
 */
export function startOpenPlatform(options?: OpenPlatformOptions): Promise<OpenPlatform>;

/**
 * Checks `config` as one layer of a page's configuration (as `window.ttShimConfig` is):
 * known keys, values of their kinds. Resolves to the reason a page would refuse it, or `""`.
 * What depends on other layers (a `data-config` file's users) is not checked.
 */
export function configLayerError(config: object): Promise<string>;
