"use client";

import { useEffect, useMemo, useState } from "react";
import type { Interval } from "@/lib/dates";
import { cameraTargetOf, litBy, viewOfChapter } from "@/lib/guided-view";
import { formatStoryHash, parseStoryHash } from "@/lib/links";
import { linkedTo } from "@/lib/selection";
import { GuidedMap } from "../map/guided-map";
import { useMapCamera } from "../map/use-map-camera";
import { useDataset } from "../shared/data-provider";
import { useReducedMotion } from "../shared/use-reduced-motion";
import { Timeline } from "../timeline/timeline";
import { StoryRail } from "./story-rail";
import { useActiveChapter } from "./use-active-chapter";

/**
 * The story's live views: the same map and timeline as the dashboard, held beside the text. The active chapter
 * (from scrolling) is a guided view; the map and timeline derive what they show from it.
 */
export function StoryViews() {
  const dataset = useDataset();
  const camera = useMapCamera();
  const reducedMotion = useReducedMotion();
  const views = useMemo(() => dataset.chapters.map(viewOfChapter), [dataset]);
  const ids = useMemo(() => views.map((v) => v.id), [views]);
  const [selection, setSelection] = useState<{ chapter: string; event: string } | null>(null);
  const [windowOverride, setWindowOverride] = useState<{ chapter: string; window: Interval } | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const viewOf = (id: string | null) => views.find((v) => v.id === id);
  const [active, activate] = useActiveChapter(ids, (id) => {
    const view = viewOf(id);
    if (view) camera.goTo(cameraTargetOf(view, dataset, null));
  });
  const view = viewOf(active) ?? views[0];
  // A chosen event belongs to the chapter it was chosen in; scrolling on lets the next chapter take over.
  const selectedEvent = selection && selection.chapter === view?.id ? selection.event : null;

  const choose = (chapter: string, event: string) => {
    activate(chapter);
    setSelection({ chapter, event });
    const inView = viewOf(chapter);
    if (inView) camera.goTo(cameraTargetOf(inView, dataset, event));
  };

  // A link to /story#chapter lands on that chapter; the scroll observer then makes it active.
  useEffect(() => {
    const linked = parseStoryHash(window.location.hash, ids);
    const first = viewOf(linked) ?? views[0];
    if (first) camera.goTo(cameraTargetOf(first, dataset, null), false);
    if (linked) document.getElementById(linked)?.scrollIntoView({ block: "start" });
    // Only on arrival: later moves come from the reader.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run once, on arrival
  }, []);

  useEffect(() => {
    if (active) window.history.replaceState(window.history.state, "", formatStoryHash(window.location.hash, active));
  }, [active]);

  // The chapters' event links are server-rendered outside this tree, so their clicks are caught here.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest?.("[data-story-event]");
      const id = link?.getAttribute("data-story-event");
      const section = link?.closest("[data-chapter-id]")?.getAttribute("data-chapter-id");
      if (!id || !section || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      choose(section, id);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  });

  const lit = useMemo(() => (view ? litBy(view, dataset, selectedEvent) : null), [dataset, selectedEvent, view]);
  const preview = useMemo(() => linkedTo(dataset, hover ? { type: "event", id: hover } : null), [dataset, hover]);
  if (!view || !lit) return null;
  const window_ = windowOverride?.chapter === view.id ? windowOverride.window : view.window;

  return (
    <div className="story-views">
      <StoryRail
        chapters={dataset.chapters}
        current={view.id}
        onJump={(id) => {
          activate(id);
          document.getElementById(id)?.scrollIntoView({ behavior: reducedMotion ? "auto" : "smooth", block: "start" });
        }}
      />
      <section className="story-map" aria-label="Map of the chapter">
        <GuidedMap lit={lit.sites} preview={preview.sites} camera={camera} flows={lit.flows} />
      </section>
      <Timeline
        events={dataset.events}
        window={window_}
        selected={lit.events}
        lit={lit.events}
        preview={preview.events}
        focused
        onSelectEvent={(id) => choose(view.id, id)}
        onHoverEvent={setHover}
        onWindow={(next) => setWindowOverride({ chapter: view.id, window: next })}
        onReset={() => setWindowOverride(null)}
      />
    </div>
  );
}
