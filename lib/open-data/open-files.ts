import { canonicalJson } from "../canonical-json";
import { checkDataset, type DataTexts } from "../check";
import { importFiles, type ImportFile, type ImportProblem } from "../import";
import { expandArchives } from "../import/archive";
import { decodeText } from "../import/table";
import { parseJson } from "../json-text";
import { pointer } from "../problems";
import { FILES, type FileName, type RawDataset } from "../schema";
import { pathInFile, readOneFile } from "./one-file";

/**
 * What the browser does with the files a reader opens: template CSVs and ACLED exports go through the same
 * importer as `npm run data:import`, Tyl's own JSON files through the same data check as `npm run data:check`.
 * No React and no DOM, so the worker runs it and unit tests call it directly.
 */

/** The files opened, accepted whole, or refused with every problem placed by file, row (or line) and column. */
export type OpenResult = { ok: true; raw: RawDataset; name: string; rows: number } | { ok: false; problems: ImportProblem[] };

const JSON_FILE = /\.(geo)?json$/i;

const fileNameOf = (name: string): FileName | undefined =>
  (Object.keys(FILES) as FileName[]).find((key) => name.split(/[\\/]/).pop()?.toLowerCase() === FILES[key].file);

const textOf = (file: ImportFile) => (typeof file.content === "string" ? { ok: true as const, text: file.content } : decodeText(file.name, file.content));

const EMPTY_TEXTS: DataTexts = {
  sources: undefined,
  sites: undefined,
  events: undefined,
  chapters: undefined,
  figures: undefined,
  briefings: undefined,
  flows: undefined,
};

/**
 * A download from the dashboard (Tyl's JSON in one file, or GeoJSON), checked as a data directory of its three
 * arrays; a problem is placed at the line of the file where the item is written.
 */
function openOneFile(file: ImportFile, name: string): OpenResult {
  const decoded = textOf(file);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const parsed = parseJson(decoded.text);
  if (!parsed.ok)
    return { ok: false, problems: [{ file: file.name, row: parsed.line, message: `malformed JSON at column ${parsed.column}: ${parsed.reason}` }] };
  const one = readOneFile(parsed.value);
  if (!one)
    return {
      ok: false,
      problems: [
        {
          file: file.name,
          message: `is neither one of Tyl's data files (${Object.values(FILES)
            .map((f) => f.file)
            .join(", ")}) nor a download from Tyl's dashboard (JSON with sources, sites and events arrays, or GeoJSON)`,
        },
      ],
    };
  const texts: DataTexts = { ...EMPTY_TEXTS, chapters: JSON.stringify({ chapters: [] }), figures: JSON.stringify({ figures: [] }) };
  for (const key of ["sources", "sites", "events"] as const) texts[key] = JSON.stringify({ [key]: one.items[key] });
  const checked = checkDataset(texts, () => file.name);
  if (checked.problems.length > 0)
    return {
      ok: false,
      problems: checked.problems.map((p) => {
        const path = pathInFile(one, p.where);
        return {
          file: file.name,
          ...(path ? { row: parsed.positionOf(path).line, column: pointer(path) } : p.where === "" ? {} : { column: p.where }),
          message: p.message,
        };
      }),
    };
  return { ok: true, raw: checked.data, name, rows: checked.data.events.length };
}

/** Tyl's JSON files, checked as one data directory; a problem is placed at its line and column. */
function openJson(files: readonly ImportFile[], name: string): OpenResult {
  const only = files.length === 1 ? files[0] : undefined;
  if (only && !fileNameOf(only.name)) return openOneFile(only, name);
  const problems: ImportProblem[] = [];
  const texts: DataTexts = { ...EMPTY_TEXTS };
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
    const decoded = textOf(file);
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
  return { ok: true, raw: checked.data, name, rows: checked.data.events.length };
}

/** The name the banner and downloads give the reader's data: the files it came from. */
const datasetName = (files: readonly ImportFile[]): string => files.map((f) => f.name).join(", ");

/**
 * Opens the reader's files. Anything wrong refuses the whole set, so a bad file never replaces what is on
 * screen; the reader fixes it and opens the set again.
 */
export function openFiles(chosen: readonly ImportFile[]): OpenResult {
  if (chosen.length === 0) return { ok: false, problems: [{ file: "(no file)", message: "choose at least one CSV or JSON file" }] };
  const name = datasetName(chosen);
  const expanded = expandArchives(chosen);
  if (expanded.problems.length > 0) return { ok: false, problems: expanded.problems };
  const { files } = expanded;
  const json = files.filter((f) => JSON_FILE.test(f.name));
  if (json.length > 0 && json.length < files.length)
    return { ok: false, problems: json.map((f) => ({ file: f.name, message: "open Tyl JSON files on their own, not together with CSV files" })) };
  if (json.length > 0) return openJson(files, name);
  const result = importFiles(files);
  if (result.problems.length > 0) return { ok: false, problems: result.problems };
  if (result.data.events.length === 0)
    return { ok: false, problems: files.map((f) => ({ file: f.name, message: "holds no events; add rows below the header" })) };
  return { ok: true, raw: result.data, name, rows: result.rows.read };
}

/** The version of a dataset as the app shows it: the first 12 hex digits of the SHA-256 of its canonical JSON. */
export async function versionOf(raw: RawDataset): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(raw));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest).slice(0, 6), (b) => b.toString(16).padStart(2, "0")).join("");
}
