import { parseDateCell, parseNumber, splitList, type Cell } from "./cells";
import type { Draft, Drafts } from "./drafts";
import { columnKey, missingColumns, type ImportProblem, type Table, type TableRow } from "./table";

/**
 * Tyl's own spreadsheet template (templates/*.csv): one file each for events, sites and sources, one column
 * per field of the JSON files, lists joined with `;`. The columns are documented in the README ("Your own
 * data"). Values are passed on as written; the schema and cross-checks judge them afterwards, and a problem
 * they find comes back to the row and column here.
 */

export type TemplateKind = "events" | "sites" | "sources";

interface Column {
  name: string;
  required: boolean;
}

const columns = (required: string[], optional: string[]): readonly Column[] => [
  ...required.map((name) => ({ name, required: true })),
  ...optional.map((name) => ({ name, required: false })),
];

/** Every column of each template file; the required ones must be in the header even where a row leaves them empty. */
export const TEMPLATE_COLUMNS: Record<TemplateKind, readonly Column[]> = {
  events: columns(
    ["id", "date", "dateBasis", "title", "summary", "category", "actors", "sources", "confidence", "attribution"],
    ["end", "datePrecision", "notBefore", "dateSource", "siteIds", "landmark", "context"],
  ),
  sites: columns(
    ["id", "name", "kind", "longitude", "latitude", "precisionKm", "locationBasis", "locationSourceId", "country", "description"],
    ["aliases", "sources"],
  ),
  sources: columns(["id", "kind", "title", "publisher", "published"], ["author", "url", "notes", "derivedFrom", "seed"]),
};

const TEMPLATE_FILE: Record<TemplateKind, string> = {
  events: "templates/events.csv",
  sites: "templates/sites.csv",
  sources: "templates/sources.csv",
};

/** Which template a file holds: by its name where that says, else by a column only that template has. */
export function templateKind(fileName: string, header: readonly string[]): TemplateKind | null {
  const base = fileName.toLowerCase();
  for (const kind of ["events", "sites", "sources"] as const) if (base.includes(kind)) return kind;
  const keys = new Set(header.map(columnKey));
  if (keys.has("latitude") || keys.has("locationbasis")) return "sites";
  if (keys.has("date") || keys.has("summary")) return "events";
  if (keys.has("publisher") || keys.has("published")) return "sources";
  return null;
}

const blank = (text: string): string | undefined => (text === "" ? undefined : text);

/** `source-id` or `source-id: Section heading`; ids never contain a colon, so the first one splits them. */
export function parseCitation(text: string): { sourceId: string; section?: string } {
  const at = text.indexOf(":");
  if (at === -1) return { sourceId: text.trim() };
  const section = text.slice(at + 1).trim();
  return { sourceId: text.slice(0, at).trim(), ...(section === "" ? {} : { section }) };
}

/** A citation as a template cell writes it: the inverse of `parseCitation`. */
export const formatCitation = (citation: { sourceId: string; section?: string }): string =>
  citation.section === undefined ? citation.sourceId : `${citation.sourceId}: ${citation.section}`;

const BOOLEAN: Record<string, boolean> = { true: true, yes: true, "1": true, false: false, no: false, "0": false };

/** A row's fields, collecting every cell problem (not only the first) so one pass fixes the row. */
class RowReader {
  readonly problems: ImportProblem[] = [];
  constructor(
    private readonly file: string,
    private readonly row: TableRow,
  ) {}
  text(name: string): string {
    return this.row.cells.get(columnKey(name)) ?? "";
  }
  take<T>(name: string, result: Cell<T>): T | undefined {
    if (result.ok) return result.value;
    this.problems.push({ file: this.file, row: this.row.row, column: name, message: result.message });
    return undefined;
  }
  date(name: string) {
    const text = this.text(name);
    return text === "" ? undefined : this.take(name, parseDateCell(text));
  }
  flag(name: string): boolean | undefined {
    const text = this.text(name).toLowerCase();
    if (text === "") return undefined;
    const value = BOOLEAN[text];
    if (value === undefined)
      this.problems.push({
        file: this.file,
        row: this.row.row,
        column: name,
        message: `${JSON.stringify(text)} is not yes or no; write true or false, or leave it empty`,
      });
    return value;
  }
}

const CONTEXT_BEFORE = "2020";

