/**
 * The static export (`npm run export`, run by `npm test` before this suite) served by a plain file server,
 * Python's http.server, as a briefing laptop without Node would serve it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { allDecks } from "../../lib/briefing";
import { allPagePaths } from "../../lib/items";
import { absoluteUrl } from "../../lib/links";
import { dataset } from "./support/dataset";
import { expect, test } from "./support/fixtures";
import { mapSettled } from "./support/map";
import { inDefaultWindow } from "./support/picks";

const PORT = Number(process.env.EXPORT_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | null = null;

// One file server for the whole file, so its tests take turns rather than each starting one on the same port.
test.describe.configure({ mode: "serial" });

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

test("the export's sitemap.xml lists every page it holds, at the site's base URL", () => {
  const xml = readFileSync("out/sitemap.xml", "utf8");
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const paths = allPagePaths(dataset, allDecks(dataset));
  expect(listed).toEqual(paths.map((p) => absoluteUrl(p)));
  for (const path of paths) expect(existsSync(`out${path === "/" ? "" : path}/index.html`), path).toBe(true);
});

/** The host-page script the README gives, run as is apart from the Tyl origin it trusts. */
const hostScript = (origin: string) => {
  const block = /```html\n(<script>[\s\S]*?<\/script>)\n```/.exec(readFileSync("README.md", "utf8"));
  expect(block, "the README's host-page script").not.toBeNull();
  return block![1]!.replaceAll("https://tyl.example.org", origin);
};

test("a page on another origin embeds the dashboard at a selection: the frame takes the posted height, selecting inside it works, and nothing is fetched beyond the two origins", async ({
  page,
  requests,
}) => {
  const [event, other] = dataset.events.filter((e) => inDefaultWindow(e) && !e.context);
  const hostPort = PORT + 1;
  const host = `http://127.0.0.1:${hostPort}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body style="margin:0;font-family:sans-serif">
<main><h1>An article with a Tyl embed</h1><p>Text before the embed.</p>
<iframe id="tyl-embed" src="${BASE}/embed/?event=${event!.id}" title="Tyl: map and timeline" style="width: 100%; height: 150px; border: 0;"></iframe>
<p>Text after the embed.</p></main>${hostScript(BASE)}</body></html>`;
  const hostServer: Server = createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => hostServer.listen(hostPort, "127.0.0.1", resolve));
  try {
    await page.goto(`${host}/`);
    const frame = page.frameLocator("#tyl-embed");
    await expect(frame.getByRole("heading", { level: 2, name: event!.title })).toBeVisible();
    await expect(frame.getByRole("navigation", { name: "Views" })).toHaveCount(0);
    const iframe = page.locator("#tyl-embed");
    const content = () => frame.locator(".embed").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(400);
    await expect.poll(async () => Math.round((await iframe.boundingBox())!.height) - (await content())).toBe(0);
    await page.screenshot({ path: "test-results/screenshots/embed-host.png", fullPage: true });

    await frame.locator(`.row-list [data-event-id="${other!.id}"]`).click();
    await expect(frame.getByRole("heading", { level: 2, name: other!.title })).toBeVisible();
    const embedded = page.frames().find((f) => f.url().startsWith(`${BASE}/embed`))!;
    await expect.poll(() => embedded.url()).toMatch(new RegExp(`[?&]event=${other!.id}(&|#|$)`));
    await expect(page).toHaveURL(`${host}/`);
    expect(requests.filter((u) => !/^(data|blob):/.test(u) && ![BASE, host].includes(new URL(u).origin))).toEqual([]);
  } finally {
    await new Promise((resolve) => hostServer.close(resolve));
  }
});

test("from the export, a view added to a briefing is kept in the browser, edited and presented, with no request leaving its origin", async ({
  page,
  requests,
}) => {
  await page.goto(`${BASE}/`);
  await mapSettled(page);
  await page.getByRole("button", { name: "Add to briefing" }).click();
  const dialog = page.getByRole("dialog", { name: "Add this view to a briefing" });
  await dialog.getByRole("radio", { name: "New deck" }).check();
  await dialog.getByLabel("New deck title").fill("Offline deck");
  await dialog.getByLabel("Slide title").fill("The whole picture");
  await dialog.getByRole("button", { name: "Add slide" }).click();
  await expect(dialog).toBeHidden();

  await page.goto(`${BASE}/brief/`);
  await page.getByRole("link", { name: "Edit “Offline deck”" }).click();
  await expect(page.getByRole("heading", { name: "Edit “Offline deck”" })).toBeVisible();
  await expect(page.locator(".slide-editor h3").first()).toContainText("The whole picture");
  await page.goto(`${BASE}/brief/local/?deck=offline-deck&n=1`);
  await expect(page.getByRole("heading", { name: "The whole picture" })).toBeVisible();
  await expect(page.getByText(/slide 1 of 1/)).toBeVisible();
  expect(requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== BASE)).toEqual([]);
});
