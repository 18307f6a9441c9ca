/**
 * Input packages as five real writers lay them out, built part by part (jszip) so that each writer's own XML
 * style is what the `--out` copy meets: exceljs (the library itself), openpyxl (`r:` declared on each `<sheet>`
 * only, absolute relationship targets, `<definedNames/>` empty), LibreOffice Calc (`true`/`false` booleans, a
 * sheet-local `_xlnm._FilterDatabase`), Excel (mc:Ignorable revision namespaces, `xr:uid`, docProps Company, a
 * local `_xlnm.Print_Area`) and the Open XML SDK (every SpreadsheetML element prefixed `x:`, random-looking
 * relationship ids, no styles part).
 *
 * And the checks every output package must pass: each XML part well-formed with every prefix declared
 * (@xmldom/xmldom throws on an undeclared prefix), content types covering every part and naming no missing one,
 * every internal relationship resolving, the workbook's sheets, relationships and defined names consistent.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { XlsxCopyPort } from '../../src/host/xlsx/copy/copy-port';
import { createReportMeta, runCheck, writeReport } from '../../src/pipeline';
import { defaultParams } from '../../src/rules/params';
import { runCli } from './output-support';
import { FY2025 } from '../rules/fixtures';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const T = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  sheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  sst: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
};
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const WRITERS = ['exceljs', 'openpyxl', 'libreoffice', 'excel', 'sdk-x-prefix'] as const;
export type Writer = (typeof WRITERS)[number];
/** The company Excel's docProps/app.xml carries in the `excel` package (shown in the printed page header). */
export const EXCEL_COMPANY = '株式会社サンプル&パートナーズ';

