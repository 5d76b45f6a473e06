/**
 * `npm run bench`: builds and serves the app once, drives headless Chromium over the dashboard and prints what
 * a user waits for, on the real data and on synthetic datasets of 100, 1,000, 10,000 and 100,000 events from
 * one generator (lib/synthetic.ts). The dashboard fetches its data as one static file, so each synthetic
 * dataset is served in place of that file: the page, its scripts and its map are the ones users get. Figures,
 * not assertions: record them in the README with the machine they came from. `npm run bench -- 100 10000`
 * measures only those sizes (`real` for the real data only); `--no-build` measures the build already in .next.
 * At 10,000 events it also measures a dataset with 1,000 synthetic flows on the map. `import` (run by default)
 * opens a 100,000-row ACLED-format CSV (lib/import/acled-synthetic.ts) through "Open your data" and times it
 * to imported and drawn, then the selections on it, and reports the JS heap.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { BASEMAP_BUDGET_BYTES, gzipSizes } from "../lib/basemap";
import { acledSyntheticCsv } from "../lib/import/acled-synthetic";
import { syntheticDataset } from "../lib/synthetic";
import { CHROMIUM_ARGS } from "../playwright.config";

const PORT = 3400;
const BASE = `http://127.0.0.1:${PORT}`;
const SIZES = [100, 1_000, 10_000, 100_000];
const SELECTIONS = 40;
const STEPS = 10;
const LOADS = 3;
const IMPORT_ROWS = 100_000;

const quantile = (values: number[], q: number) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v).toLocaleString("en")} ms` : "n/a");
const kib = (bytes: number) => `${(bytes / 1024).toLocaleString("en", { maximumFractionDigits: bytes < 10 * 1024 ? 1 : 0 })} KiB`;
const p50p95 = (values: number[]) => `p50 ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))}`;

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

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** The home page's HTML, and the JavaScript it loads before anything else runs (everything but the lazy map). */
async function pageBytes(): Promise<{ html: number; htmlGzip: number; jsFiles: number; jsGzip: number }> {
  const html = Buffer.from(await (await fetch(BASE)).arrayBuffer());
  const text = html.toString("utf8");
  // Legacy polyfills marked noModule are never fetched by a modern browser, so they do not count.
  const scripts = [...text.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]));
  const srcs = new Set([...scripts, ...text.matchAll(/<link[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]!));
  let jsGzip = 0;
  for (const src of srcs) jsGzip += gzip(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer()));
  return { html: html.length, htmlGzip: gzip(html), jsFiles: srcs.size, jsGzip };
}

/** gzip bytes of the basemap files the build wrote to public/basemap/, which the map fetches before it can draw. */
function basemapBytes(): { files: number; gzip: number } {
  const dir = path.resolve("public", "basemap");
  const names = readdirSync(dir).filter((f) => f.endsWith(".json"));
  return { files: names.length, gzip: gzipSizes(Object.fromEntries(names.map((f) => [f, readFileSync(path.join(dir, f), "utf8")]))).total };
}

/** Runs `callback` in the page after the next frame has been painted (a task queued from a frame callback). */
const AFTER_PAINT = `globalThis.__afterPaint = (callback) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback(performance.now());
  channel.port2.postMessage(0);
});`;

