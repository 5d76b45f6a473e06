import { SiteHeader } from "@/components/layout/site-header";
import { WaysBack } from "@/components/shared/ways-back";

/** An unknown address (a deck or slide that no longer exists, a mistyped link) gets the ways back, not a blank page. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="route-error">
        <h1>Nothing is at this address</h1>
        <p>The link may point to a deck, slide or page that is no longer in the dataset.</p>
        <WaysBack deckList />
      </main>
    </>
  );
}
