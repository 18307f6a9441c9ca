/**
 * Pure helpers of the office-js host, with values worked out by hand.
 */
import {
  errorDetail,
  isCellEditMode,
  isPayloadTooLarge,
  officeErrorCode,
  withCellEditRetry,
} from '../../../src/host/officejs/errors';
import { capBlockRows, toRawValue, toRawValues } from '../../../src/host/officejs/read';
import {
  buildSheetMatrices,
  chunkRows,
  columnWidthPoints,
  freeSheetNames,
  guardText,
  newMarkerNames,
  rangeAddress,
  readMarkers,
  toExcelInput,
  utf8Length,
} from '../../../src/host/officejs/write';

describe('reading helpers', () => {
  it('maps Excel values to RawValues: blank → null, error strings → { error }', () => {
    expect(toRawValues([[1, '', true, 'a', '#DIV/0!', '#SPILL!', '#GETTING_DATA', '#タグ']])).toEqual([
      [1, null, true, 'a', { error: '#DIV/0!' }, { error: '#SPILL!' }, { error: '#GETTING_DATA' }, '#タグ'],
    ]);
    expect(toRawValue('#N/A')).toEqual({ error: '#N/A' });
  });

  it('caps a block at 5,000,000 cells and at the rows left', () => {
    expect(capBlockRows(5_000, 2_000, 100_000)).toBe(2_500); // 5,000,000 ÷ 2,000
    expect(capBlockRows(5_000, 1_001, 100_000)).toBe(4_995); // ⌊5,000,000 ÷ 1,001⌋
    expect(capBlockRows(5_000, 8, 1_200)).toBe(1_200);
    expect(capBlockRows(5_000, 16_384, 10)).toBe(10);
  });

  it('recognises Excel payload and cell-edit errors by code', () => {
    expect(isPayloadTooLarge({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge({ code: 'ItemNotFound' })).toBe(false);
    expect(isCellEditMode({ code: 'InvalidOperationInCellEditMode' })).toBe(true);
    // A RichApi error re-thrown as plain text keeps only its message; the code named there still counts.
    expect(isCellEditMode(new Error('InvalidOperationInCellEditMode'))).toBe(true);
    expect(isCellEditMode(new Error('The cell is being edited'))).toBe(false);
  });

  it('passes other errors through at once, without retrying', async () => {
    let calls = 0;
    const failing = withCellEditRetry(
      async () => {
        calls++;
        throw Object.assign(new Error('x'), { code: 'ItemNotFound' });
      },
      { sleep: async () => undefined },
    );
    await expect(failing).rejects.toThrow('x');
    expect(calls).toBe(1);
  });
});

describe('writing helpers', () => {
  it('guards text that Excel would run or convert, and only that', () => {
    expect(guardText('=1+1')).toBe("'=1+1");
    expect(guardText('+81 90')).toBe("'+81 90");
    expect(guardText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardText('2025-04')).toBe("'2025-04");
    expect(guardText('４月１日')).toBe("'４月１日");
    expect(guardText('true')).toBe("'true");
    expect(guardText('#N/A')).toBe("'#N/A");
    expect(guardText("'quoted")).toBe("''quoted");
    expect(guardText('山田 太郎')).toBe('山田 太郎');
    expect(guardText('達成')).toBe('達成');
  });

  it('converts layout cells: dates to serials, own formulas with =, null to blank', () => {
    expect(toExcelInput({ date: '2026-04-01' }, false)).toBe(46113);
    expect(toExcelInput({ date: '2026-04-01' }, true)).toBe(46113 - 1462);
    expect(toExcelInput({ formula: 'SUM(B2:B4)', result: 3 }, false)).toBe('=SUM(B2:B4)');
    expect(toExcelInput(null, false)).toBe('');
    expect(toExcelInput(0.5, false)).toBe(0.5);
  });

  it('pads ragged rows and applies style number formats over the date default', () => {
    const m = buildSheetMatrices(
      {
        name: 't',
        values: [['a'], [1, { date: '2026-04-01' }], [null, { date: '2026-04-02' }]],
        styles: [
          { row: 3, col: 2, style: { numberFormat: 'yyyy"年"m"月"d"日"' } },
          { row: 1, col: 3, rowEnd: 1, colEnd: 3, style: { numberFormat: '0.0%' } },
        ],
        columnWidths: [],
        merges: [],
        hyperlinks: [],
        charts: [],
      },
      false,
    );
    expect(m.values).toEqual([
      ['a', '', ''],
      [1, 46113, ''],
      ['', 46114, ''],
    ]);
    expect(m.numberFormats).toEqual([
      ['General', 'General', '0.0%'],
      ['General', 'yyyy/m/d', 'General'],
      ['General', 'yyyy"年"m"月"d"日"', 'General'],
    ]);
    expect([m.rowCount, m.columnCount]).toEqual([3, 3]);
  });

  it('writes addresses, widths and sizes', () => {
    expect(rangeAddress({ row: 2, col: 1, rowEnd: 3, colEnd: 4 })).toBe('A2:D3');
    expect(rangeAddress({ row: 5, col: 2 })).toBe('B5');
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 1); // Excel's default column: 64 px = 48 pt
    expect(utf8Length('aé勤😀')).toBe(1 + 2 + 3 + 4);
    expect(chunkRows([40, 40, 40], 100)).toEqual([
      [0, 2],
      [2, 3],
    ]);
    expect(chunkRows([150, 10], 100)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(chunkRows([], 100)).toEqual([]);
  });

  it('reads the checker marks from defined names and picks free names', () => {
    const markers = readMarkers([
      { name: 'WLBChecker_1', formula: "='WLB基準サマリー (2)'!$A$1" },
      { name: 'WLBChecker_2', formula: '=#REF!$A$1' },
      { name: 'WLBChecker_3', formula: "='36協定チェック'!$A$1" },
      { name: 'Print_Area', formula: '=勤怠!$A$1:$D$9' },
    ]);
    expect([...markers.bySheet.entries()]).toEqual([
      ['wlb基準サマリー (2)', ['WLBChecker_1']],
      ['36協定チェック', ['WLBChecker_3']],
    ]);
    expect(markers.stale).toEqual(['WLBChecker_2']);
    expect(newMarkerNames(markers.all, 2)).toEqual(['WLBChecker_4', 'WLBChecker_5']);
    expect(newMarkerNames(['WLBChecker_2'], 2)).toEqual(['WLBChecker_1', 'WLBChecker_3']);
    expect(freeSheetNames('~wlb_tmp_', ['~WLB_TMP_1', '勤怠'], 2)).toEqual(['~wlb_tmp_2', '~wlb_tmp_3']);
  });
});

describe('Office error codes (the one list the host and the pane share)', () => {
  it('takes the code an error carries, or a known code its message names, and nothing else', () => {
    expect(officeErrorCode({ code: 'InvalidOperationInCellEditMode', message: 'editing' })).toBe(
      'InvalidOperationInCellEditMode',
    );
    expect(officeErrorCode(new Error('RichApi.Error: ResponsePayloadSizeLimitExceeded'))).toBe(
      'ResponsePayloadSizeLimitExceeded',
    );
    expect(officeErrorCode(new Error('The sheet was renamed'))).toBe('');
    expect(officeErrorCode('boom')).toBe('');
    expect(officeErrorCode(null)).toBe('');
    expect(officeErrorCode({ code: 42 })).toBe('');
  });

  it('recognises a re-thrown message as cell-edit mode or too large', () => {
    expect(isCellEditMode(new Error('InvalidOperationInCellEditMode: Excel is in cell-editing mode.'))).toBe(true);
    expect(isPayloadTooLarge({ message: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge(new Error('GeneralException'))).toBe(false);
  });

  it('describes an error by its code and message, without naming the code twice', () => {
    expect(errorDetail({ code: 'InvalidOperationInCellEditMode', message: 'Excel is in cell-editing mode.' })).toBe(
      'InvalidOperationInCellEditMode: Excel is in cell-editing mode.',
    );
    expect(errorDetail(Object.assign(new Error('RichApi.Error: ItemNotFound'), { code: 'ItemNotFound' }))).toBe(
      'RichApi.Error: ItemNotFound',
    );
    expect(errorDetail(new Error('HTTP 404'))).toBe('HTTP 404');
    expect(errorDetail('boom')).toBe('boom');
    expect(errorDetail(undefined)).toBe('undefined');
  });
});
