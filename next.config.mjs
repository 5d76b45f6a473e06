/**
 * `npm run export` sets TYL_EXPORT to build a static copy in out/ that any plain file server can serve
 * offline (a briefing laptop with no Node). It builds into its own folder so the served build is untouched.
 */
const exporting = Boolean(process.env.TYL_EXPORT);

/** @type {import('next').NextConfig} */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  ...(exporting ? { output: "export", distDir: "out", trailingSlash: true } : {}),
};

export default config;
