/**
 * Canary for the private internals of jszip and exceljs that src/host/vendor.ts reaches. Each test names the
 * internal it needs: after a library update, the failing test's name says which reach moved. The values
 * checked are the zip format's (PKWARE APPNOTE 4.4.5: method 8 = deflate, 0 = stored) and the published
 * CRC-32 check value, not the code's output.
 */
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import {
  VENDOR_INTERNALS,
  VendorInternalMissing,
  definedNamesMap,
  deflatedPart,
  jszipCrc32,
  loadedData,
  restoreDefinedNamesMap,
  restoreWorksheetSlots,
  worksheetSlots,
} from '../../src/host/vendor';

const TEXT = '<worksheet>勤怠 2026-04-01 8:00–17:00</worksheet>'.repeat(50);

describe('jszip internals', () => {
  it('jszip/lib/crc32: the CRC-32 check value, continued across chunks', async () => {
    const crc32 = await jszipCrc32();
    // CRC-32 (ISO-HDLC) of the nine bytes "123456789" is 0xCBF43926 (the catalogue's check value).
    const all = Buffer.from('123456789');
    expect(crc32(all, 0) >>> 0).toBe(0xcbf43926);
    expect(crc32(all.subarray(4), crc32(all.subarray(0, 4), 0)) >>> 0).toBe(0xcbf43926);
    // An empty chunk continues the running value (jszip's own would answer 0).
    expect(crc32(Buffer.alloc(0), 0x1234) >>> 0).toBe(0x1234);
  });

  it('jszip/lib/compressedObject and compressions DEFLATE: a part deflated by zlib is written as it is', async () => {
    const bytes = Buffer.from(TEXT, 'utf8');
    const crc32 = await jszipCrc32();
    const zip = new JSZip();
    zip.file(
      'xl/worksheets/sheet1.xml',
      (await deflatedPart(zlib.deflateRawSync(bytes), bytes.length, crc32(bytes, 0))) as never,
    );
    const reread = await JSZip.loadAsync(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await reread.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(TEXT);
  });

  it('jszip ZipObject._data: an entry loaded from a file keeps its compressed bytes and zip method', async () => {
    const zip = new JSZip();
    zip.file('deflated.xml', TEXT, { compression: 'DEFLATE' });
    zip.file('stored.xml', TEXT, { compression: 'STORE' });
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: 'nodebuffer' }));
    const deflated = loadedData(loaded, 'deflated.xml')!;
    expect(deflated.compression?.magic).toBe('\x08\x00'); // method 8, little-endian
    expect(zlib.inflateRawSync(deflated.compressedContent!).toString('utf8')).toBe(TEXT);
    const stored = loadedData(loaded, 'stored.xml')!;
    expect(stored.compression?.magic).toBe('\x00\x00'); // method 0
    expect(Buffer.from(stored.compressedContent!).toString('utf8')).toBe(TEXT);
    // An entry added in memory has no loaded bytes: the reader falls back to jszip's stream.
    expect(loadedData(zip, 'deflated.xml')?.compressedContent).toBeUndefined();
  });
});

describe('exceljs internals', () => {
  it('exceljs Workbook._worksheets: the sheet list by id, restored after a failed write', () => {
    const wb = new Workbook();
    const first = wb.addWorksheet('勤怠');
    const slots = worksheetSlots(wb).slice();
    expect(slots[first.id]).toBe(first); // indexed by sheet id
    wb.addWorksheet('チェッカー');
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['勤怠', 'チェッカー']);
    restoreWorksheetSlots(wb, slots);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['勤怠']);
  });

  it('exceljs Workbook._definedNames.matrixMap: names by name, restored after a failed write', () => {
    const wb = new Workbook();
    wb.addWorksheet('勤怠');
    const before = { ...definedNamesMap(wb) };
    wb.definedNames.add("'勤怠'!$A$1", 'WLBChecker_1');
    expect(Object.keys(definedNamesMap(wb))).toContain('WLBChecker_1');
    expect(wb.definedNames.model.map((d) => d.name)).toContain('WLBChecker_1');
    restoreDefinedNamesMap(wb, before);
    expect(wb.definedNames.model.map((d) => d.name)).not.toContain('WLBChecker_1');
  });

  it('fails by name when an internal is gone', () => {
    const moved = new Workbook() as unknown as Record<string, unknown>;
    delete moved._worksheets;
    expect(() => worksheetSlots(moved as unknown as Workbook)).toThrow(VendorInternalMissing);
    expect(() => worksheetSlots(moved as unknown as Workbook)).toThrow('exceljs Workbook._worksheets');
  });
});

it('every internal of vendor.ts has its canary above', () => {
  expect([...VENDOR_INTERNALS]).toEqual([
    'jszip/lib/compressedObject',
    'jszip/lib/compressions DEFLATE',
    'jszip/lib/crc32',
    'jszip ZipObject._data',
    'exceljs Workbook._worksheets',
    'exceljs Workbook._definedNames.matrixMap',
  ]);
});
