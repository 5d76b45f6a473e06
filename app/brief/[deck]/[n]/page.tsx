import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SlideShow } from "@/components/brief/slide-show";
import { DataProvider } from "@/components/shared/data-provider";
import { href } from "@/lib/links";
import { pageMetadata } from "@/lib/metadata";
import { getRawDataset, slideOfRoute, slideParams, type SlideParams } from "@/lib/server/data";

export const generateStaticParams = slideParams;

export async function generateMetadata({ params }: { params: Promise<SlideParams> }): Promise<Metadata> {
  const found = await slideOfRoute(params);
  return found
    ? pageMetadata({ title: `${found.deck.title}, slide ${found.index + 1}`, path: href.slide(found.deck.id, found.index) })
    : { title: "Briefing — Tyl" };
}

export default async function SlidePage({ params }: { params: Promise<SlideParams> }) {
  const found = await slideOfRoute(params);
  if (!found) notFound();
  return (
    <main id="main" className="brief">
      <DataProvider raw={getRawDataset()}>
        <SlideShow deck={found.deck} initialIndex={found.index} />
      </DataProvider>
    </main>
  );
}
