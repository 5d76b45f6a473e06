"use client";

import { useMemo } from "react";
import type { MapCamera } from "@/lib/camera";
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
  /** The slides' theme, which picks the basemap variant. */
  theme?: SlideTheme;
}

/**
 * The map as the story and the slides use it: every site shown and none dimmed, the camera and the lit-up
 * sites set by the narrative rather than by clicks.
 */
export function GuidedMap({ lit, preview = NOTHING, camera, theme }: GuidedMapProps) {
  const dataset = useDataset();
  const features = useMemo(() => siteFeatures(dataset.sites, dataset.eventsBySite), [dataset]);
  const all = useMemo(() => new Set(dataset.sites.map((s) => s.id)), [dataset]);
  return <LazySiteMap sites={features} selected={lit} preview={preview} active={all} camera={camera} theme={theme} />;
}
