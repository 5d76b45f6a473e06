"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Which chapter section is in the middle of the viewport. The scroller only reports the chapter; `onChange`
 * runs where that happens (a scroll or a jump), so the views move at the reader's action, once per chapter.
 */
export function useActiveChapter(ids: readonly string[], onChange: (id: string) => void): [string | null, (id: string) => void] {
  const [active, setActive] = useState<string | null>(null);
  const current = useRef<string | null>(null);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const activate = useCallback((id: string) => {
    if (current.current === id) return;
    current.current = id;
    setActive(id);
    latest.current(id);
  }, []);
  useEffect(() => {
    const sections = ids.flatMap((id) => document.getElementById(id) ?? []);
    const observer = new IntersectionObserver(
      (entries) => {
        const hit = entries.filter((e) => e.isIntersecting).sort((a, b) => b.intersectionRatio - a.intersectionRatio)[0];
        if (hit) activate(hit.target.id);
      },
      { rootMargin: "-45% 0px -45% 0px" },
    );
    for (const section of sections) observer.observe(section);
    return () => observer.disconnect();
  }, [ids, activate]);
  return [active, activate];
}
