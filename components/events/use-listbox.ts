"use client";

import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";

/**
 * Keyboard behaviour of a single-select listbox that keeps DOM focus on the list and moves a visual cursor
 * (`aria-activedescendant`): Up and Down move, Home and End jump, Enter or Space selects.
 */
export function useListbox(
  ids: readonly string[],
  selectedId: string | null,
  idPrefix: string,
  onSelect: (id: string) => void,
  onActive?: (id: string | null) => void,
  /** Brings a row into view when it may not be rendered (a virtual list); returns false to fall back to the DOM. */
  scrollToIndex?: (index: number) => boolean | void,
) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const current = activeId && ids.includes(activeId) ? activeId : null;

  useEffect(() => {
    if (!current) return;
    if (scrollToIndex && scrollToIndex(ids.indexOf(current)) !== false) return;
    listRef.current?.querySelector(`#${CSS.escape(`${idPrefix}${current}`)}`)?.scrollIntoView({ block: "nearest" });
  }, [current, idPrefix, ids, scrollToIndex]);

  const move = (id: string | undefined) => {
    if (!id) return;
    setActiveId(id);
    onActive?.(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const start = current ?? selectedId;
    const index = start ? ids.indexOf(start) : -1;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(ids[Math.min(ids.length - 1, index + 1)]),
      ArrowUp: () => move(ids[Math.max(0, index < 0 ? 0 : index - 1)]),
      Home: () => move(ids[0]),
      End: () => move(ids[ids.length - 1]),
      PageDown: () => move(ids[Math.min(ids.length - 1, index + 10)]),
      PageUp: () => move(ids[Math.max(0, index - 10)]),
      Enter: () => current && onSelect(current),
      " ": () => current && onSelect(current),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  // Arriving by keyboard puts the cursor on the selection (or the first row); arriving by a click must not,
  // or the list would scroll away from the row being clicked.
  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    if (!current && event.currentTarget.matches(":focus-visible")) move(selectedId ?? ids[0]);
  };

  return {
    listRef,
    activeId: current,
    listProps: {
      ref: listRef,
      role: "listbox" as const,
      tabIndex: 0,
      "aria-activedescendant": current ? `${idPrefix}${current}` : undefined,
      onKeyDown,
      onFocus,
      onBlur: () => onActive?.(null),
    },
  };
}
