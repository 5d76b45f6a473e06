import { DEFAULT_WINDOW } from "./defaults";
import { parsePartialDate } from "./dates";
import type { Camera } from "./schema";
import { ACTORS, CATEGORIES, CONFIDENCES, SITE_KINDS, type Actor, type Category, type Confidence, type SiteKind } from "./vocabulary";

/**
 * Every URL Tyl writes or reads, one parse/format pair per kind: the dashboard's query, MapLibre's `#map=`
 * hash, the story's chapter hash, slide paths and the slide theme, and the links between pages. A malformed
 * value never raises: it falls back to the default, so an old or hand-edited link still opens.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/* ------------------------------------------------------------------ dashboard query */

/**
 * The dashboard's shareable state, as it lives in the query string. The map view is not here: MapLibre keeps
 * it in the hash as `#map=ZOOM/LAT/LON`.
 */
export interface ViewState {
  /** Selected event id. At most one of `event`, `site`, `flow` and `chapter` is set. */
  event: string | null;
  /** Selected flow id (flows.json). */
  flow: string | null;
  /** Selected site id. */
  site: string | null;
  /** A story chapter whose events and sites are lit up (from "Explore this on the dashboard"). */
  chapter: string | null;
  /** Start of the time window, YYYY-MM-DD. */
  from: string;
  /** End of the time window (inclusive day), YYYY-MM-DD. */
  to: string;
  /** Categories shown; empty means all. */
  cat: Category[];
  actor: Actor[];
  kind: SiteKind[];
  conf: Confidence[];
  /** The fewest independent sources an event must rest on to be shown: 1 (all) or 2. */
  sources: 1 | 2;
  /** Free-text search. */
  q: string;
  /** Whether the map draws the supply network (flows); `network=off` in the URL hides it. */
  network: boolean;
  /**
   * The version (content hash) of the dataset the link was made with, so a link opened against other data can
   * say so; null when the link does not say.
   */
  v: string | null;
}

export const DEFAULT_STATE: ViewState = {
  event: null,
  flow: null,
  site: null,
  chapter: null,
  from: DEFAULT_WINDOW.from,
  to: DEFAULT_WINDOW.to,
  cat: [],
  actor: [],
  kind: [],
  conf: [],
  sources: 1,
  q: "",
  network: true,
  v: null,
};

/** A dataset version as the app writes it: 12 lower-case hex digits. */
const VERSION = /^[0-9a-f]{12}$/;

/** Known ids, so a link to something no longer in the data falls back to no selection. */
export interface KnownIds {
  events: ReadonlySet<string>;
  sites: ReadonlySet<string>;
  chapters?: ReadonlySet<string>;
  flows?: ReadonlySet<string>;
}

const list = <T extends string>(raw: string | null, allowed: readonly T[]): T[] => {
  if (!raw) return [];
  const values = raw.split(",").filter((v): v is T => (allowed as readonly string[]).includes(v));
  return allowed.filter((v) => values.includes(v));
};

const day = (raw: string | null): string | null => (raw && DAY.test(raw) && parsePartialDate(raw) ? raw : null);

/** Reads the dashboard state from a query string; anything unknown or malformed falls back to its default. */
export function parseViewState(search: string | URLSearchParams, known?: KnownIds): ViewState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const id = (key: string, set?: ReadonlySet<string>) => {
    const raw = params.get(key);
    return raw && ID.test(raw) && (!set || set.has(raw)) ? raw : null;
  };
  const event = id("event", known?.events);
  const site = event ? null : id("site", known?.sites);
  const flow = event || site ? null : id("flow", known?.flows);
  const chapter = event || site || flow ? null : id("chapter", known?.chapters);
  let from = day(params.get("from")) ?? DEFAULT_STATE.from;
  let to = day(params.get("to")) ?? DEFAULT_STATE.to;
  if (from > to) [from, to] = [DEFAULT_STATE.from, DEFAULT_STATE.to];
  return {
    event,
    flow,
    site,
    chapter,
    from,
    to,
    cat: list(params.get("cat"), CATEGORIES),
    actor: list(params.get("actor"), ACTORS),
    kind: list(params.get("kind"), SITE_KINDS),
    conf: list(params.get("conf"), CONFIDENCES),
    sources: params.get("sources") === "2" ? 2 : 1,
    q: (params.get("q") ?? "").slice(0, 200),
    network: params.get("network") !== "off",
    v: VERSION.test(params.get("v") ?? "") ? params.get("v") : null,
  };
}

