/** @jest-environment jsdom */
/**
 * The pane's words as HR writes them (periods, 未回答, 基準値, 時間外労働を◯%減らす), the language switch (remembered),
 * the checklist in English, the 列の確認 drop-downs each named for its sheet or column, and the company name kept in
 * the workbook's settings. In jsdom with Testing Library.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { detectSheet } from '../../../src/ingest';
import type { SheetGrid } from '../../../src/ingest/types';
import { App } from '../../../src/taskpane/components/App';
import { ChecklistPanel } from '../../../src/taskpane/components/ChecklistPanel';
import { MappingStep } from '../../../src/taskpane/components/MappingStep';
import { periodText } from '../../../src/taskpane/format';
import { storedLocale } from '../../../src/taskpane/i18n';
import { createInitialState, reducePane, restoreSettings, selectStoredSettings } from '../../../src/taskpane/state';
import { ja } from '../../../src/taskpane/messages/ja';
import { en } from '../../../src/taskpane/messages/en';
import { renderPane, seriousAxeViolations } from '../render';
import { criterion } from './reports';

describe('wording as HR writes it', () => {
  it('writes periods and dates the Japanese way in prose, never 2025-04..2026-03', () => {
    expect(periodText('2025-04..2026-03', 'ja')).toBe('2025年4月〜2026年3月');
    expect(periodText('2026-03-31', 'ja')).toBe('2026年3月31日');
    expect(periodText('2025-12', 'ja')).toBe('2025年12月');
    expect(periodText('2025-04..2026-03', 'en')).toBe('Apr 2025 - Mar 2026');
    expect(periodText('2026-03-31', 'en')).toBe('31 Mar 2026');
  });

  it('says 基準値 and 時間外労働を◯%減らす, never しきい値 or −X %', () => {
    const words = JSON.stringify(ja.whatIf);
    expect(words).not.toContain('しきい値');
    expect(words).not.toMatch(/−X|X %/);
    expect(ja.whatIf.overtimeCut).toBe('時間外労働を◯%減らす');
    expect(ja.whatIf.threshold).toBe('基準値を変える');
    expect(ja.whatIf.activeCut(20)).toBe('時間外労働を20%減らす');
  });

  it('uses ASCII punctuation and plurals in English (1 case, 2 cases)', () => {
    expect(en.results.lawItem('Overtime', 1)).toBe('Overtime: 1 case');
    expect(en.results.lawItem('Overtime', 2)).toBe('Overtime: 2 cases');
    expect(en.whatIf.activeMen(1)).toBe('1 more man on childcare leave');
    expect(en.detect.rows(1)).toBe('1 row');
    const all = JSON.stringify(en, (_, v) => (typeof v === 'function' ? String(v) : v));
    expect(all).not.toMatch(/[（）「」、“”]/);
  });
});

describe('the checklist', () => {
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

  it('marks an item nobody answered yet 未回答, not データ不足', () => {
    renderPane(<ChecklistPanel items={[item]} unsaved={false} dispatch={() => {}} />);
    const card = screen.getByTestId('checklist-item');
    expect(card.querySelector('[data-status]')?.textContent).toBe('未回答');
    expect(card.textContent).not.toContain('データ不足');
  });

  it('shows the item and the documents asked for in English in the English pane', () => {
    renderPane(<ChecklistPanel items={[item]} unsaved={false} dispatch={() => {}} />, 'en');
    const card = screen.getByTestId('checklist-item');
    expect(card.textContent).toContain('58. There is a rest-interval scheme between working days');
    expect(card.textContent).toContain('Evidence asked for: Work rules showing the scheme');
    expect(card.textContent).not.toMatch(/[ぁ-んァ-ン一-龥]/);
  });
});

describe('列の確認 drop-downs', () => {
  it('names every drop-down for its sheet or column, the sheet kind with a visible label', async () => {
    // A small daily sheet: 社員番号 / 日付 / 残業時間 in A–C.
    const grid: SheetGrid = {
      name: '勤怠',
      values: [
        ['社員番号', '日付', '残業時間'],
        ['E001', 46113, 1.5],
      ],
      numberFormats: [
        ['General', 'General', 'General'],
        ['General', 'yyyy/m/d', '0.0'],
      ],
      firstRow: 1,
      firstCol: 1,
    } as SheetGrid;
    const { container } = renderPane(<MappingStep detected={[detectSheet(grid)]} dispatch={() => {}} />);
    const boxes = screen.getAllByRole('combobox');
    expect(boxes.length).toBeGreaterThan(1);
    // Every box has an accessible name (aria-label, or the Field's <label for>) naming its sheet or column.
    expect(screen.getAllByRole('combobox', { name: /勤怠|[A-Z] 列/ })).toHaveLength(boxes.length);
    expect(screen.getAllByRole('combobox', { name: '「勤怠」の種類' })).toHaveLength(1);
    expect(screen.getAllByRole('combobox', { name: /^C 列「残業時間」/ })).toHaveLength(2);
    // The visible label stands above the kind box, so 「見出しから自動で判断」 never stands alone.
    expect(screen.getByText('「勤怠」の種類')).toBeTruthy();
    expect(container.textContent).not.toContain('（見出しから判断）');
    expect(await seriousAxeViolations(container)).toEqual([]);
  });
});

describe('the language switch and the company name', () => {
  beforeEach(() => localStorage.clear());

  it('switches the pane to English and back, and remembers the choice for the next opening', async () => {
    render(<App locale="ja" today="2026-03-31" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('WLB基準チェッカー');
    const group = screen.getByRole('group', { name: '表示言語' });
    fireEvent.click(within(group).getByRole('button', { name: 'English' }));
    // English is loaded on demand, then the pane re-renders in it.
    expect(await screen.findByText('Opened outside Excel')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('WLB Criteria Checker');
    expect(document.documentElement.lang).toBe('en');
    expect(storedLocale()).toBe('en');
    const english = screen.getByRole('group', { name: 'Language' });
    expect(within(english).getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(english).getByRole('button', { name: '日本語' }));
    expect(await screen.findByText('Excel の外で開かれています')).toBeTruthy();
    expect(storedLocale()).toBe('ja');
  });

  it('keeps the company name in the workbook settings and restores it on the next read', () => {
    let state = createInitialState('ja', '2026-03-31');
    state = reducePane(state, { type: 'companyNameSet', name: ' 株式会社サンプル ' });
    const stored = selectStoredSettings(state);
    expect(stored.companyName).toBe('株式会社サンプル');
    const next = restoreSettings(createInitialState('ja', '2026-04-01'), JSON.parse(JSON.stringify(stored)));
    expect(next.companyName).toBe('株式会社サンプル');
    // Blank: nothing stored, and the summary falls back to the workbook's Company property.
    expect(selectStoredSettings(createInitialState('ja', '2026-03-31')).companyName).toBeUndefined();
  });
});
