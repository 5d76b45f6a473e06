import type { Dataset } from "@/lib/dataset";
import { citationCounts } from "@/lib/citations";
import { href } from "@/lib/links";
import type { Source } from "@/lib/schema";
import { SiteHeader } from "../layout/site-header";
import { ViewsNav } from "../layout/views-nav";
import { SourceFacts } from "./source-facts";

function Entry({ source, counts }: { source: Source; counts: { events: number; sites: number; figures: number } }) {
  return (
    <li id={source.id} className="source-entry">
      <h3>
        <a href={href.source(source.id)}>
          <cite>{source.title}</cite>
        </a>
      </h3>
      <SourceFacts source={source} />
      <p className="source-byline">
        Cited by {counts.events} event{counts.events === 1 ? "" : "s"}, {counts.sites} site{counts.sites === 1 ? "" : "s"}, {counts.figures} figure
        {counts.figures === 1 ? "" : "s"}
        {source.seed && <> · text: shared/seeds/{source.seed}</>}
      </p>
    </li>
  );
}

/** Every source, documents first, each with its id as an anchor so a citation can link to it. */
export function SourcesPage({ dataset }: { dataset: Dataset }) {
  const counts = citationCounts(dataset);
  const documents = dataset.sources.filter((s) => s.kind === "document");
  const references = dataset.sources.filter((s) => s.kind === "reference");
  return (
    <>
      <SiteHeader>
        <ViewsNav current="/sources" />
      </SiteHeader>
      <main id="main" className="sources-page">
        <h2>Sources</h2>
        <p>
          Events and figures come from the {documents.length} documents below, paraphrased. Site locations come from the {references.length} public references
          after them, each read for the coordinates it gives.
        </p>
        <h2>Documents analysed</h2>
        <ol className="source-entries">
          {documents.map((s) => (
            <Entry key={s.id} source={s} counts={counts.get(s.id)!} />
          ))}
        </ol>
        <h2>References consulted</h2>
        <ol className="source-entries">
          {references.map((s) => (
            <Entry key={s.id} source={s} counts={counts.get(s.id)!} />
          ))}
        </ol>
      </main>
    </>
  );
}
