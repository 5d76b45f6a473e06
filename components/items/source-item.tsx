import type { Dataset } from "@/lib/dataset";
import { formatFigure } from "@/lib/format";
import { claimsOf, howEventCites } from "@/lib/items";
import { href } from "@/lib/links";
import type { Source } from "@/lib/schema";
import { SourceFacts } from "../sources/source-facts";
import { EventLinks } from "./event-links";
import { SiteLinks } from "./site-links";

/** A source's page body: what it is and what rests on it (its events, each with the section cited, its sites and figures). */
export function SourceItem({ source, dataset }: { source: Source; dataset: Dataset }) {
  const claims = claimsOf(source.id, dataset);
  const derived = (source.derivedFrom ?? []).flatMap((id) => dataset.sourceById.get(id) ?? []);
  return (
    <>
      <SourceFacts source={source} />
      <p className="details-meta">{source.kind === "document" ? "A document analysed for Tyl." : "A public reference consulted for a location or a date."}</p>
      {derived.length > 0 && (
        <p className="details-meta">
          Restates{" "}
          {derived.map((d, i) => [
            i > 0 && ", ",
            <a key={d.id} href={href.source(d.id)}>
              {d.title}
            </a>,
          ])}
          , so the two count as one independent source.
        </p>
      )}
      <h3>Events citing it ({claims.events.length})</h3>
      {claims.events.length > 0 ? <EventLinks events={claims.events} note={(event) => howEventCites(event, source.id)} /> : <p>None.</p>}
      <h3>Sites it places or describes ({claims.sites.length})</h3>
      {claims.sites.length > 0 ? <SiteLinks sites={claims.sites} /> : <p>None.</p>}
      <h3>Figures it gives ({claims.figures.length})</h3>
      {claims.figures.length > 0 ? (
        <ul className="figure-list">
          {claims.figures.map((f) => (
            <li key={f.id}>
              <strong>{formatFigure(f)}</strong> <span>{f.what}</span>
              {f.section && <span className="source-section">Section: {f.section}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
      <p>
        <a href={href.sources(source.id)}>This source in the list of all sources</a>
      </p>
    </>
  );
}
