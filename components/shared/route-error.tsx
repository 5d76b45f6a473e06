"use client";

import { useEffect } from "react";
import { WaysBack } from "./ways-back";

/** Props Next.js gives a route's error boundary. */
export interface RouteErrorProps {
  error: Error & { digest?: string };
  retry: () => void;
}

/**
 * What a reader sees if a page fails while drawing: what happened, a way to try again, and ways back to the
 * other views, never a blank page. The error goes to the console for whoever investigates.
 */
export function RouteError({ error, retry }: RouteErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="route-error" role="alert">
      <h1>This view could not be drawn</h1>
      <p>Something went wrong while drawing this page{error.message ? `: ${error.message}` : ""}. Nothing you saved or linked to has changed.</p>
      <p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </p>
      <WaysBack />
    </main>
  );
}
