"use client";

import { useEffect, type RefObject } from "react";
import { formatEmbedHeight } from "@/lib/links";

/**
 * Tells the host page how tall the embed's content is, whenever that changes, with the message documented in
 * the README (`{ "tyl-height": { id, height } }`). Nothing is posted when the page is not in a frame.
 */
export function useEmbedHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // The height is public and harmless, and the host's origin is not known in advance: any origin may read it.
      window.parent.postMessage(formatEmbedHeight(window.location.pathname, height), "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [ref]);
}
