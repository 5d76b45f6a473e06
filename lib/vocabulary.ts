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

export const CATEGORIES = [
  "politics",
  "military",
  "exercises",
  "logistics",
  "industry",
  "nuclear",
  "sanctions",
  "diplomacy",
  "economy",
] as const;

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

export const QUALIFIERS = ["exactly", "about", "at-least", "more-than", "up-to", "range"] as const;

export type SiteKind = (typeof SITE_KINDS)[number];

export type LocationBasis = (typeof LOCATION_BASES)[number];

export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type Confidence = (typeof CONFIDENCES)[number];

export type Category = (typeof CATEGORIES)[number];

export type Actor = (typeof ACTORS)[number];
