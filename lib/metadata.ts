import type { Metadata } from "next";
import { absoluteUrl } from "./links";

/** The site's name, as titles and OpenGraph give it. */
export const SITE_NAME = "Tyl";

/** What Tyl is, for pages with nothing more particular to say. */
export const SITE_DESCRIPTION =
  "An offline briefing dashboard: the plants, airfields and training grounds through which Belarus supports Russia's war against Ukraine, with a sourced timeline of events.";

/**
 * A page's title, description, canonical URL and OpenGraph card, from one place so every page says them the
 * same way. `path` comes from `href`; the canonical URL is on `NEXT_PUBLIC_SITE_URL`.
 */
export function pageMetadata({ title, description = SITE_DESCRIPTION, path }: { title: string; description?: string; path: string }): Metadata {
  const url = absoluteUrl(path);
  const full = `${title} — ${SITE_NAME}`;
  return {
    title: full,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: SITE_NAME, title: full, description, url, locale: "en_GB" },
    twitter: { card: "summary", title: full, description },
  };
}

/** A description cut to about 200 characters at a word boundary, as search results and cards show it. */
export function shortDescription(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20)).replace(/[,;:.\s]+$/, "")}…`;
}

/** The sitemap of `paths` (from `allPagePaths`), each as an absolute URL on `base`, once each. */
export const sitemapEntries = (paths: readonly string[], base?: string): { url: string }[] =>
  [...new Set(paths)].map((path) => ({ url: absoluteUrl(path, base) }));
