import { defineConfig } from "@playwright/test";
import e2e from "./playwright.config";

/**
 * `npm run screenshots`: pictures of each view for a person to look at, written to test-results/screenshots/.
 * Nothing compares them, so they are not tests and `npm test` does not run them; the same browser, server and
 * settings as the end-to-end suite.
 */
export default defineConfig({
  ...e2e,
  testDir: "tests/screenshots",
  outputDir: "test-results/playwright-screenshots",
  retries: 0,
  reporter: [["list"]],
});
