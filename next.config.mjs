/**
 * `npm run export` sets TYL_EXPORT to build a static copy in out/ that any plain file server can serve
 * offline (a briefing laptop with no Node), with trailing slashes so a plain server maps /brief/story/2 to a
 * folder's index.html. Next still rewrites .next while exporting, so `npm test` exports before it builds.
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
