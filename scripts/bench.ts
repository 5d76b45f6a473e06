/**
 * `npm run bench`: builds and serves the app on the real data and on a synthetic 10,000-event dataset, drives
 * headless Chromium and prints what a user waits for. Figures, not assertions: record them in the README with
 * the machine they came from. The real-data build is left in .next when it finishes. `npm run bench -- real`
 * (or `synthetic`) measures one dataset only.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { BASEMAP_BUDGET_BYTES, gzipSizes } from "../lib/basemap";
import { CHROMIUM_ARGS } from "../playwright.config";

const PORT = 3400;
const BASE = `http://127.0.0.1:${PORT}`;
const SELECTIONS = 50;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (v: number) => `${Math.round(v)} ms`;

function run(command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function serve(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(PORT)], { stdio: "ignore" });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  server.kill();
  throw new Error("the server did not start");
}

/** gzip bytes of the JavaScript the page's HTML loads before anything else runs: everything but the lazy map. */
async function initialScriptBytes(): Promise<{ files: number; gzip: number }> {
  const html = await (await fetch(BASE)).text();
  // Legacy polyfills marked noModule are never fetched by a modern browser, so they do not count.
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]));
  const srcs = new Set([...scripts, ...html.matchAll(/<link[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]!));
  let gzip = 0;
  for (const src of srcs) gzip += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer()), { level: 9 }).length;
  return { files: srcs.size, gzip };
}

/** gzip bytes of the basemap files the build wrote to public/basemap/, which the map fetches before it can draw. */
function basemapBytes(): { files: number; gzip: number } {
  const dir = path.resolve("public", "basemap");
  const names = readdirSync(dir).filter((f) => f.endsWith(".json"));
  return { files: names.length, gzip: gzipSizes(Object.fromEntries(names.map((f) => [f, readFileSync(path.join(dir, f), "utf8")]))).total };
}

/** Navigation to the timeline's first marks, to the map's load and to its first idle, in page time. */
async function loadTimings(page: Page) {
  // tsx compiles named functions with an `__name` helper that does not exist inside the page.
  await page.addInitScript("globalThis.__name = (f) => f;");
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __tyl: Record<string, number> }).__tyl = marks;
    new MutationObserver(() => {
      if (!marks.timeline && document.querySelector(".timeline .mark, .timeline-canvas")) marks.timeline = performance.now();
      const map = document.querySelector("[data-map-state]");
      if (map?.getAttribute("data-map-state") === "ready") {
        marks.ready ??= performance.now();
        if (map.getAttribute("data-map-moving") === "false") marks.idle ??= performance.now();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(BASE);
  await page.waitForFunction(() => (window as unknown as { __tyl: Record<string, number> }).__tyl.idle, null, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __tyl: Record<string, number> }).__tyl);
}

/** Clicks a timeline lane at `fraction` of its width and times the selection: state on both views, then a painted frame. */
async function timeSelection(page: Page, fraction: number, lane: number) {
  const svg = page.locator(".timeline-plot svg");
  const box = (await svg.boundingBox())!;
  // Lanes are as tall as their rows now; aim at the first row of the lane, where its label starts.
  const laneTop = (await page.locator(".lane-labels li").nth(lane).boundingBox())!.y;
  const rowHeight = box.width > 1500 ? 24 : 20;
  const before = new URL(page.url()).searchParams.get("event");
  const pending = page.evaluate(
    (previous) =>
      new Promise<{ commit: number; frame: number } | null>((resolve) => {
        let t0 = 0;
        document.addEventListener("pointerdown", () => (t0 = performance.now()), { once: true, capture: true });
        const done = () => {
          const id = new URLSearchParams(location.search).get("event");
          if (!t0 || !id || id === previous) return false;
          if (!document.querySelector(`.timeline [data-event-id="${id}"][aria-selected="true"]`)) return false;
          const commit = performance.now() - t0;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve({ commit, frame: performance.now() - t0 })));
          return true;
        };
        const observer = new MutationObserver(() => done() && observer.disconnect());
        observer.observe(document.body, { subtree: true, attributes: true, childList: true });
        setTimeout(() => (observer.disconnect(), resolve(null)), 3000);
      }),
    before,
  );
  await page.mouse.click(box.x + box.width * fraction, laneTop + 3 + rowHeight / 2);
  return pending;
}

