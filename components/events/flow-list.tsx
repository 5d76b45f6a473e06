"use client";

import type { Dataset, DatedFlow } from "@/lib/dataset";
import { formatFlowPeriod } from "@/lib/format";

/** Props of the flow list. */
export interface FlowListProps {
  flows: readonly DatedFlow[];
  dataset: Dataset;
  selected: ReadonlySet<string>;
  selectedId: string | null;
  onSelectFlow: (id: string) => void;
}

/** The flows active in the time window, each a button that selects it. */
export function FlowList({ flows, dataset, selected, selectedId, onSelectFlow }: FlowListProps) {
  const name = (id: string) => dataset.siteById.get(id)?.name ?? id;
  if (flows.length === 0) return <p className="list-empty">No flows run in this time window.</p>;
  return (
    <ul className="flow-list" aria-label="Flows in the time window">
      {flows.map((flow) => (
        <li key={flow.id} className={selected.has(flow.id) ? "is-linked" : undefined}>
          <button type="button" className="link-button" aria-current={flow.id === selectedId ? "true" : undefined} onClick={() => onSelectFlow(flow.id)}>
            <span className="event-date">{formatFlowPeriod(flow)}</span> {flow.what}
            <span className="flow-ends">
              {" "}
              — {name(flow.from)} → {name(flow.to)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
