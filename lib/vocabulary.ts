/**
 * The fixed vocabularies of the dataset, apart from the zod schemas so the browser bundle can use them
 * without zod. lib/schema.ts builds its enums from these.
 */

export const SOURCE_KINDS = ["document", "reference"] as const;

export const SITE_KINDS = [
  "plant",
  "repair-works",
  "design-bureau",
  "airfield",
  "training-ground",
  "military-object",
  "radar-station",
  "communications-station",
  "rail-hub",
  "border-crossing",
  "city",
] as const;

export const LOCATION_BASES = ["site", "area", "derived", "town-centre"] as const;

export const DATE_PRECISIONS = ["day", "month", "year", "approximate"] as const;

export const CONFIDENCES = ["confirmed", "reported", "claimed", "disputed"] as const;

export const CATEGORIES = ["politics", "military", "exercises", "logistics", "industry", "nuclear", "sanctions", "diplomacy", "economy"] as const;

export const ACTORS = [
  "belarus",
  "russia",
  "ukraine",
  "belarusian-opposition",
  "iran",
  "china",
  "north-korea",
  "united-states",
  "eu",
  "uk",
  "nato",
  "poland",
  "lithuania",
  "latvia",
  "kazakhstan",
  "wagner",
  "g7",
] as const;

/**
 * How a source hedges a number. A range (`valueHigh` present) keeps its own hedge: "approximately
 * $250–300 million" is `about`, an unhedged "40–50%" is `exactly`.
 */
export const QUALIFIERS = ["exactly", "about", "at-least", "more-than", "up-to"] as const;

/**
 * How an event's date is known. `stated`: a source states it (the first cited source, or `dateSource`).
 * `inferred`: worked out from the date of the document that reports it ("last year", "this March").
 * `known-by`: the thing is only known to have happened by `date`, usually the report's own date.
 */
export const DATE_BASES = ["stated", "inferred", "known-by"] as const;

/**
 * Who asserts an event's claim. `record`: on the public record (a signed text, a held vote or exercise, a
 * sanctions listing, a visit). `official`: a government or official body announces it as fact.
 * `intelligence`: an intelligence service. `observers`: independent observers, monitoring groups, media or
 * unnamed estimates. `opposition`: the Belarusian opposition. `party`: one side's own assertion in its
 * interest (a leader's claim, boast, accusation or denial). `author`: the document's author, with no one named.
 */
export const ATTRIBUTIONS = ["record", "official", "intelligence", "observers", "opposition", "party", "author"] as const;

/**
 * The one rule for confidence against attribution. A claim is only `confirmed` when it is on record or
 * officially established; a third party's account is `reported`; a claim only its maker or the author
 * stands behind is `claimed`; `disputed` (conflicting accounts, named in the summary) goes with any attribution.
 */
export const CONFIDENCE_ATTRIBUTIONS = {
  confirmed: ["record", "official"],
  reported: ["official", "intelligence", "observers"],
  claimed: ["party", "opposition", "author"],
  disputed: ["record", "official", "intelligence", "observers", "opposition", "party", "author"],
} as const satisfies Record<(typeof CONFIDENCES)[number], readonly (typeof ATTRIBUTIONS)[number][]>;

export type SiteKind = (typeof SITE_KINDS)[number];

export type LocationBasis = (typeof LOCATION_BASES)[number];

export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type Confidence = (typeof CONFIDENCES)[number];

export type Category = (typeof CATEGORIES)[number];

export type Actor = (typeof ACTORS)[number];

export type DateBasis = (typeof DATE_BASES)[number];

export type Attribution = (typeof ATTRIBUTIONS)[number];
