import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SlideShow } from "@/components/brief/slide-show";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { DataProvider } from "@/components/shared/data-provider";
import { href } from "@/lib/links";
import { pageMetadata } from "@/lib/metadata";
import { getRawDataset, slideOfRoute, slideParams, type SlideParams } from "@/lib/server/data";

export const generateStaticParams = slideParams;

export async function generateMetadata({ params }: { params: Promise<SlideParams> }): Promise<Metadata> {
  const found = await slideOfRoute(params);
  if (!found) return { title: "Briefing — Tyl" };
  return {
    ...pageMetadata({ title: `${found.deck.title}, slide ${found.index + 1} (embed)`, path: href.slide(found.deck.id, found.index) }),
    robots: { index: false },
  };
}

export default async function EmbedSlide({ params }: { params: Promise<SlideParams> }) {
  const found = await slideOfRoute(params);
  if (!found) notFound();
  return (
    <EmbedFrame kind="slide">
      <main id="main" className="brief">
        <DataProvider raw={getRawDataset()}>
          <SlideShow deck={found.deck} initialIndex={found.index} embed />
        </DataProvider>
      </main>
    </EmbedFrame>
  );
}
