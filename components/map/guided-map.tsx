"use client";

import { useMemo } from "react";
import type { MapCamera } from "@/lib/camera";
import { flowFeatures } from "@/lib/flow-layers";
import type { SlideTheme } from "@/lib/links";
import { siteFeatures } from "@/lib/site-features";
import { useDataset } from "../shared/data-provider";
import { LazySiteMap } from "./lazy-site-map";

const NOTHING: ReadonlySet<string> = new Set();

/** Props of a guided map. */
export interface GuidedMapProps {
  /** Sites the current chapter or slide lights up. */
  lit: ReadonlySet<string>;
  preview?: ReadonlySet<string>;
  camera: MapCamera;
  /** Flows the chapter or slide names; they are drawn, and lit. */
  flows?: ReadonlySet<string>;
  /** The slides' theme, which picks the basemap variant. */
  theme?: SlideTheme;
}

/**
 * The map as the story and the slides use it: every site shown and none dimmed, the camera and the lit-up
 * sites set by the narrative rather than by clicks.
 */
export function GuidedMap({ lit, preview = NOTHING, camera, flows = NOTHING, theme }: GuidedMapProps) {
  const dataset = useDataset();
  const features = useMemo(() => siteFeatures(dataset.sites, dataset.eventsBySite), [dataset]);
  const all = useMemo(() => new Set(dataset.sites.map((s) => s.id)), [dataset]);
  const shapes = useMemo(
    () =>
      flowFeatures(
        [...flows].flatMap((id) => dataset.flowById.get(id) ?? []),
        dataset.siteById,
        dataset.figureById,
      ),
    [dataset, flows],
  );
  const drawn = flows.size > 0 ? { flows: shapes, selected: flows, preview: NOTHING, focused: false } : undefined;
  return <LazySiteMap sites={features} selected={lit} preview={preview} active={all} camera={camera} flows={drawn} theme={theme} />;
}
