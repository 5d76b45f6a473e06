import type { ReactNode } from "react";
import type { CitableItem } from "@/lib/citation";
import type { StaticMap } from "@/lib/static-map";
import { SiteHeader } from "../layout/site-header";
import { ViewsNav } from "../layout/views-nav";
import { StaticMapFigure } from "../shared/static-map-figure";
import { CiteThis } from "./cite-this";

/** Props of an item page's frame. */
export interface ItemPageProps {
  /** What kind of item this is, above its title: "Event · Military · 24 February 2022". */
  kicker: ReactNode;
  title: string;
  map: StaticMap;
  /** The map image's accessible name: what it shows. */
  mapLabel: string;
  /** Where "Open on the dashboard" goes: the dashboard with this item selected. */
  dashboardHref: string;
  cite: CitableItem;
  children: ReactNode;
}

/**
 * The frame every item page shares: the header, the item's title, its body, a server-drawn map of its sites,
 * the way onto the dashboard and "Cite this". It is complete without JavaScript and prints on its own.
 */
export function ItemPage({ kicker, title, map, mapLabel, dashboardHref, cite, children }: ItemPageProps) {
  return (
    <>
      <SiteHeader>
        <ViewsNav />
      </SiteHeader>
      <main id="main" className="item-page">
        <article aria-labelledby="item-title">
          <p className="details-kicker">{kicker}</p>
          <h2 id="item-title">{title}</h2>
          <div className="item-layout">
            <div className="item-body">{children}</div>
            <figure className="item-map">
              <StaticMapFigure map={map} label={mapLabel} className="static-map item-static-map" />
              <figcaption>{mapLabel}</figcaption>
            </figure>
          </div>
          <p className="item-open">
            <a href={dashboardHref}>Open on the dashboard</a>
          </p>
          <CiteThis item={cite} />
        </article>
      </main>
    </>
  );
}
