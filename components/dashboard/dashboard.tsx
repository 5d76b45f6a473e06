"use client";

import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from "react";
import { toDataset } from "@/lib/dataset";
import { applyFilters, buildSearchIndex, windowOf } from "@/lib/filter";
import { formatEventDate } from "@/lib/format";
import type { RawDataset } from "@/lib/schema";
import { SITE_KINDS } from "@/lib/vocabulary";
import { boundsOf, linkedTo, type Focus } from "@/lib/selection";
import { siteFeatures } from "@/lib/site-features";
import { DEFAULT_STATE, DEFAULT_WINDOW, type ViewState } from "@/lib/url-state";
import { formatWindow } from "@/lib/window-label";
import { windowToDays, type LaneMode } from "@/lib/timeline";
import { DetailsPanel } from "../details/details-panel";
import { EventList } from "../events/event-list";
import { SiteList } from "../events/site-list";
import { FilterPanel } from "../filters/filter-panel";
import { SearchBox } from "../filters/search-box";
import { SiteHeader } from "../layout/site-header";
import { ViewsNav } from "../layout/views-nav";
import { MapOrFallback } from "../map/map-or-fallback";
import { MapLegend } from "../map/map-legend";
import type { CameraRequest } from "../map/site-map";
import { Timeline } from "../timeline/timeline";
import { CopyLinkButton } from "./copy-link-button";
import { useReducedMotion } from "../shared/use-reduced-motion";
import { useViewState } from "./use-view-state";

type Window = { start: Date; end: Date };

/**
 * The linked dashboard: one dataset, one state in the URL, and four views of it (map, timeline, lists,
 * details). Views report what the user did; this component turns that into state, camera moves and
 * announcements.
 */
