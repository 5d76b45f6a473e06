/**
 * Installs dependencies from package-lock.json when node_modules is missing or was installed from a different
 * lock. Node built-ins only: this runs before anything is installed.
 *
 * It runs `npm install`, not `npm ci`: the lock cannot list the other platforms' native bindings of
 * unrs-resolver (an ESLint dependency) because the registry this project is built against does not serve them,
 * and `npm ci` refuses such a lock as out of sync. `npm install` installs the same locked versions and leaves
 * the lock as it is.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stamp = path.join(root, "node_modules", ".tyl-lock-hash");

/** Installs the locked dependencies if needed; exits the process if that fails. */
export function ensureInstall() {
  const lock = readFileSync(path.join(root, "package-lock.json"));
  const hash = createHash("sha256").update(lock).digest("hex");
  const current = existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : "";
  if (existsSync(path.join(root, "node_modules")) && current === hash) return;
  console.log(current ? "package-lock.json changed: reinstalling dependencies" : "installing dependencies from package-lock.json");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("npm install failed: check your network access to the npm registry and try again.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, `${hash}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) ensureInstall();
