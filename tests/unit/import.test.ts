import { describe, expect, it } from "vitest";
import { actorsOf, categoryOf, codebookDate, titleOf } from "@/lib/import/acled";
import { parseDateCell, parseNumber, slugify, splitList } from "@/lib/import/cells";
import { importFiles } from "@/lib/import";
import { acledSyntheticCsv } from "@/lib/import/acled-synthetic";
import { decodeText, readTable, sniffDelimiter } from "@/lib/import/table";
import { parseCitation } from "@/lib/import/template";

describe("parseDateCell", () => {
  it("keeps ISO dates at the precision they are written to", () => {
    expect(parseDateCell("2022-03-05")).toEqual({ ok: true, value: { date: "2022-03-05", granularity: "day" } });
    expect(parseDateCell("2022-03")).toEqual({ ok: true, value: { date: "2022-03", granularity: "month" } });
    expect(parseDateCell("2022")).toEqual({ ok: true, value: { date: "2022", granularity: "year" } });
  });

  it("reads written English dates as UTC calendar dates", () => {
    expect(parseDateCell("5 March 2022")).toEqual({ ok: true, value: { date: "2022-03-05", granularity: "day" } });
    expect(parseDateCell("March 5, 2022")).toEqual({ ok: true, value: { date: "2022-03-05", granularity: "day" } });
    expect(parseDateCell("March 2022")).toEqual({ ok: true, value: { date: "2022-03", granularity: "month" } });
  });

  it("refuses a numeric date that reads two ways, offering both", () => {
    expect(parseDateCell("05/03/2022")).toEqual({
      ok: false,
      message: '"05/03/2022" is ambiguous (day/month or month/day); write 2022-03-05 or 5 March 2022 (or 2022-05-03 if you meant 3 May)',
    });
  });

  it("refuses a numeric date even when only one reading is real, spelling that one out", () => {
    expect(parseDateCell("25/03/2022")).toMatchObject({ ok: false, message: expect.stringContaining("write 2022-03-25 or 25 March 2022") });
  });

  it("refuses dates that are not on the calendar", () => {
    expect(parseDateCell("2023-02-30")).toEqual({ ok: false, message: '"2023-02-30" is not a real calendar date' });
    expect(parseDateCell("31 February 2023").ok).toBe(false);
  });
});

describe("cells", () => {
  it("splitList trims `;`-joined items and drops empty ones", () => {
    expect(splitList(" russia ; belarus;;")).toEqual(["russia", "belarus"]);
  });

  it("parseNumber reads decimal points and says how to fix a decimal comma", () => {
    expect(parseNumber("-12.5", "1")).toEqual({ ok: true, value: -12.5 });
    expect(parseNumber("53,9", "53.9")).toMatchObject({ ok: false, message: expect.stringContaining("write the decimal with a point: 53.9") });
    expect(parseNumber("", "53.9").ok).toBe(false);
  });

  it("slugify makes kebab-case ids and is empty for names with no Latin letters", () => {
    expect(slugify("Zhytomyr Raion (North)")).toBe("zhytomyr-raion-north");
    expect(slugify("Brésт")).toBe("bres");
    expect(slugify("Минск")).toBe("");
  });

  it("parseCitation splits a source id from its section at the first colon", () => {
    expect(parseCitation("rusi-2023: Belarus's role: rail")).toEqual({ sourceId: "rusi-2023", section: "Belarus's role: rail" });
    expect(parseCitation("rusi-2023")).toEqual({ sourceId: "rusi-2023" });
  });
});

describe("reading a table", () => {
  it("sniffs the delimiter from the header, ignoring quoted text", () => {
    expect(sniffDelimiter('"a,b,c";d;e\n1;2;3')).toBe(";");
    expect(sniffDelimiter("a\tb\tc")).toBe("\t");
    expect(sniffDelimiter("a,b")).toBe(",");
  });

  it("numbers rows as a spreadsheet does, counting the header as row 1 and skipping blank rows", () => {
    const read = readTable("x.csv", '\uFEFFId,Name\n\na,"b\nc"\nd,e\n');
    expect(read.ok && read.table.rows.map((r) => [r.row, r.cells.get("id"), r.cells.get("name")])).toEqual([
      [3, "a", "b\nc"],
      [4, "d", "e"],
    ]);
  });

  it("reports a row with more cells than the header instead of dropping the extra ones", () => {
    const read = readTable("x.csv", "a,b\n1,2,3\n4,5\n");
    expect(read.ok && read.problems).toEqual([
      { file: "x.csv", row: 2, message: "has 3 cells but the header names 2 columns; quote any cell that contains the delimiter" },
    ]);
  });

  it("decodeText refuses bytes that are not UTF-8", () => {
    expect(decodeText("x.csv", new Uint8Array([0x61, 0xe9, 0x62])).ok).toBe(false);
    expect(decodeText("x.csv", new TextEncoder().encode("Брэст"))).toEqual({ ok: true, text: "Брэст" });
  });
});

