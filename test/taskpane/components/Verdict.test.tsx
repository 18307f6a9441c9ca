/** @jest-environment jsdom */
/**
 * The verdict and the to-do list, from reports built by hand or evaluated by the rule module from a dataset whose
 * hours are given with the arithmetic. In jsdom with Testing Library, with an axe-core run.
 */
import { screen, within } from '@testing-library/react';
import { evaluate, defaultParams, withLegalChecks, type Dataset } from '../../../src/rules';
import { Verdict } from '../../../src/taskpane/components/Verdict';
import { namesById } from '../../../src/taskpane/findings-view';
import { renderPane, seriousAxeViolations } from '../render';
import { criterion, report } from './reports';

describe('Verdict and to-do', () => {
  it('counts the くるみん either-or male rates as met when one passes, and lists the rest to do', async () => {
    // 男性の育休取得率 20 % < 30 % fails, but 育児目的休暇を含む率 55 % ≥ 50 % passes: くるみん needs one of the two.
    const r = report('kurumin-2025', [
      criterion('childcare.male-rate', 'fail', { value: 0.2, threshold: 0.3, unit: 'rate', gap: 'あと1人' }),
      criterion('childcare.male-rate-with-purpose-leave', 'pass', { value: 0.55, threshold: 0.5, unit: 'rate' }),
      criterion('childcare.female-rate', 'insufficient-data', {
        unit: 'rate',
        gap: '出産した女性が分かる休業の表が必要です',
      }),
    ]);
    const { container } = renderPane(<Verdict report={r} names={new Map()} />);
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('insufficient-data');
    const todo = within(screen.getByTestId('todo-items'));
    expect(todo.queryByText(/男性の育児休業等取得率$/)).toBeNull();
    expect(screen.getByTestId('todo-items').querySelectorAll('li')).toHaveLength(1);
    expect(screen.getByTestId('todo-items').textContent).toContain('出産した女性が分かる休業の表が必要です');
    expect(screen.getByTestId('legal').getAttribute('data-count')).toBe('0');
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('shows a 36協定 violation of the same data under a くるみん run, with the employee’s name', () => {
    // E001 山田 太郎: 2025-10 overtime 90 h + holiday work 12 h = 102 h ≥ 100 h in one month (労基法36条6項2号).
    const dataset: Dataset = {
      employees: [
        {
          id: 'E001',
          name: '山田 太郎',
          gender: 'male',
          employmentType: '正社員',
          hireDate: '2020-04-01',
          birthDate: '1990-05-01',
        },
      ],
      monthlyHours: [{ employeeId: 'E001', month: '2025-10', overtime: 90, holidayWork: 12 }],
      shifts: [],
      leaveGrants: [],
      leaveTakings: [],
      familyEvents: [],
      checklist: [],
      sources: [],
    };
    const params = defaultParams('2026-03-31');
    const kurumin = evaluate(dataset, 'kurumin-2025', params);
    expect(kurumin.findings.filter((f) => f.rule.startsWith('law36.'))).toEqual([]);
    // The run's report as the pipeline returns it: the legal checks evaluated beside くるみん.
    const run = withLegalChecks(kurumin, dataset, params);
    renderPane(<Verdict report={run} names={namesById(dataset.employees)} />);
    const violation = screen.getByTestId('legal').querySelector('[data-rule="law36.month-100-or-more"]');
    expect(violation?.textContent).toContain('E001（山田 太郎）');
    expect(violation?.textContent).toContain('1 件');
    // The month as HR writes it in prose, not the JSON's 2025-10.
    expect(violation?.textContent).toContain('2025年10月');
    expect(violation?.textContent).not.toContain('2025-10');
    expect(screen.getByTestId('verdict-sentence').textContent).toContain('法令違反が');
    expect(screen.getByTestId('todo').textContent).not.toContain('やることはありません');
  });

  it('never says 達成 while a legal violation is in the data: the figures met, the violations counted, 要確認 listed', async () => {
    // Both くるみん figures pass, but E017 worked 104.5 h in 2025-12 (≥ 100 h, 労基法36条6項2号) and one employee
    // took 3 of 5 days (労基法39条7項): 2 legal violations. くるみん needs no serious breach of the labour laws.
    const r = {
      ...report(
        'kurumin-2025',
        [
          criterion('childcare.male-rate', 'pass', { value: 0.6, threshold: 0.3, unit: 'rate' }),
          criterion('childcare.female-rate', 'pass', { value: 1, threshold: 0.75, unit: 'rate' }),
        ],
        [
          {
            rule: 'law36.month-100-or-more',
            employeeId: 'E017',
            period: '2025-12',
            value: 104.5,
            severity: 'violation',
          },
          {
            rule: 'leave.five-day-obligation',
            employeeId: 'E004',
            period: '2025-04-01',
            value: 3,
            severity: 'violation',
          },
          { rule: 'law36.month-over-45', employeeId: 'E017', period: '2025-12', value: 104.5, severity: 'warning' },
        ],
      ),
    };
    const { container } = renderPane(<Verdict report={r} names={new Map()} />);
    const box = screen.getByTestId('verdict');
    expect(box.getAttribute('data-verdict')).toBe('met-but-legal-violations');
    expect(screen.getByTestId('verdict-sentence').textContent).toBe(
      '基準の数値は満たしています — ただし法令違反が2件あり、認定されない可能性があります',
    );
    expect(box.textContent).not.toContain('すべての基準を満たしています');
    const toConfirm = [...screen.getByTestId('to-confirm').querySelectorAll('li')].map((li) => li.textContent);
    expect(toConfirm).toContain('一般事業主行動計画の策定・届出・公表・周知');
    expect(toConfirm).toContain('行動計画に定めた目標の達成');
    expect(screen.getByTestId('legal').getAttribute('data-count')).toBe('2');
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('says the English verdict with ASCII punctuation and a plural that fits', () => {
    const r = report(
      'kurumin-2025',
      [criterion('childcare.male-rate', 'pass', { value: 0.6, threshold: 0.3, unit: 'rate' })],
      [{ rule: 'law36.month-100-or-more', employeeId: 'E017', period: '2025-12', value: 104.5, severity: 'violation' }],
    );
    renderPane(<Verdict report={r} names={new Map()} />, 'en');
    expect(screen.getByTestId('verdict-sentence').textContent).toBe(
      'The criteria figures are met - but 1 legal violation was found, so the certification may not be granted',
    );
    expect(screen.getByTestId('legal').textContent).toMatch(/: 1 case(?!s)/);
    expect(screen.getByTestId('legal').textContent).not.toMatch(/[（）「」、]/);
  });
});
