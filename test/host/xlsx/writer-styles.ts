/**
 * Hand-built .xlsx packages in the styles of the writers HR files come from, each holding the same attendance
 * table, so the reader's result can be checked cell by cell against one hand-made expectation:
 *
 * - openpyxl: default namespace, `r:id` on each `<sheet>` with the relationships namespace declared on that
 *   element (not on the root), absolute relationship targets (`/xl/worksheets/sheet1.xml`), `t="n"` on
 *   numbers, formulas without a cached value (`<v></v>`), built-in date format 14 by id only;
 * - LibreOffice: root-declared `xmlns:r`, rows with every attribute spelt out, `<f aca="false">` with cached
 *   values, `t="str"` formula text, `t="e"` errors, upper-case format codes (`YYYY/MM/DD`, `[HH]:MM`);
 * - the Open XML SDK (.NET): every element prefixed `x:`, rows and cells without `r`, no `<dimension>`,
 *   inline strings (`t="inlineStr"`), a `t="d"` ISO date, the 1904 date system, relationship ids like `R3c…`.
 * (exceljs' own files are written by exceljs itself in the test.)
 */
import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The parts every package has besides the writer-specific ones. */
function contentTypes(sheets: number, strings: boolean): string {
  const overrides = [
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    ...Array.from(
      { length: sheets },
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ),
    strings
      ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      : '',
  ];
  return `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`;
}

