"use client";

import { RouteError, type RouteErrorProps } from "@/components/shared/route-error";

/** The last resort, for a fault in the root layout itself: it must draw its own document. */
export default function GlobalError(props: RouteErrorProps) {
  return (
    <html lang="en">
      <body>
        <RouteError {...props} />
      </body>
    </html>
  );
}
