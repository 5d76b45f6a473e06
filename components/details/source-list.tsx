import type { Dataset } from "@/lib/dataset";
import { bySource } from "@/lib/citations";
import { sourceByline } from "@/lib/format";
import { href } from "@/lib/links";
import type { Citation } from "@/lib/schema";

/** Props of a list of citations. */
export interface SourceListProps {
  citations: readonly Citation[];
  dataset: Dataset;
}

/** Every source cited, with its sections, author, publisher and date, linked to its own page. */
export function SourceList({ citations, dataset }: SourceListProps) {
  return (
    <ol className="source-list">
      {bySource(citations).map(({ sourceId, sections }) => {
        const source = dataset.sourceById.get(sourceId);
        if (!source) return null;
        return (
          <li key={sourceId}>
            <a href={href.source(source.id)}>
              <cite>{source.title}</cite>
            </a>
            <span className="source-byline"> — {sourceByline(source)}</span>
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
