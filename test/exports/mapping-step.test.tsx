/**
 * @jest-environment jsdom
 */
/**
 * 列の確認 (mapping v2 in the task pane): a KOT 月別データ in 60進数 whose columns are asked about shows the question
 * on its card; choosing 60進数 for a column dispatches the sheet's mapping entry that `--mapping` also takes, and the
 * 結果 banner says that nothing usable was read.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ingestWorkbook } from '../../src/ingest';
import type { SheetGrid } from '../../src/ingest/types';
import { evaluateIngested } from '../../src/pipeline';
import { defaultParams } from '../../src/rules/params';
import { MappingStep, ReadingBanner, withContext, withStyle } from '../../src/taskpane/components/MappingStep';
import type { Action } from '../../src/taskpane/state';

/** KOT 月別データ in 60進数 (as in ./fixtures/king-of-time.ts): no fraction above .59, no arithmetic to decide. */
const kot: SheetGrid = {
  name: 'custom_csv_20250401_20250430',
  firstRow: 1,
  firstCol: 1,
  values: [
    ['従業員コード', '名前', '労働合計時間', '残業時間', '法定休日所定時間'],
    ['1001', '山田 太郎', 56.3, 8.3, 0],
    ['1002', '佐藤 花子', 19, 0, 7],
  ],
  numberFormats: [
    ['General', 'General', 'General', 'General', 'General'],
    ['General', 'General', 'General', 'General', 'General'],
    ['General', 'General', 'General', 'General', 'General'],
  ],
};

test('the asked column shows on the card, and choosing 60進数 dispatches the v2 entry', () => {
  const ingest = ingestWorkbook([kot]);
  const actions: Action[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <MappingStep detected={ingest.sheets} dispatch={(a) => actions.push(a)} />
    </FluentProvider>,
  );
  expect(screen.getByTestId('mapping-layout').textContent).toContain('KING OF TIME 月別データ');
  expect(screen.getByTestId('mapping-problems').textContent).toMatch(/列 D「残業時間」.*10進数.*60進数/);
  const style = screen.getAllByTestId('mapping-style')[1];
  fireEvent.click(style);
  fireEvent.click(screen.getByRole('option', { name: /60進数/ }));
  expect(actions).toEqual([
    {
      type: 'sheetMappingSet',
      sheet: 'custom_csv_20250401_20250430',
      mapping: { durationStyle: { D: 'sexagesimal' } },
    },
  ]);
});

test('the entry the pane builds reads the sheet (8.30 → 8.5 h) exactly as --mapping does', () => {
  const entry = withStyle(withStyle({}, 'C', 'sexagesimal'), 'D', 'sexagesimal');
  const { dataset } = ingestWorkbook([kot], { mapping: { [kot.name]: entry } });
  // 56.30 → 56.5, 8.30 → 8.5; the month from the sheet name (20250401_20250430 → 2025-04).
  expect(dataset.monthlyHours.map((m) => [m.employeeId, m.month, m.worked, m.overtime, m.holidayWork])).toEqual([
    ['1001', '2025-04', 56.5, 8.5, 0],
    ['1002', '2025-04', 19, 0, 7],
  ]);
  expect(withContext({}, 'month', 'fileName')).toEqual({ fields: { month: { context: 'file name' } } });
});

test('結果 opens with a banner when nothing usable was read', () => {
  const ingest = ingestWorkbook([kot]);
  const { report } = evaluateIngested(ingest, { profile: 'all', params: defaultParams('2026-03-31') });
  render(
    <FluentProvider theme={webLightTheme}>
      <ReadingBanner report={report} />
    </FluentProvider>,
  );
  const banner = screen.getByTestId('reading-banner');
  expect(banner.textContent).toContain('勤怠・休暇の行を1行も使えていません');
  expect(banner.textContent).toContain('残業時間');
});
