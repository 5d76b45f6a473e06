import { z } from "zod";
import {
  ACTORS,
  ATTRIBUTIONS,
  CATEGORIES,
  CONFIDENCE_ATTRIBUTIONS,
  CONFIDENCES,
  DATE_BASES,
  DATE_PRECISIONS,
  LOCATION_BASES,
  QUALIFIERS,
  SITE_KINDS,
  SOURCE_KINDS,
} from "./vocabulary";

// Every page runs under a self-only CSP without 'unsafe-eval': zod's compiled (eval) fast path would only probe
// `new Function`, be refused and report a violation, so parse without it everywhere.
z.config({ jitless: true });

export * from "./vocabulary";

/**
 * The dataset contract. Every type Tyl uses for its data is inferred from these schemas;
 * the JSON Schema files in data/schema/ are generated from them by `npm run data:schema`.
 * The schemas describe the files as analysts write them (strings, not Date objects);
 * lib/dataset.ts turns them into domain values once, at the boundary.
 */

/** Stable identifier: lower-case kebab-case, used in URLs, React keys and map feature ids. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case, e.g. "orsha-aircraft-repair-plant"')
  .describe("Stable kebab-case identifier, used in URLs and as the map feature id.");
export type Id = z.infer<typeof Id>;

/** A calendar date at year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD (UTC). */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "dates are written YYYY, YYYY-MM or YYYY-MM-DD")
  .describe("ISO 8601 calendar date at year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD.");
export type PartialDate = z.infer<typeof PartialDate>;

/** [longitude, latitude] in WGS 84 degrees, as in GeoJSON. */
export const LonLat = z
  .tuple([z.number().describe("longitude, degrees east"), z.number().describe("latitude, degrees north")])
  .describe("[longitude, latitude] in WGS 84 degrees, GeoJSON order.");
export type LonLat = z.infer<typeof LonLat>;

