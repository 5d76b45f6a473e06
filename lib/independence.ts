import type { Citation, Source } from "./schema";

/**
 * The sources a source ultimately rests on: itself when it restates nothing, else the roots of its
 * `derivedFrom` chain. Cycles are a data:check error; this stops at one rather than looping.
 */
function rootsOf(id: string, sourceById: ReadonlyMap<string, Pick<Source, "id" | "derivedFrom">>, seen: Set<string> = new Set()): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const parents = sourceById.get(id)?.derivedFrom ?? [];
  if (parents.length === 0) return [id];
  return parents.flatMap((parent) => rootsOf(parent, sourceById, seen));
}

/**
 * How many independent sources a list of citations rests on: several citations of one source count once,
 * and a source that restates another (`derivedFrom`) counts with the one it restates, not beside it.
 */
export function independentSourceCount(
  citations: readonly Pick<Citation, "sourceId">[],
  sourceById: ReadonlyMap<string, Pick<Source, "id" | "derivedFrom">>,
): number {
  const roots = new Set(citations.flatMap((c) => rootsOf(c.sourceId, sourceById)));
  return roots.size;
}

/** True when the citations rest on at least `n` independent sources (the "at least 2 independent sources" filter). */
export const hasIndependentSources = (
  citations: readonly Pick<Citation, "sourceId">[],
  sourceById: ReadonlyMap<string, Pick<Source, "id" | "derivedFrom">>,
  n = 2,
): boolean => independentSourceCount(citations, sourceById) >= n;

/**
 * `independentSourceCount` for many citation lists over one set of sources, each source's roots worked out
 * once: what a dataset of a hundred thousand events needs.
 */
export function independentSourceCounter(
  sourceById: ReadonlyMap<string, Pick<Source, "id" | "derivedFrom">>,
): (citations: readonly Pick<Citation, "sourceId">[]) => number {
  const roots = new Map<string, readonly string[]>();
  const rootsOnce = (id: string) => {
    let known = roots.get(id);
    if (!known) roots.set(id, (known = rootsOf(id, sourceById)));
    return known;
  };
  return (citations) => new Set(citations.flatMap((c) => rootsOnce(c.sourceId))).size;
}
