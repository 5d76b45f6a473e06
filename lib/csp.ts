/**
 * The Content-Security-Policy every page carries, as a `<meta>` tag because the static export has no headers.
 * Nothing outside the page's own origin is allowed, except the origin of a basemap style the deployer chose
 * at build time (`NEXT_PUBLIC_BASEMAP_STYLE`). Inline scripts and styles are allowed because Next writes its
 * page data as inline scripts and React writes style attributes; no nonce is possible in static HTML.
 */
export function contentSecurityPolicy({ basemapStyle, development }: { basemapStyle?: string; development: boolean }): string {
  const extra = basemapStyle ? originOf(basemapStyle) : null;
  const remote = extra ? ` ${extra}` : "";
  const directives: [string, string][] = [
    ["default-src", "'self'"],
    // React's development build evaluates code for its error overlays; production never does.
    ["script-src", `'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`],
    ["style-src", "'self' 'unsafe-inline'"],
    ["img-src", `'self' data: blob:${remote}`],
    ["font-src", "'self' data:"],
    ["connect-src", `'self'${remote}${development ? " ws:" : ""}`],
    ["worker-src", "'self' blob:"],
    ["child-src", "'self' blob:"],
    ["frame-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join("; ");
}

/** The origin of an absolute http(s) URL, or null for anything else (a relative URL needs no exception). */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}
