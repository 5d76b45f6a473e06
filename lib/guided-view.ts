import type { CameraTarget } from "./camera";
import type { Dataset } from "./dataset";
import { spanOf, type Interval } from "./dates";
import { DEFAULT_STATE, href, type ViewState } from "./links";
import type { Camera, Chapter, Slide } from "./schema";
import { boundsOf, linkedTo, type Linked } from "./selection";
import { windowToDays } from "./timeline";

/**
 * A guided view: what a story chapter, a slide (and, later, a saved view) shows. It is one value, and the
 * story, the slides and the presenter derive their map and timeline from it.
 */
export interface GuidedView {
  /** The chapter's id, or the slide's place in its deck. */
  id: string;
  title: string;
  camera: Camera;
  window: Interval;
  eventIds: ReadonlySet<string>;
  siteIds: ReadonlySet<string>;
  /** Flows the chapter or slide names (`flowIds`), drawn on its map. */
  flowIds: ReadonlySet<string>;
}

const periodOf = (owner: string, period: { from: string; to: string }): Interval => {
  const window = spanOf(period.from, period.to);
  if (!window) throw new Error(`${owner} has an unchecked period; run npm run data:check`);
  return window;
};

/** A chapter's view. */
export function viewOfChapter(chapter: Chapter): GuidedView {
  return {
    id: chapter.id,
    title: chapter.title,
    camera: chapter.camera,
    window: periodOf(`chapter ${chapter.id}`, chapter.period),
    eventIds: new Set(chapter.eventIds),
    siteIds: new Set(chapter.siteIds),
    flowIds: new Set(chapter.flowIds ?? []),
  };
}

/** A slide's view; `id` names it for the camera and announcements. */
export function viewOfSlide(slide: Slide, id: string): GuidedView {
  return {
    id,
    title: slide.title,
    camera: slide.camera,
    window: periodOf(`slide ${id}`, slide.period),
    eventIds: new Set(slide.eventIds),
    siteIds: new Set(slide.siteIds),
    flowIds: new Set(slide.flowIds ?? []),
  };
}

/** What a view lights up: its own events, sites and flows, or, when an event is chosen inside it, that event's. */
export function litBy(view: GuidedView, dataset: Dataset, eventId: string | null): Linked {
  return eventId ? linkedTo(dataset, { type: "event", id: eventId }) : { events: view.eventIds, sites: view.siteIds, flows: view.flowIds };
}

/** Where the map looks for a view: an event chosen inside it frames that event's sites, else the view's camera. */
export function cameraTargetOf(view: GuidedView, dataset: Dataset, eventId: string | null): CameraTarget {
  const bounds = eventId ? boundsOf(dataset, dataset.eventById.get(eventId)?.siteIds ?? []) : null;
  return bounds ? { type: "sites", bounds } : { type: "view", camera: view.camera };
}

/** The dashboard state that shows a chapter: its events and sites lit, its window. */
export function chapterViewState(chapter: Chapter): ViewState {
  const view = viewOfChapter(chapter);
  return { ...DEFAULT_STATE, chapter: chapter.id, ...windowToDays(view.window.start, view.window.end) };
}

/** The dashboard link that shows a chapter's events, window and camera. */
export const chapterDashboardHref = (chapter: Chapter): string => href.dashboard(chapterViewState(chapter), chapter.camera);
