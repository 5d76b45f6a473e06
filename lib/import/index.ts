import { checkDataset, type DataTexts } from "../check";
import { schemaPathFor } from "../json-schema";
import { formatProblem, type Problem } from "../problems";
import { FILES, type FileName, type RawDataset } from "../schema";
import { acledDrafts, isAcledHeader } from "./acled";
import { emptyDrafts, rowKey, type Draft, type Drafts } from "./drafts";
import { decodeText, readTable, type ImportProblem, type Table } from "./table";
import { templateDrafts, templateKind, type TemplateKind } from "./template";

export { formatImportProblem, type ImportProblem } from "./table";

/**
 * The importer's core: files in (names and bytes or text), a Tyl dataset and every problem out. It touches
 * no file system, so the command line (scripts/data-import.ts) and a browser can both use it.
 */

export interface ImportFile {
  /** The name problems are reported under, e.g. "events.csv". */
  name: string;
  content: Uint8Array | string;
}

export interface ImportResult {
  /** The dataset of every row that passed, as it passed the data check; empty files where nothing did. */
  data: RawDataset;
  /** The five data files' text, with `$schema` pointers, ready to write into a data directory. */
  files: Record<Exclude<FileName, "briefings" | "flows">, string>;
  /** Every rejected row and every problem with a whole file, each placed as exactly as the input allows. */
  problems: ImportProblem[];
  /** Rows read from all files and rows imported, for the report's summary line. */
  rows: { read: number; imported: number };
}

type Parsed = { table: Table; kind: TemplateKind | "acled" };

function parseFile(file: ImportFile, problems: ImportProblem[]): Parsed | null {
  let text: string;
  if (typeof file.content === "string") text = file.content;
  else {
    const decoded = decodeText(file.name, file.content);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      return null;
    }
    text = decoded.text;
  }
  const read = readTable(file.name, text);
  if (!read.ok) {
    problems.push(read.problem);
    return null;
  }
  problems.push(...read.problems);
  const { table } = read;
  if (isAcledHeader(table.header)) return { table, kind: "acled" };
  const kind = templateKind(file.name, table.header);
  if (!kind) {
    problems.push({
      file: file.name,
      row: 1,
      message: "is neither an ACLED export nor one of Tyl's templates: name it events.csv, sites.csv or sources.csv, or start from templates/",
    });
    return null;
  }
  return { table, kind };
}

const LABEL: Record<FileName, string> = Object.fromEntries(
  (Object.keys(FILES) as FileName[]).map((name) => [name, `(imported) ${FILES[name].file}`]),
) as Record<FileName, string>;

function dataTexts(drafts: Drafts): DataTexts {
  const text = (name: FileName, items: readonly unknown[]) => `${JSON.stringify({ $schema: schemaPathFor(name), [FILES[name].key]: items }, null, 2)}\n`;
  return {
    sources: text(
      "sources",
      drafts.sources.map((d) => d.value),
    ),
    sites: text(
      "sites",
      drafts.sites.map((d) => d.value),
    ),
    events: text(
      "events",
      drafts.events.map((d) => d.value),
    ),
    chapters: text("chapters", []),
    figures: text("figures", []),
    briefings: undefined,
    flows: undefined,
  };
}

const ITEM_POINTER = /^\/(sources|sites|events)\/(\d+)(?:\/([^/]+)(?:\/(\d+))?)?/;

/**
 * A data-check problem in the generated JSON, placed back at the rows and column it came from: the item index
 * in the pointer names a draft, the draft knows its rows, and the first key under the item names the column.
 * Null when the problem does not lie in one item (it then stays a problem with the generated file).
 */
export function rowProblems(problem: Problem, drafts: Drafts): ImportProblem[] | null {
  const match = ITEM_POINTER.exec(problem.where);
  if (!match) return null;
  const draft: Draft | undefined = drafts[match[1] as "sources" | "sites" | "events"][Number(match[2])];
  if (!draft) return null;
  const field = match[3];
  const { columns, file, rows } = draft.origin;
  const column = field === undefined ? undefined : (columns[`${field}/${match[4]}`] ?? columns[field] ?? field);
  const named = typeof draft.value.id === "string" && draft.value.id !== "" ? JSON.stringify(draft.value.id) : "";
  // The check names other items by JSON pointer ("first used at /events/0"); a spreadsheet user knows rows.
  const message = problem.message.replace(/\/(sources|sites|events)\/(\d+)/g, (pointerText, name: "sources" | "sites" | "events", index: string) => {
    const other = drafts[name][Number(index)]?.origin;
    return other ? `row ${other.rows[0]}${other.file === file ? "" : ` of ${other.file}`}` : pointerText;
  });
  // Naming the item helps find the row again after the spreadsheet is re-sorted, unless the message already does.
  const id = named === "" || message.includes(named) ? "" : ` (${named})`;
  return rows.map((row) => ({ file, row, ...(column === undefined ? {} : { column }), message: `${message}${id}` }));
}

