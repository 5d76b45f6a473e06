import { parsePartialDate } from "./dates";
import { ACTORS, CATEGORIES, CONFIDENCES, SITE_KINDS, type Actor, type Category, type Confidence, type SiteKind } from "./vocabulary";

/**
 * The dashboard's shareable state, as it lives in the query string. The map view is not here: MapLibre keeps
 * it in the hash as `#map=ZOOM/LAT/LON`.
 */
export interface ViewState {
  /** Selected event id. At most one of `event` and `site` is set. */
  event: string | null;
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
  /** Free-text search. */
  q: string;
}

/** The window an analyst sees first: the period the briefing covers. */
export const DEFAULT_WINDOW = { from: "2020-01-01", to: "2025-12-31" } as const;

export const DEFAULT_STATE: ViewState = {
  event: null,
  site: null,
  chapter: null,
  from: DEFAULT_WINDOW.from,
  to: DEFAULT_WINDOW.to,
  cat: [],
  actor: [],
  kind: [],
  conf: [],
  q: "",
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Known ids, so a link to something no longer in the data falls back to no selection. */
export interface KnownIds {
  events: ReadonlySet<string>;
  sites: ReadonlySet<string>;
  chapters?: ReadonlySet<string>;
}

const list = <T extends string>(raw: string | null, allowed: readonly T[]): T[] => {
  if (!raw) return [];
  const values = raw.split(",").filter((v): v is T => (allowed as readonly string[]).includes(v));
  return allowed.filter((v) => values.includes(v));
};

const day = (raw: string | null): string | null => (raw && DAY.test(raw) && parsePartialDate(raw) ? raw : null);

/**
 * Reads the state from a query string. Anything unknown or malformed falls back to its default without
 * an error: an old or hand-edited link still opens the dashboard.
 */
export function parseViewState(search: string | URLSearchParams, known?: KnownIds): ViewState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const id = (key: string, set?: ReadonlySet<string>) => {
    const raw = params.get(key);
    return raw && ID.test(raw) && (!set || set.has(raw)) ? raw : null;
  };
  const event = id("event", known?.events);
  const site = event ? null : id("site", known?.sites);
  const chapter = event || site ? null : id("chapter", known?.chapters);
  let from = day(params.get("from")) ?? DEFAULT_STATE.from;
  let to = day(params.get("to")) ?? DEFAULT_STATE.to;
  if (from > to) [from, to] = [DEFAULT_STATE.from, DEFAULT_STATE.to];
  return {
    event,
    site,
    chapter,
    from,
    to,
    cat: list(params.get("cat"), CATEGORIES),
    actor: list(params.get("actor"), ACTORS),
    kind: list(params.get("kind"), SITE_KINDS),
    conf: list(params.get("conf"), CONFIDENCES),
    q: (params.get("q") ?? "").slice(0, 200),
  };
}

/** Writes the state as a query string, leaving out every value that equals its default. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.event) params.set("event", state.event);
  else if (state.site) params.set("site", state.site);
  else if (state.chapter) params.set("chapter", state.chapter);
  if (state.from !== DEFAULT_STATE.from || state.to !== DEFAULT_STATE.to) {
    params.set("from", state.from);
    params.set("to", state.to);
  }
  for (const key of ["cat", "actor", "kind", "conf"] as const) if (state[key].length > 0) params.set(key, state[key].join(","));
  if (state.q.trim()) params.set("q", state.q.trim());
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}
