"use client";

import { useId, useRef, useState, type DragEvent } from "react";
import { useOpenData } from "./open-data-provider";
import { ProblemList } from "./problem-list";

/**
 * "Open your data": choose or drop template CSVs, an ACLED export or Tyl's JSON files. They are read in this
 * browser only; problems are listed by file, row and column, and what is on screen stays until a set opens.
 */
export function OpenDataDialog() {
  const data = useOpenData();
  const dialog = useRef<HTMLDialogElement>(null);
  const [over, setOver] = useState(false);
  const inputId = useId();
  const helpId = useId();
  if (!data) return null;
  const take = (list: FileList | null) => {
    if (list && list.length > 0) data.open(Array.from(list));
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Open your data
      </button>
      <dialog ref={dialog} className="open-data-dialog" aria-labelledby={`${inputId}-title`}>
        <div className="open-data-head">
          <h2 id={`${inputId}-title`}>Open your data</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p id={helpId}>
          Tyl&apos;s spreadsheet template (events.csv, sites.csv and sources.csv together), an ACLED export in CSV, or Tyl&apos;s JSON files (sources.json,
          sites.json, events.json and optionally chapters.json and figures.json), or a file from Download (CSV ZIP, JSON or GeoJSON). The files are read in this
          browser and kept in it; nothing is uploaded.
        </p>
        <div
          className={over ? "open-data-drop over" : "open-data-drop"}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <label htmlFor={inputId}>Choose files, or drop them here</label>
          <input
            id={inputId}
            type="file"
            multiple
            accept=".csv,.tsv,.txt,.json,.geojson,.zip,text/csv,application/json,application/geo+json,application/zip"
            aria-describedby={helpId}
            disabled={data.busy}
            onChange={(event) => {
              take(event.currentTarget.files);
              event.currentTarget.value = "";
            }}
          />
        </div>
        <p className="open-data-status" role="status" aria-live="polite">
          {data.busy ? "Reading and checking the files…" : data.status}
        </p>
        <ProblemList problems={data.problems} />
      </dialog>
    </>
  );
}
