import type { Actor, Category } from "./schema";

/** Category colours (Okabe–Ito based, distinguishable with common colour-vision deficiencies). */
export const CATEGORY_COLOURS: Record<Category, string> = {
  politics: "#3D4752",
  military: "#B3261E",
  exercises: "#009E73",
  logistics: "#8C6D00",
  industry: "#D55E00",
  nuclear: "#6A1B9A",
  sanctions: "#0072B2",
  diplomacy: "#1B7F9E",
  economy: "#7A5C2E",
};

/** Human labels for categories and actors. */
export const CATEGORY_LABELS: Record<Category, string> = {
  politics: "Politics",
  military: "Military",
  exercises: "Exercises",
  logistics: "Logistics",
  industry: "Industry",
  nuclear: "Nuclear",
  sanctions: "Sanctions",
  diplomacy: "Diplomacy",
  economy: "Economy",
};

export const ACTOR_LABELS: Record<Actor, string> = {
  belarus: "Belarus",
  russia: "Russia",
  ukraine: "Ukraine",
  "belarusian-opposition": "Belarusian opposition",
  iran: "Iran",
  china: "China",
  "north-korea": "North Korea",
  "united-states": "United States",
  eu: "EU",
  uk: "UK",
  nato: "NATO",
  poland: "Poland",
  lithuania: "Lithuania",
  latvia: "Latvia",
  kazakhstan: "Kazakhstan",
  wagner: "Wagner Group",
  g7: "G7",
};
