/** @jest-environment jsdom */
/**
 * The verdict and the to-do list, from reports built by hand or evaluated by the rule module from a dataset whose
 * hours are given with the arithmetic. In jsdom with Testing Library, with an axe-core run.
 */
import { screen, within } from '@testing-library/react';
import { evaluate, defaultParams, type Dataset } from '../../../src/rules';
import { Verdict } from '../../../src/taskpane/components/Verdict';
import { namesById } from '../../../src/taskpane/verdict';
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
    const { container } = renderPane(<Verdict report={r} lawReports={[r]} names={new Map()} />);
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
    const law36 = evaluate(dataset, 'law36', params);
    expect(kurumin.findings.filter((f) => f.rule.startsWith('law36.'))).toEqual([]);
    renderPane(<Verdict report={kurumin} lawReports={[kurumin, law36]} names={namesById(dataset.employees)} />);
    const violation = screen.getByTestId('legal').querySelector('[data-rule="law36.month-100-or-more"]');
    expect(violation?.textContent).toContain('E001（山田 太郎）');
    expect(violation?.textContent).toContain('1 件');
    expect(screen.getByTestId('verdict-law')).toBeTruthy();
    expect(screen.getByTestId('todo').textContent).not.toContain('やることはありません');
  });
});
