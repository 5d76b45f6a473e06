import type { ImportProblem } from "./table";

/**
 * What the importers produce before the data check sees it: the items of sources.json, sites.json and
 * events.json as plain objects, each with the rows it came from, so a problem the check finds in an item can
 * be reported at the spreadsheet row and column that hold it.
 */

/** Where an item came from: a file, every row that contributed to it, and which column holds each field. */
export interface Origin {
  file: string;
  rows: readonly number[];
  /** Field name (the first key of a JSON pointer under the item) → the column it was read from. */
  columns: Readonly<Record<string, string>>;
}

export interface Draft {
  value: Record<string, unknown>;
  origin: Origin;
}

export interface Drafts {
  sources: Draft[];
  sites: Draft[];
  events: Draft[];
  /** Rows that could not be turned into items at all, with the reason. */
  problems: ImportProblem[];
}

export const emptyDrafts = (): Drafts => ({ sources: [], sites: [], events: [], problems: [] });

/** A row is known by its file and row number, so rejected rows can be left out of the next pass. */
export const rowKey = (file: string, row: number): string => `${file}:${row}`;
