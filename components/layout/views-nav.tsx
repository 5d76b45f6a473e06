import Link from "next/link";
import { href } from "@/lib/links";

const VIEWS = [
  { href: href.dashboard(), label: "Dashboard" },
  { href: href.story(), label: "Story" },
  { href: href.briefings(), label: "Briefings" },
  { href: href.sources(), label: "Sources" },
  { href: href.figures(), label: "Figures" },
] as const;

/** Links between Tyl's views, leaving out the one the reader is on (an item page is none of them). */
export function ViewsNav({ current }: { current?: (typeof VIEWS)[number]["href"] }) {
  return (
    <nav className="header-nav" aria-label="Views">
      {VIEWS.filter((v) => v.href !== current).map((v) => (
        <Link key={v.href} href={v.href}>
          {v.label}
        </Link>
      ))}
    </nav>
  );
}