/** Navigation to the timeline being usable (laid out at its width, handlers on), to the map's load and first idle. */
async function loadTimings(page: Page) {
  // tsx compiles named functions with an `__name` helper that does not exist inside the page.
  await page.addInitScript("globalThis.__name = (f) => f;");
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __tyl: Record<string, number> }).__tyl = marks;
    new MutationObserver(() => {
      if (!marks.interactive && document.querySelector(".timeline[data-ready]")) marks.interactive = performance.now();
      const map = document.querySelector("[data-map-state]");
      if (map?.getAttribute("data-map-state") === "ready") {
        marks.map ??= performance.now();
        if (map.getAttribute("data-map-moving") === "false") marks.idle ??= performance.now();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(BASE);
  await page.waitForFunction(() => (window as unknown as { __tyl: Record<string, number> }).__tyl.idle, null, { timeout: 300_000 });
  return page.evaluate(() => (window as unknown as { __tyl: Record<string, number> }).__tyl);
}

/**
 * Clicks a timeline lane at `fraction` of its width and times, from the pointer going down, the timeline's
 * painted answer (the mark shown selected) and, separately, the map's (its feature states applied and drawn).
 */
async function timeSelection(page: Page, pick: number) {
  // A mark on screen, chosen by `pick`; clicking where no mark is would time nothing.
  const target = await page.evaluate((pick) => {
    const plot = document.querySelector(".timeline-plot")!.getBoundingClientRect();
    const marks = [...document.querySelectorAll(".timeline-plot [data-event-id]:not([aria-selected='true'])")]
      .map((mark) => mark.querySelector("circle, rect, path")?.getBoundingClientRect() ?? mark.getBoundingClientRect())
      .filter((b) => b.width > 0 && b.left >= plot.left && b.right <= plot.right && b.top >= plot.top && b.bottom <= Math.min(plot.bottom, innerHeight));
    const box = marks[Math.floor(pick * marks.length)];
    return box ? { x: box.left + Math.min(box.width / 2, 4), y: box.top + box.height / 2 } : null;
  }, pick);
  if (!target) return null;
  const before = new URL(page.url()).searchParams.get("event");
  const pending = page.evaluate(
    (previous) =>
      new Promise<{ timeline: number; map: number } | null>((resolve) => {
        const afterPaint = (globalThis as unknown as { __afterPaint: (cb: (now: number) => void) => void }).__afterPaint;
        const updates = () => Number(document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.mapUpdates ?? 0);
        let t0 = 0;
        let mapBefore = updates();
        const result = { timeline: NaN, map: NaN };
        let timelineSeen = false;
        let mapSeen = false;
        const finish = () => Number.isFinite(result.timeline) && Number.isFinite(result.map) && (observer.disconnect(), resolve(result));
        document.addEventListener(
          "pointerdown",
          () => {
            t0 = performance.now();
            mapBefore = updates();
          },
          { once: true, capture: true },
        );
        const observer = new MutationObserver(() => {
          if (!t0) return;
          const id = new URLSearchParams(location.search).get("event");
          if (!timelineSeen && id && id !== previous && document.querySelector(`.timeline [data-event-id="${id}"][aria-selected="true"]`)) {
            timelineSeen = true;
            afterPaint((now) => ((result.timeline = now - t0), finish()));
          }
          if (timelineSeen && !mapSeen && updates() > mapBefore) {
            mapSeen = true;
            afterPaint((now) => ((result.map = now - t0), finish()));
          }
        });
        observer.observe(document.body, { subtree: true, attributes: true, childList: true });
        setTimeout(() => (observer.disconnect(), resolve(timelineSeen ? result : null)), 3000);
      }),
    before,
  );
  await page.mouse.click(target.x, target.y);
  return pending;
}

/** Presses `key` on the focused timeline and times until the window has moved on the timeline and been painted. */
async function timeStep(page: Page, key: string) {
  return page.evaluate(async (key) => {
    const afterPaint = (globalThis as unknown as { __afterPaint: (cb: (now: number) => void) => void }).__afterPaint;
    const label = document.querySelector(".timeline-window")!;
    const svg = document.querySelector<SVGSVGElement>(".timeline-plot svg")!;
    const before = label.textContent;
    const t0 = performance.now();
    svg.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
    while (label.textContent === before) await new Promise((r) => setTimeout(r, 0));
    return new Promise<number>((resolve) => afterPaint((now) => resolve(now - t0)));
  }, key);
}

async function measure(browser: Browser, name: string, dataFile: string | null) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: "reduce" });
  // The synthetic data stands in for the shipped file, at the address the page preloads and fetches.
  if (dataFile) await context.route(/\/data\/[0-9a-f]+\.json$/, (route) => route.fulfill({ path: dataFile, contentType: "application/json" }));
  await context.addInitScript(AFTER_PAINT);
  try {
    const loads: Record<string, number>[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      const page = await context.newPage();
      loads.push(await loadTimings(page));
      await page.close();
    }
    const page = await context.newPage();
    await loadTimings(page);
    const selections = await timeSelections(page);
    await page.keyboard.press("Escape");
    const zooms: number[] = [];
    const pans: number[] = [];
    for (let i = 0; i < STEPS; i += 1) zooms.push(await timeStep(page, i % 2 === 0 ? "+" : "-"));
    for (let i = 0; i < STEPS; i += 1) pans.push(await timeStep(page, i % 2 === 0 ? "PageDown" : "PageUp"));
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN);
    await page.close();

    const median = (key: string) =>
      quantile(
        loads.map((l) => l[key] ?? NaN),
        0.5,
      );
    console.log(
      `${name}: interactive ${ms(median("interactive"))}, map loaded ${ms(median("map"))}, map first idle ${ms(median("idle"))} (medians of ${LOADS})`,
    );
    console.log(
      `${name}: click to timeline painted ${p50p95(selections.map((s) => s.timeline))}; map follows ${p50p95(selections.map((s) => s.map))} (${selections.length} selections)`,
    );
    console.log(`${name}: zoom step to timeline painted ${p50p95(zooms)}; pan step ${p50p95(pans)} (${STEPS} each); JS heap ${kib(heap)}`);
  } finally {
    await context.close();
  }
}

