import type { Actor, Category, DatePrecision } from "../vocabulary";
import { digest, parseDateCell, parseNumber, slugify, splitList } from "./cells";
import type { Draft, Drafts } from "./drafts";
import { columnKey, missingColumns, type ImportProblem, type Table } from "./table";

/**
 * An ACLED export (Armed Conflict Location & Event Data) as Tyl data: each row an event, each named place a
 * site, each named source a source, and the export itself the reference the coordinates were read from.
 * The tables here are the README's "ACLED exports" tables; change both together.
 */

/** The columns of an ACLED export; a file whose header has the first two is taken for one. */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "actor2",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

/** Columns the mapping reads; the rest of an export's columns may be absent. */
const REQUIRED = [
  "event_id_cnty",
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "country",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "notes",
] as const;

export const isAcledHeader = (header: readonly string[]): boolean => {
  const keys = new Set(header.map(columnKey));
  return keys.has("event_id_cnty") && keys.has("event_date");
};

/**
 * ACLED's time_precision: 1, the source gives the actual date; 2, only the week or a similar span (ACLED codes
 * a day inside it); 3, only the month (ACLED codes its middle). Tyl keeps the date to the precision the
 * source supports, so 2 and 3 keep the month of the coded day.
 */
export const TIME_PRECISION: Record<string, DatePrecision> = { "1": "day", "2": "month", "3": "month" };

/**
 * ACLED's geo_precision: 1, a named town with known coordinates; 2, somewhere near a town or in a small part
 * of a region, coded to a town; 3, only a larger region, coded to a natural feature or the provincial capital.
 */
export const GEO_PRECISION: Record<string, { precisionKm: number; locationBasis: "town-centre" | "area" }> = {
  "1": { precisionKm: 5, locationBasis: "town-centre" },
  "2": { precisionKm: 25, locationBasis: "town-centre" },
  "3": { precisionKm: 100, locationBasis: "area" },
};

/** ACLED's six event types; Strategic developments are read by sub-event type, as they range from treaties to arrests. */
export const EVENT_CATEGORIES: Record<string, Category> = {
  battles: "military",
  "explosions/remote violence": "military",
  "violence against civilians": "military",
  protests: "politics",
  riots: "politics",
  "strategic developments": "military",
};

export const STRATEGIC_CATEGORIES: Record<string, Category> = {
  agreement: "diplomacy",
  arrests: "politics",
};

/** ACLED country names and their ISO 3166-1 codes, for the countries an export about this war names. */
export const COUNTRY_CODES: Record<string, string> = {
  belarus: "BY",
  ukraine: "UA",
  russia: "RU",
  poland: "PL",
  lithuania: "LT",
  latvia: "LV",
  estonia: "EE",
  moldova: "MD",
  romania: "RO",
  slovakia: "SK",
  hungary: "HU",
  georgia: "GE",
  kazakhstan: "KZ",
};

/**
 * ACLED actor names to Tyl actors, tried in order: the first pattern found in the name wins, so
 * "Protesters (Belarus)" is the opposition before it is Belarus, and "Wagner Group" is Wagner before Russia.
 */
export const ACTOR_PATTERNS: readonly [RegExp, Actor][] = [
  [/wagner/i, "wagner"],
  [/^protesters \(belarus\)|belarusian opposition|tsikhanouskaya|kastus kalinouski/i, "belarusian-opposition"],
  [/\bnato\b|north atlantic treaty/i, "nato"],
  [/european union|\beu\b/i, "eu"],
  [/\bg7\b/i, "g7"],
  [/united states/i, "united-states"],
  [/united kingdom/i, "uk"],
  [/north korea/i, "north-korea"],
  [/belarus/i, "belarus"],
  [/russia/i, "russia"],
  [/ukrain/i, "ukraine"],
  [/poland|polish/i, "poland"],
  [/lithuania/i, "lithuania"],
  [/latvia/i, "latvia"],
  [/kazakhstan/i, "kazakhstan"],
  [/\bchina\b|chinese/i, "china"],
  [/\biran\b|iranian/i, "iran"],
];

/** The Tyl actor an ACLED actor name stands for, or undefined when the name matches none of the patterns. */
export const actorOf = (name: string): Actor | undefined => {
  // An export names the same few hundred actors across its rows; matching each name once keeps large files fast.
  if (!actorCache.has(name)) actorCache.set(name, ACTOR_PATTERNS.find(([pattern]) => pattern.test(name))?.[1]);
  return actorCache.get(name);
};
const actorCache = new Map<string, Actor | undefined>();

/** The Tyl actors a row names; when none matches, the country the event happened in stands for them. */
export function actorsOf(names: readonly string[], country: string): Actor[] {
  const matched = [...new Set(names.map(actorOf).filter((a): a is Actor => a !== undefined))];
  if (matched.length > 0) return matched;
  const fallback = actorOf(country);
  return fallback ? [fallback] : [];
}

