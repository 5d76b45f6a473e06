/** The page header: what Tyl is, in one line. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <h1>
        <span className="wordmark">Tyl</span>
        <span className="tagline">Belarus as Russia&rsquo;s rear base, 2020 to Zapad 2025</span>
      </h1>
    </header>
  );
}
