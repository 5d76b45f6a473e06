import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  // The static map snapshots render a component: compile .tsx with React's automatic runtime here rather than
  // through tsconfig's "jsx", which Next owns and may rewrite.
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
