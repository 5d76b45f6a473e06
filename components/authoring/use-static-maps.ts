"use client";

import { useEffect, useMemo, useState } from "react";
import { basemapUrl } from "@/lib/map-style";
import type { Slide } from "@/lib/schema";
import { datasetStaticMap, type StaticBasemap, type StaticMap } from "@/lib/static-map";
import { useDataset } from "../shared/data-provider";

let basemap: Promise<StaticBasemap> | null = null;

const fetchJson = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
};

/** The published basemap, fetched once per page from the app's own files (the live map's, so the browser has them cached). */
function loadBasemap(): Promise<StaticBasemap> {
  basemap ??= Promise.all(["countries", "borders", "labels", "places"].map((name) => fetchJson(basemapUrl(name)))).then(
    ([countries, borders, labels, places]) => ({ countries, borders, labels, places }),
    (e: unknown) => {
      basemap = null;
      throw e;
    },
  );
  return basemap;
}

/**
 * The static map of each slide, drawn in the browser as the server draws a shipped deck's: null until the
 * basemap has arrived, or a message when it could not be fetched.
 */
export function useStaticMaps(slides: readonly Slide[], width: number, height: number): StaticMap[] | null | string {
  const dataset = useDataset();
  const [shapes, setShapes] = useState<StaticBasemap | string | null>(null);
  useEffect(() => {
    let live = true;
    loadBasemap().then(
      (loaded) => live && setShapes(loaded),
      (e: unknown) => live && setShapes(`The map could not be drawn: ${e instanceof Error ? e.message : String(e)}.`),
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(
    () =>
      shapes === null || typeof shapes === "string"
        ? shapes
        : slides.map((s) => datasetStaticMap(shapes, dataset, s.camera, s.siteIds, width, height, s.flowIds)),
    [shapes, slides, dataset, width, height],
  );
}
