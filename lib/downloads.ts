import { csvFormat } from "d3-dsv";
import { strToU8, zipSync } from "fflate";
import { formatDay, type Day } from "./citation";
import type { Dataset, DatedEvent } from "./dataset";
import { FACETS, windowOf } from "./filter";
import { formatCitation, TEMPLATE_COLUMNS, type TemplateKind } from "./import/template";
import type { ViewState } from "./links";
import { Event, type Site, type Source } from "./schema";
import { formatWindow } from "./window-label";

/**
 * Downloads of exactly what the dashboard shows, in three forms: the spreadsheet template's CSVs (in a ZIP with
 * a README), one JSON file in Tyl's format, and GeoJSON of the sites with their events. Each names the dataset,
 * its version and the view, and carries a citation line; each opens again through "Open your data". Pure
 * functions: the dashboard's Download menu hands them the data and writes the bytes to a file.
 */

/** The part of a dataset a download holds: the events and sites on screen and every source they cite. */
export interface ShownData {
  sources: Source[];
  sites: Site[];
  events: Event[];
}

/** What every download says about itself. */
export interface DownloadMeta {
  /** The dataset's name as the banner gives it. */
  dataset: string;
  /** Its content hash, as the banner shows it. */
  version: string;
  /** The view in words: time window, filters and search. */
  view: string;
  /** A link that opens the same view (with `v=`). */
  link: string;
  /** The day it was downloaded, YYYY-MM-DD (UTC). */
  downloaded: string;
  counts: { events: number; sites: number; sources: number };
  /** One line to cite the download by. */
  citation: string;
}

/** The event as the data files hold it, without the parsed dates the views add. */
const plainEvent = (event: DatedEvent): Event => Object.fromEntries(Object.entries(event).filter(([key]) => key in Event.shape)) as Event;

/**
 * What is on screen as a dataset of its own: the events the lists show (`events`, in their order), the sites the
 * map shows (`sites`) and any other site those events name, and every source they cite or restate, so the
 * download passes the data check and re-opens whole.
 */
export function shownData(dataset: Dataset, events: readonly DatedEvent[], sites: readonly Site[]): ShownData {
  const siteIds = new Set(sites.map((s) => s.id));
  for (const event of events) for (const id of event.siteIds) siteIds.add(id);
  const keptSites = dataset.sites.filter((s) => siteIds.has(s.id));
  const cited = new Set<string>();
  for (const event of events) {
    for (const c of event.sources) cited.add(c.sourceId);
    if (event.dateSource) cited.add(event.dateSource.sourceId);
  }
  for (const site of keptSites) {
    cited.add(site.locationSourceId);
    for (const c of site.sources) cited.add(c.sourceId);
  }
  // A source that restates another names it, and the data check wants it present.
  const pending = [...cited];
  while (pending.length > 0) {
    for (const id of dataset.sourceById.get(pending.pop()!)?.derivedFrom ?? []) {
      if (!cited.has(id)) {
        cited.add(id);
        pending.push(id);
      }
    }
  }
  return { sources: dataset.sources.filter((s) => cited.has(s.id)), sites: keptSites, events: events.map(plainEvent) };
}

/** The view in words: "9 Aug 2020 – 30 Sep 2025; category: Logistics, Military; search “brest”". */
export function describeView(state: ViewState): string {
  const { start, end } = windowOf(state);
  const parts = [formatWindow(start, end)];
  for (const facet of FACETS) {
    const chosen = state[facet.key];
    if (chosen.length > 0) parts.push(`${facet.legend.toLowerCase()}: ${chosen.map((v) => facet.label(v)).join(", ")}`);
  }
  if (state.sources === 2) parts.push("at least two independent sources");
  if (state.q.trim() !== "") parts.push(`search “${state.q.trim()}”`);
  return parts.join("; ");
}

const isoDay = (d: Day): string => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** The meta block of a download and its citation line. */
export function downloadMeta(input: { dataset: string; version: string; state: ViewState; link: string; today: Day; data: ShownData }): DownloadMeta {
  const view = describeView(input.state);
  const { data } = input;
  return {
    dataset: input.dataset,
    version: input.version,
    view,
    link: input.link,
    downloaded: isoDay(input.today),
    counts: { events: data.events.length, sites: data.sites.length, sources: data.sources.length },
    citation: `“${input.dataset}”, dataset version ${input.version}, view ${view}, downloaded from Tyl on ${formatDay(input.today)}. ${input.link}`,
  };
}

/** The file name of a download: `tyl-<dataset>-<version>.<extension>`, in lower-case ASCII. */
export function downloadName(meta: Pick<DownloadMeta, "dataset" | "version">, extension: string): string {
  const words = meta.dataset
    .toLowerCase()
    .normalize("NFKD")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  // Whole words up to 40 characters, so a long name does not end in half a word.
  let slug = "";
  for (const word of words) {
    if (slug !== "" && slug.length + word.length + 1 > 40) break;
    slug = slug === "" ? word.slice(0, 40) : `${slug}-${word}`;
  }
  return `tyl-${slug || "data"}-${meta.version}.${extension}`;
}