const MONTHS = FY2025;
type Cell = string | number;
/** Two sheets the ingest reads: a roster and monthly hours (E001 50 h / month, E002 20 h / month). */
function sheetsData(): { name: string; rows: Cell[][] }[] {
  const monthly: Cell[][] = [['社員番号', '氏名', '年月', '時間外労働', '休日労働']];
  for (const m of MONTHS) monthly.push(['E001', '山田 太郎', m, 50, 0], ['E002', '鈴木 花子', m, 20, 0]);
  return [
    {
      name: '社員名簿',
      rows: [
        ['社員番号', '氏名', '性別', '雇用形態'],
        ['E001', '山田 太郎', '男', '正社員'],
        ['E002', '鈴木 花子', '女', '正社員'],
      ],
    },
    { name: '月次集計', rows: monthly },
  ];
}

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `<sheetData>` rows with shared-string indices from `sst` (filled as it goes); `p` = element prefix. */
function sheetData(rows: Cell[][], sst: string[], p: string, rowAttrs = ''): string {
  const idx = (s: string) => (sst.includes(s) ? sst.indexOf(s) : sst.push(s) - 1);
  return `<${p}sheetData>${rows
    .map(
      (row, r) =>
        `<${p}row r="${r + 1}"${rowAttrs}>${row.map((v, c) => (typeof v === 'number' ? `<${p}c r="${colName(c)}${r + 1}"><${p}v>${v}</${p}v></${p}c>` : `<${p}c r="${colName(c)}${r + 1}" t="s"><${p}v>${idx(v)}</${p}v></${p}c>`)).join('')}</${p}row>`,
    )
    .join('')}</${p}sheetData>`;
}
function sstXml(sst: string[], p: string, ns: string): string {
  return `${DECL}<${p}sst ${p ? `xmlns:${p.slice(0, -1)}` : 'xmlns'}="${ns}" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((s) => `<${p}si><${p}t>${esc(s)}</${p}t></${p}si>`).join('')}</${p}sst>`;
}
function rels(list: { id: string; type: string; target: string }[]): string {
  return `${DECL}<Relationships xmlns="${PKG_REL}">${list.map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;
}
function rootRels(): string {
  return `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
}
function contentTypes(
  overrides: [string, string][],
  defaults: [string, string][] = [
    ['rels', T.rels],
    ['xml', 'application/xml'],
  ],
): string {
  return `${DECL}<Types xmlns="${CT}">${defaults.map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`).join('')}${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('')}</Types>`;
}
const CORE = `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>hr</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-04-01T00:00:00Z</dcterms:created></cp:coreProperties>`;
const app = (application: string, company?: string) =>
  `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${application}</Application>${company ? `<Company>${esc(company)}</Company>` : ''}</Properties>`;
const MIN_STYLES = (p = '', ns = MAIN) =>
  `${DECL}<${p}styleSheet ${p ? `xmlns:${p.slice(0, -1)}` : 'xmlns'}="${ns}"><${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs><${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles></${p}styleSheet>`;

async function exceljsPackage(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheetsData()) wb.addWorksheet(s.name).addRows(s.rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** openpyxl 3.1: `xmlns:r` on each `<sheet>`, worksheet targets absolute, `<definedNames/>`, no XML declaration standalone. */
function openpyxlParts(): Record<string, string> {
  const sst: string[] = [];
  const data = sheetsData();
  const sheets = data.map(
    (s, i) =>
      `${DECL}<worksheet xmlns="${MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr><dimension ref="A1:E${s.rows.length}"/><sheetViews><sheetView ${i === 0 ? 'tabSelected="1" ' : ''}workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>${sheetData(s.rows, sst, '')}<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>`,
  );
  return {
    '[Content_Types].xml': contentTypes([
      ['/xl/workbook.xml', T.workbook],
      ...data.map((_s, i): [string, string] => [`/xl/worksheets/sheet${i + 1}.xml`, T.sheet]),
      ['/xl/styles.xml', T.styles],
      ['/xl/sharedStrings.xml', T.sst],
      ['/docProps/core.xml', T.core],
      ['/docProps/app.xml', T.app],
    ]),
    '_rels/.rels': rootRels(),
    'docProps/core.xml': CORE,
    'docProps/app.xml': app('Microsoft Excel'),
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}"><workbookPr/><workbookProtection/><bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews><sheets>${data.map((s, i) => `<sheet xmlns:r="${REL}" name="${esc(s.name)}" sheetId="${i + 1}" state="visible" r:id="rId${i + 1}"/>`).join('')}</sheets><definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`,
    'xl/_rels/workbook.xml.rels': rels([
      ...data.map((_s, i) => ({ id: `rId${i + 1}`, type: 'worksheet', target: `/xl/worksheets/sheet${i + 1}.xml` })),
      { id: 'rId3', type: 'styles', target: 'styles.xml' },
      { id: 'rId4', type: 'sharedStrings', target: 'sharedStrings.xml' },
    ]),
    'xl/styles.xml': MIN_STYLES(),
    'xl/worksheets/sheet1.xml': sheets[0],
    'xl/worksheets/sheet2.xml': sheets[1],
    'xl/sharedStrings.xml': sstXml(sst, '', MAIN),
  };
}

