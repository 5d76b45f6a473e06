"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { MapRef } from "react-map-gl/maplibre";
import { afterNextPaint } from "@/lib/after-paint";
import { SITE_SOURCE } from "@/lib/map-style";

type Flags = { selected: boolean; preview: boolean; dim: boolean };

/**
 * Keeps each site's (or, given `source`, each flow's) feature-state (selected, preview, dim) in step with the views' sets, touching only the
 * sites whose flags changed, so a selection costs a handful of calls rather than a rebuilt layer. The calls
 * wait until the frame after the one React commits in, so the timeline paints first.
 */
export function useFeatureStates(
  mapRef: RefObject<MapRef | null>,
  ready: boolean,
  ids: readonly string[],
  selected: ReadonlySet<string>,
  preview: ReadonlySet<string>,
  active: ReadonlySet<string>,
  source: string = SITE_SOURCE,
): void {
  const applied = useRef(new Map<string, Flags>());

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !ready || !map.getSource(source)) return;
    function apply() {
      if (!map?.getSource(source)) return;
      const seen = new Set<string>();
      for (const id of ids) {
        seen.add(id);
        const next: Flags = { selected: selected.has(id), preview: preview.has(id), dim: !active.has(id) };
        const before = applied.current.get(id);
        if (before && before.selected === next.selected && before.preview === next.preview && before.dim === next.dim) continue;
        map.setFeatureState({ source, id }, next);
        applied.current.set(id, next);
      }
      for (const id of [...applied.current.keys()]) if (!seen.has(id)) applied.current.delete(id);
      // Says the map has caught up with the views, for the tests and the benchmark that time it.
      const container = map.getContainer();
      container.dataset.mapUpdates = String(Number(container.dataset.mapUpdates ?? 0) + 1);
    }
    // After the frame that paints the timeline's answer, so the map's repaint never holds that frame up.
    return afterNextPaint(apply);
  }, [mapRef, ready, ids, selected, preview, active, source]);
}