/** Writes the dashboard state as a query string (`?…`, or "" for the defaults), leaving out every default. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.event) params.set("event", state.event);
  else if (state.site) params.set("site", state.site);
  else if (state.flow) params.set("flow", state.flow);
  else if (state.chapter) params.set("chapter", state.chapter);
  if (state.from !== DEFAULT_STATE.from || state.to !== DEFAULT_STATE.to) {
    params.set("from", state.from);
    params.set("to", state.to);
  }
  for (const key of ["cat", "actor", "kind", "conf"] as const) if (state[key].length > 0) params.set(key, state[key].join(","));
  if (state.sources === 2) params.set("sources", "2");
  if (state.q.trim()) params.set("q", state.q.trim());
  if (!state.network) params.set("network", "off");
  if (state.v && VERSION.test(state.v)) params.set("v", state.v);
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/**
 * The link to the dashboard view at `location` as made against dataset `version`: its query with `v=` set
 * (or left out when the version is not known yet), its map hash kept.
 */
export function permalinkOf(location: Pick<Location, "origin" | "pathname" | "search" | "hash">, version: string | null): string {
  return `${location.origin}${location.pathname}${formatViewState({ ...parseViewState(location.search), v: version })}${location.hash}`;
}

/* ------------------------------------------------------------------ map hash */

/** The hash parameters of a URL, in order: `#a&map=…` gives [["a", null], ["map", "…"]]. */
const hashParts = (hash: string): [string, string | null][] =>
  hash
    .replace(/^#/, "")
    .split("&")
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf("=");
      return at < 0 ? [part, null] : [part.slice(0, at), part.slice(at + 1)];
    });

const joinHash = (parts: [string, string | null][]): string => {
  const text = parts.map(([key, value]) => (value === null ? key : `${key}=${value}`)).join("&");
  return text ? `#${text}` : "";
};

const finite = (text: string | undefined, min: number, max: number): number | null => {
  if (text === undefined || text.trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
};

/**
 * The camera in MapLibre's `#map=ZOOM/LAT/LON[/BEARING/PITCH]` hash, or null when there is none or it is
 * malformed (MapLibre then opens on its initial view).
 */
export function parseMapHash(hash: string): Camera | null {
  const value = hashParts(hash).find(([key]) => key === "map")?.[1];
  if (!value) return null;
  const [z, lat, lon] = value.split("/");
  const zoom = finite(z, 0, 22);
  const latitude = finite(lat, -85.06, 85.06);
  const longitude = finite(lon, -180, 180);
  return zoom === null || latitude === null || longitude === null ? null : { center: [longitude, latitude], zoom };
}

/** A camera as MapLibre writes it into the hash: `map=ZOOM/LAT/LON` (without the `#`). */
export const formatMapHash = (camera: Camera): string => `map=${camera.zoom}/${camera.center[1]}/${camera.center[0]}`;

/* ------------------------------------------------------------------ story hash */

/** The chapter a story URL's hash names (`#chapter-id`, possibly followed by `&map=…`), if it is a known one. */
export function parseStoryHash(hash: string, chapterIds: readonly string[]): string | null {
  const first = hashParts(hash)[0];
  return first && first[1] === null && chapterIds.includes(first[0]) ? first[0] : null;
}

/** The story hash for a chapter, keeping the other parameters (MapLibre's `map=`) already in `hash`. */
export function formatStoryHash(hash: string, chapterId: string): string {
  return joinHash([[chapterId, null], ...hashParts(hash).filter(([, value]) => value !== null)]);
}

/* ------------------------------------------------------------------ slides and theme */

/** A slide's place: the deck id and the zero-based slide index. */
export interface SlidePlace {
  deck: string;
  index: number;
}

/** The path of a slide: `/brief/<deck>/<n>`, n counting from 1. */
export const slidePath = ({ deck, index }: SlidePlace): string => `/brief/${deck}/${index + 1}`;

/**
 * The slide a path names (`/brief/<deck>` is its first slide), or null for another path, a malformed number
 * or one outside `1…slideCount` when the count is given.
 */
export function parseSlidePath(pathname: string, slideCount?: number): SlidePlace | null {
  const match = /^\/brief\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/([^/]+))?\/?$/.exec(pathname);
  if (!match) return null;
  const index = parseSlideNumber(match[2] ?? "1", slideCount);
  return index === null ? null : { deck: match[1]!, index };
}