/** The selection timings of `SELECTIONS` clicks on marks of the timeline as it is now. */
async function timeSelections(page: Page) {
  const selections: { timeline: number; map: number }[] = [];
  for (let i = 0; selections.length < SELECTIONS && i < SELECTIONS * 2; i += 1) {
    const timing = await timeSelection(page, (i * 0.618) % 1);
    if (timing) selections.push(timing);
  }
  return selections;
}

/**
 * Opens `csv` (an ACLED-format export) through "Open your data" on the dashboard and times, from the file
 * input's change event: the banner naming the reader's data painted (read, checked in the worker, kept),
 * the timeline drawn with the imported events, and the map drawn with their sites and idle. Then selections
 * on the imported data, and the JS heap with it on screen.
 */
async function measureImport(browser: Browser, csv: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: "reduce" });
  await context.addInitScript(AFTER_PAINT);
  try {
    const page = await context.newPage();
    await loadTimings(page);
    await page.getByRole("button", { name: "Open your data" }).click();
    const dialog = page.getByRole("dialog", { name: "Open your data" });
    const timings = page.evaluate(
      () =>
        new Promise<{ imported: number; timeline: number; map: number }>((resolve) => {
          const afterPaint = (globalThis as unknown as { __afterPaint: (cb: (now: number) => void) => void }).__afterPaint;
          const result = { imported: NaN, timeline: NaN, map: NaN };
          const seen = { imported: false, timeline: false, map: false };
          let t0 = 0;
          let mapBefore = 0;
          const updates = () => Number(document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.mapUpdates ?? 0);
          document.addEventListener(
            "change",
            () => {
              t0 = performance.now();
              mapBefore = updates();
            },
            { once: true, capture: true },
          );
          const done = () =>
            Number.isFinite(result.imported) && Number.isFinite(result.timeline) && Number.isFinite(result.map) && (observer.disconnect(), resolve(result));
          const observer = new MutationObserver(() => {
            if (!t0) return;
            // Refused files leave the data on screen as it was: nothing more will be drawn.
            if (document.querySelector(".open-data-status")?.textContent?.startsWith("Not opened")) return (observer.disconnect(), resolve(result));
            if (!seen.imported && document.querySelector(".dataset-banner.own")) {
              seen.imported = true;
              afterPaint((now) => ((result.imported = now - t0), done()));
            }
            if (seen.imported && !seen.timeline && document.querySelector('.timeline[data-ready] [data-event-id^="acled-"]')) {
              seen.timeline = true;
              afterPaint((now) => ((result.timeline = now - t0), done()));
            }
            const map = document.querySelector("[data-map-state]");
            if (seen.timeline && !seen.map && updates() > mapBefore && map?.getAttribute("data-map-moving") === "false") {
              seen.map = true;
              afterPaint((now) => ((result.map = now - t0), done()));
            }
          });
          observer.observe(document.body, { subtree: true, attributes: true, childList: true });
          // Not drawn in time: what was seen is reported (the rest as n/a) with the dialog's status, not thrown away.
          setTimeout(() => (observer.disconnect(), resolve(result)), 180_000);
        }),
    );
    await dialog.getByLabel("Choose files, or drop them here").setInputFiles(csv);
    const drawn = await timings;
    const status = await dialog.getByRole("status").innerText();
    if (status.startsWith("Not opened")) console.log(`import: ${(await dialog.getByRole("region", { name: "Problems" }).innerText()).slice(0, 600)}`);
    await dialog.getByRole("button", { name: "Close" }).click();
    const selections = await timeSelections(page);
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN);
    console.log(`import: ${status}`);
    console.log(
      `import: to imported (banner painted) ${ms(drawn.imported)}, timeline drawn ${ms(drawn.timeline)}, map drawn ${ms(drawn.map)} (target: 10,000 ms)`,
    );
    console.log(
      `import: click to timeline painted ${p50p95(selections.map((s) => s.timeline))}; map follows ${p50p95(selections.map((s) => s.map))} (${selections.length} selections; target p95 100 ms)`,
    );
    console.log(`import: JS heap after import ${kib(heap)}`);
  } finally {
    await context.close();
  }
}

