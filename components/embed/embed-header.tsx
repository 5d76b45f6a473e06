import type { ReactNode } from "react";

/** An embed's header: no site navigation, only Tyl's name linking to the full view in a new tab, and the view's own tools. */
export function EmbedHeader({ fullHref, children }: { fullHref: string; children?: ReactNode }) {
  return (
    <header className="site-header embed-header">
      <p className="embed-title">
        <a href={fullHref} target="_blank" rel="noopener">
          <span className="wordmark">Tyl</span>
          <span className="visually-hidden"> (opens the full view in a new tab)</span>
        </a>
      </p>
      {children && <div className="header-tools">{children}</div>}
    </header>
  );
}
