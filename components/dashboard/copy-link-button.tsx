"use client";

import { useState } from "react";

/** Copies the current URL (state and map view) so a briefing can cite exactly what it shows. */
export function CopyLinkButton({ onCopied }: { onCopied: (message: string) => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      onCopied("Link to this view copied to the clipboard.");
      setTimeout(() => setCopied(false), 2000);
    } catch {
      onCopied(`Copying was blocked by the browser. The link is: ${window.location.href}`);
    }
  };
  return (
    <button type="button" className="copy-link" onClick={copy}>
      {copied ? "Link copied" : "Copy link"}
    </button>
  );
}