/** The zero-based index a slide number in a path names (`"3"` is 2), or null for 0, a non-number or one past `slideCount`. */
export function parseSlideNumber(text: string, slideCount?: number): number | null {
  if (!/^\d{1,4}$/.test(text)) return null;
  const n = Number(text);
  return n < 1 || (slideCount !== undefined && n > slideCount) ? null : n - 1;
}

/**
 * The local deck and slide a query names (`?deck=<id>&n=<n>`; no `n` is the first slide), or null without a
 * well-formed deck id or with a slide number outside `1…slideCount` when the count is given.
 */
export function parseLocalPlace(search: string, slideCount?: number): SlidePlace | null {
  const params = new URLSearchParams(search);
  const deck = params.get("deck") ?? "";
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(deck)) return null;
  const index = parseSlideNumber(params.get("n") ?? "1", slideCount);
  return index === null ? null : { deck, index };
}

/** `search` with the local slide number set to slide `index`, keeping the deck and the theme. */
export function formatLocalSlide(search: string, index: number): string {
  const params = new URLSearchParams(search);
  params.set("n", String(index + 1));
  return `?${params.toString()}`;
}

/** The slide theme: light by default, dark for a dim room. */
export type SlideTheme = "light" | "dark";

/** The theme a query string asks for (`?theme=dark`); anything else is the light default. */
export const parseTheme = (search: string): SlideTheme => (new URLSearchParams(search).get("theme") === "dark" ? "dark" : "light");

/** `search` with the theme set, keeping its other parameters; the light default is left out. */
export function formatTheme(search: string, theme: SlideTheme): string {
  const params = new URLSearchParams(search);
  if (theme === "dark") params.set("theme", "dark");
  else params.delete("theme");
  const text = params.toString();
  return text ? `?${text}` : "";
}

/* ------------------------------------------------------------------ links between pages */

/** The pages Tyl links between. */
export const href = {
  dashboard: (state: Partial<ViewState> = {}, camera?: Camera): string => {
    const query = formatViewState({ ...DEFAULT_STATE, ...state });
    return `/${query}${camera ? `#${formatMapHash(camera)}` : ""}`;
  },
  story: (chapterId?: string): string => (chapterId ? `/story#${chapterId}` : "/story"),
  briefings: (): string => "/brief",
  slide: (deck: string, index = 0): string => slidePath({ deck, index }),
  presenter: (deck: string): string => `/brief/${deck}/presenter`,
  handout: (deck: string): string => `/brief/${deck}/print`,
  /**
   * A deck kept in this browser: its editor, slide show, presenter view and handout. The deck is in the query,
   * not the path, so each is one static page that works from the export and offline.
   */
  localEdit: (deck: string): string => `/brief/local/edit?deck=${deck}`,
  localSlide: (deck: string, index = 0): string => `/brief/local?deck=${deck}&n=${index + 1}`,
  localPresenter: (deck: string): string => `/brief/local/presenter?deck=${deck}`,
  localHandout: (deck: string): string => `/brief/local/print?deck=${deck}`,
  sources: (sourceId?: string): string => (sourceId ? `/sources#${sourceId}` : "/sources"),
  /** The page of one event, citable without JavaScript. */
  event: (id: string): string => `/events/${id}`,
  site: (id: string): string => `/sites/${id}`,
  source: (id: string): string => `/sources/${id}`,
  /** The whole figures ledger. */
  figures: (): string => "/figures",
  embed: (target: EmbedTarget): string => formatEmbedPath(target),
  /**
   * The shipped dataset as one static JSON file, named by its content hash so it can be cached for good: the
   * dashboard fetches it instead of carrying the data inline in its HTML.
   */
  datasetAsset: (version: string): string => `/data/${version}.json`,
};

/* ------------------------------------------------------------------ embeds */

/**
 * What an embed shows: the dashboard (its query and map hash carry the view as on the dashboard), the story
 * (its hash carries the chapter) or one slide. An embed lives under `/embed/…` rather than behind `?embed=1`
 * so the server renders it without the site navigation and the dashboard's query codec stays as it is.
 */