/** LibreOffice Calc 7/24: `true`/`false`, styles first in the relationships, a sheet-local `_xlnm._FilterDatabase`. */
function libreofficeParts(): Record<string, string> {
  const sst: string[] = [];
  const data = sheetsData();
  const sheets = data.map(
    (s, i) =>
      `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:E${s.rows.length}"/><sheetViews><sheetView showFormulas="false" showGridLines="true" showRowColHeaders="true" showZeros="true" rightToLeft="false" tabSelected="${i === 0}" showOutlineSymbols="true" defaultGridColor="true" view="normal" topLeftCell="A1" colorId="64" zoomScale="100" zoomScaleNormal="100" zoomScalePageLayoutView="100" workbookViewId="0"><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"/>${sheetData(s.rows, sst, '', ' customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"')}${i === 1 ? '<autoFilter ref="A1:E25"/>' : ''}<printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/><pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/><pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="1" pageOrder="downThenOver" orientation="portrait" blackAndWhite="false" draft="false" cellComments="none" horizontalDpi="300" verticalDpi="300" copies="1"/><headerFooter differentFirst="false" differentOddEven="false"><oddHeader>&amp;C&amp;"Times New Roman,標準"&amp;12&amp;A</oddHeader><oddFooter>&amp;C&amp;"Times New Roman,標準"&amp;12ページ &amp;P</oddFooter></headerFooter></worksheet>`,
  );
  return {
    '[Content_Types].xml': contentTypes(
      [
        ['/_rels/.rels', T.rels],
        ['/docProps/app.xml', T.app],
        ['/docProps/core.xml', T.core],
        ['/xl/_rels/workbook.xml.rels', T.rels],
        ['/xl/sharedStrings.xml', T.sst],
        ['/xl/worksheets/sheet1.xml', T.sheet],
        ['/xl/worksheets/sheet2.xml', T.sheet],
        ['/xl/styles.xml', T.styles],
        ['/xl/workbook.xml', T.workbook],
      ],
      [
        ['xml', 'application/xml'],
        ['rels', T.rels],
        ['png', 'image/png'],
        ['jpeg', 'image/jpeg'],
      ],
    ),
    '_rels/.rels': rootRels(),
    'docProps/core.xml': CORE,
    'docProps/app.xml': app('LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2'),
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/><bookViews><workbookView showHorizontalScroll="true" showVerticalScroll="true" showSheetTabs="true" xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" tabRatio="500" firstSheet="0" activeTab="0"/></bookViews><sheets>${data.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" state="visible" r:id="rId${i + 3}"/>`).join('')}</sheets><definedNames><definedName function="false" hidden="true" localSheetId="1" name="_xlnm._FilterDatabase" vbProcedure="false">月次集計!$A$1:$E$25</definedName></definedNames><calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/><extLst><ext xmlns:loext="http://schemas.libreoffice.org/" uri="{7626C862-2A13-11E5-B345-FEFF819CDC9F}"><loext:extCalcPr stringRefSyntax="CalcA1"/></ext></extLst></workbook>`,
    'xl/_rels/workbook.xml.rels': rels([
      { id: 'rId1', type: 'styles', target: 'styles.xml' },
      { id: 'rId3', type: 'worksheet', target: 'worksheets/sheet1.xml' },
      { id: 'rId4', type: 'worksheet', target: 'worksheets/sheet2.xml' },
      { id: 'rId5', type: 'sharedStrings', target: 'sharedStrings.xml' },
    ]),
    'xl/styles.xml': MIN_STYLES(),
    'xl/worksheets/sheet1.xml': sheets[0],
    'xl/worksheets/sheet2.xml': sheets[1],
    'xl/sharedStrings.xml': sstXml(sst, '', MAIN),
  };
}

/** Excel 365: mc:Ignorable revision namespaces on the root, xr:uid, a Print_Area local to the second sheet, Company. */
function excelParts(): Record<string, string> {
  const sst: string[] = [];
  const data = sheetsData();
  const X = `xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"`;
  const sheets = data.map(
    (s, i) =>
      `${DECL}<worksheet ${X} xr:uid="{0000000${i}-0001-0000-0000-000000000000}"><dimension ref="A1:E${s.rows.length}"/><sheetViews><sheetView ${i === 0 ? 'tabSelected="1" ' : ''}workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="18.75" x14ac:dyDescent="0.4"/>${sheetData(s.rows, sst, '', ' x14ac:dyDescent="0.4"')}<phoneticPr fontId="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  return {
    '[Content_Types].xml': contentTypes([
      ['/xl/workbook.xml', T.workbook],
      ['/xl/worksheets/sheet1.xml', T.sheet],
      ['/xl/worksheets/sheet2.xml', T.sheet],
      ['/xl/styles.xml', T.styles],
      ['/xl/sharedStrings.xml', T.sst],
      ['/docProps/core.xml', T.core],
      ['/docProps/app.xml', T.app],
    ]),
    '_rels/.rels': rootRels(),
    'docProps/core.xml': CORE,
    'docProps/app.xml': app('Microsoft Excel', EXCEL_COMPANY),
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28227"/><workbookPr defaultThemeVersion="202300"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\hr\\Documents\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave="0" documentId="8_{5A1F3B2C-0000-4000-8000-000000000001}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews><sheets>${data.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">月次集計!$A$1:$E$25</definedName></definedNames><calcPr calcId="191029"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`,
    'xl/_rels/workbook.xml.rels': rels([
      { id: 'rId1', type: 'worksheet', target: 'worksheets/sheet1.xml' },
      { id: 'rId2', type: 'worksheet', target: 'worksheets/sheet2.xml' },
      { id: 'rId3', type: 'styles', target: 'styles.xml' },
      { id: 'rId4', type: 'sharedStrings', target: 'sharedStrings.xml' },
    ]),
    'xl/styles.xml': MIN_STYLES(),
    'xl/worksheets/sheet1.xml': sheets[0],
    'xl/worksheets/sheet2.xml': sheets[1],
    'xl/sharedStrings.xml': sstXml(sst, '', MAIN),
  };
}

