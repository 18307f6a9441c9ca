/**
 * @jest-environment jsdom
 */
/**
 * The English task pane shows gaps, findings and input issues in English (issue 11): each is rendered from its
 * message ref in the pane's locale; the Japanese pane shows the rule module's Japanese text as before.
 */
import { render, screen } from '@testing-library/react';
import { I18nContext, loadMessages, messagesFor } from '../../src/taskpane/i18n';
import { IssueList } from '../../src/taskpane/components/IssueList';
import { CriterionGroups } from '../../src/taskpane/components/CriterionGroups';
import { messageOf, msg, peopleRef } from '../../src/rules/messages';
import type { CriterionResult, InputIssue, Report } from '../../src/rules/types';

const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

const issue: InputIssue = {
  sheet: '勤怠',
  cell: 'C3',
  value: '9;00',
  ...messageOf(
    msg('issue.cell', {
      reason: msg('parse.not-a', { what: { ja: '時刻', en: 'a time of day' } }),
      column: { ja: '出勤時刻', en: 'Clock in' },
    }),
  ),
};

// 36協定: E017 has 10 months over 45 h → the gap names him with 10 cases.
const gapRef = msg('gap.law36.count', { what: { ja: '該当者', en: 'Employees' }, people: peopleRef(['E017']), n: 10 });
const criterion: CriterionResult = {
  id: 'law36.month-over-45',
  title: '月45時間を超える時間外労働（特別条項が必要）',
  category: '36協定',
  status: 'fail',
  value: 1,
  threshold: 0,
  unit: 'count',
  gap: '該当者: E017（10件）',
  gapRef,
  source: '労働基準法36条',
};
const report: Report = {
  asOf: '2026-03-31',
  profile: 'law36',
  windows: { months12: ['2025-04', '2026-03'], years3: ['2023-04', '2026-03'], plan: ['2025-04-01', '2026-03-31'] },
  criteria: [criterion],
  findings: [],
  inputIssues: [issue],
};

beforeAll(() => loadMessages('en'));

function inLocale(locale: 'ja' | 'en', ui: JSX.Element) {
  return render(<I18nContext.Provider value={{ locale, m: messagesFor(locale) }}>{ui}</I18nContext.Provider>);
}

test("English pane: the input issue is English, the user's sheet name and value as they are", () => {
  const { container } = inLocale(
    'en',
    <IssueList issues={[issue]} selected={null} canSelect onSelect={() => undefined} />,
  );
  const button = screen.getByTestId('issue');
  expect(button.textContent).toBe('勤怠!C3 Cannot be read as a time of day (Clock in) (9;00)');
  expect(button.textContent!.replace('勤怠', '')).not.toMatch(JAPANESE);
  expect(container.textContent).toContain('Cannot be read');
});

test('Japanese pane: the same issue reads as before', () => {
  inLocale('ja', <IssueList issues={[issue]} selected={null} canSelect onSelect={() => undefined} />);
  expect(screen.getByTestId('issue').textContent).toBe('勤怠!C3 時刻として読めません（出勤時刻） （9;00）');
});

test('English pane: the gap is rendered from its ref', () => {
  inLocale(
    'en',
    <CriterionGroups
      report={report}
      criteria={report.criteria}
      names={new Map()}
      expanded={[]}
      dispatch={() => undefined}
    />,
  );
  const card = screen.getByTestId('criterion-groups');
  expect(card.textContent).toContain('Employees: E017 (10 cases)');
  expect(card.textContent).not.toMatch(JAPANESE);
});
