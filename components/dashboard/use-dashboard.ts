"use client";

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { Interval } from "@/lib/dates";
import { DEFAULT_WINDOW } from "@/lib/defaults";
import { applyFilters, buildSearchIndex, windowOf } from "@/lib/filter";
import { DEFAULT_STATE, type ViewState } from "@/lib/links";
import { flowFeatures } from "@/lib/flow-layers";
import { activeFlows } from "@/lib/flows";
import { arrivalTarget, focusOf, linkedTo, selectEvent, selectFlow, selectSite, type Focus, type SelectionAction } from "@/lib/selection";
import { siteFeatures } from "@/lib/site-features";
import { windowToDays } from "@/lib/timeline";
import { useMapCamera } from "../map/use-map-camera";
import { useOpenData } from "../open-data/open-data-provider";
import { useDataset } from "../shared/data-provider";
import { useViewState } from "./use-view-state";

/**
 * The dashboard's state and what the user can do to it. The state lives in the URL; every view gets what it
 * shows from here, and reports what the user did back through the actions.
 */
export function useDashboard() {
  const dataset = useDataset();
  const camera = useMapCamera();
  const index = useMemo(() => buildSearchIndex(dataset), [dataset]);
  const known = useMemo(
    () => ({
      events: new Set(dataset.eventById.keys()),
      sites: new Set(dataset.siteById.keys()),
      chapters: new Set(dataset.chapters.map((c) => c.id)),
      flows: new Set(dataset.flowById.keys()),
    }),
    [dataset],
  );
  const version = useOpenData()?.onScreen.version ?? null;
  const { state, update, arrived, linkVersion } = useViewState(known, version);
  const [hover, setHover] = useState<Focus>(null);
  const [liveWindow, setLiveWindow] = useState<Interval | null>(null);
  const [announcement, setAnnouncement] = useState("");

  const window = liveWindow ?? windowOf(state);
  const days = liveWindow ? windowToDays(liveWindow.start, liveWindow.end) : state;
  // Filtering depends on the filters and the window only: a selection must not recompute it (or re-send the
  // map its sites), which is what keeps selection cheap with ten thousand events. The timeline follows the
  // window at once; lists, counts and map dimming follow as soon as React is free.
  const { cat, actor, kind, conf, sources, q } = state;
  const from = useDeferredValue(days.from);
  const to = useDeferredValue(days.to);
  const filtered = useMemo(
    () => applyFilters(dataset, index, { ...DEFAULT_STATE, cat, actor, kind, conf, sources, q, from, to }),
    [dataset, index, cat, actor, kind, conf, sources, q, from, to],
  );
  const focus = useMemo(
    () => focusOf({ event: state.event, site: state.site, flow: state.flow, chapter: state.chapter }),
    [state.event, state.site, state.flow, state.chapter],
  );
  const linked = useMemo(() => linkedTo(dataset, focus), [dataset, focus]);
  const preview = useMemo(() => linkedTo(dataset, hover), [dataset, hover]);
  const siteKey = filtered.sites.map((site) => site.id).join(" ");
  const shownSites = useMemo(() => siteKey.split(" ").flatMap((id) => dataset.siteById.get(id) ?? []), [siteKey, dataset]);
  const features = useMemo(() => siteFeatures(shownSites, dataset.eventsBySite), [shownSites, dataset.eventsBySite]);
  // Flows follow the window as the lists do; selection only changes their feature-state.
  const flowStart = from;
  const flowEnd = to;
  const flowsInWindow = useMemo(() => activeFlows(dataset.flows, windowOf({ from: flowStart, to: flowEnd })), [dataset.flows, flowStart, flowEnd]);
  const flowShapes = useMemo(() => flowFeatures(flowsInWindow, dataset.siteById, dataset.figureById), [flowsInWindow, dataset]);

  // A link that opens on a selection frames it on the map, once, when the state has been read from the URL.
  const framed = useRef(false);
  useEffect(() => {
    if (!arrived || framed.current) return;
    framed.current = true;
    const target = arrivalTarget(dataset, state);
    if (target) camera.goTo(target, false);
  }, [arrived, camera, dataset, state]);

  const apply = useCallback(
    (action: SelectionAction | null) => {
      if (!action) return;
      update(action.patch, "push");
      if (action.target) camera.goTo(action.target);
      setAnnouncement(action.announcement);
    },
    [camera, update],
  );

  const actions = useMemo(
    () => ({
      selectEvent: (id: string) => apply(selectEvent(dataset, state, id)),
      selectSite: (id: string) => apply(selectSite(dataset, id)),
      selectFlow: (id: string) => apply(selectFlow(dataset, state, id)),
      toggleNetwork: () => {
        update({ network: !state.network }, "push");
        setAnnouncement(state.network ? "Supply network hidden." : "Supply network shown on the map.");
      },
      clear: () => {
        update({ event: null, site: null, flow: null, chapter: null }, "push");
        setAnnouncement("Selection cleared.");
      },
      hoverEvent: (id: string | null) => setHover(id ? { type: "event", id } : null),
      hoverSite: (id: string | null) => setHover(id ? { type: "site", id } : null),
      changeWindow: (next: Interval, final: boolean) => {
        if (!final) return setLiveWindow(next);
        setLiveWindow(null);
        update(windowToDays(next.start, next.end));
      },
      resetWindow: () => update({ ...DEFAULT_WINDOW }),
      search: (text: string) => update({ q: text }),
      filter: (patch: Partial<ViewState>) => update(patch),
      announce: setAnnouncement,
    }),
    [apply, dataset, state, update],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && focus) actions.clear();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [actions, focus]);

  return {
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
  };
}
