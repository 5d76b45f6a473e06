/**
 * "Cite this" for a Tyl page, as small pure functions instead of a citation library: the styles needed are two
 * short patterns and the exports two plain formats, so citation-js (large, with its own locale and style
 * files) would add more than it saves. Each function takes the same `CitableItem` and an access date, which the
 * reader's browser supplies; without one, the text asks the reader to fill it in.
 */

/** The name of the work every item is part of, as a citation writes it. */
export const WORK_TITLE = "Tyl: Belarus as Russia's rear base, 2020 to Zapad 2025";

/** What a Tyl page is, as a citation describes it. */
export type ItemKind = "event" | "site" | "source" | "figures";

const GENRE: Record<ItemKind, string> = { event: "Event entry", site: "Site entry", source: "Source entry", figures: "Figures ledger" };

/** One citable page: what it is, its title, its absolute URL and the dataset version it shows. */
export interface CitableItem {
  kind: ItemKind;
  id: string;
  title: string;
  url: string;
  /** The dataset's content hash (`datasetVersion`), so a citation names the exact data it saw. */
  version: string;
}

/** A calendar day, UTC. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The UTC day of `date`, as a citation's access date. */
export const dayOf = (date: Date): Day => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });

/** "2 December 2026", as the page writes dates. */
export const formatDay = (d: Day): string => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;

const american = (d: Day): string => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
const iso = (d: Day): string => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** What a citation says in place of the access date when the browser has not given one (no JavaScript). */
export const ACCESS_DATE_BLANK = "[date of access]";

/** The citation key both exports use: `tyl-event-zapad-2025`, `tyl-figures`. */
export const citationKey = (item: Pick<CitableItem, "kind" | "id">): string => (item.kind === "figures" ? "tyl-figures" : `tyl-${item.kind}-${item.id}`);

const endWithStop = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

/** Chicago-like (notes and bibliography, web content): Tyl. "Title." Genre in Work, dataset version …. URL. Accessed Month D, YYYY. */
export function chicagoCitation(item: CitableItem, accessed: Day | null): string {
  const title = endWithStop(item.title);
  return `Tyl. “${title}” ${GENRE[item.kind]} in ${WORK_TITLE}, dataset version ${item.version}. ${item.url}. Accessed ${accessed ? american(accessed) : ACCESS_DATE_BLANK}.`;
}

/** APA-like (7th edition, dataset entry without a date): Tyl. (n.d.). Title [Genre, version …]. In Work. Retrieved Month D, YYYY, from URL */
export function apaCitation(item: CitableItem, accessed: Day | null): string {
  return `Tyl. (n.d.). ${item.title.replace(/[.]$/, "")} [${GENRE[item.kind]}, dataset version ${item.version}]. In ${WORK_TITLE}. Retrieved ${accessed ? american(accessed) : ACCESS_DATE_BLANK}, from ${item.url}`;
}

/** The item as CSL-JSON (an array of one entry), which Zotero, Mendeley and pandoc read; indented for people. */
export function cslJson(item: CitableItem, accessed: Day | null): string {
  const entry = {
    id: citationKey(item),
    type: "dataset",
    title: item.title,
    "container-title": WORK_TITLE,
    author: [{ literal: "Tyl" }],
    genre: GENRE[item.kind],
    version: item.version,
    URL: item.url,
    ...(accessed ? { accessed: { "date-parts": [[accessed.year, accessed.month, accessed.day]] } } : {}),
  };
  return `${JSON.stringify([entry], null, 2)}\n`;
}

/** Text made safe inside a BibTeX field: its special characters escaped, so a title cannot break the entry. */
export function bibtexEscape(text: string): string {
  const escapes: Record<string, string> = {
    "\\": "\\textbackslash{}",
    "{": "\\{",
    "}": "\\}",
    "&": "\\&",
    "%": "\\%",
    $: "\\$",
    "#": "\\#",
    _: "\\_",
    "~": "\\textasciitilde{}",
    "^": "\\textasciicircum{}",
  };
  return text.replace(/[\\{}&%$#_~^]/g, (c) => escapes[c]!);
}

/** The item as a BibTeX `@misc` entry (biblatex reads `version` and `urldate`; plain BibTeX reads `note`). */
export function bibtex(item: CitableItem, accessed: Day | null): string {
  const fields: [string, string][] = [
    ["author", "{Tyl}"],
    ["title", `{${bibtexEscape(item.title)}}`],
    ["howpublished", bibtexEscape(`${GENRE[item.kind]} in ${WORK_TITLE}`)],
    ["version", bibtexEscape(item.version)],
    ["url", item.url],
    ...(accessed ? ([["urldate", iso(accessed)]] as [string, string][]) : []),
    ["note", `Dataset version ${bibtexEscape(item.version)}${accessed ? `, accessed ${iso(accessed)}` : ""}`],
  ];
  return `@misc{${citationKey(item)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}\n`;
}

/** A `data:` URL holding `text`, so a download works from the static export with no file or request behind it. */
export const dataUrl = (mediaType: string, text: string): string => `data:${mediaType};charset=utf-8,${encodeURIComponent(text)}`;

/** The media types of the two downloads. */
export const CSL_JSON_TYPE = "application/vnd.citationstyles.csl+json";
export const BIBTEX_TYPE = "application/x-bibtex";

/** Today's UTC day as `YYYY-MM-DD`: a string, so React can compare snapshots of it. */
export const todayKey = (): string => iso(dayOf(new Date()));

/** A `YYYY-MM-DD` key back as a day, or null for anything else. */
export function parseDayKey(key: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/**
 * A subscription that never fires, for reading today's date as an external store: the access date is the day
 * the reader opened the page, and a page left open past midnight keeps it.
 */
export const neverChanges = (): (() => void) => () => {};