export const categoryOf = (eventType: string, subEventType: string): Category | undefined =>
  columnKey(eventType) === "strategic developments"
    ? (STRATEGIC_CATEGORIES[columnKey(subEventType)] ?? EVENT_CATEGORIES["strategic developments"])
    : EVENT_CATEGORIES[columnKey(eventType)];

const TITLE_MAX = 80;

/** "Battles: Armed clash in Horlivka", shortened at a word to Tyl's 80 characters. */
export function titleOf(eventType: string, subEventType: string, location: string): string {
  const what = subEventType === "" || columnKey(subEventType) === columnKey(eventType) ? eventType : `${eventType}: ${subEventType}`;
  const full = `${what} in ${location}`;
  if (full.length <= TITLE_MAX) return full;
  const cut = full.slice(0, TITLE_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : cut.length)}…`;
}

/**
 * ACLED's codebook gives event_date as dd-mm-yyyy, so in an ACLED export that one numeric form is day first
 * and not ambiguous; it is rewritten as ISO. Slashed dates stay refused: a spreadsheet rewrites dates that way
 * in its own locale's order.
 */
export const codebookDate = (text: string): string => text.replace(/^(\d{2})-(\d{2})-(\d{4})$/, "$3-$2-$1");

/** The reference every imported site reads its coordinates from: the ACLED export itself. */
export const ACLED_EXPORT_ID = "acled-export";

const sourceIdOf = (name: string): string => `acled-source-${slugify(name) || digest(name)}`;

/** Which ACLED column each event and site field comes from, so the data check's problems name a column. */
const EVENT_COLUMNS: Record<string, string> = {
  id: "event_id_cnty",
  date: "event_date",
  datePrecision: "time_precision",
  context: "event_date",
  title: "event_type",
  summary: "notes",
  category: "event_type",
  actors: "actor1",
  siteIds: "location",
  sources: "source",
};
const SITE_COLUMNS: Record<string, string> = {
  id: "location",
  name: "location",
  coordinates: "latitude, longitude",
  "coordinates/0": "longitude",
  "coordinates/1": "latitude",
  precisionKm: "geo_precision",
  locationBasis: "geo_precision",
  country: "country",
};
const SOURCE_COLUMNS: Record<string, string> = { id: "source", title: "source", publisher: "source" };

interface SiteAcc {
  draft: Draft;
  rows: number[];
}

/** Turns an ACLED export into drafts, leaving out rows in `skip` and reporting each row it cannot map. */
export function acledDrafts(table: Table, skip: ReadonlySet<number>, into: Drafts): void {
  const file = table.file;
  const missing = missingColumns(table, REQUIRED, "the ACLED columns in the README");
  if (missing) {
    into.problems.push(missing);
    return;
  }
  const sites = new Map<string, SiteAcc>();
  const siteIds = new Set<string>();
  const sources = new Map<string, { draft: Draft; rows: number[] }>();
  const events: Draft[] = [];

  for (const { row, cells } of table.rows) {
    if (skip.has(row)) continue;
    const cell = (name: string) => cells.get(name) ?? "";
    const problems: ImportProblem[] = [];
    const fail = (column: string, message: string) => problems.push({ file, row, column, message });

    const id = cell("event_id_cnty");
    if (id === "") fail("event_id_cnty", "is empty; every ACLED row has an event id such as UKR12345");
    const written = parseDateCell(codebookDate(cell("event_date")));
    if (!written.ok) fail("event_date", written.message);
    const precision = TIME_PRECISION[cell("time_precision")];
    if (!precision) fail("time_precision", `${JSON.stringify(cell("time_precision"))} is not an ACLED time precision; it is 1, 2 or 3`);
    const geo = GEO_PRECISION[cell("geo_precision")];
    if (!geo) fail("geo_precision", `${JSON.stringify(cell("geo_precision"))} is not an ACLED geo precision; it is 1, 2 or 3`);
    const category = categoryOf(cell("event_type"), cell("sub_event_type"));
    if (!category)
      fail(
        "event_type",
        `${JSON.stringify(cell("event_type"))} is not an ACLED event type; it is one of ${Object.keys(EVENT_CATEGORIES).join(", ")} (any case)`,
      );
    const country = COUNTRY_CODES[columnKey(cell("country"))];
    if (!country)
      fail(
        "country",
        `${JSON.stringify(cell("country"))} is not in the importer's country table (${Object.keys(COUNTRY_CODES).join(", ")}); add it to COUNTRY_CODES in lib/import/acled.ts`,
      );
    const lat = parseNumber(cell("latitude"), "53.9");
    if (!lat.ok) fail("latitude", lat.message);
    const lon = parseNumber(cell("longitude"), "27.5667");
    if (!lon.ok) fail("longitude", lon.message);
    const location = cell("location");
    if (location === "") fail("location", "is empty; the event needs a place name");
    const actors = actorsOf(
      [cell("actor1"), ...splitList(cell("assoc_actor_1")), cell("actor2")].filter((a) => a !== ""),
      cell("country"),
    );
    if (actors.length === 0)
      fail("actor1", `no actor in the row (${JSON.stringify(cell("actor1"))}) or its country matches a Tyl actor; see the README's actor table`);
    const sourceNames = splitList(cell("source"));
    if (sourceNames.length === 0) fail("source", "is empty; ACLED names the source of every event");
    if (problems.length > 0 || !written.ok || !precision || !geo || !category || !country || !lat.ok || !lon.ok) {
      into.problems.push(...problems);
      continue;
    }

    const key = `${location}\u0000${lat.value}\u0000${lon.value}`;
    let site = sites.get(key);
    if (!site) {
      const base = `acled-${slugify(location) || digest(location)}`;
      let siteId = base;
      for (let n = 2; siteIds.has(siteId); n++) siteId = `${base}-${n}`;
      siteIds.add(siteId);
      const where = [location, cell("admin2"), cell("admin1"), cell("country")].filter((part, i, all) => part !== "" && all.indexOf(part) === i);
      site = {
        rows: [],
        draft: {
          value: {
            id: siteId,
            name: location,
            aliases: [],
            kind: "city",
            coordinates: [lon.value, lat.value],
            ...geo,
            locationSourceId: ACLED_EXPORT_ID,
            country,
            description: `${where.join(", ")}: a place named in the ACLED export.`,
            sources: [{ sourceId: ACLED_EXPORT_ID }],
          },
          origin: { file, rows: [], columns: SITE_COLUMNS },
        },
      };
      sites.set(key, site);
    } else if (geo.precisionKm > (site.draft.value.precisionKm as number)) {
      // One point may stand for events located more and less exactly; it keeps the loosest radius any row gives.
      Object.assign(site.draft.value, geo);
    }
    site.rows.push(row);

    for (const name of sourceNames) {
      const sourceId = sourceIdOf(name);
      const known = sources.get(sourceId);
      if (known) known.rows.push(row);
      else {
        sources.set(sourceId, {
          rows: [row],
          draft: {
            value: {
              id: sourceId,
              kind: "document",
              title: name,
              publisher: name,
              published: null,
              notes: "Named as a source of events in the ACLED export, which gives no title, date or address for it.",
            },
            origin: { file, rows: [], columns: SOURCE_COLUMNS },
          },
        });
      }
    }

    const date = precision === "day" ? written.value.date : written.value.date.slice(0, 7);
    const fatalities = Number(cell("fatalities"));
    const notes = cell("notes");
    const place = [location, cell("admin1"), cell("country")].filter((part) => part !== "").join(", ");
    const summary = [
      notes === "" ? `ACLED records ${cell("sub_event_type") || cell("event_type")} in ${place}; the export gives no notes.` : notes,
      Number.isInteger(fatalities) && fatalities > 0 ? `ACLED records ${fatalities} ${fatalities === 1 ? "fatality" : "fatalities"}.` : "",
    ]
      .filter((part) => part !== "")
      .join(" ");
    events.push({
      value: {
        id: `acled-${slugify(id)}`,
        date,
        datePrecision: precision,
        dateBasis: "stated",
        title: titleOf(cell("event_type"), cell("sub_event_type"), location),
        summary,
        category,
        actors,
        siteIds: [site.draft.value.id],
        sources: [{ sourceId: ACLED_EXPORT_ID, section: `event ${id}` }, ...sourceNames.map((name) => ({ sourceId: sourceIdOf(name) }))],
        confidence: ACLED_CONFIDENCE.confidence,
        attribution: ACLED_CONFIDENCE.attribution,
        ...(date < "2020" ? { context: true } : {}),
      },
      origin: { file, rows: [row], columns: EVENT_COLUMNS },
    });
  }

  if (events.length === 0) return;
  into.sources.push({
    value: {
      id: ACLED_EXPORT_ID,
      kind: "reference",
      title: `ACLED export (${file})`,
      publisher: "Armed Conflict Location & Event Data (ACLED)",
      published: null,
      url: "https://acleddata.com/",
      notes: "The export the events, places and coordinates were imported from; ACLED codes each event from the sources it names, which are listed beside it.",
    },
    origin: { file, rows: events.flatMap((e) => e.origin.rows), columns: {} },
  });
  for (const { draft, rows } of sources.values()) into.sources.push({ ...draft, origin: { ...draft.origin, rows } });
  for (const { draft, rows } of sites.values()) into.sites.push({ ...draft, origin: { ...draft.origin, rows } });
  // Not push(...events): 100,000 arguments overflow a browser worker's stack.
  for (const event of events) into.events.push(event);
}

/**
 * The confidence rule for ACLED rows: ACLED is an independent monitor coding events from the reports it
 * names, so its events are a third party's account, `reported` by `observers`, never `confirmed`.
 */
export const ACLED_CONFIDENCE = { confidence: "reported", attribution: "observers" } as const;
