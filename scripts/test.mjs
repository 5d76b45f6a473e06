/**
 * `npm test`: every gate in one command. Installs dependencies if needed, finds (or installs) Chromium, then
 * runs the type check, lint, format check, unit tests, data check, static export, build and the Playwright suite, and ends with one line
 * `N passed, N failed` summed over all of them. Exits non-zero on any failure. Node built-ins only.
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

let passed = 0;
let failed = 0;
const run = (label, command, args, extraEnv = {}) => {
  console.log(`\n== ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return result.status === 0;
};
const gate = (label, command, args, extraEnv) => {
  const ok = run(label, command, args, extraEnv);
  if (ok) passed += 1;
  else failed += 1;
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
  const p = summary?.passed ?? 0;
  // A runner that failed without reporting counts (a crash, a config error) still counts as a failure.
  const f = summary ? summary.failed + (ok || summary.failed > 0 ? 0 : 1) : ok ? 0 : 1;
  passed += p;
  failed += f;
  console.log(`${label}: ${p} passed, ${f} failed`);
  return ok;
};

gate("type check", bin("tsc"), ["--noEmit", "-p", "."]);
gate("lint", bin("eslint"), [".", "--max-warnings=0"]);
gate("format", bin("prettier"), ["--check", "."]);
// The time zone is pinned away from UTC so that any accidental use of local time shows up as a failure.
counted("unit tests", bin("vitest"), ["run"], path.join(results, "vitest.json"), (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }), {
  TZ: "America/Los_Angeles",
});
gate("data check", "npm", ["run", "--silent", "data:check"]);
const exported = gate("static export", "npm", ["run", "--silent", "export"]);
const built = gate("build", "npm", ["run", "--silent", "build"]);
if (built && exported) {
  counted("end-to-end tests", bin("playwright"), ["test"], path.join(results, "playwright-summary.json"), (r) => r);
} else {
  failed += 1;
  console.log("end-to-end tests: not run because the build or the static export failed (counted as 1 failed)");
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
