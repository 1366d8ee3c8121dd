/** The small package parts read without an XML parser. */
import { attributesOf, elements, relsName, resolveTarget, tagEnd } from "../../src/cli/package-parts";

describe("elements", () => {
  it("finds empty and closed elements by name, not by a longer name, with a '>' inside quotes", () => {
    const xml = `<Relationships><Relationship Id="rId1" Target="a>b.xml"/><Relationship Id='rId2' Target="x.xml"></Relationship></Relationships>`;
    expect(elements(xml, "Relationship").map((e) => [e.element, Object.fromEntries(e.attributes)])).toEqual([
      [`<Relationship Id="rId1" Target="a>b.xml"/>`, { Id: "rId1", Target: "a>b.xml" }],
      [`<Relationship Id='rId2' Target="x.xml"></Relationship>`, { Id: "rId2", Target: "x.xml" }],
    ]);
  });

  it("reads tens of thousands of unclosed tags in one pass, and stops at a tag that never ends", () => {
    expect(
      elements('<Override PartName="/a"/>'.repeat(3) + "<Override x=".repeat(20_000), "Override"),
    ).toHaveLength(3);
    expect(elements('<Default Extension="xml">'.repeat(50_000), "Default")).toHaveLength(50_000);
  });
});

describe("attributesOf", () => {
  it("unescapes the predefined entities", () => {
    expect(
      Object.fromEntries(attributesOf(`<sheet name="A &amp; B &lt;1&gt; &quot;x&quot; &apos;y&apos;"/>`)),
    ).toEqual({
      name: `A & B <1> "x" 'y'`,
    });
  });
});

describe("tagEnd", () => {
  it.each([
    [`<c r="A1">`, 9],
    [`<c z="/>" r="A1">`, 16],
    [`<c z='a>b'/>`, 11],
    [`<c z="never`, -1],
  ])("ends %s at %i", (tag, end) => {
    expect(tagEnd(tag, 2)).toBe(end);
  });
});

describe("resolveTarget and relsName", () => {
  it("resolves relative, absolute and fragment targets", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("customXml/item1.xml", "../customXml/itemProps1.xml#x")).toBe(
      "customXml/itemProps1.xml",
    );
    expect(relsName("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
  });
});
