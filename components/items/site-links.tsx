import { href } from "@/lib/links";
import type { Site } from "@/lib/schema";
import { SITE_SYMBOLS } from "@/lib/site-symbols";

/** Sites as links to their pages, each with its kind. */
export function SiteLinks({ sites }: { sites: readonly Site[] }) {
  return (
    <ul className="item-links">
      {sites.map((site) => (
        <li key={site.id}>
          <a href={href.site(site.id)}>{site.name}</a> <span className="source-byline">— {SITE_SYMBOLS[site.kind].label}</span>
        </li>
      ))}
    </ul>
  );
}
