"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_STATE, formatViewState, parseViewState, type KnownIds, type ViewState } from "@/lib/links";

/** How a change is recorded: a selection is a history entry (Back undoes it); a pan or a keystroke is not. */
export type HistoryMode = "push" | "replace";

/**
 * The dashboard's state, kept in the query string. The server renders the defaults; on mount the state is
 * read from the URL (`arrived` turns true), and Back and Forward restore it. The hash (MapLibre's `#map=`) is
 * carried through.
 */
export function useViewState(known: KnownIds): [ViewState, (patch: Partial<ViewState>, mode?: HistoryMode) => void, boolean] {
  const [state, setState] = useState<ViewState>(DEFAULT_STATE);
  const [arrived, setArrived] = useState(false);
  const current = useRef(state);

  useEffect(() => {
    const read = () => {
      current.current = parseViewState(window.location.search, known);
      setState(current.current);
      setArrived(true);
    };
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [known]);

  const update = useCallback((patch: Partial<ViewState>, mode: HistoryMode = "replace") => {
    const next = { ...current.current, ...patch };
    current.current = next;
    setState(next);
    const { pathname, search, hash } = window.location;
    const query = formatViewState(next);
    if (query === search || (query === "" && search === "")) return;
    const url = `${pathname}${query}${hash}`;
    if (mode === "push") window.history.pushState(window.history.state, "", url);
    else window.history.replaceState(window.history.state, "", url);
  }, []);

  return [state, update, arrived];
}
