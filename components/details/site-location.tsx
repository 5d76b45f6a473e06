import type { Dataset } from "@/lib/dataset";
import { LOCATION_BASIS_TEXT } from "@/lib/format";
import type { Site } from "@/lib/schema";

/** Where a site is, how exactly, how that point was found and from which reference. */
export function SiteLocation({ site, dataset }: { site: Site; dataset: Pick<Dataset, "sourceById"> }) {
  const [lon, lat] = site.coordinates;
  const locationSource = dataset.sourceById.get(site.locationSourceId);
  return (
    <p className="details-meta">
      {lat.toFixed(4)}° N, {lon.toFixed(4)}° E, within about {site.precisionKm} km: {LOCATION_BASIS_TEXT[site.locationBasis]}
      {locationSource && (
        <>
          {" "}
          (from{" "}
          {locationSource.url ? (
            <a href={locationSource.url} rel="noreferrer" target="_blank">
              {locationSource.title}
            </a>
          ) : (
            locationSource.title
          )}
          )
        </>
      )}
      .
    </p>
  );
}
