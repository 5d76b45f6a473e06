import "@fontsource-variable/inter";
import { pageMetadata } from "@/lib/metadata";
import { href, SITE_URL } from "@/lib/links";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { contentSecurityPolicy } from "@/lib/csp";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  ...pageMetadata({ title: "Belarus as Russia's rear base, 2020 to Zapad 2025", path: href.dashboard() }),
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f2933" };

const CSP = contentSecurityPolicy({ basemapStyle: process.env.NEXT_PUBLIC_BASEMAP_STYLE, development: process.env.NODE_ENV === "development" });

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta httpEquiv="Content-Security-Policy" content={CSP} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
