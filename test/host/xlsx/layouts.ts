/** Host-neutral layouts as the report layer would give them, shared by the .xlsx writer and copy-port tests. */
import type { SheetLayout } from '../../../src/report/layout';

/** A minimal layout. */
export function layout(name: string, extra: Partial<SheetLayout> = {}): SheetLayout {
  return { name, values: [], styles: [], columnWidths: [], merges: [], hyperlinks: [], charts: [], ...extra };
}

/**
 * A summary with a header fill, number formats, a status colour, a merged title, links, frozen rows and a tab
 * colour; the last row carries text that must stay text (`injected` = its cells B6 and the link target of C5).
 */
export function summaryLayout(injected: { b6: string; linkC5: string }, extra: Partial<SheetLayout> = {}): SheetLayout {
  return layout('WLB基準サマリー', {
    values: [
      ['WLB基準サマリー', null, null],
      ['基準日', { date: '2026-03-31' }, null],
      ['項目', '実績', '詳細'],
      ['平均残業', 31.25, '36協定チェック'],
      ['男性育休', 0.3, '入力エラー'],
      ['=HYPERLINK("http://x","y")', injected.b6, '+81-3-1234'],
    ],
    styles: [
      { row: 3, col: 1, colEnd: 3, style: { bold: true, fill: '#DDEBF7', border: true } },
      { row: 4, col: 2, style: { numberFormat: '0.0' } },
      { row: 5, col: 2, style: { numberFormat: '0.0%' } },
      { row: 5, col: 2, style: { fill: '#F8CBAD', fontColor: '#9C0006' } },
    ],
    columnWidths: [24, 12, 18],
    merges: [{ row: 1, col: 1, colEnd: 3 }],
    hyperlinks: [
      { row: 4, col: 3, target: "'36協定チェック'!A1" },
      { row: 5, col: 3, target: injected.linkC5 },
    ],
    freezeRows: 3,
    tabColor: '#1F6FEB',
    ...extra,
  });
}