export type EmbedTarget = { view: "dashboard" } | { view: "story" } | { view: "slide"; deck: string; index: number };

/** The path of an embed: `/embed`, `/embed/story` or `/embed/brief/<deck>/<n>`. */
export function formatEmbedPath(target: EmbedTarget): string {
  if (target.view === "dashboard") return "/embed";
  if (target.view === "story") return "/embed/story";
  return `/embed${slidePath(target)}`;
}

/** The embed a path names (a trailing slash allowed, as the static export writes it), or null for any other path. */
export function parseEmbedPath(pathname: string, slideCount?: number): EmbedTarget | null {
  const path = pathname.replace(/\/+$/, "");
  if (path === "/embed") return { view: "dashboard" };
  if (path === "/embed/story") return { view: "story" };
  if (!path.startsWith("/embed/brief/")) return null;
  const place = parseSlidePath(path.slice("/embed".length), slideCount);
  return place ? { view: "slide", ...place } : null;
}

/** The slide an embed path names, or null when it names none. */
export function parseEmbeddedSlidePath(pathname: string, slideCount?: number): SlidePlace | null {
  const target = parseEmbedPath(pathname, slideCount);
  return target?.view === "slide" ? { deck: target.deck, index: target.index } : null;
}

/** The embed of a page URL a reader is on (path, query and hash), or null when that page has no embed. */
export function embedOfPage(pathname: string, search: string, hash: string): string | null {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return `${formatEmbedPath({ view: "dashboard" })}${search}${hash}`;
  if (path === "/story") return `${formatEmbedPath({ view: "story" })}${hash}`;
  const place = parseSlidePath(path);
  return place ? `${formatEmbedPath({ view: "slide", ...place })}${search}` : null;
}

/**
 * The message an embed posts to its host page with its content height: `{ "tyl-height": { id, height } }`,
 * shaped like Datawrapper's `{ "datawrapper-height": { "<id>": height } }` so a host that already sizes
 * Datawrapper or Flourish frames can size Tyl's the same way, with the id telling several embeds apart.
 */
export interface EmbedHeightMessage {
  "tyl-height": { id: string; height: number };
}

/** The height message for the embed `id` (the embed's path and query, which the host's iframe also names). */
export const formatEmbedHeight = (id: string, height: number): EmbedHeightMessage => ({ "tyl-height": { id, height: Math.ceil(height) } });

/** The height message a host received, or null when `data` is anything else (another frame's message, a forged one). */
export function parseEmbedHeight(data: unknown): { id: string; height: number } | null {
  if (typeof data !== "object" || data === null || !("tyl-height" in data)) return null;
  const inner = (data as Record<string, unknown>)["tyl-height"];
  if (typeof inner !== "object" || inner === null) return null;
  const { id, height } = inner as Record<string, unknown>;
  return typeof id === "string" && typeof height === "number" && Number.isFinite(height) && height > 0 && height < 100_000 ? { id, height } : null;
}

const attribute = (text: string): string => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The `<iframe>` a host page pastes to embed `url` (absolute), starting at `height` pixels until the embed posts
 * its own height; `title` names the frame for screen readers.
 */
export const embedSnippet = (url: string, title: string, height = 640): string =>
  `<iframe src="${attribute(url)}" title="${attribute(title)}" style="width: 100%; height: ${height}px; border: 0;" loading="lazy"></iframe>`;

/* ------------------------------------------------------------------ absolute URLs */

/** Where the site is published, for canonical URLs, citations and embed snippets: `NEXT_PUBLIC_SITE_URL`, without a trailing slash. */
export const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL || "http://localhost:3000").replace(/\/+$/, "");

/** `path` (from `href`) on the published site. */
export const absoluteUrl = (path: string, base: string = SITE_URL): string => `${base}${path === "/" ? "/" : path}`;

/** The `<iframe>` snippet that embeds the page at `location` (the reader's own origin, path, query and hash). */
export function embedSnippetOf(location: Pick<Location, "origin" | "pathname" | "search" | "hash">): string {
  const path = embedOfPage(location.pathname, location.search, location.hash) ?? formatEmbedPath({ view: "dashboard" });
  return embedSnippet(`${location.origin}${path}`, "Tyl: Belarus as Russia's rear base, map and timeline");
}
