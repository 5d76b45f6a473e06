import type { ReactNode } from "react";

/** The page header: what Tyl is in one line, then the page's own tools. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="site-header">
      <h1>
        <span className="wordmark">Tyl</span>
        <span className="tagline">Belarus as Russia&rsquo;s rear base, 2020 to Zapad 2025</span>
      </h1>
      {children && <div className="header-tools">{children}</div>}
    </header>
  );
}
