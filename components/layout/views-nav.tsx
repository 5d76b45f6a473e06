import Link from "next/link";

const VIEWS = [
  { href: "/", label: "Dashboard" },
  { href: "/story", label: "Story" },
  { href: "/brief", label: "Briefings" },
  { href: "/sources", label: "Sources" },
] as const;

/** Links between Tyl's views, leaving out the one the reader is on. */
export function ViewsNav({ current }: { current: (typeof VIEWS)[number]["href"] }) {
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
