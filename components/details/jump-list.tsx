/** One row of a jump list: what it names, and when. */
export interface JumpItem {
  id: string;
  when: string;
  label: string;
}

/**
 * A list of related items in the details panel (a site's events, a flow's events, a site's flows), each a
 * button that selects it on every view.
 */
export function JumpList({ items, onSelect }: { items: readonly JumpItem[]; onSelect: (id: string) => void }) {
  return (
    <ol className="site-events">
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="link-button" onClick={() => onSelect(item.id)}>
            <span className="event-date">{item.when}</span> {item.label}
          </button>
        </li>
      ))}
    </ol>
  );
}