const args = process.argv.slice(2);
const chosen = args.filter((a) => !a.startsWith("--"));
const sizes = chosen.length > 0 ? SIZES.filter((n) => chosen.includes(String(n))) : SIZES;
const real = chosen.length === 0 || chosen.includes("real");
const importing = chosen.length === 0 || chosen.includes("import");
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, ${readFileSync("/proc/version", "utf8").split(" ")[2] ?? ""}`,
);
const dir = path.resolve("test-results", "bench");
mkdirSync(dir, { recursive: true });
// Each size as events alone; 10,000 also with 1,000 flows drawn on the map and lit by each selection.
const datasets = sizes.flatMap((events) =>
  events === 10_000
    ? [
        { events, flows: 0 },
        { events, flows: 1_000 },
      ]
    : [{ events, flows: 0 }],
);
const files = datasets.map(({ events, flows }) => {
  const file = path.join(dir, `${events}-${flows}.json`);
  writeFileSync(file, JSON.stringify(syntheticDataset(events, Math.min(300, Math.max(20, Math.round(events / 30))), 1, flows)));
  const label = `${events.toLocaleString("en")} events${flows ? ` and ${flows.toLocaleString("en")} flows` : ""}`;
  return { label, file };
});
const acled = path.join(dir, `acled-${IMPORT_ROWS}.csv`);
if (importing) writeFileSync(acled, [...acledSyntheticCsv(IMPORT_ROWS)].join(""));
// `--no-build` reuses the build in .next, for measuring again without a change to the app.
if (!args.includes("--no-build")) {
  console.log("\n# building the app on the real data");
  run("npm", ["run", "--silent", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
}
const server = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  const bytes = await pageBytes();
  console.log(
    `page: HTML ${kib(bytes.html)} (${kib(bytes.htmlGzip)} gzip), the same at every size since the data is a separate file; JavaScript before the map ${kib(bytes.jsGzip)} gzip in ${bytes.jsFiles} files`,
  );
  const basemap = basemapBytes();
  console.log(`basemap assets: ${kib(basemap.gzip)} gzip in ${basemap.files} files (budget ${kib(BASEMAP_BUDGET_BYTES)})`);
  if (real) await measure(browser, "real data", null);
  for (const { label, file } of files) {
    const raw = readFileSync(file);
    console.log(`\n${label}: data file ${kib(statSync(file).size)} (${kib(gzip(raw))} gzip)`);
    await measure(browser, label, file);
  }
  if (importing) {
    console.log(`\n${IMPORT_ROWS.toLocaleString("en")}-row ACLED-format CSV through Open your data: ${kib(statSync(acled).size)}`);
    await measureImport(browser, acled);
  }
} finally {
  await browser.close();
  server.kill();
}
