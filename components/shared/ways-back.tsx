import Link from "next/link";
import { href } from "@/lib/links";

/** Links to the main views, for pages that have nothing else to offer (an error, an unknown address). */
export function WaysBack({ deckList = false }: { deckList?: boolean }) {
  return (
    <ul>
      <li>
        <Link href={href.dashboard()}>Open the dashboard</Link>
      </li>
      <li>{deckList ? <Link href={href.briefings()}>See the briefing decks</Link> : <Link href={href.story()}>Read the story</Link>}</li>
      <li>
        <Link href={href.sources()}>See the sources</Link>
      </li>
    </ul>
  );
}
