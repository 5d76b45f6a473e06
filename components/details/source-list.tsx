import type { Dataset } from "@/lib/dataset";
import type { Citation } from "@/lib/schema";

/** Props of a list of citations. */
export interface SourceListProps {
  citations: readonly Citation[];
  dataset: Dataset;
}

/** Citations grouped by source, in the order first cited, with every section each one is cited at. */
function bySource(citations: readonly Citation[]): { sourceId: string; sections: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const c of citations) {
    const sections = groups.get(c.sourceId) ?? [];
    if (c.section && !sections.includes(c.section)) sections.push(c.section);
    groups.set(c.sourceId, sections);
  }
  return [...groups].map(([sourceId, sections]) => ({ sourceId, sections }));
}

/** Every source cited, with its sections, author, publisher and date, linked to its full entry on /sources. */
export function SourceList({ citations, dataset }: SourceListProps) {
  return (
    <ol className="source-list">
      {bySource(citations).map(({ sourceId, sections }) => {
        const source = dataset.sourceById.get(sourceId);
        if (!source) return null;
        const byline = [source.author, source.publisher ?? "publisher not stated", source.published ?? "date not stated"].filter(Boolean).join(", ");
        return (
          <li key={sourceId}>
            <a href={`/sources#${source.id}`}>
              <cite>{source.title}</cite>
            </a>
            <span className="source-byline"> — {byline}</span>
            {sections.length > 0 && (
              <span className="source-section">
                {sections.length === 1 ? "Section" : "Sections"}: {sections.join("; ")}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
