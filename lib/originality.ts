/** Words of a text for overlap comparison: case, punctuation and typographic quotes ignored. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** Every run of `n` consecutive words in the texts, as space-joined strings. */
export function shingles(texts: Iterable<string>, n: number): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i += 1) out.add(w.slice(i, i + n).join(" "));
  }
  return out;
}

/** The first run of `n` words in `text` that also occurs in `index`, or null. */
export function firstSharedRun(text: string, index: ReadonlySet<string>, n: number): string | null {
  const w = words(text);
  for (let i = 0; i + n <= w.length; i += 1) {
    const run = w.slice(i, i + n).join(" ");
    if (index.has(run)) return run;
  }
  return null;
}

/** A string in the data, with the JSON pointer of where it sits. */
export interface TextAt {
  where: string;
  text: string;
}

/** Fields that hold verbatim material by design: identifiers, document titles, headings quoted to locate a claim. */
const VERBATIM_FIELDS = new Set(["id", "url", "seed", "section", "sourceId", "locationSourceId", "quantity", "$schema"]);

/** Every string we wrote ourselves in a JSON value, with its pointer. Source titles are the documents' own. */
export function ownTexts(root: unknown, base = ""): TextAt[] {
  const out: TextAt[] = [];
  const walk = (node: unknown, where: string, key: string | undefined, parent: unknown): void => {
    if (typeof node === "string") {
      const isSourceTitle = key === "title" && parent !== null && typeof parent === "object" && "kind" in parent && "publisher" in parent;
      if (key !== undefined && !VERBATIM_FIELDS.has(key) && !isSourceTitle) out.push({ where, text: node });
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${where}/${i}`, key, node));
    } else if (node !== null && typeof node === "object") {
      for (const [k, child] of Object.entries(node)) walk(child, `${where}/${k}`, k, node);
    }
  };
  walk(root, base, undefined, null);
  return out;
}