export function Dashboard({ raw, fallbackMap }: { raw: RawDataset; fallbackMap: ReactNode }) {
  const dataset = useMemo(() => toDataset(raw), [raw]);
  const index = useMemo(() => buildSearchIndex(dataset), [dataset]);
  const known = useMemo(
    () => ({ events: new Set(dataset.eventById.keys()), sites: new Set(dataset.siteById.keys()), chapters: new Set(dataset.chapters.map((c) => c.id)) }),
    [dataset],
  );
  const [state, update] = useViewState(known);
  const [hover, setHover] = useState<Focus>(null);
  const [liveWindow, setLiveWindow] = useState<Window | null>(null);
  const [laneMode, setLaneMode] = useState<LaneMode>("category");
  const [camera, setCamera] = useState<CameraRequest | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [list, setList] = useState<"events" | "sites">("events");
  const reducedMotion = useReducedMotion();

  const window = liveWindow ?? windowOf(state);
  const days = liveWindow ? windowToDays(liveWindow.start, liveWindow.end) : state;
  // Filtering depends on the filters and the window only: a selection must not recompute it (or re-send the
  // map its sites), which is what keeps selection cheap with ten thousand events.
  // The timeline follows the window at once; lists, counts and map dimming follow as soon as React is free,
  // so a zoom or pan step paints without waiting for ten thousand events to be re-counted.
  const { cat, actor, kind, conf, q } = state;
  const from = useDeferredValue(days.from);
  const to = useDeferredValue(days.to);
  const filtered = useMemo(
    () => applyFilters(dataset, index, { ...DEFAULT_STATE, cat, actor, kind, conf, q, from, to }),
    [dataset, index, cat, actor, kind, conf, q, from, to],
  );
  const focus = useMemo<Focus>(
    () =>
      state.event
        ? { type: "event", id: state.event }
        : state.site
          ? { type: "site", id: state.site }
          : state.chapter
            ? { type: "chapter", id: state.chapter }
            : null,
    [state.event, state.site, state.chapter],
  );
  const linked = useMemo(() => linkedTo(dataset, focus), [dataset, focus]);
  const preview = useMemo(() => linkedTo(dataset, hover), [dataset, hover]);
  const siteKey = filtered.sites.map((site) => site.id).join(" ");
  const shownSites = useMemo(() => siteKey.split(" ").flatMap((id) => dataset.siteById.get(id) ?? []), [siteKey, dataset]);
  const features = useMemo(() => siteFeatures(shownSites, dataset.eventsBySite), [shownSites, dataset.eventsBySite]);
  const kinds = useMemo(() => SITE_KINDS.filter((k) => dataset.sites.some((s) => s.kind === k)), [dataset]);

  const selectEvent = useCallback(
    (id: string) => {
      const event = dataset.eventById.get(id);
      if (!event) return;
      const patch: Partial<ViewState> = { event: id, site: null, chapter: null };
      const w = windowOf(state);
      if (event.interval.end <= w.start || event.interval.start >= w.end) {
        const span = w.end.getTime() - w.start.getTime();
        const mid = (event.interval.start.getTime() + event.interval.end.getTime()) / 2;
        Object.assign(patch, windowToDays(new Date(mid - span / 2), new Date(mid + span / 2)));
      }
      update(patch, "push");
      const bounds = boundsOf(dataset, event.siteIds);
      if (bounds) setCamera({ key: Date.now(), bounds });
      setAnnouncement(`Selected event: ${event.title}, ${formatEventDate(event.date, event.end, event.datePrecision)}. ${event.siteIds.length} site${event.siteIds.length === 1 ? "" : "s"} highlighted on the map.`);
    },
    [dataset, state, update],
  );

  const selectSite = useCallback(
    (id: string) => {
      const site = dataset.siteById.get(id);
      if (!site) return;
      update({ site: id, event: null, chapter: null }, "push");
      setCamera({ key: Date.now(), center: site.coordinates, zoom: 7 });
      const count = dataset.eventsBySite.get(id)?.length ?? 0;
      setAnnouncement(`Selected site: ${site.name}. ${count} event${count === 1 ? "" : "s"} highlighted on the timeline.`);
    },
    [dataset, update],
  );

  const clear = useCallback(() => {
    update({ event: null, site: null, chapter: null }, "push");
    setAnnouncement("Selection cleared.");
  }, [update]);

  const focusBounds = useMemo(
    () => (focus ? boundsOf(dataset, linked.sites) : null),
    [dataset, focus, linked],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && focus) clear();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [clear, focus]);

  const onWindow = useCallback(
    (next: Window, final: boolean) => {
      if (final) {
        setLiveWindow(null);
        update(windowToDays(next.start, next.end));
      } else setLiveWindow(next);
    },
    [update],
  );

  const onSearch = useCallback((q: string) => update({ q }), [update]);

  return (
    <>
      <SiteHeader>
        <ViewsNav current="/" />
        <SearchBox value={state.q} onSearch={onSearch} />
        <FilterPanel state={state} counts={filtered.counts} onChange={(patch) => update(patch)} />
        <CopyLinkButton onCopied={setAnnouncement} />
      </SiteHeader>
      <main id="main" className="dashboard">
        <section className="map-panel" aria-label="Map of sites">
          <MapOrFallback
            fallback={fallbackMap}
            sites={features}
            selected={linked.sites}
            preview={preview.sites}
            active={filtered.activeSites}
            camera={camera}
            fitOnLoad={focusBounds}
            reducedMotion={reducedMotion}
            onSelectSite={selectSite}
            onHoverSite={(id) => setHover(id ? { type: "site", id } : null)}
          />
          <MapLegend kinds={kinds} />
        </section>
        <aside className="side-panel" aria-label="Details and lists">
          <DetailsPanel dataset={dataset} focus={focus} onClose={clear} onSelectEvent={selectEvent} onSelectSite={selectSite} />
          <div className="list-switch" role="group" aria-label="Show list of">
            <button type="button" aria-pressed={list === "events"} onClick={() => setList("events")}>
              Events <span className="count">{filtered.inWindow.length}</span>
            </button>
            <button type="button" aria-pressed={list === "sites"} onClick={() => setList("sites")}>
              Sites <span className="count">{filtered.sites.length}</span>
            </button>
          </div>
          {list === "events" ? (
            <EventList
              events={filtered.inWindow}
              selected={linked.events}
              preview={preview.events}
              selectedId={state.event}
              onSelectEvent={selectEvent}
              onHoverEvent={(id) => setHover(id ? { type: "event", id } : null)}
            />
          ) : (
            <SiteList
              sites={shownSites}
              eventCounts={dataset.eventsBySite}
              active={filtered.activeSites}
              selected={linked.sites}
              selectedId={state.site}
              onSelectSite={selectSite}
              onHoverSite={(id) => setHover(id ? { type: "site", id } : null)}
            />
          )}
        </aside>
        <Timeline
          events={filtered.events}
          allEvents={dataset.events}
          window={window}
          windowLabel={formatWindow(window.start, window.end)}
          laneMode={laneMode}
          onLaneMode={setLaneMode}
          selected={linked.events}
          preview={preview.events}
          focused={focus !== null}
          reducedMotion={reducedMotion}
          onSelectEvent={selectEvent}
          onHoverEvent={(id) => setHover(id ? { type: "event", id } : null)}
          onWindow={onWindow}
          onReset={() => update({ ...DEFAULT_WINDOW })}
        />
      </main>
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      <p className="visually-hidden" aria-live="polite" role="status">
        {state.q ? `${filtered.inWindow.length} events and ${filtered.sites.length} sites match “${state.q}”.` : ""}
      </p>
    </>
  );
}
