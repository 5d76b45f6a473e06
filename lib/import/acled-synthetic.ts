import { csvFormatRows } from "d3-dsv";
import { pick, random } from "../synthetic";
import { ACLED_COLUMNS } from "./acled";

/**
 * A synthetic ACLED export for tests and benchmarks: real ACLED event types, precisions and column layout,
 * real towns of Belarus and the Ukrainian and Russian border regions at their approximate coordinates, and
 * notes written by a template. The events themselves are invented; ids start with the country code as
 * ACLED's do, and every note says it is synthetic.
 */

interface Place {
  location: string;
  admin1: string;
  country: "Belarus" | "Ukraine" | "Russia";
  lat: number;
  lon: number;
}

const PLACES: readonly Place[] = [
  { location: "Minsk", admin1: "Minsk", country: "Belarus", lat: 53.9, lon: 27.5667 },
  { location: "Machulishchy", admin1: "Minsk", country: "Belarus", lat: 53.7747, lon: 27.5792 },
  { location: "Brest", admin1: "Brest", country: "Belarus", lat: 52.0976, lon: 23.7341 },
  { location: "Baranavichy", admin1: "Brest", country: "Belarus", lat: 53.1327, lon: 26.0139 },
  { location: "Luninets", admin1: "Brest", country: "Belarus", lat: 52.2473, lon: 26.8043 },
  { location: "Pinsk", admin1: "Brest", country: "Belarus", lat: 52.1229, lon: 26.0951 },
  { location: "Gomel", admin1: "Gomel", country: "Belarus", lat: 52.4345, lon: 30.9754 },
  { location: "Mozyr", admin1: "Gomel", country: "Belarus", lat: 52.0495, lon: 29.2456 },
  { location: "Asipovichy", admin1: "Mogilev", country: "Belarus", lat: 53.3011, lon: 28.6386 },
  { location: "Vitebsk", admin1: "Vitebsk", country: "Belarus", lat: 55.1904, lon: 30.2049 },
  { location: "Grodno", admin1: "Grodno", country: "Belarus", lat: 53.6694, lon: 23.8131 },
  { location: "Kyiv", admin1: "Kyiv City", country: "Ukraine", lat: 50.4501, lon: 30.5234 },
  { location: "Chernihiv", admin1: "Chernihiv", country: "Ukraine", lat: 51.4982, lon: 31.2893 },
  { location: "Shostka", admin1: "Sumy", country: "Ukraine", lat: 51.8667, lon: 33.4833 },
  { location: "Sumy", admin1: "Sumy", country: "Ukraine", lat: 50.9077, lon: 34.7981 },
  { location: "Kharkiv", admin1: "Kharkiv", country: "Ukraine", lat: 49.9935, lon: 36.2304 },
  { location: "Zhytomyr", admin1: "Zhytomyr", country: "Ukraine", lat: 50.2547, lon: 28.6587 },
  { location: "Korosten", admin1: "Zhytomyr", country: "Ukraine", lat: 50.95, lon: 28.6333 },
  { location: "Ovruch", admin1: "Zhytomyr", country: "Ukraine", lat: 51.3244, lon: 28.8081 },
  { location: "Rivne", admin1: "Rivne", country: "Ukraine", lat: 50.6199, lon: 26.2516 },
  { location: "Lutsk", admin1: "Volyn", country: "Ukraine", lat: 50.7472, lon: 25.3254 },
  { location: "Bryansk", admin1: "Bryansk", country: "Russia", lat: 53.2521, lon: 34.3717 },
  { location: "Klintsy", admin1: "Bryansk", country: "Russia", lat: 52.7529, lon: 32.2361 },
  { location: "Kursk", admin1: "Kursk", country: "Russia", lat: 51.7373, lon: 36.1874 },
  { location: "Belgorod", admin1: "Belgorod", country: "Russia", lat: 50.5997, lon: 36.5983 },
  { location: "Smolensk", admin1: "Smolensk", country: "Russia", lat: 54.7826, lon: 32.0453 },
];

