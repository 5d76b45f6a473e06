"use client";

import { useState } from "react";
import type { Dataset, DatedFlow } from "@/lib/dataset";
import type { Filtered } from "@/lib/filter";
import type { ViewState } from "@/lib/links";
import type { Focus, Linked } from "@/lib/selection";
import type { Site } from "@/lib/schema";
import { DetailsPanel } from "../details/details-panel";
import { EventList } from "../events/event-list";
import { FlowList } from "../events/flow-list";
import { SiteList } from "../events/site-list";

/** Props of the dashboard's side panel. */
export interface SidePanelProps {
  dataset: Dataset;
  state: ViewState;
  filtered: Filtered;
  shownSites: readonly Site[];
  focus: Focus;
  linked: Linked;
  preview: Linked;
  onSelectEvent: (id: string) => void;
  onSelectSite: (id: string) => void;
  onHoverEvent: (id: string | null) => void;
  onHoverSite: (id: string | null) => void;
  onClose: () => void;
  /** The flows active in the time window. */
  flows: readonly DatedFlow[];
  onSelectFlow: (id: string) => void;
}

/** The selection's details above a switch between the event list and the site list. */
export function SidePanel({
  dataset,
  state,
  filtered,
  shownSites,
  focus,
  linked,
  preview,
  onSelectEvent,
  onSelectSite,
  onHoverEvent,
  onHoverSite,
  onClose,
  flows,
  onSelectFlow,
}: SidePanelProps) {
  const [list, setList] = useState<"events" | "sites" | "flows">("events");
  return (
    <aside className="side-panel" aria-label="Details and lists">
      <DetailsPanel dataset={dataset} focus={focus} onClose={onClose} onSelectEvent={onSelectEvent} onSelectSite={onSelectSite} onSelectFlow={onSelectFlow} />
      <div className="list-switch" role="group" aria-label="Show list of">
        <button type="button" aria-pressed={list === "events"} onClick={() => setList("events")}>
          Events <span className="count">{filtered.inWindow.length}</span>
        </button>
        <button type="button" aria-pressed={list === "sites"} onClick={() => setList("sites")}>
          Sites <span className="count">{filtered.sites.length}</span>
        </button>
        {dataset.flows.length > 0 && (
          <button type="button" aria-pressed={list === "flows"} onClick={() => setList("flows")}>
            Flows <span className="count">{flows.length}</span>
          </button>
        )}
      </div>
      {list === "flows" ? (
        <FlowList flows={flows} dataset={dataset} selected={linked.flows ?? new Set()} selectedId={state.flow} onSelectFlow={onSelectFlow} />
      ) : list === "events" ? (
        <EventList
          events={filtered.inWindow}
          selected={linked.events}
          preview={preview.events}
          selectedId={state.event}
          onSelectEvent={onSelectEvent}
          onHoverEvent={onHoverEvent}
        />
      ) : (
        <SiteList
          sites={shownSites}
          eventCounts={dataset.eventsBySite}
          active={filtered.activeSites}
          selected={linked.sites}
          selectedId={state.site}
          onSelectSite={onSelectSite}
          onHoverSite={onHoverSite}
        />
      )}
    </aside>
  );
}
