import type { CameraTarget } from "./camera";
import type { Dataset } from "./dataset";
import { windowOf } from "./filter";
import { flowSiteIds } from "./flows";
import { formatWhen } from "./format";
import type { ViewState } from "./links";
import { windowToDays } from "./timeline";

/** What is selected or previewed: an event, a site, a flow, a chapter, or nothing. */
export type Focus = { type: "event"; id: string } | { type: "site"; id: string } | { type: "flow"; id: string } | { type: "chapter"; id: string } | null;

/** The events, sites, flows and figures a focus lights up on every view. */
export interface Linked {
  events: ReadonlySet<string>;
  sites: ReadonlySet<string>;
  /** Flows lit up; absent where a view has none to light (a saved view without flows). */
  flows?: ReadonlySet<string>;
  figures?: ReadonlySet<string>;
}

const EMPTY: Linked = { events: new Set(), sites: new Set(), flows: new Set(), figures: new Set() };

/**
 * An event lights up its sites and the flows that name it; a site lights up all of its events and flows; a
 * flow lights up its sites, the events that report it and its volume figure; a chapter lights up what it features.
 */
export function linkedTo(dataset: Dataset, focus: Focus): Linked {
  if (!focus) return EMPTY;
  if (focus.type === "event") {
    const event = dataset.eventById.get(focus.id);
    return event
      ? { events: new Set([event.id]), sites: new Set(event.siteIds), flows: new Set(dataset.flowsByEvent.get(event.id) ?? []), figures: new Set() }
      : EMPTY;
  }
  if (focus.type === "chapter") {
    const chapter = dataset.chapters.find((c) => c.id === focus.id);
    return chapter
      ? { events: new Set(chapter.eventIds), sites: new Set(chapter.siteIds), flows: new Set(chapter.flowIds ?? []), figures: new Set(chapter.figureIds ?? []) }
      : EMPTY;
  }
  if (focus.type === "flow") {
    const flow = dataset.flowById.get(focus.id);
    return flow
      ? {
          events: new Set(flow.eventIds ?? []),
          sites: new Set(flowSiteIds(flow)),
          flows: new Set([flow.id]),
          figures: new Set(flow.volume === undefined ? [] : [flow.volume]),
        }
      : EMPTY;
  }
  if (!dataset.siteById.has(focus.id)) return EMPTY;
  return {
    events: new Set(dataset.eventsBySite.get(focus.id) ?? []),
    sites: new Set([focus.id]),
    flows: new Set(dataset.flowsBySite.get(focus.id) ?? []),
    figures: new Set(),
  };
}

/** The bounds [[west, south], [east, north]] around a focus's sites, or null when it has none. */
export function boundsOf(dataset: Dataset, siteIds: Iterable<string>): [[number, number], [number, number]] | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const id of siteIds) {
    const site = dataset.siteById.get(id);
    if (!site) continue;
    const [lon, lat] = site.coordinates;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return Number.isFinite(west)
    ? [
        [west, south],
        [east, north],
      ]
    : null;
}

/** What choosing something on the dashboard does: the state change, where the map looks, and what is announced. */
export interface SelectionAction {
  patch: Partial<ViewState>;
  target: CameraTarget | null;
  announcement: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Selecting an event: it becomes the selection, the window moves to centre it if it lies outside (keeping the
 * window's length), and the map frames its sites.
 */
export function selectEvent(dataset: Dataset, state: Pick<ViewState, "from" | "to">, id: string): SelectionAction | null {
  const event = dataset.eventById.get(id);
  if (!event) return null;
  const patch: Partial<ViewState> = { event: id, site: null, flow: null, chapter: null };
  const window = windowOf(state);
  if (event.interval.end <= window.start || event.interval.start >= window.end) {
    const span = window.end.getTime() - window.start.getTime();
    const mid = (event.interval.start.getTime() + event.interval.end.getTime()) / 2;
    Object.assign(patch, windowToDays(new Date(mid - span / 2), new Date(mid + span / 2)));
  }
  const bounds = boundsOf(dataset, event.siteIds);
  return {
    patch,
    target: bounds ? { type: "sites", bounds } : null,
    announcement: `Selected event: ${event.title}, ${formatWhen(event)}. ${plural(event.siteIds.length, "site")} highlighted on the map.`,
  };
}

/** Selecting a site: it becomes the selection and the map goes to it. */
export function selectSite(dataset: Dataset, id: string): SelectionAction | null {
  const site = dataset.siteById.get(id);
  if (!site) return null;
  const count = dataset.eventsBySite.get(id)?.length ?? 0;
  return {
    patch: { site: id, event: null, flow: null, chapter: null },
    target: { type: "sites", bounds: [site.coordinates, site.coordinates] },
    announcement: `Selected site: ${site.name}. ${plural(count, "event")} highlighted on the timeline${flowCount(dataset.flowsBySite.get(id))}.`,
  };
}

const flowCount = (flows: readonly string[] | undefined) => (flows && flows.length > 0 ? `, ${plural(flows.length, "flow")} on the map` : "");

/**
 * Selecting a flow: it becomes the selection, the window moves to it if it lies outside (as for an event), and
 * the map frames its sites.
 */
export function selectFlow(dataset: Dataset, state: Pick<ViewState, "from" | "to">, id: string): SelectionAction | null {
  const flow = dataset.flowById.get(id);
  if (!flow) return null;
  const patch: Partial<ViewState> = { flow: id, event: null, site: null, chapter: null, network: true };
  const window = windowOf(state);
  if (flow.interval.end <= window.start || flow.interval.start >= window.end) Object.assign(patch, windowToDays(flow.interval.start, flow.interval.end));
  const sites = flowSiteIds(flow);
  const bounds = boundsOf(dataset, sites);
  const names = sites.map((s) => dataset.siteById.get(s)?.name ?? s);
  return {
    patch,
    target: bounds ? { type: "sites", bounds } : null,
    announcement: `Selected flow: ${flow.what}, from ${names[0]} to ${names.at(-1)}. ${plural(flow.eventIds?.length ?? 0, "event")} highlighted on the timeline.`,
  };
}

/** The focus a dashboard state names. */
export const focusOf = (state: Pick<ViewState, "event" | "site" | "chapter"> & Partial<Pick<ViewState, "flow">>): Focus =>
  state.event
    ? { type: "event", id: state.event }
    : state.site
      ? { type: "site", id: state.site }
      : state.flow
        ? { type: "flow", id: state.flow }
        : state.chapter
          ? { type: "chapter", id: state.chapter }
          : null;

/**
 * Where the map should look when the dashboard opens on a selection: its sites, no closer than a region view.
 * A link that records its own view (`#map=`) keeps it instead; the map decides that.
 */
export function arrivalTarget(dataset: Dataset, state: Pick<ViewState, "event" | "site" | "chapter"> & Partial<Pick<ViewState, "flow">>): CameraTarget | null {
  const focus = focusOf(state);
  const bounds = focus ? boundsOf(dataset, linkedTo(dataset, focus).sites) : null;
  return bounds ? { type: "sites", bounds, maxZoom: 7 } : null;
}
