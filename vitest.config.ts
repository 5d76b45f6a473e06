import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  // Components are rendered to markup in unit tests (the static map snapshots) with React's automatic runtime,
  // as tsconfig's "jsx": "react-jsx" has it for the app.
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
