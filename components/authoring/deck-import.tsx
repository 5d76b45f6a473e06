"use client";

import { useId, useState } from "react";
import { saveDecks } from "@/lib/deck-store";
import { importDecks, type LocalDeck } from "@/lib/local-deck";
import { formatProblem, type Problem } from "@/lib/problems";
import { useRawDataset } from "../shared/data-provider";

/**
 * Imports a `briefings.json` deck file with the checks `npm run data:check` makes, every problem named by
 * line, column and JSON pointer. A file with any problem saves nothing; a good one adds its decks under ids
 * no saved deck uses, so no saved deck is ever replaced.
 */
export function DeckImport({ taken, onImported }: { taken: readonly string[]; onImported: (decks: LocalDeck[]) => void }) {
  const raw = useRawDataset();
  const id = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState("");
  const read = async (file: File) => {
    const result = importDecks(await file.text(), file.name, raw, taken);
    if (!result.ok) {
      setProblems(result.problems);
      setStatus(
        `${file.name} was not imported: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}. Your saved decks have not changed.`,
      );
      return;
    }
    try {
      await saveDecks(result.decks);
    } catch (e) {
      setStatus(`${file.name} was read but this browser would not keep it: ${e instanceof Error ? e.message : String(e)}.`);
      return;
    }
    setProblems([]);
    setStatus(`Imported ${result.decks.map((d) => `“${d.title}” (${d.slides.length} slides)`).join(", ")} from ${file.name}.`);
    onImported(result.decks);
  };
  return (
    <div className="deck-import">
      <label htmlFor={id}>Import a deck file (JSON exported from Tyl, or a briefings.json)</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void read(file);
        }}
      />
      <p role="status" aria-live="polite">
        {status}
      </p>
      {problems.length > 0 && (
        <ul className="import-problems" aria-label="Problems in the deck file">
          {problems.map((p, i) => (
            <li key={i}>
              <code>{formatProblem(p)}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
