import { getDatasetVersion, getRawDataset } from "@/lib/server/data";
import { href } from "@/lib/links";

// Written once at build time (and into the static export) as a plain file named by the data's content hash.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return [{ file: href.datasetAsset(getDatasetVersion()).split("/").pop()! }];
}

export function GET(): Response {
  return new Response(JSON.stringify(getRawDataset()), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
