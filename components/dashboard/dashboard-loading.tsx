import type { ReactNode } from "react";
import { href } from "@/lib/links";
import { EmbedFrame } from "../embed/embed-frame";
import { SiteHeader } from "../layout/site-header";
import { ViewsNav } from "../layout/views-nav";

/**
 * What the dashboard's HTML holds before its data arrives: the header, the server-drawn map of every site in
 * the map's place and a status line where the lists and timeline go, laid out in the dashboard's own grid so
 * nothing jumps when they come. Without JavaScript it says where to read instead.
 */
export function DashboardLoading({ map, embed = false }: { map: ReactNode; embed?: boolean }) {
  const view = (
    <>
      {!embed && (
        <SiteHeader>
          <ViewsNav current="/" />
        </SiteHeader>
      )}
      <main id="main" className="dashboard is-loading" aria-busy="true">
        <section className="map-panel" aria-label="Map of sites">
          <div className="site-map map-fallback" data-map-state="placeholder">
            {map}
          </div>
        </section>
        <div className="side-panel dashboard-status">
          <p role="status">Loading the events and sites…</p>
          <noscript>
            <p>
              The dashboard needs JavaScript. Without it, read the <a href={href.story()}>story</a>, the <a href={href.sources()}>sources</a> and the{" "}
              <a href={href.figures()}>figures</a>: every event, site and source has its own page.
            </p>
          </noscript>
        </div>
        <section className="timeline timeline-placeholder" aria-label="Timeline" />
      </main>
    </>
  );
  return embed ? <EmbedFrame kind="dashboard">{view}</EmbedFrame> : view;
}
