/**
 * Every reach into a private internal of jszip (3.10) or exceljs (4.4), in one place. None of these is in the
 * libraries' type declarations or documentation, so an update may move any of them without notice; each is named
 * in `VENDOR_INTERNALS` and checked by the canary test (test/host/vendor.test.ts), which fails by the
 * internal's name. Why each is worth the risk is said where it is used.
 *
 * Browser-safe: the task pane's sample preview imports ./xlsx/memory-port.ts (exceljs internals), so nothing here
 * imports a Node built-in, and jszip's own modules are loaded by dynamic import only when the `--out` copy writes a
 * part (a separate chunk the pane never fetches).
 */
import type JSZip from 'jszip';
import type { Workbook, Worksheet } from 'exceljs';

/** The internals this module reaches, by the name the canary test and its failure message use. */
export const VENDOR_INTERNALS = [
  'jszip/lib/compressedObject',
  'jszip/lib/compressions DEFLATE',
  'jszip/lib/crc32',
  'jszip ZipObject._data',
  'exceljs Workbook._worksheets',
  'exceljs Workbook._definedNames.matrixMap',
] as const;
export type VendorInternal = (typeof VENDOR_INTERNALS)[number];

/** Thrown when a library update moved an internal: the message names it, so the fix starts in the right place. */
export class VendorInternalMissing extends Error {
  override name = 'VendorInternalMissing';
  constructor(readonly internal: VendorInternal) {
    super(`library internal not found: ${internal} (src/host/vendor.ts; a jszip or exceljs update moved it)`);
  }
}

function need<T>(value: T | undefined | null, internal: VendorInternal): T {
  if (value === undefined || value === null) throw new VendorInternalMissing(internal);
  return value;
}

// --- jszip ------------------------------------------------------------------------------------------------------

/**
 * The compressed bytes of a zip entry as loaded from the file (`ZipObject._data`, a CompressedObject), or
 * undefined for an entry added in memory. `compression.magic` is the zip method (`\x08\x00` deflate, `\x00\x00`
 * stored). Inflating these with Node's zlib is several times faster than jszip's own (pako, in JavaScript) on a
 * 130 MB worksheet.
 */
export interface LoadedData {
  compressedContent: Uint8Array;
  compression: { magic: string };
}

/** `zip.files[part]._data` when it holds loaded compressed bytes (see LoadedData). */
export function loadedData(zip: JSZip, part: string): Partial<LoadedData> | undefined {
  return (zip.files[part] as unknown as { _data?: Partial<LoadedData> } | undefined)?._data;
}

type CompressedObjectClass = new (
  compressedSize: number,
  uncompressedSize: number,
  crc32: number,
  compression: unknown,
  data: Uint8Array,
) => object;
type Crc32 = (data: Uint8Array, previous?: number) => number;

/**
 * A part already deflated (by zlib), as jszip writes it without recompressing: a CompressedObject given to
 * `zip.file()` is copied to the zip as its compressed bytes.
 */
export async function deflatedPart(data: Uint8Array, uncompressedSize: number, crc32: number): Promise<object> {
  const CompressedObject = need(
    (await import('jszip/lib/compressedObject')).default as CompressedObjectClass | undefined,
    'jszip/lib/compressedObject',
  );
  const deflate = need((await import('jszip/lib/compressions')).default?.DEFLATE, 'jszip/lib/compressions DEFLATE');
  return new CompressedObject(data.length, uncompressedSize, crc32, deflate, data);
}

/** jszip's CRC-32, continued from `previous` (an empty chunk leaves it as it is: jszip's own would answer 0). */
export async function jszipCrc32(): Promise<(data: Uint8Array, previous: number) => number> {
  const crc32 = need((await import('jszip/lib/crc32')).default as Crc32 | undefined, 'jszip/lib/crc32');
  return (data, previous) => (data.length === 0 ? previous : crc32(data, previous));
}

// --- exceljs ----------------------------------------------------------------------------------------------------

/** exceljs' workbook fields the all-or-nothing write snapshots and restores. */
interface WorkbookInternals {
  _worksheets?: (Worksheet | undefined)[];
  _definedNames?: { matrixMap?: Record<string, unknown> };
}

/** The workbook's sheet list by sheet id (`Workbook._worksheets`; index 0 and removed ids are holes). */
export function worksheetSlots(wb: Workbook): (Worksheet | undefined)[] {
  return need((wb as unknown as WorkbookInternals)._worksheets, 'exceljs Workbook._worksheets');
}

/** Puts back a sheet list taken by `worksheetSlots` (a failed write leaves the workbook as it was). */
export function restoreWorksheetSlots(wb: Workbook, slots: (Worksheet | undefined)[]): void {
  worksheetSlots(wb);
  (wb as unknown as WorkbookInternals)._worksheets = slots;
}

/**
 * The defined names by name (`Workbook._definedNames.matrixMap`): a name is deleted outright here, where exceljs'
 * public `definedNames` removes a name one cell range at a time, and the whole map is snapshotted in one step.
 */
export function definedNamesMap(wb: Workbook): Record<string, unknown> {
  return need(
    (wb as unknown as WorkbookInternals)._definedNames?.matrixMap,
    'exceljs Workbook._definedNames.matrixMap',
  );
}

/** Puts back a map taken by `definedNamesMap`. */
export function restoreDefinedNamesMap(wb: Workbook, map: Record<string, unknown>): void {
  definedNamesMap(wb);
  (wb as unknown as Required<WorkbookInternals>)._definedNames.matrixMap = map;
}
