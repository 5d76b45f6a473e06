"use client";

import { useState } from "react";
import { chapterViewState } from "@/lib/guided-view";
import type { CapturedView } from "@/lib/local-deck";
import { useDataset } from "../shared/data-provider";
import { AddToBriefing } from "./add-to-briefing";

/** "Add to briefing" for one chapter of the story: the chapter's view, as "Explore this on the dashboard" opens it. */
export function AddChapterToBriefing({ chapterId }: { chapterId: string }) {
  const dataset = useDataset();
  const [announcement, setAnnouncement] = useState("");
  const chapter = dataset.chapters.find((c) => c.id === chapterId);
  if (!chapter) return null;
  const capture = (): CapturedView => ({
    state: chapterViewState(chapter),
    camera: chapter.camera,
    litEvents: chapter.eventIds,
    litSites: chapter.siteIds,
    chapterId: chapter.id,
  });
  return (
    <span className="add-chapter">
      <AddToBriefing capture={capture} onAnnounce={setAnnouncement} />
      <span role="status" aria-live="polite" className="add-chapter-status">
        {announcement}
      </span>
    </span>
  );
}