/** Where a claim is made: a source and, optionally, the heading of the section that makes it. */
export const Citation = z
  .object({
    sourceId: Id.describe("id of an entry in sources.json"),
    section: z.string().min(1).optional().describe("heading of the section of the source where the claim appears"),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

/**
 * An address a reader can open: only http: and https:. zod's `url()` alone also accepts javascript:, data:
 * and file: addresses, which the sources page would render as links.
 */
export const WebUrl = z
  .url({ protocol: /^https?$/, error: "a source URL must be an http: or https: address" })
  .describe("http: or https: address of the source");

export const Source = z
  .object({
    id: Id,
    kind: z.enum(SOURCE_KINDS).describe("document: one of the analysed texts; reference: a public reference consulted for a fact such as coordinates"),
    title: z.string().min(1),
    publisher: z.string().min(1).nullable().describe("who published it; null where the document does not say (explain in notes)"),
    author: z.string().min(1).optional(),
    published: PartialDate.nullable().describe("publication date at the precision known; null where unknown (explain in notes)"),
    url: WebUrl.optional(),
    seed: z
      .string()
      .regex(/^[\w.-]+\.txt$/, 'seed is a file name in shared/seeds, e.g. "003_9e425d521df350b2.txt"')
      .optional()
      .describe("file name of the document in shared/seeds, where the text comes from there"),
    notes: z.string().min(1).optional().describe("what is and is not stated about the source"),
    derivedFrom: z.array(Id).min(1).optional().describe("ids of sources this one restates, so the two are not counted as independent"),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const Site = z
  .object({
    id: Id,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).describe("other names and transliterations a user may type"),
    kind: z.enum(SITE_KINDS),
    coordinates: LonLat,
    precisionKm: z.number().positive().describe("radius in km within which the real site lies"),
    locationBasis: z
      .enum(LOCATION_BASES)
      .describe("site: the point is the facility itself; area: centre of a large ground; town-centre: a town stands in for it"),
    locationSourceId: Id.describe("id of the source the coordinates were read from"),
    country: z.string().regex(/^[A-Z]{2}$/, 'country is an ISO 3166-1 alpha-2 code such as "BY"'),
    description: z.string().min(1),
    sources: z.array(Citation).min(1),
  })
  .strict();
export type Site = z.infer<typeof Site>;

/** The confidence × attribution table of lib/vocabulary.ts in words, for the schema's descriptions. */
const CONFIDENCE_RULE = Object.entries(CONFIDENCE_ATTRIBUTIONS)
  .map(([confidence, allowed]) => `${confidence} with ${allowed.length === ATTRIBUTIONS.length ? "any attribution" : allowed.join(" or ")}`)
  .join("; ");

export const Event = z
  .object({
    id: Id,
    date: PartialDate.describe("when it happened, or began, at the precision the sources support"),
    end: PartialDate.optional().describe("when a span ended; absent for a single occurrence"),
    datePrecision: z
      .enum(DATE_PRECISIONS)
      .describe('how precisely `date` is written: day, month or year; approximate only for a vague date such as "late 1990s"'),
    title: z.string().min(1).max(80),
    summary: z.string().min(1),
    category: z.enum(CATEGORIES),
    actors: z.array(z.enum(ACTORS)).min(1),
    siteIds: z.array(Id),
    sources: z.array(Citation).min(1),
    confidence: z.enum(CONFIDENCES).describe(`how well the claim is established; allowed with attribution: ${CONFIDENCE_RULE}`),
    attribution: z
      .enum(ATTRIBUTIONS)
      .describe(
        "who asserts the claim: record (on the public record), official (a government announces it), intelligence, observers (monitoring groups, media, estimates), opposition, party (one side's own claim or denial), author (the document's author, naming no one)",
      ),
    dateBasis: z
      .enum(DATE_BASES)
      .describe(
        "stated: a source states the date; inferred: worked out from the reporting document's own date; known-by: only known to have happened by `date`",
      ),
    notBefore: PartialDate.optional().describe("earliest date the thing can have happened, where known; not after `date`"),
    dateSource: Citation.optional().describe(
      "the source that gives the date when it is not the first cited source; for inferred and known-by, the document whose own date the date rests on",
    ),
    landmark: z
      .string()
      .min(1)
      .max(32)
      .optional()
      .describe('for the few events the timeline marks on its axis as landmarks: the short label it writes there, e.g. "Zapad 2021"'),
    context: z.boolean().optional().describe("true for background before 2020 that views draw de-emphasised"),
  })
  .strict();
export type Event = z.infer<typeof Event>;

export const Period = z.object({ from: PartialDate, to: PartialDate }).strict();
export type Period = z.infer<typeof Period>;

export const Camera = z
  .object({
    center: LonLat,
    zoom: z.number().min(0).max(22),
  })
  .strict();
export type Camera = z.infer<typeof Camera>;

export const Chapter = z
  .object({
    id: Id,
    title: z.string().min(1),
    period: Period,
    body: z.string().min(1),
    eventIds: z.array(Id),
    siteIds: z.array(Id),
    figureIds: z.array(Id).optional().describe("figures from figures.json the chapter shows"),
    flowIds: z.array(Id).optional().describe("flows from flows.json the chapter shows"),
    camera: Camera,
    notes: z.string().describe("speaker notes for a presenter"),
  })
  .strict();
export type Chapter = z.infer<typeof Chapter>;

export const Figure = z
  .object({
    id: Id,
    what: z.string().min(1).describe('the quantity, in words: "ammunition delivered by Belarus to Russia"'),
    quantity: Id.optional().describe("shared key for figures that measure the same thing, so disagreements show side by side"),
    value: z.number().nullable().describe('the number as given (the lower bound for a range); null when the source gives only a word such as "hundreds"'),
    valueText: z.string().min(1).optional().describe('the source\'s own vague quantity word ("hundreds") when it gives no number; requires value null'),
    valueHigh: z.number().optional().describe("upper bound, when the source gives a range"),
    qualifier: z.enum(QUALIFIERS).describe('how the source hedges the number or range ("approximately 250–300" is about); about for a vague word'),
    unit: z.string().min(1),
    period: Period,
    sourceId: Id,
    section: z.string().min(1).optional(),
    eventId: Id.optional(),
    note: z.string().min(1).optional(),
  })
  .strict();
export type Figure = z.infer<typeof Figure>;

/**
 * A movement of goods, components or services between sites over a period: the supply network the documents
 * describe. It follows the events' rules for how its dates are known, who asserts it and how well it is established.
 */
export const Flow = z
  .object({
    id: Id,
    from: Id.describe("id of the site the flow leaves; a capital stands in where a document names only a country (say so in note)"),
    to: Id.describe("id of the site the flow reaches"),
    via: Id.optional().describe("id of a site the flow passes through, where a source names one"),
    what: z.string().min(1).max(120).describe('what moves, in words: "ammunition", "helicopters for repair"'),
    period: Period.describe("when the flow is reported running: from its start (or earliest report) to its end (or latest report)"),
    datePrecision: z
      .enum(DATE_PRECISIONS)
      .describe("how precisely period.from is written: day, month or year; approximate only for a vague start a source states"),
    dateBasis: z
      .enum(DATE_BASES)
      .describe(
        "stated: a source states the period; inferred: worked out from the reporting document's own date; known-by: only known to be running by period.to",
      ),
    dateSource: Citation.optional().describe("for inferred and known-by, the document whose own date the period rests on"),
    volume: Id.optional().describe("id of a figure in figures.json that measures the flow; the arrow's width follows it"),
    confidence: z.enum(CONFIDENCES).describe(`how well the flow is established; allowed with attribution: ${CONFIDENCE_RULE}`),
    attribution: z.enum(ATTRIBUTIONS).describe("who asserts the flow, as for events"),
    sources: z.array(Citation).min(1),
    eventIds: z.array(Id).optional().describe("events in events.json that report the flow"),
    note: z.string().min(1).optional().describe("what the sources do not say, e.g. that the ends stand for whole countries"),
  })
  .strict();
export type Flow = z.infer<typeof Flow>;

/** One slide of a briefing deck: a view (camera, period, what is lit up) plus what the presenter says. */
export const Slide = z
  .object({
    chapterId: Id.optional().describe("the story chapter the slide comes from, if any"),
    title: z.string().min(1).max(90),
    eventIds: z.array(Id),
    siteIds: z.array(Id),
    flowIds: z.array(Id).optional().describe("flows from flows.json the slide shows"),
    camera: Camera,
    period: Period,
    points: z.array(z.string().min(1).max(140)).max(3).optional().describe("at most three short points shown on the slide"),
    notes: z.string().describe("speaker notes, shown only in the presenter view"),
  })
  .strict();
export type Slide = z.infer<typeof Slide>;

/** A briefing deck an analyst writes without code; /brief also offers one generated from the chapters. */
export const Briefing = z
  .object({
    id: Id,
    title: z.string().min(1),
    audience: z.string().min(1).optional(),
    slides: z.array(Slide).min(1),
  })
  .strict();
export type Briefing = z.infer<typeof Briefing>;

const fileOf = <T extends z.ZodType>(key: string, item: T) =>
  z
    .object({
      $schema: z.string().optional(),
      [key]: z.array(item),
    })
    .strict();

/** Each data file is an object with a `$schema` pointer and one array, so editors validate as analysts type. */
export const FILES = {
  sources: { file: "sources.json", key: "sources", schema: fileOf("sources", Source) },
  sites: { file: "sites.json", key: "sites", schema: fileOf("sites", Site) },
  events: { file: "events.json", key: "events", schema: fileOf("events", Event) },
  chapters: { file: "chapters.json", key: "chapters", schema: fileOf("chapters", Chapter) },
  figures: { file: "figures.json", key: "figures", schema: fileOf("figures", Figure) },
  briefings: { file: "briefings.json", key: "briefings", schema: fileOf("briefings", Briefing), optional: true },
  flows: { file: "flows.json", key: "flows", schema: fileOf("flows", Flow), optional: true },
} as const;

/** True for a data file a dataset may leave out (briefing decks and flows are optional). */
export const isOptional = (name: FileName): boolean => "optional" in FILES[name];
export type FileName = keyof typeof FILES;

export interface RawDataset {
  sources: Source[];
  sites: Site[];
  events: Event[];
  chapters: Chapter[];
  figures: Figure[];
  briefings: Briefing[];
  flows: Flow[];
}
