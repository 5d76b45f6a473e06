"use client";

import { memo } from "react";
import type { Site } from "@/lib/schema";
import { SITE_SYMBOLS } from "@/lib/site-symbols";
import { SiteSymbolIcon } from "../map/site-symbol-icon";
import { useListbox } from "./use-listbox";

/** Props of the site list. */
export interface SiteListProps {
  sites: readonly Site[];
  eventCounts: ReadonlyMap<string, readonly string[]>;
  active: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  selectedId: string | null;
  onSelectSite: (id: string) => void;
  onHoverSite: (id: string | null) => void;
}

const Row = memo(function Row({ site, events, dim, selected, active }: { site: Site; events: number; dim: boolean; selected: boolean; active: boolean }) {
  return (
    <li
      id={`site-row-${site.id}`}
      role="option"
      aria-selected={selected}
      data-site-id={site.id}
      className={["row", selected && "is-selected", active && "is-active", dim && "is-dim"].filter(Boolean).join(" ")}
    >
      <span className="row-meta">
        <SiteSymbolIcon kind={site.kind} /> {SITE_SYMBOLS[site.kind].label} · {events} event{events === 1 ? "" : "s"}
      </span>
      <span className="row-title">{site.name}</span>
    </li>
  );
});

/** Every shown site as a listbox, so each one is reachable without the map canvas. */
export function SiteList({ sites, eventCounts, active, selected, selectedId, onSelectSite, onHoverSite }: SiteListProps) {
  const sorted = [...sites].sort((a, b) => a.name.localeCompare(b.name));
  const { activeId, listProps } = useListbox(
    sorted.map((s) => s.id),
    selectedId,
    "site-row-",
    onSelectSite,
    onHoverSite,
  );
  return (
    <ul
      {...listProps}
      className="row-list"
      aria-label={`Sites, ${sites.length} shown`}
      onClick={(e) => {
        const id = (e.target as Element).closest("[data-site-id]")?.getAttribute("data-site-id");
        if (id) onSelectSite(id);
      }}
      onPointerOver={(e) => onHoverSite((e.target as Element).closest("[data-site-id]")?.getAttribute("data-site-id") ?? null)}
      onPointerLeave={() => onHoverSite(null)}
    >
      {sorted.map((site) => (
        <Row
          key={site.id}
          site={site}
          events={eventCounts.get(site.id)?.length ?? 0}
          dim={!active.has(site.id)}
          selected={selected.has(site.id)}
          active={site.id === activeId}
        />
      ))}
    </ul>
  );
}
