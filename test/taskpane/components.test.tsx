/** @jest-environment jsdom */
/**
 * The pane's components in jsdom with Testing Library: what a person sees and can do, plus an axe-core run on
 * each. Reports are built by hand (criteria with the figures written here), or evaluated by the rule module from a
 * dataset whose hours are given below with the arithmetic.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { evaluate, defaultParams, type CriterionResult, type Dataset, type Report } from '../../src/rules';
import { ChecklistPanel } from '../../src/taskpane/components/ChecklistPanel';
import { DateInput } from '../../src/taskpane/components/DateInput';
import { ErrorBar } from '../../src/taskpane/components/ErrorBar';
import { ErrorBoundary } from '../../src/taskpane/components/ErrorBoundary';
import { SettingsStep } from '../../src/taskpane/components/SettingsStep';
import { Stepper } from '../../src/taskpane/components/Stepper';
import { Verdict } from '../../src/taskpane/components/Verdict';
import { WhatIfStep } from '../../src/taskpane/components/WhatIfStep';
import type { Action, StepId } from '../../src/taskpane/state';
import { namesById } from '../../src/taskpane/verdict';
import { renderPane, seriousAxeViolations } from './render';

function criterion(
  id: string,
  status: CriterionResult['status'],
  extra: Partial<CriterionResult> = {},
): CriterionResult {
  return {
    id,
    title: id,
    category: 'x',
    status,
    value: null,
    threshold: null,
    unit: null,
    gap: null,
    source: 's',
    ...extra,
  };
}

function report(profile: string, criteria: CriterionResult[], findings: Report['findings'] = []): Report {
  return {
    asOf: '2026-03-31',
    profile,
    windows: { months12: ['2025-04', '2026-03'], years3: ['2023-04', '2026-03'], plan: ['2023-04-01', '2026-03-31'] },
    criteria,
    findings,
    inputIssues: [],
  };
}

describe('Stepper', () => {
  it('names every step for a screen reader, focuses the step heading and reports the chosen step', async () => {
    const chosen: StepId[] = [];
    const { container } = renderPane(
      <Stepper step="settings" reachable={(s) => s !== 'export'} onChoose={(s) => chosen.push(s)} />,
    );
    expect(screen.getByRole('tablist', { name: '手順' })).toBeTruthy();
    const names = screen.getAllByRole('tab').map((t) => t.getAttribute('aria-label'));
    expect(names).toEqual(['1. 検出', '2. 列の確認', '3. 設定', '4. 結果', '5. 試算', '6. 書き出し']);
    expect(document.activeElement?.textContent).toBe('設定');
    expect(document.activeElement?.tagName).toBe('H2');
    fireEvent.click(screen.getByRole('tab', { name: '4. 結果' }));
    expect(chosen).toEqual(['results']);
    expect((screen.getByRole('tab', { name: '6. 書き出し' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await seriousAxeViolations(container)).toEqual([]);
  });
});

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

describe('What-if summary', () => {
  it('shows real → what-if counts and the changed row right under the controls', async () => {
    // Real: 2 met, 0 not met. What-if target 70 % makes the 60 % male rate fail: 達成 2 → 1, 未達 0 → 1.
    const real = report('kurumin-2025', [
      criterion('childcare.male-rate', 'pass', { value: 0.6, threshold: 0.3, unit: 'rate' }),
      criterion('childcare.female-rate', 'pass', { value: 1, threshold: 0.75, unit: 'rate' }),
    ]);
    const tried = report('kurumin-2025', [
      criterion('childcare.male-rate', 'fail', { value: 0.6, threshold: 0.7, unit: 'rate', gap: 'あと1人' }),
      real.criteria[1],
    ]);
    const whatIf = { thresholds: { 'childcare.male-rate': 0.7 }, extraMen: 0, overtimeCutPercent: 0 };
    const { container } = renderPane(
      <WhatIfStep
        profile="kurumin-2025"
        params={defaultParams('2026-03-31')}
        whatIf={whatIf}
        whatIfCriterion="childcare.male-rate"
        report={tried}
        realReport={real}
        names={new Map()}
        expanded={[]}
        dispatch={() => {}}
      />,
    );
    const rows = [...screen.getByTestId('whatif-summary').querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual(['達成 2 → 1', '未達 0 → 1', 'データ不足 0 → 0']);
    expect(screen.getByTestId('active-changes').textContent).toContain('基準 70.0%');
    const changed = screen.getByTestId('changed');
    expect(changed.querySelector('[data-criterion="childcare.male-rate"]')?.textContent).toContain(
      '実データ 達成 → 試算 未達',
    );
    // Order on the page: summary, controls, then the changed rows.
    const order = ['whatif-summary', 'whatif-controls', 'changed'].map((id) => screen.getByTestId(id));
    expect(order[0].compareDocumentPosition(order[1]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(order[1].compareDocumentPosition(order[2]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('whatif-criterion')).toHaveProperty('value', 'childcare.male-rate');
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('says the range for a 120 % cut instead of "enter a number", and does not commit it', () => {
    const actions: Action[] = [];
    const real = report('kurumin-2025', []);
    renderPane(
      <WhatIfStep
        profile="kurumin-2025"
        params={defaultParams('2026-03-31')}
        whatIf={null}
        whatIfCriterion={null}
        report={real}
        realReport={real}
        names={new Map()}
        expanded={[]}
        dispatch={(a) => actions.push(a)}
      />,
    );
    fireEvent.change(screen.getByTestId('overtime-cut'), { target: { value: '120' } });
    expect(screen.getByText('0〜100 % の整数で入力してください。')).toBeTruthy();
    fireEvent.change(screen.getByTestId('extra-men'), { target: { value: '-5' } });
    expect(screen.getByText('0〜1,000 の整数で入力してください。')).toBeTruthy();
    expect(actions).toEqual([]);
  });
});

describe('Checklist answered in the pane', () => {
  it('sends ○ and the note for item 58, with the evidence the Q&A asks for shown beside it', async () => {
    const item = criterion('checklist.58', 'insufficient-data', {
      evidence: [
        {
          itemNo: '58',
          text: '勤務間インターバル制度を設けている',
          answer: null,
          evidenceAsked: '制度が分かる就業規則等',
          evidenceGiven: null,
        },
      ],
    });
    const actions: Action[] = [];
    const { container } = renderPane(
      <ChecklistPanel items={[item]} unsaved={false} onSave={() => {}} dispatch={(a) => actions.push(a)} />,
    );
    expect(screen.getByText('必要な資料: 制度が分かる就業規則等')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '○ 該当' }));
    fireEvent.change(screen.getByRole('textbox', { name: '証拠書類（ファイル名・メモ）' }), {
      target: { value: '就業規則 第12条' },
    });
    expect(actions).toEqual([
      { type: 'checklistAnswered', itemNo: '58', draft: { answer: true, evidence: '' } },
      { type: 'checklistAnswered', itemNo: '58', draft: { answer: undefined, evidence: '就業規則 第12条' } },
    ]);
    expect((screen.getByTestId('checklist-save') as HTMLButtonElement).disabled).toBe(true);
    expect(await seriousAxeViolations(container)).toEqual([]);
  });
});

describe('Settings', () => {
  function Harness({ profile, onAction }: { profile: string; onAction: (a: Action) => void }) {
    const [params] = useState(defaultParams('2026-03-31'));
    return <SettingsStep profile={profile} params={params} rosterHasSystem={false} dispatch={onAction} />;
  }

  it('asks the certification first, refuses 2026/02/30 with a message in the box’s own format, and commits 2026/3/31', async () => {
    const actions: Action[] = [];
    const { container } = renderPane(<Harness profile="" onAction={(a) => actions.push(a)} />);
    expect(screen.getByText('先に「何の準備をしていますか？」を選んでください。')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'くるみん（2025年4月〜）' }));
    expect(actions).toEqual([{ type: 'profileChosen', profile: 'kurumin-2025' }]);
    const asOf = screen.getByTestId('as-of');
    expect((asOf as HTMLInputElement).value).toBe('2026/03/31');
    fireEvent.change(asOf, { target: { value: '2026/02/30' } });
    expect(screen.getByText('日付は 年/月/日 の形（例: 2026/03/31）で入力してください。')).toBeTruthy();
    fireEvent.change(asOf, { target: { value: '2026/3/31' } });
    expect(actions.slice(1)).toEqual([{ type: 'dateSet', key: 'asOf', value: '2026-03-31' }]);
    fireEvent.change(screen.getByTestId('statutory-weekday'), { target: { value: '0' } });
    expect(actions.at(-1)).toEqual({ type: 'statutoryWeekdaySet', weekday: 0 });
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('shows the 36協定 limits (360 h, 720 h) as 法定, with no box to edit them', () => {
    renderPane(<Harness profile="law36" onAction={() => {}} />);
    const limits = screen.getAllByTestId('legal-limit').map((e) => e.textContent);
    expect(limits).toContain('法定年 720 時間');
    expect(limits).toContain('法定年 360 時間（特別条項なし）');
    expect(screen.queryByRole('textbox', { name: /720時間超/ })).toBeNull();
  });
});

describe('Error boundary and error bar', () => {
  function Broken(): JSX.Element {
    throw new Error('boom');
  }

  it('shows a plain message and a way to try again instead of a blank pane', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = renderPane(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByText('画面の表示中にエラーが起きました。')).toBeTruthy();
    expect(screen.getByText('詳細: boom')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'もう一度表示する' })).toBeTruthy();
    expect(await seriousAxeViolations(container)).toEqual([]);
    warn.mockRestore();
    error.mockRestore();
  });

  it('labels the close button in the pane’s language', () => {
    renderPane(<ErrorBar error={{ kind: 'read' }} onDismiss={() => {}} />, 'en');
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });
});

describe('DateInput', () => {
  /** The box beside a button that sets its value from outside, as 「既定に戻す」 or a profile change does. */
  function Harness() {
    const [value, setValue] = useState<string | undefined>('2026-03-31');
    return (
      <>
        <DateInput label="基準日" value={value} onCommit={setValue} testId="as-of" />
        <button onClick={() => setValue('2025-03-31')}>reset</button>
        <output data-testid="committed">{value}</output>
      </>
    );
  }

  it('keeps what the user typed while it means the value, and follows a change made outside', () => {
    renderPane(<Harness />);
    const box = screen.getByTestId('as-of') as HTMLInputElement;
    expect(box.value).toBe('2026/03/31');
    // 2026-3-1 is a real day: committed as 2026-03-01, and the typed form stays under the cursor.
    fireEvent.change(box, { target: { value: '2026-3-1' } });
    expect(screen.getByTestId('committed').textContent).toBe('2026-03-01');
    expect(box.value).toBe('2026-3-1');
    // 2026/2/30 is not a day: nothing is committed and the box says so.
    fireEvent.change(box, { target: { value: '2026/2/30' } });
    expect(screen.getByTestId('committed').textContent).toBe('2026-03-01');
    expect(screen.getByText(/日付/)).toBeTruthy();
    // A value set from outside replaces the half-typed text.
    fireEvent.click(screen.getByRole('button', { name: 'reset' }));
    expect(box.value).toBe('2025/03/31');
  });
});
