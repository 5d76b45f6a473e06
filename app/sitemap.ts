import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/metadata";
import { getPagePaths } from "@/lib/server/data";

// The static export writes sitemap.xml only for a metadata route it can render once at build time.
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getPagePaths());
}