/** Presses + on the focused timeline and times until the window label changes and a frame is painted. */
async function timeZoom(page: Page, key: string) {
  return page.evaluate(async (key) => {
    const label = document.querySelector(".timeline-window")!;
    const svg = document.querySelector<SVGSVGElement>(".timeline-plot svg")!;
    const before = label.textContent;
    const t0 = performance.now();
    svg.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
    while (label.textContent === before) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, key);
}

async function measure(name: string, dataDir: string) {
  console.log(`\n# ${name}: building with TYL_DATA_DIR=${dataDir}`);
  run("npm", ["run", "--silent", "build"], { TYL_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" });
  const server = await serve();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const js = await initialScriptBytes();
    const basemap = basemapBytes();
    const loads: Record<string, number>[] = [];
    for (let i = 0; i < 3; i += 1) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: "reduce" });
      loads.push(await loadTimings(page));
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: "reduce" });
    await loadTimings(page);
    const selections: { commit: number; frame: number }[] = [];
    for (let i = 0; selections.length < SELECTIONS && i < SELECTIONS * 4; i += 1) {
      const timing = await timeSelection(page, 0.04 + ((i * 0.618) % 0.92), i % 9);
      if (timing) selections.push(timing);
    }
    await page.keyboard.press("Escape");
    const zooms = [];
    for (let i = 0; i < 10; i += 1) zooms.push(await timeZoom(page, i % 2 === 0 ? "+" : "-"));
    await page.close();

    const median = (key: string) =>
      quantile(
        loads.map((l) => l[key] ?? NaN),
        0.5,
      );
    console.log(`${name}: JavaScript before the map: ${(js.gzip / 1024).toFixed(1)} KiB gzip in ${js.files} files`);
    console.log(`${name}: basemap assets: ${(basemap.gzip / 1024).toFixed(1)} KiB gzip in ${basemap.files} files (budget ${BASEMAP_BUDGET_BYTES / 1024} KiB)`);
    console.log(
      `${name}: navigation to timeline drawn ${ms(median("timeline"))}, to map loaded ${ms(median("ready"))}, to map first idle ${ms(median("idle"))} (median of 3)`,
    );
    console.log(
      `${name}: timeline click to both views updated p50 ${ms(
        quantile(
          selections.map((s) => s.commit),
          0.5,
        ),
      )}, p95 ${ms(
        quantile(
          selections.map((s) => s.commit),
          0.95,
        ),
      )}; to the next painted frame p50 ${ms(
        quantile(
          selections.map((s) => s.frame),
          0.5,
        ),
      )}, p95 ${ms(
        quantile(
          selections.map((s) => s.frame),
          0.95,
        ),
      )} (${selections.length} selections)`,
    );
    console.log(`${name}: one zoom step to painted frame p50 ${ms(quantile(zooms, 0.5))}, p95 ${ms(quantile(zooms, 0.95))} (10 steps)`);
  } finally {
    await browser.close();
    server.kill();
  }
}

const only = process.argv[2];
const synthetic = path.resolve("test-results", "bench-10k");
run(
  process.execPath,
  [createRequire(import.meta.url).resolve("tsx/cli"), "scripts/synthetic-data.ts", "--events", "10000", "--sites", "300", "--out", synthetic],
  {},
);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, ${readFileSync("/proc/version", "utf8").split(" ")[2] ?? ""}`,
);
if (only !== "real") await measure("synthetic 10,000 events", synthetic);
if (only !== "synthetic") await measure("real data", path.resolve("data"));
