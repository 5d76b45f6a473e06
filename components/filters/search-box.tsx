"use client";

import { useEffect, useState } from "react";

/** Props of the search box. */
export interface SearchBoxProps {
  value: string;
  onSearch: (q: string) => void;
}

/**
 * Search over event titles and summaries and site names and aliases, spelling-tolerant (Baranavichy finds
 * Baranovichi). Typing updates results after a short pause; the query is kept in the URL as `q`.
 */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [outside, setOutside] = useState(value);
  if (value !== outside) {
    // The URL changed under us (Back, a cleared search): show what it now says.
    setOutside(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onSearch(text), 200);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text);
      }}
    >
      <label htmlFor="search">Search events and sites</label>
      <input id="search" type="search" value={text} placeholder="e.g. Baranavichy, Peleng, Iran" autoComplete="off" onChange={(e) => setText(e.target.value)} />
    </form>
  );
}
