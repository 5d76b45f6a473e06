import { dsvFormat } from "d3-dsv";

/**
 * One thing wrong with an imported file, placed by file, spreadsheet row (the header is row 1) and column,
 * so it can be found in the spreadsheet it came from.
 */
export interface ImportProblem {
  file: string;
  /** Spreadsheet row, counting the header as 1; absent for a problem with the whole file. */
  row?: number;
  column?: string;
  message: string;
}

/** `events.csv:14: column "date": message`, the place first so a terminal reader can scan down the list. */
export const formatImportProblem = (p: ImportProblem): string =>
  [p.row === undefined ? p.file : `${p.file}:${p.row}`, p.column === undefined ? "" : `column "${p.column}"`, p.message]
    .filter((part) => part !== "")
    .join(": ");

/** One data row: its spreadsheet row number and its cells keyed by the lower-cased, trimmed header. */
export interface TableRow {
  row: number;
  cells: ReadonlyMap<string, string>;
}

export interface Table {
  file: string;
  /** The header as written (trimmed), for messages. */
  header: readonly string[];
  rows: TableRow[];
}

export type TableResult = { ok: true; table: Table; problems: ImportProblem[] } | { ok: false; problem: ImportProblem };

const SAVE_AS_CSV = 'save it from your spreadsheet as "CSV UTF-8" and import that';

/**
 * The text of a file given as bytes, or why it is not text: NUL bytes mark a binary file (a spreadsheet's own
 * .xlsx, an image), and bytes that are not UTF-8 mark a legacy encoding whose letters would be garbled.
 */
export function decodeText(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: ImportProblem } {
  if (bytes.includes(0)) return { ok: false, problem: { file, message: `is a binary file, not CSV text (it contains NUL bytes); ${SAVE_AS_CSV}` } };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { file, message: `is not UTF-8 text; ${SAVE_AS_CSV}` } };
  }
}

const DELIMITERS = [",", ";", "\t"] as const;

/**
 * The delimiter the header row uses: whichever of comma, semicolon and tab occurs most in it outside quotes.
 * Spreadsheets in locales that write decimal commas export with semicolons, and "Tab-separated" is a common
 * export choice, so all three are accepted without asking.
 */
export function sniffDelimiter(text: string): (typeof DELIMITERS)[number] {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best), DELIMITERS[0]);
}

/** A lower-cased, trimmed header name, so "Date " and "date" name the same column. */
export const columnKey = (name: string): string => name.trim().toLowerCase();

/**
 * Parses CSV text (a byte-order mark, `,` `;` or tab delimiters and quoted newlines allowed) into rows keyed
 * by header. Rows with more cells than the header are reported, not truncated; wholly blank rows are
 * spreadsheet padding and are skipped.
 */
export function readTable(file: string, source: string): TableResult {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  if (text.includes("\0")) return { ok: false, problem: { file, message: `is a binary file, not CSV text (it contains NUL characters); ${SAVE_AS_CSV}` } };
  if (text.trim() === "") return { ok: false, problem: { file, message: "is empty; it needs a header row naming the columns and at least one data row" } };
  const [head = [], ...body] = dsvFormat(sniffDelimiter(text)).parseRows(text);
  const header = head.map((name) => name.trim());
  const keys = header.map(columnKey);
  const problems: ImportProblem[] = [];
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cell.trim() === "")) return;
    if (cells.length > header.length) {
      problems.push({
        file,
        row,
        message: `has ${cells.length} cells but the header names ${header.length} columns; quote any cell that contains the delimiter`,
      });
      return;
    }
    rows.push({ row, cells: new Map(keys.map((key, j) => [key, (cells[j] ?? "").trim()])) });
  });
  if (rows.length === 0 && problems.length === 0) {
    return { ok: false, problem: { file, message: "has a header row but no data rows" } };
  }
  return { ok: true, table: { file, header, rows }, problems };
}

/** The required columns a table's header lacks, as one problem naming them all, or null when none is missing. */
export function missingColumns(table: Table, required: readonly string[], template: string): ImportProblem | null {
  const present = new Set(table.header.map(columnKey));
  const missing = required.filter((name) => !present.has(columnKey(name)));
  if (missing.length === 0) return null;
  return {
    file: table.file,
    row: 1,
    message: `missing column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")}; add ${missing.length > 1 ? "them" : "it"} to the header row (see ${template})`,
  };
}
