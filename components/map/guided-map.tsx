"use client";

import { useMemo } from "react";
import type { Dataset } from "@/lib/dataset";
import { siteFeatures } from "@/lib/site-features";
import { LazySiteMap } from "./lazy-site-map";
import type { CameraRequest } from "./site-map";

const NOTHING: ReadonlySet<string> = new Set();

/** Props of a guided map. */
export interface GuidedMapProps {
  dataset: Dataset;
  /** Sites the current chapter or slide lights up. */
  lit: ReadonlySet<string>;
  preview?: ReadonlySet<string>;
  camera: CameraRequest | null;
  reducedMotion: boolean;
}

/**
 * The map as the story and the slides use it: every site shown and none dimmed, the camera and the lit-up
 * sites set by the narrative rather than by clicks.
 */
export function GuidedMap({ dataset, lit, preview = NOTHING, camera, reducedMotion }: GuidedMapProps) {
  const features = useMemo(() => siteFeatures(dataset.sites, dataset.eventsBySite), [dataset]);
  const all = useMemo(() => new Set(dataset.sites.map((s) => s.id)), [dataset]);
  return (
    <LazySiteMap
      sites={features}
      selected={lit}
      preview={preview}
      active={all}
      camera={camera}
      fitOnLoad={null}
      reducedMotion={reducedMotion}
      onSelectSite={() => undefined}
      onHoverSite={() => undefined}
    />
  );
}