/** Open XML SDK: `x:` on every SpreadsheetML element, relationship ids like `R1f3c…`, absolute targets, no styles part. */
function sdkParts(): Record<string, string> {
  const sst: string[] = [];
  const data = sheetsData();
  const ids = ['R6a1d2c3b4e5f4a01', 'R6a1d2c3b4e5f4a02', 'Rf0e1d2c3b4a59687'];
  const sheets = data.map(
    (s) =>
      `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}">${sheetData(s.rows, sst, 'x:')}</x:worksheet>`,
  );
  return {
    '[Content_Types].xml': contentTypes([
      ['/xl/workbook.xml', T.workbook],
      ['/xl/worksheets/sheet1.xml', T.sheet],
      ['/xl/worksheets/sheet2.xml', T.sheet],
      ['/xl/sharedStrings.xml', T.sst],
    ]),
    '_rels/.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG_REL}"><Relationship Type="${REL}/officeDocument" Target="/xl/workbook.xml" Id="R0b1c2d3e4f5a6b7c"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:sheets>${data.map((s, i) => `<x:sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="${ids[i]}" />`).join('')}</x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG_REL}"><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="${ids[0]}"/><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml" Id="${ids[1]}"/><Relationship Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml" Id="${ids[2]}"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheets[0],
    'xl/worksheets/sheet2.xml': sheets[1],
    'xl/sharedStrings.xml': sstXml(sst, 'x:', MAIN),
  };
}

/** The input package of `writer` as .xlsx bytes. */
async function writerPackage(writer: Writer): Promise<Buffer> {
  if (writer === 'exceljs') return exceljsPackage();
  const parts = { openpyxl: openpyxlParts, libreoffice: libreofficeParts, excel: excelParts, 'sdk-x-prefix': sdkParts }[
    writer
  ]();
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Runs `wlb-check --out` on the writer's package. Reading cells of `x:`-prefixed worksheets belongs to the
 * streaming reader (issue 9); until that reads them, the CLI stops at "no recognisable sheet" (exit 1), and the
 * write side is exercised the way the CLI would run it: the same report (computed from the same data written by
 * exceljs) written through the `--out` port into the `x:` package (`viaPort`).
 */
export async function runWriter(
  writer: Writer,
  dir: string,
): Promise<{ input: Buffer; output: Buffer; status: number; stderr: string; viaPort: boolean }> {
  const input = await writerPackage(writer);
  const inFile = path.join(dir, `${writer}.xlsx`);
  const outFile = path.join(dir, `${writer}-report.xlsx`);
  fs.writeFileSync(inFile, input);
  const r = await runCli([inFile, '--out', outFile, '--as-of', '2026-03-31']);
  if (r.status === 0 || writer !== 'sdk-x-prefix')
    return {
      input,
      output: r.status === 0 ? fs.readFileSync(outFile) : Buffer.alloc(0),
      status: r.status,
      stderr: r.stderr,
      viaPort: false,
    };
  const same = path.join(dir, `${writer}-as-exceljs.xlsx`);
  fs.writeFileSync(same, await writerPackage('exceljs'));
  const { report, ingest } = await runCheck(await XlsxCopyPort.open(same), {
    profile: 'all',
    params: defaultParams('2026-03-31'),
  });
  const port = await XlsxCopyPort.open(inFile);
  await writeReport(port, report, ingest.dataset, createReportMeta('all', new Date('2026-04-01T09:00:00Z')));
  await port.save(outFile);
  return { input, output: fs.readFileSync(outFile), status: 0, stderr: r.stderr, viaPort: true };
}

// ---- checks -------------------------------------------------------------------------------------------------

/** Parses namespace-aware; xmldom throws on malformed XML and on an element or attribute prefix not declared. */
function parseStrict(xml: string, part: string): Document {
  try {
    return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  } catch (err) {
    throw new Error(`${part}: ${(err as Error).message.split('\n')[0]}`);
  }
}

function children(el: Element, ns: string | null, local: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === local && (ns === null || (n as Element).namespaceURI === ns))
      out.push(n as Element);
  return out;
}

