/** One thing wrong with the data, located precisely enough to fix. */
export interface Problem {
  /** Path of the file as the person editing it knows it, e.g. "data/events.json". */
  file: string;
  /** RFC 6901 JSON pointer into the file, e.g. "/events/12/siteIds/0"; empty for a syntax error, which has no value to point at. */
  where: string;
  /** Line and column (from 1) in the file's text, where the file could be read. */
  line?: number;
  column?: number;
  message: string;
}

/** `file:line:column: pointer: message`, the form editors and terminals turn into a link to the place. */
export const formatProblem = (p: Problem): string => {
  const place = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return [place, p.where, p.message].filter((part) => part !== "").join(": ");
};

/** RFC 6901 pointer for a path of keys and indexes. */
export const pointer = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? "/" : path.map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

/** Short, readable rendering of an offending value for an error message. */
export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
