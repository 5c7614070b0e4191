// Type tests for ../vite.d.ts and ../webpack.d.ts: the plugins fit where
// Vite's and webpack's own declarations take a plugin, though ours import
// neither. Compiled (never run) by `make types`.
import type { Plugin, UserConfig } from "vite";
import type { Configuration } from "webpack";
import ttshim, { type TtShimViteOptions } from "../vite.js";
import TtShimWebpackPlugin from "../webpack.js";

const viteOptions: TtShimViteOptions = { inject: false, build: true };
export const plugin: Plugin = ttshim(viteOptions);
export const viteConfig: UserConfig = { plugins: [ttshim(), ttshim({ build: true })] };
export const webpackConfig: Configuration = { plugins: [new TtShimWebpackPlugin(), new TtShimWebpackPlugin({ inject: false })] };

// @ts-expect-error inject is a boolean
ttshim({ inject: "head" });
// @ts-expect-error not an option
new TtShimWebpackPlugin({ wasmURL: "/x.wasm" });
