/**
 * The terminal table: the verdict first (the summary's words), then the criteria with units, legal criteria first
 * and worded 違反 / 警告 / 注意 (not 未達), aligned for CJK characters; in English with --lang en.
 */
import { formatCriteriaTable, statusLabel } from '../../src/report';
import { displayWidth } from '../../src/report/format';
import { criterion, makeReport } from './fixtures';

describe('formatCriteriaTable', () => {
  const report = makeReport({
    profile: 'kurumin-2025',
    verdict: {
      profile: 'kurumin-2025',
      criteriaMet: false,
      criteriaStatus: 'fail',
      legalViolations: 2,
      outcome: 'not-met',
      toConfirm: ['action-plan'],
    },
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
      criterion({ id: 'law36.month-100-or-more', status: 'fail', value: 1, threshold: 0, unit: 'count' }),
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

  it('says the verdict first, in the summary’s words', () => {
    expect(formatCriteriaTable(report).split('\n').slice(0, 6)).toEqual([
      '判定: 基準を満たしていない項目があり、法令違反が2件あります',
      '  認定・目標の基準: 未達（満たしていない基準があります）',
      '  法令違反: 2件（下の「法令違反・要対応」を参照）',
      '  要確認（データでは判断できない要件）:',
      '    - 一般事業主行動計画の策定・届出・公表・周知',
      '',
    ]);
  });

  it('aligns columns counting a CJK character as two, legal rows first, with units on every figure', () => {
    // Widths: id 27 (hours.avg-overtime-under-45), 判定 4, 実績 9 ('31.3 時間' = 5 + 4), 基準 9 ('45.0 時間'),
    // 不足分 the rest. Numbers are right-aligned; the last column is not padded.
    const lines = formatCriteriaTable(report).split('\n').slice(6);
    const sp = (n: number): string => ' '.repeat(n);
    expect(lines).toEqual([
      'id' + sp(25) + '  ' + '判定' + '  ' + sp(5) + '実績' + '  ' + sp(5) + '基準' + '  ' + '不足分',
      '-'.repeat(27) + '  ' + '-'.repeat(4) + '  ' + '-'.repeat(9) + '  ' + '-'.repeat(9) + '  ' + '-'.repeat(25),
      // The legal criterion first, worded 違反 (its finding's severity), 1 人 against 0 人.
      'law36.month-100-or-more' + sp(4) + '  ' + '違反' + '  ' + sp(5) + '1 人' + '  ' + sp(5) + '0 人',
      'hours.avg-overtime-under-45' + '  ' + '達成' + '  ' + '31.3 時間' + '  ' + '45.0 時間',
      'childcare.male-rate' +
        sp(8) +
        '  ' +
        '未達' +
        '  ' +
        sp(3) +
        '25.0 %' +
        '  ' +
        sp(3) +
        '30.0 %' +
        '  ' +
        '男性の取得者があと1人必要',
      '',
      '指摘: 違反 2件 / 警告 0件 / 注意 1件',
      '入力エラー: 1件',
    ]);
  });

  it('in English: the verdict, the headers, units and plurals', () => {
    const lines = formatCriteriaTable(report, 'en').split('\n');
    expect(lines[0]).toBe('Verdict: Some criteria are not met, and 2 legal violations were found');
    expect(lines.find((l) => l.startsWith('id'))).toMatch(/^id\s+Result\s+Value\s+Threshold\s+Gap$/);
    expect(lines.find((l) => l.startsWith('law36.month-100-or-more'))).toMatch(/Violation\s+1 person\s+0 people$/);
    expect(lines).toContain('Findings: Violation 2 cases / Warning 0 cases / At risk 1 case');
    expect(lines[lines.length - 1]).toBe('Input issues: 1');
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
