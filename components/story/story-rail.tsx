"use client";

import type { Chapter } from "@/lib/schema";
import { formatStoryHash } from "@/lib/links";

/** The numbered chapter list beside the story; choosing one jumps to it. */
export function StoryRail({ chapters, current, onJump }: { chapters: readonly Chapter[]; current: string; onJump: (id: string) => void }) {
  return (
    <nav className="story-rail" aria-label="Chapters">
      <ol>
        {chapters.map((c, i) => (
          <li key={c.id}>
            <a
              href={formatStoryHash("", c.id)}
              aria-current={c.id === current ? "step" : undefined}
              onClick={(e) => {
                e.preventDefault();
                onJump(c.id);
              }}
            >
              <span className="rail-number">{i + 1}</span>
              <span className="rail-title">{c.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
