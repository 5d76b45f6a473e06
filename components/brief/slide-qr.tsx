"use client";

import QRCode from "qrcode";
import { useMemo, useSyncExternalStore } from "react";
import { absoluteUrl, SITE_URL } from "@/lib/links";

/** Modules of white around the code, as the QR specification asks so a reader finds its edges. */
const QUIET = 4;
const noSubscription = () => () => undefined;

/**
 * A QR code that opens `path` (from `href` or `liveViewHref`) on the site the reader has open, so a printed
 * handout leads back to the live view from the laptop or the export it was printed from. The server, which
 * knows no such origin, draws it for the published site.
 */
export function SlideQr({ path }: { path: string }) {
  const origin = useSyncExternalStore(
    noSubscription,
    () => globalThis.location.origin,
    () => SITE_URL,
  );
  const url = absoluteUrl(path, origin);
  const { size, d } = useMemo(() => {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
    let path = "";
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) path += `M${col + QUIET},${row + QUIET}h1v1h-1z`;
    return { size: modules.size + 2 * QUIET, d: path };
  }, [url]);
  return (
    <figure className="slide-qr">
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={`QR code that opens this slide's live view: ${url}`} shapeRendering="crispEdges">
        <rect width={size} height={size} fill="#ffffff" />
        <path d={d} fill="#000000" />
      </svg>
      <figcaption>
        Live view: <a href={url}>{url}</a>
      </figcaption>
    </figure>
  );
}
