"use client";

import { useId } from "react";
import type { LocalDeck, TitleCard } from "@/lib/local-deck";

const FIELDS: { key: keyof TitleCard; label: string; hint?: string }[] = [
  { key: "title", label: "Title on the card" },
  { key: "author", label: "Author" },
  { key: "date", label: "Date", hint: "as you want it printed, e.g. 2 December 2026" },
  { key: "handling", label: "Classification or handling line", hint: "e.g. Official, for internal use" },
];

/** The deck's optional first and last cards: a title card, and a closing card listing the sources. */
export function TitleCardFields({ deck, onChange }: { deck: LocalDeck; onChange: (next: LocalDeck) => void }) {
  const id = useId();
  const card = deck.titleCard;
  return (
    <fieldset className="deck-cards">
      <legend>Opening and closing cards</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={card !== undefined}
          onChange={(e) => {
            const next: LocalDeck = { ...deck, titleCard: { title: deck.title, author: "", date: "", handling: "" } };
            if (!e.target.checked) delete next.titleCard;
            onChange(next);
          }}
        />
        Begin with a title card
      </label>
      {card && (
        <div className="title-card-fields">
          {FIELDS.map((f) => (
            <label key={f.key} htmlFor={`${id}-${f.key}`}>
              {f.label}
              {f.hint && <span className="field-hint"> ({f.hint})</span>}
              <input id={`${id}-${f.key}`} value={card[f.key]} onChange={(e) => onChange({ ...deck, titleCard: { ...card, [f.key]: e.target.value } })} />
            </label>
          ))}
        </div>
      )}
      <label className="check">
        <input type="checkbox" checked={deck.closingCard} onChange={(e) => onChange({ ...deck, closingCard: e.target.checked })} />
        End the handout with a card listing every source
      </label>
    </fieldset>
  );
}
