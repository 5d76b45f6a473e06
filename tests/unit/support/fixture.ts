import { readDataTexts } from "../../../lib/load";
import type { DataTexts } from "../../../lib/check";
import { checkDataset } from "../../../lib/check";
import { formatProblem } from "../../../lib/problems";
import type { FileName } from "../../../lib/schema";

export const MINIMAL_DIR = "tests/fixtures/minimal";

/** A fresh copy of the minimal valid dataset's texts; each test gets its own. */
export const minimalTexts = (): DataTexts => readDataTexts(MINIMAL_DIR);

/** The minimal dataset with one file changed by `change`, which edits the parsed JSON in place. */
export function withChange(file: FileName, change: (json: Record<string, unknown[]>) => void): DataTexts {
  const texts = minimalTexts();
  const json = JSON.parse(texts[file]!) as Record<string, unknown[]>;
  change(json);
  return { ...texts, [file]: JSON.stringify(json, null, 2) };
}

/**
 * Runs the checker on texts and returns its problems as `file: pointer: message`, leaving out the line and
 * column so each test states the rule it is about; `locatedProblemsOf` keeps them for the tests of positions.
 */
export const problemsOf = (texts: DataTexts): string[] =>
  checkDataset(texts, (name) => `data/${name}.json`).problems.map((p) => formatProblem({ ...p, line: undefined, column: undefined }));

/** The problems exactly as data:check prints them: `file:line:column: pointer: message`. */
export const locatedProblemsOf = (texts: DataTexts): string[] => checkDataset(texts, (name) => `data/${name}.json`).problems.map(formatProblem);

/** Item `i` of a file's array, as a mutable record. */
export const item = (json: Record<string, unknown[]>, key: string, i: number) => json[key]![i] as Record<string, unknown>;
