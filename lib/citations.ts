import type { Dataset } from "./dataset";
import type { Citation } from "./schema";

/** Citations grouped by source, in the order first cited, with every section each one is cited at. */
export function bySource(citations: readonly Citation[]): { sourceId: string; sections: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const c of citations) {
    const sections = groups.get(c.sourceId) ?? [];
    if (c.section && !sections.includes(c.section)) sections.push(c.section);
    groups.set(c.sourceId, sections);
  }
  return [...groups].map(([sourceId, sections]) => ({ sourceId, sections }));
}

/** How often a source is cited, so a reader can judge how much rests on it. */
export function citationCounts(dataset: Dataset): Map<string, { events: number; sites: number; figures: number }> {
  const counts = new Map(dataset.sources.map((s) => [s.id, { events: 0, sites: 0, figures: 0 }]));
  for (const e of dataset.events) for (const id of new Set(e.sources.map((c) => c.sourceId))) counts.get(id)!.events += 1;
  for (const s of dataset.sites) for (const id of new Set([...s.sources.map((c) => c.sourceId), s.locationSourceId])) counts.get(id)!.sites += 1;
  for (const f of dataset.figures) counts.get(f.sourceId)!.figures += 1;
  return counts;
}
