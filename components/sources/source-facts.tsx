import { sourceByline } from "@/lib/format";
import type { Source } from "@/lib/schema";

/** What a source is, as its entry in the list and its own page both say it: who, when, our notes and its address. */
export function SourceFacts({ source }: { source: Source }) {
  return (
    <>
      <p className="source-byline">{sourceByline(source, " · ")}</p>
      {source.notes && <p>{source.notes}</p>}
      {source.url && (
        <p>
          <a href={source.url} rel="noreferrer" target="_blank">
            {source.url}
          </a>
        </p>
      )}
    </>
  );
}