describe("ACLED mapping", () => {
  it("maps actor names to Tyl actors, the opposition before the country it names", () => {
    expect(actorsOf(["Protesters (Belarus)", "Police Forces of Belarus (1994-)"], "Belarus")).toEqual(["belarusian-opposition", "belarus"]);
    expect(actorsOf(["Wagner Group", "Military Forces of Russia (2000-)"], "Belarus")).toEqual(["wagner", "russia"]);
  });

  it("falls back to the event's country when no actor name matches", () => {
    expect(actorsOf(["Unidentified Armed Group"], "Ukraine")).toEqual(["ukraine"]);
    expect(actorsOf(["Unidentified Armed Group"], "Atlantis")).toEqual([]);
  });

  it("maps event types to categories, reading strategic developments by sub-event type", () => {
    expect(categoryOf("Battles", "Armed clash")).toBe("military");
    expect(categoryOf("Protests", "Peaceful protest")).toBe("politics");
    expect(categoryOf("Strategic developments", "Agreement")).toBe("diplomacy");
    expect(categoryOf("Strategic developments", "Arrests")).toBe("politics");
    expect(categoryOf("Strategic developments", "Other")).toBe("military");
    expect(categoryOf("Parade", "")).toBeUndefined();
  });

  it("reads the codebook's dd-mm-yyyy event dates day first, and leaves other forms to the date parser", () => {
    expect(codebookDate("05-03-2022")).toBe("2022-03-05");
    expect(codebookDate("05/03/2022")).toBe("05/03/2022");
    expect(codebookDate("5 March 2022")).toBe("5 March 2022");
  });

  it("titles an event by type, sub-event type and place, within 80 characters", () => {
    expect(titleOf("Battles", "Armed clash", "Horlivka")).toBe("Battles: Armed clash in Horlivka");
    expect(titleOf("Protests", "Protests", "Minsk")).toBe("Protests in Minsk");
    const long = titleOf("Explosions/Remote violence", "Shelling/artillery/missile attack", "Novoselytsia near the border crossing");
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("importFiles", () => {
  const header =
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,actor2,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";
  const row = (id: string, place: string, lat: string, lon: string, geo: string) =>
    `${id},2022-03-05,2022,1,Political violence,Battles,Armed clash,Military Forces of Russia (2000-),,,Ukraine,Kyiv,,,${place},${lat},${lon},${geo},Example Daily,National,A note.,0,,1`;

  it("makes one site of rows that share a place name and coordinates, with the loosest precision any row gives", () => {
    const { data, problems } = importFiles([
      {
        name: "a.csv",
        content: [
          header,
          row("UKR1", "Irpin", "50.52", "30.25", "1"),
          row("UKR2", "Irpin", "50.52", "30.25", "2"),
          row("UKR3", "Irpin", "50.6", "30.25", "1"),
        ].join("\n"),
      },
    ]);
    expect(problems).toEqual([]);
    expect(data.sites.map((s) => [s.id, s.precisionKm, s.locationBasis])).toEqual([
      ["acled-irpin", 25, "town-centre"],
      ["acled-irpin-2", 5, "town-centre"],
    ]);
  });

  it("rates every ACLED event reported by observers and cites the export with the event id as the section", () => {
    const { data } = importFiles([{ name: "a.csv", content: [header, row("UKR1", "Irpin", "50.52", "30.25", "3")].join("\n") }]);
    expect(data.events[0]).toMatchObject({
      confidence: "reported",
      attribution: "observers",
      sources: [{ sourceId: "acled-export", section: "event UKR1" }, { sourceId: "acled-source-example-daily" }],
    });
    expect(data.sites[0]).toMatchObject({ precisionKm: 100, locationBasis: "area", locationSourceId: "acled-export" });
  });

  it("rejects a row it cannot map, naming the column and what it accepts, and keeps the others", () => {
    const { data, problems } = importFiles([
      {
        name: "a.csv",
        content: [header, row("UKR1", "Irpin", "50.52", "30.25", "1"), row("XYZ1", "Irpin", "50.52", "30.25", "4").replace("Ukraine", "Atlantis")].join("\n"),
      },
    ]);
    expect(data.events.map((e) => e.id)).toEqual(["acled-ukr1"]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, "geo_precision"],
      [3, "country"],
    ]);
  });

  it("catches latitude and longitude swapped in a Ukrainian row by the data check's country boxes", () => {
    const { problems } = importFiles([{ name: "a.csv", content: [header, row("UKR1", "Irpin", "30.25", "50.52", "1")].join("\n") }]);
    expect(problems).toEqual([
      expect.objectContaining({ row: 2, column: "latitude, longitude", message: expect.stringContaining("is outside Ukraine; it looks like [lat, lon]") }),
    ]);
  });

  it("places a data-check problem at the row and column of the ACLED cell it comes from", () => {
    const { problems } = importFiles([
      { name: "a.csv", content: [header, row("BLR1", "Minsk", "27.5667", "53.9", "1").replace("Ukraine", "Belarus")].join("\n") },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: "a.csv",
        row: 2,
        column: "latitude, longitude",
        message: expect.stringContaining("is outside Belarus; it looks like [lat, lon]"),
      }),
    ]);
  });
});

describe("acledSyntheticCsv", () => {
  const csv = (rows: number, seed: number) => [...acledSyntheticCsv(rows, seed, 100)].join("");

  it("writes the same file for the same rows and seed, and another for another seed", () => {
    expect(csv(300, 1)).toBe(csv(300, 1));
    expect(csv(300, 2)).not.toBe(csv(300, 1));
  });

  it("writes an ACLED export the importer takes whole: every row an event, both precisions, all three countries and the categories ACLED types map to", () => {
    const { data, problems, rows } = importFiles([{ name: "synthetic.csv", content: csv(2_000, 1) }]);
    expect(problems).toEqual([]);
    expect(rows).toEqual({ read: 2_000, imported: 2_000 });
    expect(new Set(data.events.map((e) => e.datePrecision))).toEqual(new Set(["day", "month"]));
    expect(new Set(data.sites.map((s) => s.country))).toEqual(new Set(["BY", "UA", "RU"]));
    expect(new Set(data.events.map((e) => e.category))).toEqual(new Set(["military", "politics", "diplomacy"]));
  });
});
