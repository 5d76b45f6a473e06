/**
 * `npm test`: every gate in one command. Installs dependencies if needed, finds (or installs) Chromium, then
 * runs the type check, lint, format check, unit tests, data check, static export, build and the Playwright suite.
 * It prints the counts per kind (unit tests, end-to-end tests, gates, skipped) and ends with one line
 * `N passed, N failed` (followed by `, N skipped` when tests were skipped) summed over all of them, which CI reads.
 * Exits non-zero on any failure. Node built-ins only.
 *
 * A fault is counted once. The data is checked once: the export and the build run their steps without checking
 * it again, and when the data check fails they are not run (a build on bad data fails on the same problems);
 * when the data check, the export or the build fails, the end-to-end tests are not run. Each is reported as
 * "not run" with its reason, and not counted as another failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureInstall } from "./ensure-install.mjs";

ensureInstall();

function findChromium() {
  const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(candidate)) return candidate;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
    console.log("Chromium not found: installing Debian's chromium package");
    const ok = ["apt-get update", "DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"].every(
      (command) => spawnSync("sh", ["-c", command], { stdio: "inherit" }).status === 0,
    );
    if (ok && existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  console.error(
    `No Chromium at ${candidate}. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary; Playwright's own browser download is not used.`,
  );
  process.exit(1);
}

const chromium = findChromium();
const results = path.resolve("test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const env = { ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name) => path.resolve("node_modules", ".bin", name);

/** Each gate's outcome, in order: "passed", "failed" or "not run". */
const gates = [];
/** Each test suite's counts, or why it did not run. */
const suites = { "unit tests": null, "end-to-end tests": null };

const run = (label, command, args, extraEnv = {}) => {
  console.log(`\n== ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return result.status === 0;
};
const gate = (label, command, args, extraEnv) => {
  const ok = run(label, command, args, extraEnv);
  gates.push({ label, outcome: ok ? "passed" : "failed" });
  console.log(`${label}: ${ok ? "passed" : "FAILED"}`);
  return ok;
};
const counted = (label, command, args, summaryFile, read, extraEnv) => {
  const ok = run(label, command, args, extraEnv);
  let summary = null;
  try {
    summary = read(JSON.parse(readFileSync(summaryFile, "utf8")));
  } catch {
    summary = null;
  }
  const { passed = 0, failed = 0, skipped = 0 } = summary ?? {};
  // A runner that failed without reporting a failed test (a crash, a config error, a file that did not load)
  // still counts as one failure.
  suites[label] = { passed, failed: failed + (ok || failed > 0 ? 0 : 1), skipped };
  console.log(`${label}: ${describe(suites[label])}`);
};
const describe = (suite) => (suite.notRun ? `not run (${suite.notRun})` : `${suite.passed} passed, ${suite.failed} failed, ${suite.skipped} skipped`);

gate("type check", bin("tsc"), ["--noEmit", "-p", "."]);
gate("lint", bin("eslint"), [".", "--max-warnings=0"]);
gate("format", bin("prettier"), ["--check", "."]);
// The time zone is pinned away from UTC so that any accidental use of local time shows up as a failure.
counted(
  "unit tests",
  bin("vitest"),
  ["run"],
  path.join(results, "vitest.json"),
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }),
  { TZ: "America/Los_Angeles" },
);
// The export and the build are their npm scripts less the data check, which has just run.
let blocker = gate("data check", "npm", ["run", "--silent", "data:check"]) ? null : "the data check failed";
for (const [label, script] of [
  ["static export", "export:app"],
  ["build", "build:app"],
]) {
  if (blocker) {
    gates.push({ label, outcome: "not run" });
    console.log(`\n== ${label}: not run (${blocker})`);
  } else if (!gate(label, "npm", ["run", "--silent", script])) blocker = `the ${label} failed`;
}
if (blocker) {
  suites["end-to-end tests"] = { notRun: blocker };
  console.log(`\n== end-to-end tests: not run (${blocker})`);
} else {
  counted("end-to-end tests", bin("playwright"), ["test"], path.join(results, "playwright-summary.json"), (r) => r);
}

const tests = Object.values(suites);
const total = (key) => tests.reduce((sum, suite) => sum + (suite[key] ?? 0), 0);
const gatesWith = (outcome) => gates.filter((g) => g.outcome === outcome).length;
const passed = total("passed") + gatesWith("passed");
const failed = total("failed") + gatesWith("failed");
const skipped = total("skipped");
const notRunGates = gatesWith("not run") > 0 ? `, ${gatesWith("not run")} not run` : "";

console.log("\n== summary");
console.log(`unit tests: ${describe(suites["unit tests"])}`);
console.log(`end-to-end tests: ${describe(suites["end-to-end tests"])}`);
console.log(`gates: ${gatesWith("passed")} passed, ${gatesWith("failed")} failed${notRunGates} (${gates.map((g) => `${g.label} ${g.outcome}`).join(", ")})`);
const e2eSkipped = suites["end-to-end tests"].notRun ? "not run" : suites["end-to-end tests"].skipped;
console.log(`skipped: ${skipped} (vitest ${suites["unit tests"].skipped}, Playwright ${e2eSkipped})`);
console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
