import type { Dataset } from "./dataset";
import { spanOf, type Interval } from "./dates";
import type { Camera, Chapter } from "./schema";
import { windowToDays } from "./timeline";

/** What a chapter shows: the camera, the timeline window and the events and sites it lights up. */
export interface ChapterView {
  chapterId: string;
  camera: Camera;
  window: Interval;
  eventIds: ReadonlySet<string>;
  siteIds: ReadonlySet<string>;
}

/** A chapter's view as data; the story applies it to the map and the timeline in one place. */
export function chapterView(chapter: Chapter): ChapterView {
  const window = spanOf(chapter.period.from, chapter.period.to);
  if (!window) throw new Error(`chapter ${chapter.id} has an unchecked period; run npm run data:check`);
  return { chapterId: chapter.id, camera: chapter.camera, window, eventIds: new Set(chapter.eventIds), siteIds: new Set(chapter.siteIds) };
}

/** The dashboard link that shows a chapter's events and window: `/?chapter=ID&from=…&to=…#map=…`. */
export function chapterDashboardLink(chapter: Chapter): string {
  const view = chapterView(chapter);
  const { from, to } = windowToDays(view.window.start, view.window.end);
  const [lon, lat] = chapter.camera.center;
  return `/?chapter=${chapter.id}&from=${from}&to=${to}#map=${chapter.camera.zoom}/${lat}/${lon}`;
}

/** The chapter a story URL's hash names (`#chapter-id`, possibly followed by `&map=…`), if it is one. */
export function chapterFromHash(hash: string, dataset: Pick<Dataset, "chapters">): string | null {
  const first = hash.replace(/^#/, "").split("&")[0] ?? "";
  return dataset.chapters.some((c) => c.id === first) ? first : null;
}

/** The hash for a chapter, keeping any other parameters (MapLibre's `map=`) that are there. */
export function hashForChapter(hash: string, chapterId: string): string {
  const rest = hash.replace(/^#/, "").split("&").filter((part) => part.includes("="));
  return `#${[chapterId, ...rest].join("&")}`;
}
