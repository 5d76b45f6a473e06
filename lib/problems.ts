/** One thing wrong with the data, located precisely enough to fix. */
export interface Problem {
  /** Path of the file as the person editing it knows it, e.g. "data/events.json". */
  file: string;
  /** RFC 6901 JSON pointer into the file, e.g. "/events/12/siteIds/0"; or "line 4, column 7" for syntax errors. */
  where: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.where}: ${p.message}`;

/** RFC 6901 pointer for a path of keys and indexes. */
export const pointer = (path: readonly PropertyKey[]): string =>
  path.length === 0
    ? "/"
    : path.map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

/** Short, readable rendering of an offending value for an error message. */
export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