/** One JSON file in Tyl's format: `meta`, then the sources, sites and events arrays of the data files. */
export const jsonDownload = (data: ShownData, meta: DownloadMeta): string => `${JSON.stringify({ meta, ...data }, null, 2)}\n`;

/** The id of the GeoJSON feature that holds the events no site locates (its geometry is null, as RFC 7946 allows). */
export const UNLOCATED_FEATURE = "events-without-a-site";

/**
 * GeoJSON (RFC 7946): one Point feature per site, its properties the site's fields and `events`, the events at
 * it; events at no site sit in one feature without geometry. The sources and `meta` are foreign members of the
 * collection, which GIS tools keep or ignore.
 */
export function geoJsonDownload(data: ShownData, meta: DownloadMeta): string {
  const bySite = new Map<string, Event[]>();
  const unlocated: Event[] = [];
  for (const event of data.events) {
    if (event.siteIds.length === 0) unlocated.push(event);
    for (const id of event.siteIds) bySite.set(id, [...(bySite.get(id) ?? []), event]);
  }
  const features: unknown[] = data.sites.map(({ coordinates, ...site }) => ({
    type: "Feature",
    id: site.id,
    geometry: { type: "Point", coordinates },
    properties: { ...site, events: bySite.get(site.id) ?? [] },
  }));
  if (unlocated.length > 0)
    features.push({ type: "Feature", id: UNLOCATED_FEATURE, geometry: null, properties: { name: "Events without a site", events: unlocated } });
  return `${JSON.stringify({ type: "FeatureCollection", meta, sources: data.sources, features }, null, 2)}\n`;
}

const list = (items: readonly string[] | undefined): string => (items ?? []).join(";");
const optional = (value: string | null | undefined): string => value ?? "";

const ROWS: { [K in TemplateKind]: (data: ShownData) => Record<string, string>[] } = {
  events: (data) =>
    data.events.map((e) => ({
      id: e.id,
      date: e.date,
      end: optional(e.end),
      datePrecision: e.datePrecision,
      dateBasis: e.dateBasis,
      notBefore: optional(e.notBefore),
      dateSource: e.dateSource ? formatCitation(e.dateSource) : "",
      title: e.title,
      summary: e.summary,
      category: e.category,
      actors: list(e.actors),
      siteIds: list(e.siteIds),
      sources: list(e.sources.map(formatCitation)),
      confidence: e.confidence,
      attribution: e.attribution,
      landmark: optional(e.landmark),
      context: e.context === undefined ? "" : String(e.context),
    })),
  sites: (data) =>
    data.sites.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      longitude: String(s.coordinates[0]),
      latitude: String(s.coordinates[1]),
      precisionKm: String(s.precisionKm),
      locationBasis: s.locationBasis,
      locationSourceId: s.locationSourceId,
      country: s.country,
      description: s.description,
      aliases: list(s.aliases),
      sources: list(s.sources.map(formatCitation)),
    })),
  sources: (data) =>
    data.sources.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      publisher: optional(s.publisher),
      published: optional(s.published),
      author: optional(s.author),
      url: optional(s.url),
      notes: optional(s.notes),
      derivedFrom: list(s.derivedFrom),
      seed: optional(s.seed),
    })),
};

/** The three template CSVs, in the template's columns (lists joined with `;`, citations as `id: section`). */
export function templateCsvs(data: ShownData): Record<TemplateKind, string> {
  const csv = (kind: TemplateKind) =>
    `${csvFormat(
      ROWS[kind](data),
      TEMPLATE_COLUMNS[kind].map((c) => c.name),
    )}\n`;
  return { events: csv("events"), sites: csv("sites"), sources: csv("sources") };
}

/** The README that goes with the CSVs: a CSV has no place for it, and the importer reads every row of one. */
export function csvReadme(meta: DownloadMeta): string {
  return [
    meta.dataset,
    "",
    `Version: ${meta.version}`,
    `View: ${meta.view}`,
    `Link: ${meta.link}`,
    `Downloaded: ${meta.downloaded}`,
    `Holds: ${meta.counts.events} events, ${meta.counts.sites} sites, ${meta.counts.sources} sources`,
    "",
    `Cite as: ${meta.citation}`,
    "",
    'events.csv, sites.csv and sources.csv are in the columns of Tyl\'s spreadsheet template (lists joined with ";").',
    'Open this ZIP, or the three files together, with "Open your data" on Tyl\'s dashboard, or import them with',
    "npm run data:import -- events.csv sites.csv sources.csv --out DIR",
    "",
  ].join("\n");
}

/** The CSV download: one ZIP holding README.txt and the three template CSVs. */
export function csvDownload(data: ShownData, meta: DownloadMeta): Uint8Array {
  const csvs = templateCsvs(data);
  return zipSync({
    "README.txt": strToU8(csvReadme(meta)),
    "events.csv": strToU8(csvs.events),
    "sites.csv": strToU8(csvs.sites),
    "sources.csv": strToU8(csvs.sources),
  });
}
