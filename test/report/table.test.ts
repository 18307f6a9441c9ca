import { formatCriteriaTable, statusLabel } from '../../src/report';
import { displayWidth } from '../../src/report/format';
import { criterion, makeReport } from './fixtures';

describe('formatCriteriaTable', () => {
  const report = makeReport({
    criteria: [
      criterion({ id: 'hours.avg-overtime-under-45', status: 'pass', value: 31.25, threshold: 45, unit: 'hours' }),
      criterion({
        id: 'childcare.male-rate',
        status: 'fail',
        value: 0.25,
        threshold: 0.3,
        unit: 'rate',
        gap: '男性の取得者があと1人必要',
      }),
      criterion({
        id: 'leave.five-day-obligation',
        status: 'insufficient-data',
        value: null,
        threshold: 0,
        unit: 'count',
        gap: 'データなし',
      }),
    ],
    findings: [
      { rule: 'law36.month-100-or-more', employeeId: 'E017', period: '2025-12', value: 104.5, severity: 'violation' },
      {
        rule: 'law36.avg-over-80',
        employeeId: 'E017',
        period: '2025-11..2025-12',
        value: 82.25,
        severity: 'violation',
      },
      { rule: 'law36.approaching', employeeId: 'E002', period: '2026-03', value: 37, severity: 'at-risk' },
    ],
    inputIssues: [{ sheet: '勤怠', cell: 'D15', value: '9;00', message: '時刻として読めません' }],
  });

  it('aligns columns counting a CJK character as two columns', () => {
    // Widths: id 27 (hours.avg-overtime-under-45), 判定 10 (データ不足), 実績 8 (31.3時間), 基準 8 (45.0時間),
    // 不足分 25 (男性の取得者があと1人必要: 12 wide + 1). Numbers are right-aligned; the last column is not padded.
    const sp = (n: number): string => ' '.repeat(n);
    expect(formatCriteriaTable(report).split('\n')).toEqual([
      'id' + sp(25) + '  ' + '判定' + sp(6) + '  ' + sp(4) + '実績' + '  ' + sp(4) + '基準' + '  ' + '不足分',
      '-'.repeat(27) + '  ' + '-'.repeat(10) + '  ' + '-'.repeat(8) + '  ' + '-'.repeat(8) + '  ' + '-'.repeat(25),
      'hours.avg-overtime-under-45' + '  ' + '達成' + sp(6) + '  ' + '31.3時間' + '  ' + '45.0時間',
      'childcare.male-rate' +
        sp(8) +
        '  ' +
        '未達' +
        sp(6) +
        '  ' +
        sp(3) +
        '25.0%' +
        '  ' +
        sp(3) +
        '30.0%' +
        '  ' +
        '男性の取得者があと1人必要',
      'leave.five-day-obligation' +
        sp(2) +
        '  ' +
        'データ不足' +
        '  ' +
        sp(8) +
        '  ' +
        sp(7) +
        '0' +
        '  ' +
        'データなし',
      '',
      '指摘: 違反 2件 / 警告 0件 / 注意 1件',
      '入力エラー: 1件',
    ]);
  });
});

describe('formatCriteriaTable with a long gap', () => {
  it('cuts the gap at 100 columns and the rule under it at 40', () => {
    const gap = '2025-04 の平均時間外労働をあと20.0時間減らす必要。'.repeat(5);
    const lines = formatCriteriaTable(makeReport({ criteria: [criterion({ id: 'a', status: 'fail', gap })] })).split(
      '\n',
    );
    // Row: 'a' padded to 2 (id header) + 2, 未達 (4) + 2, 実績 and 基準 empty (4 + 2 each) = 22 columns before the gap.
    const prefix = 'a ' + '  ' + '未達' + '  ' + '    ' + '  ' + '    ' + '  ';
    expect(lines[2].startsWith(prefix)).toBe(true);
    const shown = lines[2].slice(prefix.length);
    expect(shown.endsWith('…')).toBe(true);
    expect(displayWidth(shown)).toBeLessThanOrEqual(100);
    expect(displayWidth(shown)).toBeGreaterThanOrEqual(98);
    expect(lines[1].endsWith(' ' + '-'.repeat(40))).toBe(true);
  });
});

describe('statusLabel', () => {
  it('names each status in Japanese and English', () => {
    expect(['pass', 'fail', 'insufficient-data', 'not-applicable'].map((s) => statusLabel(s as never, 'ja'))).toEqual([
      '達成',
      '未達',
      'データ不足',
      '対象外',
    ]);
    expect(statusLabel('insufficient-data', 'en')).toBe('Insufficient data');
  });
});
