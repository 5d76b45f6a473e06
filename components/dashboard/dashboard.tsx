"use client";

import { useCallback, useMemo, useState, type ReactNode } from "react";
import { HOME_CAMERA } from "@/lib/defaults";
import { embedSnippetOf, href, parseMapHash, permalinkOf } from "@/lib/links";
import type { CapturedView } from "@/lib/local-deck";
import { SITE_KINDS } from "@/lib/vocabulary";
import { EmbedFrame } from "../embed/embed-frame";
import { EmbedHeader } from "../embed/embed-header";
import { FilterPanel } from "../filters/filter-panel";
import { SearchBox } from "../filters/search-box";
import { SiteHeader } from "../layout/site-header";
import { ViewsNav } from "../layout/views-nav";
import { MapLegend } from "../map/map-legend";
import { MapOrFallback } from "../map/map-or-fallback";
import { NetworkToggle } from "../map/network-toggle";
import { Timeline } from "../timeline/timeline";
import { AddToBriefing } from "../authoring/add-to-briefing";
import { DownloadMenu } from "../downloads/download-menu";
import { DatasetBanner } from "../open-data/dataset-banner";
import { CopyButton } from "./copy-button";
import { SidePanel } from "./side-panel";
import { useDashboard } from "./use-dashboard";

const NONE: ReadonlySet<string> = new Set();

/**
 * The linked dashboard: one dataset, one state in the URL, and four views of it (map, timeline, lists,
 * details). Views report what the user did; `useDashboard` turns that into state, camera moves and
 * announcements. Embedded (`/embed`), it drops the site navigation and the copy buttons and tells its host
 * page its height.
 */
export function Dashboard({ fallbackMap, embed = false }: { fallbackMap: ReactNode; embed?: boolean }) {
  const {
    dataset,
    camera,
    state,
    version,
    linkVersion,
    window,
    filtered,
    focus,
    linked,
    preview,
    features,
    shownSites,
    flowsInWindow,
    flowShapes,
    announcement,
    actions,
  } = useDashboard();
  // MapLibre is the heaviest thing on the page: it starts once the timeline can be used.
  const [timelineReady, setTimelineReady] = useState(false);
  const onTimelineReady = useCallback(() => setTimelineReady(true), []);
  // One value per change, so the map (which takes it a frame later) is not re-rendered by every render here.
  const focused = focus !== null;
  const mapFlows = useMemo(
    () => (state.network ? { flows: flowShapes, selected: linked.flows ?? NONE, preview: preview.flows ?? NONE, focused } : undefined),
    [state.network, flowShapes, linked.flows, preview.flows, focused],
  );
  // What is lit: a selection's events and sites, else what the filters show in the window. The camera is the
  // one the live map writes into `#map=`, or the home view where there is no live map.
  const capture = (): CapturedView => ({
    state,
    camera: parseMapHash(globalThis.location.hash) ?? HOME_CAMERA,
    litEvents: (focus ? dataset.eventsByWritten.filter((e) => linked.events.has(e.id)) : filtered.inWindow).map((e) => e.id),
    litSites: focus ? [...linked.sites] : [...filtered.activeSites],
  });
  const kinds = useMemo(() => SITE_KINDS.filter((k) => dataset.sites.some((s) => s.kind === k)), [dataset]);
  const tools = (
    <>
      <SearchBox value={state.q} onSearch={actions.search} />
      <FilterPanel state={state} counts={filtered.counts} onChange={actions.filter} />
    </>
  );
  const view = (
    <>
      {embed ? (
        <EmbedHeader fullHref={href.dashboard(state)}>{tools}</EmbedHeader>
      ) : (
        <SiteHeader>
          <ViewsNav current="/" />
          {tools}
          <DownloadMenu state={state} filtered={filtered} onDone={actions.announce} />
          <CopyButton
            label="Copy link"
            doneLabel="Link copied"
            what="Link to this view"
            text={() => permalinkOf(globalThis.location, version)}
            onCopied={actions.announce}
          />
          <CopyButton
            label="Embed"
            className="wide-only"
            doneLabel="Embed code copied"
            what="Embed code for this view"
            text={() => embedSnippetOf(globalThis.location)}
            onCopied={actions.announce}
          />
          <AddToBriefing capture={capture} onAnnounce={actions.announce} />
        </SiteHeader>
      )}
      {embed ? null : <DatasetBanner linkVersion={linkVersion} />}
      <main id="main" className="dashboard">
        <section className="map-panel" aria-label="Map of sites">
          <MapOrFallback
            fallback={fallbackMap}
            start={timelineReady}
            sites={features}
            selected={linked.sites}
            preview={preview.sites}
            active={filtered.activeSites}
            camera={camera}
            onSelectSite={actions.selectSite}
            onHoverSite={actions.hoverSite}
            flows={mapFlows}
            onSelectFlow={actions.selectFlow}
          />
          <MapLegend kinds={kinds} />
          {dataset.flows.length > 0 && <NetworkToggle on={state.network} count={flowsInWindow.length} onToggle={actions.toggleNetwork} />}
        </section>
        <SidePanel
          dataset={dataset}
          state={state}
          filtered={filtered}
          shownSites={shownSites}
          focus={focus}
          linked={linked}
          preview={preview}
          onSelectEvent={actions.selectEvent}
          onSelectSite={actions.selectSite}
          onHoverEvent={actions.hoverEvent}
          onHoverSite={actions.hoverSite}
          onClose={actions.clear}
          flows={flowsInWindow}
          onSelectFlow={actions.selectFlow}
        />
        <Timeline
          events={filtered.events}
          window={window}
          selected={linked.events}
          preview={preview.events}
          focused={focus !== null}
          onSelectEvent={actions.selectEvent}
          onHoverEvent={actions.hoverEvent}
          onWindow={actions.changeWindow}
          onReset={actions.resetWindow}
          clientOnly
          onReady={onTimelineReady}
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
  return embed ? <EmbedFrame kind="dashboard">{view}</EmbedFrame> : view;
}