async function zipOf(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** openpyxl 3.1's parts, as its writer lays them out (workbook/_writer.py, worksheet/_writer.py, styles). */
export function openpyxlPackage(): Promise<Buffer> {
  const strings = [
    '社員番号',
    '日付',
    '出勤',
    '退勤',
    '休憩',
    '備考',
    'E001',
    'E002',
    'A &amp; B_x000D_',
    'E003',
    '2025/4/3',
    '9:00',
    'メモ',
  ];
  const sst =
    `<sst xmlns="${MAIN}" uniqueCount="${strings.length + 1}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}` +
    // A rich-text string: two runs, the second bold, with a preserved leading space.
    '<si><r><t>山田</t></r><r><rPr><b val="1"/><sz val="11"/></rPr><t xml:space="preserve"> 太郎</t></r></si></sst>';
  const sheet1 =
    `<worksheet xmlns="${MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr>` +
    '<dimension ref="A1:F5"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>' +
    '<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/><sheetData>' +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" s="1" t="n"><v>45748</v></c><c r="C2" s="2" t="n"><v>0.375</v></c><c r="D2" s="2" t="n"><v>0.7708333333333334</v></c><c r="E2" s="3" t="n"><v>0.04166666666666666</v></c><c r="F2" t="s"><v>13</v></c></row>' +
    '<row r="3"><c r="A3" t="s"><v>7</v></c><c r="B3" s="1"><f>B2+1</f><v></v></c><c r="C3" s="2" t="n"><v>0.3645833333333333</v></c><c r="D3" t="e"><v>#N/A</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="s"><v>8</v></c></row>' +
    '<row r="5"><c r="A5" t="s"><v>9</v></c><c r="B5" t="s"><v>10</v></c><c r="C5" t="s"><v>11</v></c></row>' +
    '</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>';
  const sheet2 = `<worksheet xmlns="${MAIN}"><dimension ref="A1:A1"/><sheetData><row r="1"><c r="A1" t="s"><v>12</v></c></row></sheetData></worksheet>`;
  const styles =
    `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm"/></numFmts>` +
    '<fonts count="1"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts>' +
    '<fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/>' +
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" pivotButton="0" quotePrefix="0" xfId="0"/>' +
    '<xf numFmtId="20" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" pivotButton="0" quotePrefix="0" xfId="0"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" pivotButton="0" quotePrefix="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles></styleSheet>';
  const workbook =
    `<workbook xmlns="${MAIN}"><workbookPr/><workbookProtection/><bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews>` +
    `<sheets><sheet xmlns:r="${REL}" name="勤怠" sheetId="1" state="visible" r:id="rId1"/><sheet xmlns:r="${REL}" name="メモ" sheetId="2" state="hidden" r:id="rId2"/></sheets>` +
    '<definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>';
  return zipOf({
    '[Content_Types].xml': contentTypes(2, true),
    '_rels/.rels': `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': workbook,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG_REL}"><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="rId1"/><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml" Id="rId2"/><Relationship Type="${REL}/styles" Target="styles.xml" Id="rId3"/><Relationship Type="${REL}/sharedStrings" Target="sharedStrings.xml" Id="rId4"/></Relationships>`,
    'xl/styles.xml': styles,
    'xl/sharedStrings.xml': sst,
    'xl/worksheets/sheet1.xml': sheet1,
    'xl/worksheets/sheet2.xml': sheet2,
  });
}

/** LibreOffice Calc's parts (its OOXML export: every row attribute written, formulas with cached values). */
export function libreOfficePackage(): Promise<Buffer> {
  const row = (r: number, cells: string) =>
    `<row r="${r}" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">${cells}</row>`;
  const strings = [
    '社員番号',
    '日付',
    '出勤',
    '退勤',
    '休憩',
    '備考',
    'E001',
    'E002',
    'E003',
    '2025/4/3',
    '9:00',
    'メモ',
  ];
  const sst =
    `<sst xmlns="${MAIN}" count="14" uniqueCount="14">${strings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('')}` +
    '<si><r><rPr><sz val="10"/><rFont val="Noto Sans CJK JP"/><family val="2"/></rPr><t xml:space="preserve">山田</t></r><r><rPr><b val="true"/><sz val="10"/><rFont val="Noto Sans CJK JP"/></rPr><t xml:space="preserve"> 太郎</t></r></si>' +
    '<si><t xml:space="preserve">A &amp; B_x000D_</t></si></sst>';
  const sheet1 =
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:F5"/>` +
    '<sheetViews><sheetView showFormulas="false" showGridLines="true" tabSelected="true" zoomScale="100" workbookViewId="0"><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"/><sheetData>' +
    row(
      1,
      '<c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="s"><v>1</v></c><c r="C1" s="0" t="s"><v>2</v></c><c r="D1" s="0" t="s"><v>3</v></c><c r="E1" s="0" t="s"><v>4</v></c><c r="F1" s="0" t="s"><v>5</v></c>',
    ) +
    row(
      2,
      '<c r="A2" s="0" t="s"><v>6</v></c><c r="B2" s="1" t="n"><v>45748</v></c><c r="C2" s="2" t="n"><v>0.375</v></c><c r="D2" s="2" t="n"><v>0.770833333333333</v></c><c r="E2" s="3" t="n"><v>0.0416666666666667</v></c><c r="F2" s="0" t="s"><v>12</v></c>',
    ) +
    row(
      3,
      '<c r="A3" s="0" t="s"><v>7</v></c><c r="B3" s="1" t="n"><f aca="false">B2+1</f><v>45749</v></c><c r="C3" s="2" t="n"><v>0.364583333333333</v></c><c r="D3" s="0" t="e"><f aca="false">NA()</f><v>#N/A</v></c><c r="E3" s="0" t="b"><f aca="false">TRUE()</f><v>1</v></c><c r="F3" s="0" t="s"><v>13</v></c>',
    ) +
    row(4, '') +
    row(
      5,
      '<c r="A5" s="0" t="s"><v>8</v></c><c r="B5" s="0" t="s"><v>9</v></c><c r="C5" s="0" t="str"><f aca="false">TEXT(C2,"h:mm")</f><v>9:00</v></c>',
    ) +
    '</sheetData><printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/>' +
    '<pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/></worksheet>';
  const sheet2 = `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/><sheetData>${row(1, '<c r="A1" s="0" t="s"><v>11</v></c>')}</sheetData></worksheet>`;
  const styles =
    `<styleSheet xmlns="${MAIN}"><numFmts count="4"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="YYYY/MM/DD"/><numFmt numFmtId="166" formatCode="HH:MM"/><numFmt numFmtId="167" formatCode="[HH]:MM"/></numFmts>` +
    '<fonts count="1"><font><sz val="10"/><name val="Noto Sans CJK JP"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    // LibreOffice writes many named-style records; none of them is a cell format.
    '<cellStyleXfs count="3"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true"/><xf numFmtId="43" fontId="0" fillId="0" borderId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"/>' +
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"/>' +
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"/>' +
    '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
  const workbook =
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/>` +
    '<bookViews><workbookView showHorizontalScroll="true" showVerticalScroll="true" showSheetTabs="true" xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" tabRatio="500" firstSheet="0" activeTab="0"/></bookViews>' +
    '<sheets><sheet name="勤怠" sheetId="1" state="visible" r:id="rId3"/><sheet name="メモ" sheetId="2" state="hidden" r:id="rId4"/></sheets><calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/></workbook>';
  return zipOf({
    '[Content_Types].xml': contentTypes(2, true),
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': DECL + workbook,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
    'xl/styles.xml': DECL + styles,
    'xl/sharedStrings.xml': DECL + sst,
    'xl/worksheets/sheet1.xml': DECL + sheet1,
    'xl/worksheets/sheet2.xml': DECL + sheet2,
  });
}

/**
 * Open XML SDK style: `x:` on every element, no `r` on rows or cells (the next row / column), no dimension,
 * inline strings, the 1904 date system. The same table as the others, so its dates are 1,462 days smaller.
 */
export function prefixedPackage(): Promise<Buffer> {
  const inline = (text: string) => `<x:c t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
  const sheet1 =
    `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
    `<x:row>${['社員番号', '日付', '出勤', '退勤', '休憩', '備考'].map(inline).join('')}</x:row>` +
    // B2 is a t="d" ISO date; F2 is rich text as an inline string with runs and a phonetic reading left out.
    `<x:row>${inline('E001')}<x:c s="1" t="d"><x:v>2025-04-01</x:v></x:c><x:c s="2"><x:v>0.375</x:v></x:c><x:c s="2"><x:v>0.77083333333333337</x:v></x:c><x:c s="3"><x:v>4.1666666666666664E-2</x:v></x:c>` +
    '<x:c t="inlineStr"><x:is><x:r><x:t>山田</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve"> 太郎</x:t></x:r><x:rPh sb="0" eb="2"><x:t>ヤマダ</x:t></x:rPh></x:is></x:c></x:row>' +
    // B3/B4: a shared formula (B3 its master, B4 a child): both have cached values.
    `<x:row>${inline('E002')}<x:c s="1"><x:f t="shared" ref="B3:B4" si="0">B2+1</x:f><x:v>44287</x:v></x:c><x:c s="2"><x:v>0.36458333333333331</x:v></x:c><x:c t="e"><x:f>NA()</x:f><x:v>#N/A</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row>` +
    '<x:row><x:c r="A4"/><x:c r="B4" s="1"><x:f t="shared" si="0"/><x:v>44288</x:v></x:c></x:row>' +
    `<x:row>${inline('E003')}${inline('2025/4/3')}<x:c t="str"><x:f>TEXT(C2,"h:mm")</x:f><x:v>9:00</x:v></x:c></x:row>` +
    '</x:sheetData></x:worksheet>';
  const sheet2 = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>メモ</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
  const styles =
    `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="[h]:mm"/></x:numFmts>` +
    '<x:fonts count="1"><x:font/></x:fonts><x:fills count="1"><x:fill/></x:fills><x:borders count="1"><x:border/></x:borders>' +
    '<x:cellStyleXfs count="1"><x:xf numFmtId="49"/></x:cellStyleXfs>' +
    '<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="14" applyNumberFormat="1"/><x:xf numFmtId="20" applyNumberFormat="1"/><x:xf numFmtId="164" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>';
  const sst = `<x:sst xmlns:x="${MAIN}" count="1" uniqueCount="1"><x:si><x:t>A &amp; B_x000D_</x:t></x:si></x:sst>`;
  const workbook =
    `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:workbookPr date1904="1"/>` +
    '<x:sheets><x:sheet name="勤怠" sheetId="1" r:id="R1c4b2f0e3a7d4b19"/><x:sheet name="メモ" sheetId="2" state="hidden" r:id="R8e02a1d5c6f14b07"/></x:sheets></x:workbook>';
  return zipOf({
    '[Content_Types].xml': contentTypes(2, true),
    '_rels/.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG_REL}"><Relationship Type="${REL}/officeDocument" Target="/xl/workbook.xml" Id="R0a1b2c3d4e5f6071"/></Relationships>`,
    'xl/workbook.xml': workbook,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG_REL}"><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="R1c4b2f0e3a7d4b19"/><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml" Id="R8e02a1d5c6f14b07"/><Relationship Type="${REL}/styles" Target="/xl/styles.xml" Id="Rstyles01"/><Relationship Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml" Id="Rstrings01"/></Relationships>`,
    'xl/styles.xml': styles,
    'xl/sharedStrings.xml': sst,
    'xl/worksheets/sheet1.xml': sheet1,
    'xl/worksheets/sheet2.xml': sheet2,
  });
}
