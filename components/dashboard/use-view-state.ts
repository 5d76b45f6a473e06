"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_STATE, formatViewState, parseViewState, type KnownIds, type ViewState } from "@/lib/links";

/** How a change is recorded: a selection is a history entry (Back undoes it); a pan or a keystroke is not. */
export type HistoryMode = "push" | "replace";

/** What useViewState gives: the state, how to change it, whether it has been read from the URL, and the link's dataset version. */
export interface ViewStateHandle {
  state: ViewState;
  update: (patch: Partial<ViewState>, mode?: HistoryMode) => void;
  arrived: boolean;
  /** The `v=` of the URL as it was opened (or returned to with Back): the data the link was made with. */
  linkVersion: string | null;
}

/**
 * The dashboard's state, kept in the query string. The server renders the defaults; on mount the state is
 * read from the URL (`arrived` turns true), and Back and Forward restore it. The hash (MapLibre's `#map=`) is
 * carried through. Every URL written carries `version`, the dataset on screen, as `v=`.
 */
export function useViewState(known: KnownIds, version: string | null): ViewStateHandle {
  const [state, setState] = useState<ViewState>(DEFAULT_STATE);
  const [arrived, setArrived] = useState(false);
  const [linkVersion, setLinkVersion] = useState<string | null>(null);
  const current = useRef(state);
  const onScreen = useRef(version);
  useEffect(() => {
    onScreen.current = version;
  }, [version]);

  useEffect(() => {
    const read = () => {
      current.current = parseViewState(window.location.search, known);
      setState(current.current);
      setLinkVersion(current.current.v);
      setArrived(true);
    };
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [known]);

  const update = useCallback((patch: Partial<ViewState>, mode: HistoryMode = "replace") => {
    // The view now shown is of the data on screen, whatever data the link it started from was made with.
    const next = { ...current.current, ...patch, v: onScreen.current ?? current.current.v };
    current.current = next;
    setState(next);
    const { pathname, search, hash } = window.location;
    const query = formatViewState(next);
    if (query === search || (query === "" && search === "")) return;
    const url = `${pathname}${query}${hash}`;
    if (mode === "push") window.history.pushState(window.history.state, "", url);
    else window.history.replaceState(window.history.state, "", url);
  }, []);

  return { state, update, arrived, linkVersion };
}