/** ACLED's event types with their sub-event types and disorder type. */
const TYPES: readonly { event: string; disorder: string; subs: readonly string[] }[] = [
  { event: "Battles", disorder: "Political violence", subs: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"] },
  {
    event: "Explosions/Remote violence",
    disorder: "Political violence",
    subs: ["Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Grenade"],
  },
  { event: "Violence against civilians", disorder: "Political violence", subs: ["Attack", "Abduction/forced disappearance"] },
  { event: "Protests", disorder: "Demonstrations", subs: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"] },
  { event: "Riots", disorder: "Demonstrations", subs: ["Violent demonstration", "Mob violence"] },
  {
    event: "Strategic developments",
    disorder: "Strategic developments",
    subs: ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Other"],
  },
];

const ACTORS: Record<Place["country"], readonly string[]> = {
  Belarus: [
    "Military Forces of Belarus (1994-)",
    "Police Forces of Belarus (1994-)",
    "Protesters (Belarus)",
    "Military Forces of Russia (2000-)",
    "Wagner Group",
  ],
  Ukraine: ["Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", "Civilians (Ukraine)", "Police Forces of Ukraine (2019-)"],
  Russia: ["Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)", "Civilians (Russia)", "Unidentified Armed Group (Russia)"],
};

const SOURCES: Record<Place["country"], readonly string[]> = {
  Belarus: ["Hajun", "Belsat", "Nasha Niva", "Zerkalo", "BelTA", "Viasna"],
  Ukraine: ["Ukrinform", "Ukrainska Pravda", "Suspilne", "General Staff of the Armed Forces of Ukraine", "Telegram"],
  Russia: ["Kommersant", "Meduza", "Governor of Bryansk Oblast", "Ministry of Defence of Russia", "Telegram"],
};

const SCALES = ["National", "Subnational", "National-International", "New media", "Other-New media"];
const PREFIX: Record<Place["country"], string> = { Belarus: "BLR", Ukraine: "UKR", Russia: "RUS" };

const FIRST_DAY = Date.UTC(2020, 7, 1);
const LAST_DAY = Date.UTC(2025, 8, 30);
const DAY = 86_400_000;

/** Weighted choice: `weights[i]` is the chance of `items[i]`; they sum to 1. */
const weighted = <T>(rand: () => number, items: readonly T[], weights: readonly number[]): T => {
  let r = rand();
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
};

/**
 * The CSV text of a synthetic ACLED export, produced in chunks of at most `chunk` rows so a caller can
 * stream 100,000 rows to disk without holding them all. The header is the first chunk's first line.
 */
export function* acledSyntheticCsv(rows: number, seed = 1, chunk = 5_000): Generator<string> {
  const rand = random(seed);
  const counters: Record<string, number> = {};
  yield `${ACLED_COLUMNS.join(",")}\n`;
  for (let start = 0; start < rows; start += chunk) {
    const batch: string[][] = [];
    for (let i = start; i < Math.min(rows, start + chunk); i++) {
      const place = pick(rand, PLACES);
      const type = weighted(rand, TYPES, place.country === "Belarus" ? [0.02, 0.05, 0.08, 0.45, 0.05, 0.35] : [0.3, 0.5, 0.08, 0.04, 0.01, 0.07]);
      const sub = pick(rand, type.subs);
      const day = new Date(FIRST_DAY + Math.floor(rand() * ((LAST_DAY - FIRST_DAY) / DAY + 1)) * DAY);
      const iso = day.toISOString().slice(0, 10);
      const timePrecision = weighted(rand, ["1", "2", "3"], [0.85, 0.1, 0.05]);
      const geoPrecision = weighted(rand, ["1", "2", "3"], [0.7, 0.25, 0.05]);
      const actor1 = pick(rand, ACTORS[place.country]);
      const actor2 =
        rand() < 0.5
          ? pick(
              rand,
              ACTORS[place.country].filter((a) => a !== actor1),
            )
          : "";
      const sources = [...new Set([pick(rand, SOURCES[place.country]), ...(rand() < 0.3 ? [pick(rand, SOURCES[place.country])] : [])])];
      const violent = type.disorder === "Political violence";
      const fatalities = violent && rand() < 0.2 ? 1 + Math.floor(rand() * 5) : 0;
      const prefix = PREFIX[place.country];
      counters[prefix] = (counters[prefix] ?? 0) + 1;
      const when = timePrecision === "1" ? `On ${iso}` : timePrecision === "2" ? `In the week of ${iso}` : `In ${iso.slice(0, 7)}`;
      batch.push([
        `${prefix}${counters[prefix]}`,
        iso,
        iso.slice(0, 4),
        timePrecision,
        type.disorder,
        type.event,
        sub,
        actor1,
        rand() < 0.2 ? "Civilians (International)" : "",
        actor2,
        place.country,
        place.admin1,
        `${place.location} Raion`,
        "",
        place.location,
        place.lat.toFixed(4),
        place.lon.toFixed(4),
        geoPrecision,
        sources.join("; "),
        pick(rand, SCALES),
        `${when}, synthetic test row: ${actor1} in a ${sub.toLowerCase()} at ${place.location} (${place.admin1}). Generated, not reported.${fatalities > 0 ? ` ${fatalities} killed.` : ""}`,
        String(fatalities),
        rand() < 0.1 ? "crowd size=no report" : "",
        String(Math.floor(day.getTime() / 1000) + 7 * 86_400),
      ]);
    }
    yield `${csvFormatRows(batch)}\n`;
  }
}
