import type { Dataset } from "@/lib/dataset";
import type { StaticMap } from "@/lib/static-map";
import { href } from "@/lib/links";
import { EmbedFrame } from "../embed/embed-frame";
import { EmbedHeader } from "../embed/embed-header";
import { SiteHeader } from "../layout/site-header";
import { ViewsNav } from "../layout/views-nav";
import { ChapterSection } from "./chapter-section";
import { StoryViews } from "./story-views";

/** Props of the story page. */
export interface StoryPageProps {
  dataset: Dataset;
  maps: Record<string, StaticMap>;
  /** Embedded (`/embed/story`): no site navigation, and the story scrolls inside a box of its own height. */
  embed?: boolean;
}

/**
 * The narrative: the chapters as an article, with the live map and timeline following the reader. Without
 * JavaScript, or printed, it is the article alone, each chapter with its own static map.
 */
export function StoryPage({ dataset, maps, embed = false }: StoryPageProps) {
  const page = (
    <>
      {embed ? (
        <EmbedHeader fullHref={href.story()} />
      ) : (
        <SiteHeader>
          <ViewsNav current="/story" />
        </SiteHeader>
      )}
      {/* Without JavaScript the article stands alone: each chapter shows its static map instead of the live views. */}
      <noscript
        dangerouslySetInnerHTML={{
          __html:
            "<style>.story{display:block}.story-views-wrap{display:none!important}.chapter-static-map{display:block}.chapter{min-height:0}.story-article{margin:0!important;pointer-events:auto!important;max-width:46rem}.story-intro,.chapter{margin:0 0 1rem!important}</style>",
        }}
      />
      <main id="main" className="story">
        <article className="story-article" aria-labelledby="story-title">
          <header className="story-intro">
            <h1 id="story-title">How Belarus became Russia&rsquo;s rear base</h1>
            <p>
              {dataset.chapters.length} chapters from the disputed 2020 election to the Zapad 2025 exercise. As you scroll, the map and the timeline beside the
              text move to each chapter and light up what it describes.
            </p>
          </header>
          {dataset.chapters.map((chapter, i) => (
            <ChapterSection key={chapter.id} chapter={chapter} index={i} dataset={dataset} map={maps[chapter.id]!} />
          ))}
        </article>
        <div className="story-views-wrap">
          <StoryViews />
        </div>
      </main>
    </>
  );
  return embed ? <EmbedFrame kind="story">{page}</EmbedFrame> : page;
}
