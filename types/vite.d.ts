// Types of ttshim/vite (js/vite.mjs): a Vite plugin that serves ttshim's
// runtime in `vite dev` and adds its script to the page.
//
//   import ttshim from "ttshim/vite";
//   export default defineConfig({ plugins: [ttshim()] });
//
// The plugin is typed by its name alone, so these declarations need no
// vite types: Vite's `plugins` accepts it as it is.

/** The Vite plugin's options. */
export interface TtShimViteOptions {
  /**
   * Add `<script src="/ttshim.js">` (under Vite's `base`) at the top of each
   * HTML page's `<head>`. Default: `true`. Without it, the page loads ttshim
   * itself (its own script tag, or `import("ttshim")` in dev builds).
   */
  inject?: boolean;
  /**
   * Also in `vite build`: copy the runtime into the output and add the
   * script, for a build that tests run against (`vite build --mode test`).
   * Default: `false`, production builds hold nothing of ttshim's.
   */
  build?: boolean;
}

/** The plugin, for Vite's `plugins`. */
export interface TtShimVitePlugin {
  readonly name: "ttshim";
}

/** The Vite plugin: ttshim's runtime in `vite dev` (and in `vite build` with `build: true`). */
declare function ttshim(options?: TtShimViteOptions): TtShimVitePlugin;
export default ttshim;
export { ttshim };