function eventFrom(r: RowReader): Record<string, unknown> {
  const date = r.date("date");
  const end = r.date("end");
  const notBefore = r.date("notBefore");
  const context = r.flag("context");
  const dateSource = blank(r.text("dateSource"));
  return {
    id: r.text("id"),
    date: date?.date ?? r.text("date"),
    ...(end ? { end: end.date } : {}),
    datePrecision: blank(r.text("datePrecision")) ?? date?.granularity,
    dateBasis: blank(r.text("dateBasis")),
    ...(notBefore ? { notBefore: notBefore.date } : {}),
    ...(dateSource ? { dateSource: parseCitation(dateSource) } : {}),
    title: r.text("title"),
    summary: r.text("summary"),
    category: blank(r.text("category")),
    actors: splitList(r.text("actors")),
    siteIds: splitList(r.text("siteIds")),
    sources: splitList(r.text("sources")).map(parseCitation),
    confidence: blank(r.text("confidence")),
    attribution: blank(r.text("attribution")),
    ...(blank(r.text("landmark")) ? { landmark: r.text("landmark") } : {}),
    // Background before 2020 is what `context` means, so an empty cell takes it from the date.
    ...((context ?? (date !== undefined && date.date < CONTEXT_BEFORE)) ? { context: true } : context === false ? { context: false } : {}),
  };
}

function siteFrom(r: RowReader): Record<string, unknown> {
  const longitude = r.take("longitude", parseNumber(r.text("longitude"), "27.5667"));
  const latitude = r.take("latitude", parseNumber(r.text("latitude"), "53.9"));
  const precisionKm = r.take("precisionKm", parseNumber(r.text("precisionKm"), "5"));
  const locationSourceId = r.text("locationSourceId");
  const cited = splitList(r.text("sources")).map(parseCitation);
  // The coordinates were read from the location source, so the site cites it whether or not the row lists it.
  const sources = cited.some((c) => c.sourceId === locationSourceId) || locationSourceId === "" ? cited : [{ sourceId: locationSourceId }, ...cited];
  return {
    id: r.text("id"),
    name: r.text("name"),
    aliases: splitList(r.text("aliases")),
    kind: blank(r.text("kind")),
    coordinates: [longitude, latitude],
    precisionKm,
    locationBasis: blank(r.text("locationBasis")),
    locationSourceId,
    country: r.text("country").toUpperCase(),
    description: r.text("description"),
    sources,
  };
}

function sourceFrom(r: RowReader): Record<string, unknown> {
  const published = r.date("published");
  const derivedFrom = splitList(r.text("derivedFrom"));
  return {
    id: r.text("id"),
    kind: blank(r.text("kind")),
    title: r.text("title"),
    publisher: blank(r.text("publisher")) ?? null,
    ...(blank(r.text("author")) ? { author: r.text("author") } : {}),
    published: published?.date ?? (r.text("published") === "" ? null : r.text("published")),
    ...(blank(r.text("url")) ? { url: r.text("url") } : {}),
    ...(blank(r.text("notes")) ? { notes: r.text("notes") } : {}),
    ...(derivedFrom.length > 0 ? { derivedFrom } : {}),
    ...(blank(r.text("seed")) ? { seed: r.text("seed") } : {}),
  };
}

const BUILD = { events: eventFrom, sites: siteFrom, sources: sourceFrom } as const;

/**
 * Fields whose column has another name (a `field/index` key names the column of one element); every other
 * field is read from the column of its own name.
 */
const FIELD_COLUMNS: Record<TemplateKind, Record<string, string>> = {
  events: {},
  sites: { coordinates: "longitude, latitude", "coordinates/0": "longitude", "coordinates/1": "latitude" },
  sources: {},
};

/** Turns one template table into drafts of its kind, leaving out rows in `skip` and reporting rows it cannot read. */
export function templateDrafts(kind: TemplateKind, table: Table, skip: ReadonlySet<number>, into: Drafts): void {
  const missing = missingColumns(
    table,
    TEMPLATE_COLUMNS[kind].filter((c) => c.required).map((c) => c.name),
    TEMPLATE_FILE[kind],
  );
  if (missing) {
    into.problems.push(missing);
    return;
  }
  const fieldColumns = {
    ...Object.fromEntries(TEMPLATE_COLUMNS[kind].map((c) => [c.name, c.name])),
    ...FIELD_COLUMNS[kind],
  };
  for (const row of table.rows) {
    if (skip.has(row.row)) continue;
    const reader = new RowReader(table.file, row);
    const value = BUILD[kind](reader);
    if (reader.problems.length > 0) {
      into.problems.push(...reader.problems);
      continue;
    }
    const draft: Draft = { value, origin: { file: table.file, rows: [row.row], columns: fieldColumns } };
    into[kind].push(draft);
  }
}
