import { defineConfig } from "vite";
import ttshim from "ttshim/vite";

// `vite build --mode test` is the build the tests run against: with ttshim.
export default defineConfig(({ mode }) => ({
  logLevel: "warn",
  plugins: [ttshim({ build: mode === "test" })],
}));
