"use client";

import { useState } from "react";
import { briefingsFileText, type LocalDeck } from "@/lib/local-deck";
import { pointer } from "@/lib/problems";

/**
 * Downloads the deck as a `briefings.json` file that `npm run data:check` accepts, so it can be committed to
 * data/ and shipped; a deck that the briefings schema would refuse is not written, and what to fix is said.
 */
export function DeckExport({ deck, onAnnounce }: { deck: LocalDeck; onAnnounce: (message: string) => void }) {
  const [error, setError] = useState("");
  const download = () => {
    let text: string;
    try {
      text = briefingsFileText([deck]);
    } catch (e) {
      const issues = e instanceof Error && "issues" in e ? (e.issues as { path: PropertyKey[]; message: string }[]) : [];
      const message = issues.length
        ? issues.map((i) => `${pointer(["briefings", 0, ...i.path])}: ${i.message}`).join("; ")
        : String(e instanceof Error ? e.message : e);
      setError(`Not exported; fix this first: ${message}`);
      return;
    }
    setError("");
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${deck.id}.briefings.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    onAnnounce(`Exported “${deck.title}” as ${link.download}.`);
  };
  return (
    <div className="deck-export">
      <button type="button" onClick={download} disabled={deck.slides.length === 0}>
        Export deck as JSON
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
