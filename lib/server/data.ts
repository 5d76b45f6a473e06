import "server-only";
import { notFound } from "next/navigation";
import { allDecks } from "../briefing";
import { toDataset, type Dataset } from "../dataset";
import { loadRawDataset } from "../load";
import type { Briefing, Camera, RawDataset } from "../schema";
import { renderStaticMap, type StaticMap } from "../static-map";
import { readPublishedBasemap } from "./basemap";

/**
 * The one place routes get data from. The data directory is read, checked and shaped once per build process
 * and kept; route files never touch the file system themselves.
 */

interface Loaded {
  raw: RawDataset;
  dataset: Dataset;
  decks: Briefing[];
}

let loaded: Loaded | null = null;
let basemap: ReturnType<typeof readPublishedBasemap> | null = null;

function load(): Loaded {
  if (!loaded) {
    const raw = loadRawDataset();
    const dataset = toDataset(raw);
    loaded = { raw, dataset, decks: allDecks(dataset) };
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

/** Route params for every deck, for `generateStaticParams`. */
export const deckParams = (): { deck: string }[] => getDecks().map((d) => ({ deck: d.id }));

/**
 * A static map of `camera` with `highlighted` sites lit, drawn from the published basemap and every site in the
 * data; `width` × `height` is the picture's size.
 */
export function staticMap(camera: Camera, highlighted: Iterable<string>, width?: number, height?: number): StaticMap {
  basemap ??= readPublishedBasemap();
  return renderStaticMap(basemap.countries, basemap.borders, camera, getDataset().sites, new Set(highlighted), width, height);
}
