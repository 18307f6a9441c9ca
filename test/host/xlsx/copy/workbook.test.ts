/**
 * The workbook-part edit of the `--out` copy (src/host/xlsx/copy/workbook.ts) on the prefix styles writers use: a new
 * `<sheet>` is created in the part's own prefix, its `r:id` with a prefix declared on the root, local defined names
 * follow their sheet, and the result parses namespace-aware.
 */
import { DOMParser } from '@xmldom/xmldom';
import { editRelationships, editWorkbookPart, PRINT_TITLES } from '../../../../src/host/xlsx/copy/workbook';
import { parseXml, serializeXml } from '../../../../src/host/xlsx/xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function edit(xml: string): string {
  const doc = parseXml(xml);
  editWorkbookPart(doc, {
    order: [
      { name: 'A', isNew: false, from: 0 },
      { name: 'WLB基準サマリー', isNew: true },
      { name: 'B', isNew: false, from: 1 },
    ],
    added: new Map([['WLB基準サマリー', { sheetId: 7, rid: 'rId9' }]]),
    markers: ['WLB基準サマリー'],
    active: 'WLB基準サマリー',
    printTitles: new Map([['WLB基準サマリー', '$12:$12']]),
  });
  return serializeXml(doc);
}

/** Parses strictly (throws on an undeclared prefix) and lists the sheets as name / sheetId / r:id (by namespace). */
function sheets(xml: string): string[][] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return [...(doc.getElementsByTagNameNS(MAIN, 'sheet') as unknown as Element[])].map((s) => [
    s.getAttribute('name') ?? '',
    s.getAttribute('sheetId') ?? '',
    s.getAttributeNS(REL, 'id') ?? '',
  ]);
}

describe('editWorkbookPart', () => {
  it('openpyxl (r: declared on each <sheet> only): the new sheet’s r:id uses a prefix declared on the root', () => {
    const out = edit(
      `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${REL}" name="A" sheetId="1" r:id="rId1"/><sheet xmlns:r="${REL}" name="B" sheetId="2" r:id="rId2"/></sheets><definedNames/><calcPr calcId="124519"/></workbook>`,
    );
    expect(out).toMatch(new RegExp(`^<workbook xmlns="${MAIN}" xmlns:r="${REL}">`));
    expect(sheets(out)).toEqual([
      ['A', '1', 'rId1'],
      ['WLB基準サマリー', '7', 'rId9'],
      ['B', '2', 'rId2'],
    ]);
  });

  it('Open XML SDK (x: prefix): new elements are x:sheet, x:definedName, x:bookViews — never unprefixed', () => {
    const out = edit(
      `<x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:sheets><x:sheet name="A" sheetId="1" r:id="R1"/><x:sheet name="B" sheetId="2" r:id="R2"/></x:sheets></x:workbook>`,
    );
    expect(sheets(out)).toEqual([
      ['A', '1', 'R1'],
      ['WLB基準サマリー', '7', 'rId9'],
      ['B', '2', 'R2'],
    ]);
    expect(out).toContain('<x:sheet name="WLB基準サマリー" sheetId="7" r:id="rId9"/>');
    // bookViews goes before sheets, definedNames after (CT_Workbook sequence).
    expect(out).toMatch(
      /<x:bookViews><x:workbookView activeTab="1"\/><\/x:bookViews><x:sheets>.*<\/x:sheets><x:definedNames>/,
    );
    expect(out).not.toMatch(/<(sheet|definedName|bookViews|workbookView)[\s>/]/);
  });

  it('a name local to the second sheet (index 1) follows it to index 2; markers and print titles are added', () => {
    const out = edit(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView firstSheet="2" activeTab="0"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">B!$A$1:$E$25</definedName><definedName name="WLBChecker_4">'Old'!$A$1</definedName></definedNames></workbook>`,
    );
    expect(out).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">B!$A$1:$E$25</definedName>');
    expect(out).toContain(`<definedName name="WLBChecker_1">'WLB基準サマリー'!$A$1</definedName>`);
    expect(out).toContain(
      `<definedName name="${PRINT_TITLES}" localSheetId="1">'WLB基準サマリー'!$12:$12</definedName>`,
    );
    expect(out).not.toContain('WLBChecker_4');
    // firstSheet (the first tab shown) may not be past the active tab.
    expect(out).toContain('<workbookView firstSheet="1" activeTab="1"/>');
  });
});

describe('editRelationships', () => {
  it('drops and adds relationships in the part’s namespace, escaping targets', () => {
    const doc = parseXml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="a.xml"/><Relationship Id="rId2" Type="t" Target="b.xml"/></Relationships>`,
    );
    editRelationships(doc, new Set(['rId1']), [{ id: 'rId3', type: 't', target: 'worksheets/s&1.xml' }]);
    expect(serializeXml(doc)).toBe(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="t" Target="b.xml"/><Relationship Id="rId3" Type="t" Target="worksheets/s&amp;1.xml"/></Relationships>',
    );
  });
});
