"use client";

import { useEffect, useMemo, useState } from "react";
import { toDataset } from "@/lib/dataset";
import type { RawDataset } from "@/lib/schema";
import { boundsOf, linkedTo } from "@/lib/selection";
import { chapterFromHash, chapterView, hashForChapter } from "@/lib/story";
import type { LaneMode } from "@/lib/timeline";
import { formatWindow } from "@/lib/window-label";
import { useReducedMotion } from "../shared/use-reduced-motion";
import { GuidedMap } from "../map/guided-map";
import type { CameraRequest } from "../map/site-map";
import { Timeline } from "../timeline/timeline";
import { useActiveChapter } from "./use-active-chapter";

type Window = { start: Date; end: Date };

/**
 * The story's live views: the same map and timeline as the dashboard, held beside the text. The active chapter
 * (from scrolling) names a view as data; this component applies it: camera, window, and what is lit up.
 */
export function StoryViews({ raw }: { raw: RawDataset }) {
  const dataset = useMemo(() => toDataset(raw), [raw]);
  const ids = useMemo(() => dataset.chapters.map((c) => c.id), [dataset]);
  const [active, setActive] = useActiveChapter(ids, null);
  const [selection, setSelection] = useState<{ chapter: string; event: string } | null>(null);
  const [windowOverride, setWindowOverride] = useState<{ chapter: string; window: Window } | null>(null);
  const [laneMode, setLaneMode] = useState<LaneMode>("category");
  const [hover, setHover] = useState<string | null>(null);
  const reducedMotion = useReducedMotion();
  const chapter = dataset.chapters.find((c) => c.id === active) ?? dataset.chapters[0];
  const view = useMemo(() => (chapter ? chapterView(chapter) : null), [chapter]);
  // A chosen event belongs to the chapter it was chosen in; scrolling on lets the next chapter take over.
  const selectedEvent = selection && selection.chapter === chapter?.id ? selection.event : null;
  const camera = useMemo<CameraRequest | null>(() => {
    if (!view) return null;
    const chapterIndex = ids.indexOf(view.chapterId);
    const bounds = selectedEvent ? boundsOf(dataset, dataset.eventById.get(selectedEvent)?.siteIds ?? []) : null;
    if (bounds) return { key: chapterIndex * 1000 + dataset.events.findIndex((e) => e.id === selectedEvent) + 1, bounds };
    return { key: chapterIndex * 1000, center: view.camera.center, zoom: view.camera.zoom, exact: true };
  }, [dataset, ids, selectedEvent, view]);

  // A link to /story#chapter lands on that chapter; the scroll observer then makes it active.
  useEffect(() => {
    const linked = chapterFromHash(window.location.hash, dataset);
    if (linked) document.getElementById(linked)?.scrollIntoView({ block: "start" });
  }, [dataset]);

  useEffect(() => {
    if (active) window.history.replaceState(window.history.state, "", hashForChapter(window.location.hash, active));
  }, [active]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest?.("[data-story-event]");
      const id = link?.getAttribute("data-story-event");
      const section = link?.closest("[data-chapter-id]")?.getAttribute("data-chapter-id");
      if (!id || !section || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      setActive(section);
      setSelection({ chapter: section, event: id });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [setActive]);

  const lit = useMemo(
    () => (selectedEvent ? linkedTo(dataset, { type: "event", id: selectedEvent }) : { events: view?.eventIds ?? new Set<string>(), sites: view?.siteIds ?? new Set<string>() }),
    [dataset, selectedEvent, view],
  );
  const preview = useMemo(() => linkedTo(dataset, hover ? { type: "event", id: hover } : null), [dataset, hover]);
  if (!chapter || !view) return null;
  const window_ = windowOverride?.chapter === chapter.id ? windowOverride.window : view.window;

  return (
    <div className="story-views">
      <nav className="story-rail" aria-label="Chapters">
        <ol>
          {dataset.chapters.map((c, i) => (
            <li key={c.id}>
              <a
                href={`#${c.id}`}
                aria-current={c.id === chapter.id ? "step" : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  setActive(c.id);
                  document.getElementById(c.id)?.scrollIntoView({ behavior: reducedMotion ? "auto" : "smooth", block: "start" });
                }}
              >
                <span className="rail-number">{i + 1}</span>
                <span className="rail-title">{c.title}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <section className="story-map" aria-label="Map of the chapter">
        <GuidedMap dataset={dataset} lit={lit.sites} preview={preview.sites} camera={camera} reducedMotion={reducedMotion} />
      </section>
      <Timeline
        events={dataset.events}
        allEvents={dataset.events}
        window={window_}
        windowLabel={formatWindow(window_.start, window_.end)}
        laneMode={laneMode}
        onLaneMode={setLaneMode}
        selected={lit.events}
        preview={preview.events}
        focused
        reducedMotion={reducedMotion}
        onSelectEvent={(id) => setSelection({ chapter: chapter.id, event: id })}
        onHoverEvent={setHover}
        onWindow={(next) => setWindowOverride({ chapter: chapter.id, window: next })}
        onReset={() => setWindowOverride(null)}
      />
    </div>
  );
}