/**
 * Imports template CSVs and ACLED exports into one Tyl dataset. Rows that cannot be read, and items the data
 * check rejects, are reported at their row; the rest is built again without those rows until the check
 * passes, since leaving out a row (a source, a site) can leave another row pointing at nothing.
 */
export function importFiles(input: readonly ImportFile[]): ImportResult {
  const fileProblems: ImportProblem[] = [];
  const parsed = input.map((file) => parseFile(file, fileProblems)).filter((p): p is Parsed => p !== null);
  const rejected: ImportProblem[] = [];
  const skip = new Map<string, Set<number>>(parsed.map((p) => [p.table.file, new Set<number>()]));
  const reject = (problems: readonly ImportProblem[]) => {
    for (const p of problems) {
      rejected.push(p);
      if (p.row !== undefined) skip.get(p.file)?.add(p.row);
    }
  };
  const rowsRead = parsed.reduce((n, p) => n + p.table.rows.length, 0);

  for (;;) {
    const drafts = emptyDrafts();
    for (const { table, kind } of parsed) {
      const skipped = skip.get(table.file) ?? new Set<number>();
      if (kind === "acled") acledDrafts(table, skipped, drafts);
      else templateDrafts(kind, table, skipped, drafts);
    }
    // A missing column rejects the whole file: it is reported once, as a file problem, and not retried.
    const fileWide = drafts.problems.filter((p) => p.row === 1 && p.column === undefined);
    for (const p of fileWide) {
      fileProblems.push(p);
      parsed.splice(
        parsed.findIndex((q) => q.table.file === p.file),
        1,
      );
    }
    const rowWise = drafts.problems.filter((p) => !fileWide.includes(p));
    if (fileWide.length > 0 || rowWise.length > 0) {
      reject(rowWise);
      continue;
    }
    const texts = dataTexts(drafts);
    const { problems, data } = checkDataset(texts, (name) => LABEL[name]);
    if (problems.length === 0) {
      return { data, files: dataFiles(texts), problems: [...fileProblems, ...rejected], rows: { read: rowsRead, imported: importedRows(drafts) } };
    }
    const placed = problems.map((p) => rowProblems(p, drafts));
    const unplaced = problems.filter((_, i) => placed[i] === null);
    if (unplaced.length > 0) {
      // Not reachable from rows alone (every item comes from a row); reported rather than looped on.
      fileProblems.push(...unplaced.map((p) => ({ file: p.file, message: formatProblem(p) })));
      const data: RawDataset = { sources: [], sites: [], events: [], chapters: [], figures: [], briefings: [], flows: [] };
      return { data, files: dataFiles(dataTexts(emptyDrafts())), problems: [...fileProblems, ...rejected], rows: { read: rowsRead, imported: 0 } };
    }
    reject(placed.flatMap((p) => p ?? []).map((p) => explainDangling(p, parsed, skip)));
  }
}

const DANGLING = /unknown (site|source|event) "([^"]+)"/;

/**
 * "unknown site" reads like a typo when the site's own row was rejected a pass earlier; say which row that was,
 * so the reader fixes the cause rather than the id.
 */
function explainDangling(problem: ImportProblem, parsed: readonly Parsed[], skip: ReadonlyMap<string, ReadonlySet<number>>): ImportProblem {
  const match = DANGLING.exec(problem.message);
  if (!match) return problem;
  const kind = `${match[1]}s`;
  for (const { table, kind: tableKind } of parsed) {
    if (tableKind !== kind) continue;
    const row = table.rows.find((r) => r.cells.get("id") === match[2]);
    if (row && skip.get(table.file)?.has(row.row))
      return { ...problem, message: problem.message.replace(match[0], `${match[0]}: its own row, ${table.file}:${row.row}, was rejected`) };
  }
  return problem;
}

/** Distinct rows the drafts came from; an ACLED row yields an event, and perhaps a site and sources. */
function importedRows(drafts: Drafts): number {
  const rows = new Set<string>();
  for (const list of [drafts.events, drafts.sites, drafts.sources]) for (const d of list) for (const r of d.origin.rows) rows.add(rowKey(d.origin.file, r));
  return rows.size;
}

const dataFiles = (texts: DataTexts): ImportResult["files"] => ({
  sources: texts.sources ?? "",
  sites: texts.sites ?? "",
  events: texts.events ?? "",
  chapters: texts.chapters ?? "",
  figures: texts.figures ?? "",
});
