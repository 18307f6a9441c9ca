import type { RawValue, SheetGrid } from '../../src/ingest/types';

/** A grid starting at A1 whose cells all have one number format unless `formats` says otherwise. */
export function grid(name: string, values: RawValue[][], formats?: (r: number, c: number) => string): SheetGrid {
  return {
    name,
    firstRow: 1,
    firstCol: 1,
    values,
    numberFormats: values.map((row, r) => row.map((_, c) => (formats ? formats(r, c) : 'General'))),
  };
}
