"use client";

/** Props of the Network toggle. */
export interface NetworkToggleProps {
  on: boolean;
  /** How many flows the window holds, so the button says what it would show. */
  count: number;
  onToggle: () => void;
}

/** Shows or hides the supply network (flows) on the map: a real button, so Enter and Space work. */
export function NetworkToggle({ on, count, onToggle }: NetworkToggleProps) {
  return (
    <button type="button" className="network-toggle" aria-pressed={on} onClick={onToggle}>
      Network <span className="count">{count}</span>
      <span className="visually-hidden"> flows in the time window{on ? ", shown on the map" : ", hidden"}</span>
    </button>
  );
}
