/** @type {import('next').NextConfig} */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The app serves its own basemap and fonts and must work with no network: nothing here may point off-origin.
  images: { unoptimized: true },
};

export default config;
