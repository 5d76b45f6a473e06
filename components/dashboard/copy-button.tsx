"use client";

import { useState } from "react";

/** Props of a copy button. */
export interface CopyButtonProps {
  label: string;
  /** Extra classes, e.g. `wide-only` for a button a phone's header has no room for. */
  className?: string;
  /** What the button says for two seconds after copying. */
  doneLabel: string;
  /** The text to copy, read when pressed so it is what is on screen then. */
  text: () => string;
  /** What was copied, for the announcement: "Link to this view", "Embed code for this view". */
  what: string;
  /** Announces the result through the page's polite live region. */
  onCopied: (message: string) => void;
}

/** Copies text the reader needs (a link, an embed code) and says so, or shows the text where the browser blocks copying. */
export function CopyButton({ label, doneLabel, text, what, onCopied, className }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      onCopied(`${what} copied to the clipboard.`);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      onCopied(`Copying was blocked by the browser. ${what} is: ${value}`);
    }
  };
  return (
    <button type="button" className={className ? `copy-link ${className}` : "copy-link"} onClick={copy}>
      {copied ? doneLabel : label}
    </button>
  );
}
