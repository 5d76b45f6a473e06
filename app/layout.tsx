import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: "Tyl — Belarus as Russia's rear base, 2020 to Zapad 2025",
  description:
    "An offline briefing dashboard: the plants, airfields and training grounds through which Belarus supports Russia's war against Ukraine, with a sourced timeline of events.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f2933" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
