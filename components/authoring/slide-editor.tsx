"use client";

import type { DragEvent } from "react";
import type { Dataset } from "@/lib/dataset";
import { formatWhen } from "@/lib/format";
import { liveViewHref, type LocalSlide } from "@/lib/local-deck";
import type { StaticMap } from "@/lib/static-map";
import { StaticMapFigure } from "../shared/static-map-figure";

/** Props of one slide in the deck editor. */
export interface SlideEditorProps {
  local: LocalSlide;
  index: number;
  count: number;
  dataset: Dataset;
  /** The slide's static map, null while it is drawn, or why it could not be. */
  map: StaticMap | null | string;
  onChange: (next: LocalSlide) => void;
  onMove: (to: number) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** Drag and drop: the slide being dragged starts here, and one dropped here lands at this slide's place. */
  onDragStart: () => void;
  onDrop: () => void;
}

const POINTS = [0, 1, 2];

/** One slide of a local deck: a preview of its map and timeline, its title, points and notes, and what can be done to it. */
export function SlideEditor({ local, index, count, dataset, map, onChange, onMove, onDuplicate, onDelete, onDragStart, onDrop }: SlideEditorProps) {
  const { slide } = local;
  const id = `slide-${index}`;
  const set = (patch: Partial<LocalSlide["slide"]>) => onChange({ ...local, slide: { ...slide, ...patch } });
  // The three boxes are kept as typed, blanks too; presenting and exporting leave the blank ones out.
  const setPoint = (i: number, text: string) => set({ points: POINTS.map((p) => (p === i ? text : (slide.points?.[p] ?? ""))) });
  const events = slide.eventIds.flatMap((e) => dataset.eventById.get(e) ?? []).sort((a, b) => a.interval.start.getTime() - b.interval.start.getTime());
  const name = slide.title || `slide ${index + 1}`;
  const over = (event: DragEvent) => event.preventDefault();
  return (
    <li
      className="slide-editor"
      data-slide-index={index}
      onDragOver={over}
      onDrop={(event) => {
        event.preventDefault();
        onDrop();
      }}
    >
      <div className="slide-editor-head">
        <span
          className="drag-handle"
          draggable
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", String(index));
            onDragStart();
          }}
          title="Drag to reorder"
          aria-hidden="true"
        >
          ⠿
        </span>
        <h3 id={`${id}-heading`}>
          Slide {index + 1} of {count}: {slide.title || "untitled"}
        </h3>
        <div className="control-group slide-actions">
          <button type="button" data-move="up" onClick={() => onMove(index - 1)} disabled={index === 0} aria-label={`Move “${name}” up`}>
            Move up
          </button>
          <button type="button" data-move="down" onClick={() => onMove(index + 1)} disabled={index === count - 1} aria-label={`Move “${name}” down`}>
            Move down
          </button>
          <button type="button" onClick={onDuplicate} aria-label={`Duplicate “${name}”`}>
            Duplicate
          </button>
          <button type="button" onClick={onDelete} aria-label={`Delete “${name}”`}>
            Delete
          </button>
        </div>
      </div>
      <div className="slide-editor-body">
        <div className="slide-preview">
          {map && typeof map !== "string" ? (
            <StaticMapFigure map={map} label={`Map preview of slide ${index + 1}: ${name}`} className="static-map slide-preview-map" />
          ) : (
            <p className="slide-preview-map">{map ?? "Drawing the map…"}</p>
          )}
          <p className="slide-window">
            {slide.period.from} to {slide.period.to} · {events.length} events · {slide.siteIds.length} sites ·{" "}
            <a href={liveViewHref(local)}>Open the live view</a>
          </p>
          <ol className="slide-preview-events" aria-label={`Timeline of slide ${index + 1}`}>
            {events.map((e) => (
              <li key={e.id}>
                <span className="event-date">{formatWhen(e)}</span> {e.title}
              </li>
            ))}
          </ol>
        </div>
        <div className="slide-fields">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={slide.title}
            maxLength={90}
            aria-invalid={slide.title.trim() === ""}
            aria-describedby={slide.title.trim() === "" ? `${id}-title-error` : undefined}
            onChange={(e) => set({ title: e.target.value })}
          />
          {slide.title.trim() === "" && (
            <p id={`${id}-title-error`} className="form-error">
              A slide needs a title (up to 90 characters).
            </p>
          )}
          <fieldset>
            <legend>Points (up to three)</legend>
            {POINTS.map((p) => (
              <label key={p} className="point-field">
                <span>Point {p + 1}</span>
                <input value={slide.points?.[p] ?? ""} maxLength={140} onChange={(e) => setPoint(p, e.target.value)} />
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-notes`}>Speaker notes</label>
          <textarea id={`${id}-notes`} rows={4} value={slide.notes} onChange={(e) => set({ notes: e.target.value })} />
        </div>
      </div>
    </li>
  );
}
