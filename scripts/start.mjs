/** `npm start`: install if needed, check the data, build, and serve on http://127.0.0.1:$PORT (3000). */
import { spawn, spawnSync } from "node:child_process";
import { ensureInstall } from "./ensure-install.mjs";

ensureInstall();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "127.0.0.1";
console.log(`Tyl is being served at http://${host}:${port}`);
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", host, "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
