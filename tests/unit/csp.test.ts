import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, originOf } from "../../lib/csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows nothing beyond the page's own origin in production", () => {
    const policy = contentSecurityPolicy({ development: false });
    expect(directive(policy, "default-src")).toBe("default-src 'self'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(policy).not.toMatch(/https?:|unsafe-eval|ws:/);
  });

  it("lets the map reach the origin of a basemap style chosen at build time, and only that", () => {
    const policy = contentSecurityPolicy({ development: false, basemapStyle: "https://tiles.example.org/styles/dark.json?key=1" });
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' https://tiles.example.org");
    expect(directive(policy, "img-src")).toContain("https://tiles.example.org");
    expect(directive(policy, "script-src")).not.toContain("example");
  });

  it("adds no exception for a relative or non-web style URL", () => {
    expect(contentSecurityPolicy({ development: false, basemapStyle: "/my-style.json" })).toBe(contentSecurityPolicy({ development: false }));
    expect(originOf("javascript:alert(1)")).toBeNull();
  });
});
