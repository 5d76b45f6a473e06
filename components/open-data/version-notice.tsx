"use client";

import { useState } from "react";
import { useOpenData } from "./open-data-provider";

/**
 * Says that the link the dashboard was opened with was made with other data than is on screen (its `v=`
 * differs from the version shown), with both versions; the view still opens, as far as the data allows.
 */
export function VersionNotice({ linkVersion }: { linkVersion: string | null }) {
  const data = useOpenData();
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!data || !data.restored || linkVersion === null || data.onScreen.version === null) return null;
  if (linkVersion === data.onScreen.version || dismissed === linkVersion) return null;
  return (
    <div className="version-notice" role="status">
      <p>
        This link was made with dataset version <strong>{linkVersion}</strong>; the data on screen is version <strong>{data.onScreen.version}</strong>. The view
        opens as far as this data allows: events, sites and counts may differ.
      </p>
      <button type="button" onClick={() => setDismissed(linkVersion)}>
        Dismiss
      </button>
    </div>
  );
}
