"use client";

import { useEffect, useState } from "react";

/**
 * Which chapter section is in the middle of the viewport. The scroller only reports the index; what the map
 * and timeline show is derived from it elsewhere.
 */
export function useActiveChapter(ids: readonly string[], initial: string | null): [string | null, (id: string) => void] {
  const [active, setActive] = useState<string | null>(initial);
  useEffect(() => {
    const sections = ids.flatMap((id) => document.getElementById(id) ?? []);
    const observer = new IntersectionObserver(
      (entries) => {
        const hit = entries.filter((e) => e.isIntersecting).sort((a, b) => b.intersectionRatio - a.intersectionRatio)[0];
        if (hit) setActive(hit.target.id);
      },
      { rootMargin: "-45% 0px -45% 0px" },
    );
    for (const section of sections) observer.observe(section);
    return () => observer.disconnect();
  }, [ids]);
  return [active, setActive];
}
