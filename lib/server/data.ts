import "server-only";
import { notFound } from "next/navigation";
import { allDecks } from "../briefing";
import { datasetVersion } from "../dataset-version";
import { toDataset, type Dataset, type DatedEvent } from "../dataset";
import { loadRawDataset } from "../load";
import type { Briefing, Camera, RawDataset, Site, Source } from "../schema";
import type { CitableItem, ItemKind } from "../citation";
import { HOME_CAMERA } from "../defaults";
import { allPagePaths, cameraAround, ITEM_MAP_SIZE } from "../items";
import { absoluteUrl, parseSlideNumber } from "../links";
import { datasetStaticMap, type StaticMap } from "../static-map";
import { activeFlows } from "../flows";
import { windowOf } from "../filter";
import { DEFAULT_WINDOW } from "../defaults";
import { readPublishedBasemap } from "./basemap";

/**
 * The one place routes get data from. The data directory is read, checked and shaped once per build process
 * and kept; route files never touch the file system themselves.
 */

interface Loaded {
  raw: RawDataset;
  dataset: Dataset;
  decks: Briefing[];
  version: string;
}

let loaded: Loaded | null = null;
let basemap: ReturnType<typeof readPublishedBasemap> | null = null;

function load(): Loaded {
  if (!loaded) {
    const raw = loadRawDataset();
    const dataset = toDataset(raw);
    loaded = { raw, dataset, decks: allDecks(dataset), version: datasetVersion(raw) };
  }
  return loaded;
}

/** The checked data as the files hold it: what client trees receive, to shape once on their side. */
export const getRawDataset = (): RawDataset => load().raw;

/** The checked data shaped into the domain (dates parsed, lookups by id). */
export const getDataset = (): Dataset => load().dataset;

/** Every deck: the one generated from the chapters, then those in briefings.json. */
export const getDecks = (): readonly Briefing[] => load().decks;

/** One deck by id, or undefined. */
export const getDeck = (id: string): Briefing | undefined => load().decks.find((d) => d.id === id);

/** The params of a route under /brief/<deck>. */
export interface DeckParams {
  deck: string;
}

/** The deck a route's params name; an unknown deck is the not-found page. */
export async function deckOfRoute(params: Promise<DeckParams>): Promise<Briefing> {
  const deck = getDeck((await params).deck);
  if (!deck) notFound();
  return deck;
}

/** The params of a slide route: `/brief/<deck>/<n>`, n counting from 1. */
export interface SlideParams extends DeckParams {
  n: string;
}

/** Route params for every slide of every deck, for `generateStaticParams`. */
export const slideParams = (): SlideParams[] => getDecks().flatMap((deck) => deck.slides.map((_, index) => ({ deck: deck.id, n: String(index + 1) })));

/** The deck and slide a route's params name, or null when either is unknown. */
export async function slideOfRoute(params: Promise<SlideParams>): Promise<{ deck: Briefing; index: number } | null> {
  const { deck: id, n } = await params;
  const deck = getDeck(id);
  const index = deck ? parseSlideNumber(n, deck.slides.length) : null;
  return deck && index !== null ? { deck, index } : null;
}

/** Route params for every deck, for `generateStaticParams`. */
export const deckParams = (): { deck: string }[] => getDecks().map((d) => ({ deck: d.id }));

/**
 * A static map of `camera` with `highlighted` sites lit, drawn from the published basemap and every site in the
 * data; `width` × `height` is the picture's size.
 */
export function staticMap(camera: Camera, highlighted: Iterable<string>, width?: number, height?: number, flowIds: Iterable<string> = []): StaticMap {
  basemap ??= readPublishedBasemap();
  return datasetStaticMap(basemap, getDataset(), camera, highlighted, width, height, flowIds);
}

/** The dataset's content hash, computed once per build, which every citation names. */
export const getDatasetVersion = (): string => load().version;

/** The params of an item page: `/events/<id>`, `/sites/<id>`, `/sources/<id>`. */
export interface ItemParams {
  id: string;
}

const itemOfRoute =
  <T>(lookup: (dataset: Dataset) => ReadonlyMap<string, T>) =>
  async (params: Promise<ItemParams>): Promise<T> => {
    const item = lookup(getDataset()).get((await params).id);
    if (!item) notFound();
    return item;
  };

/** The event, site or source a route's params name; an unknown id is the not-found page. */
export const eventOfRoute: (params: Promise<ItemParams>) => Promise<DatedEvent> = itemOfRoute((d) => d.eventById);
export const siteOfRoute: (params: Promise<ItemParams>) => Promise<Site> = itemOfRoute((d) => d.siteById);
export const sourceOfRoute: (params: Promise<ItemParams>) => Promise<Source> = itemOfRoute((d) => d.sourceById);

/** Route params for every event, site and source, for `generateStaticParams`. */
export const eventParams = (): ItemParams[] => getDataset().events.map((e) => ({ id: e.id }));
export const siteParams = (): ItemParams[] => getDataset().sites.map((s) => ({ id: s.id }));
export const sourceParams = (): ItemParams[] => getDataset().sources.map((s) => ({ id: s.id }));

/** The static map of an item page: its sites lit and framed (or at `camera`), the home view when it has none, with their flows. */
export const itemMap = (sites: readonly Site[], camera: Camera = cameraAround(sites, HOME_CAMERA)): StaticMap =>
  staticMap(
    camera,
    sites.map((s) => s.id),
    ITEM_MAP_SIZE.width,
    ITEM_MAP_SIZE.height,
    sites.length === 1 ? (getDataset().flowsBySite.get(sites[0]!.id) ?? []) : [],
  );

/** What "Cite this" needs of a page: the item, its absolute URL and this build's dataset version. */
export const citable = (kind: ItemKind, id: string, title: string, path: string): CitableItem => ({
  kind,
  id,
  title,
  url: absoluteUrl(path),
  version: getDatasetVersion(),
});

/** Every page the build publishes, as paths: what the sitemap lists. */
export const getPagePaths = (): string[] => allPagePaths(getDataset(), getDecks());

/** The static map the dashboard shows where WebGL is unavailable: every site and the flows of the default window, at the home view. */
export const homeMap = (): StaticMap =>
  staticMap(
    HOME_CAMERA,
    getDataset().sites.map((s) => s.id),
    900,
    640,
    activeFlows(getDataset().flows, windowOf(DEFAULT_WINDOW)).map((f) => f.id),
  );

/** Each chapter's static map, by chapter id, for the story's article without JavaScript and in print. */
export const chapterMaps = (): Record<string, StaticMap> =>
  Object.fromEntries(getDataset().chapters.map((c) => [c.id, staticMap(c.camera, c.siteIds, undefined, undefined, c.flowIds)]));
