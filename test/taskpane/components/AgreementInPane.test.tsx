/** @jest-environment jsdom */
/**
 * The company's 36協定 in the pane: a workbook whose `36協定` sheet allows 45 h with no 特別条項 and a 50-hour month
 * shows the violation among the legal ones, and 結果 lists how many more hours each employee may work next month.
 * The grids go through the pane's own pipeline (ingest → evaluate with the legal checks), as the pane runs it.
 */
import { screen } from '@testing-library/react';
import { evaluateIngested, ingestGrids } from '../../../src/pipeline';
import { defaultParams } from '../../../src/rules';
import type { RawValue, SheetGrid } from '../../../src/ingest/types';
import { Verdict } from '../../../src/taskpane/components/Verdict';
import { HeadroomList } from '../../../src/taskpane/components/HeadroomList';
import { renderPane, seriousAxeViolations } from '../render';

function grid(name: string, values: RawValue[][]): SheetGrid {
  return { name, firstRow: 1, firstCol: 1, values, numberFormats: values.map((r) => r.map(() => 'General')) };
}

const grids = [
  grid('社員名簿', [
    ['社員番号', '氏名', '雇用形態'],
    ['E1', '佐藤', '正社員'],
    ['E2', '鈴木', '正社員'],
  ]),
  grid('月次集計', [
    ['社員番号', '年月', '時間外労働', '休日労働'],
    ['E1', '2025-06', 50, 0],
    ['E2', '2025-06', 30, 0],
  ]),
  grid('36協定', [
    ['1か月', 45],
    ['1年', 360],
    ['特別条項', 'なし'],
    ['起算日', '2025/4/1'],
  ]),
];

test('a 50-hour month beyond the agreement’s 45 h is a legal violation in 結果, and the headroom is listed', async () => {
  // The pane's default run (all): the legal checks list E1's breach of the agreement first.
  const { report } = evaluateIngested(ingestGrids(grids), { profile: 'all', params: defaultParams('2025-06-30') });
  const names = new Map([
    ['E1', '佐藤'],
    ['E2', '鈴木'],
  ]);
  const { container } = renderPane(
    <>
      <Verdict report={report} names={names} />
      <HeadroomList report={report} names={names} />
    </>,
  );
  // E1: agreement.month-over (50 > 45) and law36.month-over-45, a violation without 特別条項 → 2 legal violations.
  expect(screen.getByTestId('legal').getAttribute('data-count')).toBe('2');
  expect(screen.getByTestId('legal').textContent).toContain('E1');
  // July: no 特別条項 → 45 h for each (year 360 − 50 / 360 − 30 is looser); least room first, ties by id.
  const entries = screen.getAllByTestId('headroom-entry').map((li) => li.textContent);
  expect(entries).toEqual([
    'E1 佐藤: あと 45.0 時間 — 36協定の1か月45時間（特別条項なし）: 今月は45時間まで',
    'E2 鈴木: あと 45.0 時間 — 36協定の1か月45時間（特別条項なし）: 今月は45時間まで',
  ]);
  expect(await seriousAxeViolations(container)).toEqual([]);
});
