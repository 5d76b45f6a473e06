/**
 * The static export (`npm run export`, run by `npm test` before this suite) served by a plain file server,
 * Python's http.server, as a briefing laptop without Node would serve it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test } from "./support/fixtures";
import { mapSettled } from "./support/map";

const PORT = Number(process.env.EXPORT_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | null = null;

test.beforeAll(async () => {
  expect(existsSync("out/index.html"), "run npm run export first (npm test does)").toBe(true);
  server = spawn("python3", ["-m", "http.server", String(PORT), "--bind", "127.0.0.1", "--directory", "out"], { stdio: "ignore" });
  const serving = async () => {
    try {
      return (await fetch(BASE)).ok;
    } catch {
      return false;
    }
  };
  await expect.poll(serving, { message: "the static file server did not start", timeout: 10_000 }).toBe(true);
});

test.afterAll(() => {
  server?.kill();
});

test.use({ reducedMotion: "reduce" });

test("the exported deck presents from a plain static server with no request leaving its origin", async ({ page, requests }) => {
  await page.goto(`${BASE}/brief/story/1/`);
  await mapSettled(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/brief\/story\/2/);
  await page.reload();
  await mapSettled(page);
  await expect(page.getByText(/slide 2 of/)).toBeVisible();
  await page.goto(`${BASE}/`);
  await mapSettled(page);
  await page.goto(`${BASE}/story/`);
  await mapSettled(page);
  expect(requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== BASE)).toEqual([]);
});