function resolve(source: string, target: string): string {
  if (target.startsWith('/')) return decodeURI(target.slice(1));
  return path.posix.normalize(path.posix.join(path.posix.dirname(source), decodeURI(target)));
}

function relsPathOf(part: string): string {
  return `${path.posix.dirname(part) === '.' ? '' : path.posix.dirname(part) + '/'}_rels/${path.posix.basename(part)}.rels`;
}

export interface PackageCheck {
  /** Every problem found; empty = valid. */
  problems: string[];
  parts: Map<string, Document>;
  sheets: { name: string; part: string }[];
  definedNames: { name: string; localSheetId?: number; text: string }[];
  contentTypeOf: (part: string) => string | undefined;
}

/** Checks a package as described in the file comment; returns every problem rather than stopping at the first. */
export async function checkPackage(bytes: Buffer): Promise<PackageCheck> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  const parts = new Map<string, Document>();
  const names = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
  for (const name of names.filter((n) => /\.(xml|rels)$/i.test(n))) {
    try {
      parts.set(name, parseStrict(await zip.file(name)!.async('string'), name));
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  const types = parts.get('[Content_Types].xml');
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  if (types) {
    for (const o of children(types.documentElement, CT, 'Override'))
      overrides.set((o.getAttribute('PartName') ?? '').slice(1).toLowerCase(), o.getAttribute('ContentType') ?? '');
    for (const d of children(types.documentElement, CT, 'Default'))
      defaults.set((d.getAttribute('Extension') ?? '').toLowerCase(), d.getAttribute('ContentType') ?? '');
  } else problems.push('no [Content_Types].xml');
  const contentTypeOf = (part: string) =>
    overrides.get(part.toLowerCase()) ?? defaults.get(/\.([^./]+)$/.exec(part)?.[1].toLowerCase() ?? '');
  for (const name of names)
    if (name !== '[Content_Types].xml' && !contentTypeOf(name)) problems.push(`${name}: no content type`);
  for (const o of overrides.keys())
    if (!names.some((n) => n.toLowerCase() === o)) problems.push(`content type override for missing part /${o}`);
  // Every internal relationship resolves to a part of the package.
  for (const [name, doc] of parts) {
    if (!name.endsWith('.rels')) continue;
    const source = name === '_rels/.rels' ? '' : name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const ids = new Set<string>();
    for (const r of children(doc.documentElement, PKG_REL, 'Relationship')) {
      const id = r.getAttribute('Id') ?? '';
      if (ids.has(id)) problems.push(`${name}: duplicate relationship id ${id}`);
      ids.add(id);
      if (r.getAttribute('TargetMode') === 'External') continue;
      const target = resolve(source || 'x', r.getAttribute('Target') ?? '');
      if (!zip.file(target)) problems.push(`${name}: ${id} → missing part ${target}`);
    }
  }
  // The workbook: sheets ↔ relationships ↔ worksheet parts, unique names and ids, defined names in range.
  const sheets: { name: string; part: string }[] = [];
  const definedNames: PackageCheck['definedNames'] = [];
  const root = parts.get('_rels/.rels');
  const officeDoc =
    root &&
    children(root.documentElement, PKG_REL, 'Relationship').find(
      (r) => r.getAttribute('Type') === `${REL}/officeDocument`,
    );
  const workbookPath = officeDoc ? resolve('x', officeDoc.getAttribute('Target') ?? '') : '';
  const workbook = parts.get(workbookPath);
  const wbRels = parts.get(relsPathOf(workbookPath));
  if (!workbook || !wbRels) problems.push('no workbook part or no workbook relationships');
  else {
    const relById = new Map(
      children(wbRels.documentElement, PKG_REL, 'Relationship').map((r) => [r.getAttribute('Id') ?? '', r]),
    );
    const sheetsEl = children(workbook.documentElement, MAIN, 'sheets')[0];
    const seenNames = new Set<string>();
    const seenIds = new Set<string>();
    for (const s of sheetsEl ? children(sheetsEl, MAIN, 'sheet') : []) {
      const name = s.getAttribute('name') ?? '';
      const rid = s.getAttributeNS(REL, 'id') ?? '';
      const rel = relById.get(rid);
      if (seenNames.has(name.toLowerCase())) problems.push(`duplicate sheet name ${name}`);
      if (seenIds.has(s.getAttribute('sheetId') ?? '')) problems.push(`duplicate sheetId ${s.getAttribute('sheetId')}`);
      seenNames.add(name.toLowerCase());
      seenIds.add(s.getAttribute('sheetId') ?? '');
      if (!rel || rel.getAttribute('Type') !== `${REL}/worksheet`) {
        problems.push(`sheet ${name}: r:id ${rid} is not a worksheet relationship`);
        continue;
      }
      const part = resolve(workbookPath, rel.getAttribute('Target') ?? '');
      if (contentTypeOf(part) !== T.sheet)
        problems.push(`sheet ${name}: part ${part} has content type ${contentTypeOf(part)}`);
      sheets.push({ name, part });
    }
    const dn = children(workbook.documentElement, MAIN, 'definedNames')[0];
    for (const d of dn ? children(dn, MAIN, 'definedName') : []) {
      const local = d.getAttribute('localSheetId');
      const entry = {
        name: d.getAttribute('name') ?? '',
        localSheetId: local === null ? undefined : Number(local),
        text: d.textContent ?? '',
      };
      if (entry.localSheetId !== undefined && !(entry.localSheetId < sheets.length))
        problems.push(`defined name ${entry.name}: localSheetId ${local} out of range`);
      definedNames.push(entry);
    }
  }
  return { problems, parts, sheets, definedNames, contentTypeOf };
}

/**
 * Child sequences of dml-chart.xsd (ECMA-376 part 1 §21.2.2, the `xsd:sequence` of CT_ChartSpace, CT_Chart,
 * CT_Title, CT_PlotArea, CT_LineChart, CT_LineSer, CT_Marker, CT_StrRef, CT_NumRef, CT_StrData, CT_NumData,
 * CT_CatAx, CT_ValAx, CT_Scaling, CT_Legend), transcribed here independently of the writer: optional elements
 * included, an `xsd:choice` flattened in its place (CT_PlotArea's chart types and axes: only those a line chart
 * uses).
 */
const CHART_SCHEMA_SEQUENCES: Record<string, string[]> = {
  chartSpace: [
    'date1904',
    'lang',
    'roundedCorners',
    'AlternateContent',
    'style',
    'clrMapOvr',
    'pivotSource',
    'protection',
    'chart',
    'spPr',
    'txPr',
    'externalData',
    'printSettings',
    'userShapes',
    'extLst',
  ],
  chart: [
    'title',
    'autoTitleDeleted',
    'pivotFmts',
    'view3D',
    'floor',
    'sideWall',
    'backWall',
    'plotArea',
    'legend',
    'plotVisOnly',
    'dispBlanksAs',
    'showDLblsOverMax',
    'extLst',
  ],
  title: ['tx', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  plotArea: ['layout', 'lineChart', 'valAx|catAx|dateAx|serAx', 'dTable', 'spPr', 'extLst'],
  lineChart: [
    'grouping',
    'varyColors',
    'ser',
    'dLbls',
    'dropLines',
    'hiLowLines',
    'upDownBars',
    'marker',
    'smooth',
    'axId',
    'extLst',
  ],
  ser: [
    'idx',
    'order',
    'tx',
    'spPr',
    'marker',
    'dPt',
    'dLbls',
    'trendline',
    'errBars',
    'cat',
    'val',
    'smooth',
    'extLst',
  ],
  marker: ['symbol', 'size', 'spPr', 'extLst'],
  strRef: ['f', 'strCache', 'extLst'],
  numRef: ['f', 'numCache', 'extLst'],
  strCache: ['ptCount', 'pt', 'extLst'],
  numCache: ['formatCode', 'ptCount', 'pt', 'extLst'],
  catAx: [
    'axId',
    'scaling',
    'delete',
    'axPos',
    'majorGridlines',
    'minorGridlines',
    'title',
    'numFmt',
    'majorTickMark',
    'minorTickMark',
    'tickLblPos',
    'spPr',
    'txPr',
    'crossAx',
    'crosses|crossesAt',
    'auto',
    'lblAlgn',
    'lblOffset',
    'tickLblSkip',
    'tickMarkSkip',
    'noMultiLvlLbl',
    'extLst',
  ],
  valAx: [
    'axId',
    'scaling',
    'delete',
    'axPos',
    'majorGridlines',
    'minorGridlines',
    'title',
    'numFmt',
    'majorTickMark',
    'minorTickMark',
    'tickLblPos',
    'spPr',
    'txPr',
    'crossAx',
    'crosses|crossesAt',
    'crossBetween',
    'majorUnit',
    'minorUnit',
    'dispUnits',
    'extLst',
  ],
  scaling: ['logBase', 'orientation', 'max', 'min', 'extLst'],
  legend: ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
};
/** Required children (minOccurs ≥ 1) of the same types. */
const CHART_SCHEMA_REQUIRED: Record<string, string[]> = {
  chartSpace: ['chart'],
  chart: ['plotArea'],
  lineChart: ['grouping', 'axId'],
  ser: ['idx', 'order'],
  catAx: ['axId', 'scaling', 'axPos', 'crossAx'],
  valAx: ['axId', 'scaling', 'axPos', 'crossAx'],
  strRef: ['f'],
  numRef: ['f'],
};

/**
 * Every element of the chart namespace whose type is in the table: children in schema order, no unknown child,
 * required children present. Returns the violations as `path: message`.
 */
export function chartOrderViolations(doc: Document): string[] {
  const CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
  const out: string[] = [];
  const visit = (el: Element, trail: string) => {
    const seq = el.namespaceURI === CHART ? CHART_SCHEMA_SEQUENCES[el.localName] : undefined;
    const kids: Element[] = [];
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) kids.push(n as Element);
    if (seq) {
      let last = -1;
      for (const k of kids) {
        const at = seq.findIndex((s) => s.split('|').includes(k.localName));
        if (at < 0) out.push(`${trail}: <${k.localName}> is not a child of ${el.localName}`);
        else if (at < last) out.push(`${trail}: <${k.localName}> after <${seq[last]}>`);
        else last = at;
      }
      for (const req of CHART_SCHEMA_REQUIRED[el.localName] ?? [])
        if (!kids.some((k) => k.localName === req)) out.push(`${trail}: required <${req}> missing`);
    }
    kids.forEach((k) => visit(k, `${trail}/${k.localName}`));
  };
  visit(doc.documentElement, doc.documentElement.localName);
  return out;
}
