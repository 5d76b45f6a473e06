"use client";

import { useRef } from "react";
import { dayOf } from "@/lib/citation";
import type { Filtered } from "@/lib/filter";
import { csvDownload, downloadMeta, downloadName, geoJsonDownload, jsonDownload, shownData } from "@/lib/downloads";
import { permalinkOf, type ViewState } from "@/lib/links";
import { useOpenData } from "../open-data/open-data-provider";
import { useDataset } from "../shared/data-provider";

/** Props of the Download menu. */
export interface DownloadMenuProps {
  state: ViewState;
  filtered: Filtered;
  /** Says what was downloaded, through the page's polite live region. */
  onDone: (message: string) => void;
}

const FORMATS = [
  { key: "csv", label: "CSV", note: "spreadsheet template, ZIP", extension: "csv.zip", type: "application/zip" },
  { key: "json", label: "JSON", note: "Tyl's format", extension: "json", type: "application/json" },
  { key: "geojson", label: "GeoJSON", note: "sites with their events", extension: "geojson", type: "application/geo+json" },
] as const;

/** Saves `bytes` as a file through a temporary object URL: no request, so it works offline and from the static export. */
function save(name: string, type: string, body: string | Uint8Array<ArrayBuffer>) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Download": exactly what the dashboard shows (the events in the window that pass the filters and the
 * search, the sites on the map, the sources they cite) as CSV, JSON or GeoJSON, named by dataset and version.
 */
export function DownloadMenu({ state, filtered, onDone }: DownloadMenuProps) {
  const dataset = useDataset();
  const open = useOpenData();
  const details = useRef<HTMLDetailsElement>(null);
  const version = open?.onScreen.version ?? null;
  const download = (format: (typeof FORMATS)[number]) => {
    if (!open || version === null) return;
    const data = shownData(dataset, filtered.inWindow, filtered.sites);
    const meta = downloadMeta({ dataset: open.onScreen.name, version, state, link: permalinkOf(globalThis.location, version), today: dayOf(new Date()), data });
    const body =
      format.key === "csv"
        ? (csvDownload(data, meta) as Uint8Array<ArrayBuffer>)
        : format.key === "json"
          ? jsonDownload(data, meta)
          : geoJsonDownload(data, meta);
    const name = downloadName(meta, format.extension);
    save(name, format.type, body);
    if (details.current) details.current.open = false;
    onDone(`Downloaded ${name}: ${meta.counts.events} events, ${meta.counts.sites} sites, ${meta.counts.sources} sources.`);
  };
  return (
    <details
      className="download-menu"
      ref={details}
      onKeyDown={(event) => {
        if (event.key === "Escape" && details.current?.open) {
          details.current.open = false;
          details.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary>Download</summary>
      <div className="download-body">
        <p>
          What is on screen: {filtered.inWindow.length} events, {filtered.sites.length} sites
          {version ? `, dataset version ${version}` : ""}.
        </p>
        <ul>
          {FORMATS.map((format) => (
            <li key={format.key}>
              <button type="button" disabled={version === null} onClick={() => download(format)}>
                {format.label} <span className="download-note">({format.note})</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
