"use client";

import { useOpenData } from "./open-data-provider";
import { OpenDataDialog } from "./open-data-dialog";
import { VersionNotice } from "./version-notice";

/**
 * Says which dataset is on screen, by name and version, with the ways to open another and to return, and
 * whether the link opened (`linkVersion`, its `v=`) was made with other data.
 */
export function DatasetBanner({ linkVersion = null }: { linkVersion?: string | null }) {
  const data = useOpenData();
  if (!data) return null;
  const { onScreen } = data;
  return (
    <div className={onScreen.own ? "dataset-banner own" : "dataset-banner"} role="region" aria-label="Dataset on screen">
      <p>
        <span className="dataset-banner-label">{onScreen.own ? "Your data:" : "Dataset:"}</span> <strong>{onScreen.name}</strong>{" "}
        <span className="dataset-banner-version">version {onScreen.version ?? "…"}</span>
      </p>
      <OpenDataDialog />
      {onScreen.own ? (
        <button type="button" onClick={data.returnToShipped}>
          Return to the shipped dataset
        </button>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {data.status}
      </p>
      <VersionNotice linkVersion={linkVersion} />
    </div>
  );
}
