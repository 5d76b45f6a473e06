import { JumpList } from "./jump-list";
import type { DatedFlow, Dataset } from "@/lib/dataset";
import { flowSiteIds } from "@/lib/flows";
import { ATTRIBUTION_TEXT, describeDateBasis, formatFlowPeriod, formatWhen } from "@/lib/format";
import { ConfidenceBadge } from "./confidence-badge";
import { FigureList } from "./figure-list";
import { SourceList } from "./source-list";

/** Props of the flow details. */
export interface FlowDetailsProps {
  flow: DatedFlow;
  dataset: Dataset;
  onSelectSite: (id: string) => void;
  onSelectEvent: (id: string) => void;
}

/** A flow: what moves, between which sites, when, who says so and how sure that is, its volume and its events. */
export function FlowDetails({ flow, dataset, onSelectSite, onSelectEvent }: FlowDetailsProps) {
  const sites = flowSiteIds(flow).flatMap((id) => dataset.siteById.get(id) ?? []);
  const figure = flow.volume === undefined ? undefined : dataset.figureById.get(flow.volume);
  const events = (flow.eventIds ?? []).flatMap((id) => dataset.eventById.get(id) ?? []);
  const basis = flow.dateBasis === "stated" ? null : describeDateBasis({ ...flow, date: flow.period.to, notBefore: undefined }, dataset.sourceById);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="details-kicker">
        Flow · {formatFlowPeriod(flow)} · <ConfidenceBadge confidence={flow.confidence} />
      </p>
      <h2 id="details-title" tabIndex={-1}>
        {flow.what}
      </h2>
      <p className="flow-route">
        {sites.map((site, i) => (
          <span key={site.id}>
            {i === 0 ? "From " : i === sites.length - 1 ? " to " : " via "}
            <button type="button" className="link-button" onClick={() => onSelectSite(site.id)}>
              {site.name}
            </button>
          </span>
        ))}
      </p>
      <p className="details-meta">Who says so: {ATTRIBUTION_TEXT[flow.attribution]}</p>
      {basis && <p className="details-meta">{basis}</p>}
      {flow.note && <p>{flow.note}</p>}
      {figure && (
        <>
          <h3>Volume</h3>
          <FigureList figures={[figure]} dataset={dataset} />
        </>
      )}
      {events.length > 0 && (
        <>
          <h3>Events that report it ({events.length})</h3>
          <JumpList items={events.map((e) => ({ id: e.id, when: formatWhen(e), label: e.title }))} onSelect={onSelectEvent} />
        </>
      )}
      <h3>Sources</h3>
      <SourceList citations={flow.sources} dataset={dataset} />
    </article>
  );
}
