/** The headroom sheet (残業上限の残り): one row per employee, the least room first, the binding rule in words. */
import { buildHeadroomLayout } from '../../../src/report/sheets/headroom';
import { evaluate } from '../../../src/rules';
import { defaultParams } from '../../../src/rules/params';
import type { Dataset } from '../../../src/rules/types';

const dataset: Dataset = {
  employees: [
    { id: 'E1', name: '佐藤' },
    { id: 'E2', name: '鈴木' },
  ],
  // June 2025: E1 95 h, E2 20 h (statute only, 特別条項 not known).
  monthlyHours: [
    { employeeId: 'E1', month: '2025-06', overtime: 95, holidayWork: 0 },
    { employeeId: 'E2', month: '2025-06', overtime: 20, holidayWork: 0 },
  ],
  shifts: [],
  leaveGrants: [],
  leaveTakings: [],
  familyEvents: [],
  checklist: [],
  sources: [],
};

test('rows least room first: E1 65 h (2-month mean 160 − 95), E2 99.99 h (under 100 h)', () => {
  const report = evaluate(dataset, 'law36', defaultParams('2025-06-30'));
  const layout = buildHeadroomLayout(report, dataset);
  expect(layout.name).toBe('残業上限の残り');
  const rows = layout.values.slice(3).map((r) => [r[0], r[1], r[3], r[5]]);
  expect(rows).toEqual([
    ['E1', '佐藤', 65, '2か月平均80時間: 前月95時間のため今月は65時間まで'],
    ['E2', '鈴木', 99.99, '単月100時間未満: 今月は99.99時間まで'],
  ]);
  // The month: July 2025, the month after the latest with data.
  expect(layout.values[3][2]).toEqual({ date: '2025-07-01' });
});

test('English headers and the binding rule in English', () => {
  const report = evaluate(dataset, 'law36', defaultParams('2025-06-30'));
  const layout = buildHeadroomLayout(report, dataset, 'en');
  expect(layout.values[2][3]).toBe('Overtime left (h)');
  expect(layout.values[3][5]).toBe('2-month mean of 80 h: 95 h last month, so up to 65 h this month');
});
