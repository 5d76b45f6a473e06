import { canonicalJson } from "../canonical-json";
import { checkDataset, type DataTexts } from "../check";
import { importFiles, type ImportFile, type ImportProblem } from "../import";
import { decodeText } from "../import/table";
import { FILES, type FileName, type RawDataset } from "../schema";

/**
 * What the browser does with the files a reader opens: template CSVs and ACLED exports go through the same
 * importer as `npm run data:import`, Tyl's own JSON files through the same data check as `npm run data:check`.
 * No React and no DOM, so the worker runs it and unit tests call it directly.
 */

/** The files opened, accepted whole, or refused with every problem placed by file, row (or line) and column. */
export type OpenResult = { ok: true; raw: RawDataset; name: string; rows: number } | { ok: false; problems: ImportProblem[] };

const JSON_FILE = /\.json$/i;

const fileNameOf = (name: string): FileName | undefined =>
  (Object.keys(FILES) as FileName[]).find((key) => name.split(/[\\/]/).pop()?.toLowerCase() === FILES[key].file);

/** Tyl's JSON files, checked as one data directory; a problem is placed at its line and column. */
function openJson(files: readonly ImportFile[]): OpenResult {
  const problems: ImportProblem[] = [];
  const texts: DataTexts = {
    sources: undefined,
    sites: undefined,
    events: undefined,
    chapters: undefined,
    figures: undefined,
    briefings: undefined,
    flows: undefined,
  };
  const labels = new Map<FileName, string>();
  for (const file of files) {
    const name = fileNameOf(file.name);
    if (!name) {
      problems.push({
        file: file.name,
        message: `is not one of Tyl's data files; name it ${Object.values(FILES)
          .map((f) => f.file)
          .join(", ")}`,
      });
      continue;
    }
    const decoded = typeof file.content === "string" ? { ok: true as const, text: file.content } : decodeText(file.name, file.content);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    texts[name] = decoded.text;
    labels.set(name, file.name);
  }
  // A spreadsheet has no chapters or figures, and neither need a reader's own JSON: missing, they are empty.
  for (const name of ["chapters", "figures"] as const) if (!labels.has(name)) texts[name] = JSON.stringify({ [FILES[name].key]: [] });
  for (const name of ["sources", "sites", "events"] as const)
    if (!labels.has(name)) problems.push({ file: FILES[name].file, message: `is missing; open it together with the other files` });
  if (problems.length > 0) return { ok: false, problems };
  const checked = checkDataset(texts, (name) => labels.get(name) ?? FILES[name].file);
  if (checked.problems.length > 0)
    return {
      ok: false,
      problems: checked.problems.map((p) => ({
        file: p.file,
        ...(p.line === undefined ? {} : { row: p.line }),
        ...(p.where === "" ? {} : { column: p.where }),
        message: p.message,
      })),
    };
  return { ok: true, raw: checked.data, name: datasetName(files), rows: checked.data.events.length };
}

/** The name the banner and downloads give the reader's data: the files it came from. */
const datasetName = (files: readonly ImportFile[]): string => files.map((f) => f.name).join(", ");

/**
 * Opens the reader's files. Anything wrong refuses the whole set, so a bad file never replaces what is on
 * screen; the reader fixes it and opens the set again.
 */
export function openFiles(files: readonly ImportFile[]): OpenResult {
  if (files.length === 0) return { ok: false, problems: [{ file: "(no file)", message: "choose at least one CSV or JSON file" }] };
  const json = files.filter((f) => JSON_FILE.test(f.name));
  if (json.length > 0 && json.length < files.length)
    return { ok: false, problems: json.map((f) => ({ file: f.name, message: "open Tyl JSON files on their own, not together with CSV files" })) };
  if (json.length > 0) return openJson(files);
  const result = importFiles(files);
  if (result.problems.length > 0) return { ok: false, problems: result.problems };
  if (result.data.events.length === 0)
    return { ok: false, problems: files.map((f) => ({ file: f.name, message: "holds no events; add rows below the header" })) };
  return { ok: true, raw: result.data, name: datasetName(files), rows: result.rows.read };
}

/** The version of a dataset as the app shows it: the first 12 hex digits of the SHA-256 of its canonical JSON. */
export async function versionOf(raw: RawDataset): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(raw));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest).slice(0, 6), (b) => b.toString(16).padStart(2, "0")).join("");
}
