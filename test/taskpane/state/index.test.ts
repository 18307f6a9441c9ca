import {
  canAdvance,
  createInitialState,
  describeError,
  findingsOf,
  hasReachedResults,
  isIsoDate,
  nextStep,
  placeColumn,
  previousStep,
  reducePane,
  restoreSettings,
  selectAnalysisOptions,
  selectStoredSettings,
  selectWhatIfOptions,
  selectIngestOptions,
  withChecklistDrafts,
  type Action,
  type PaneState,
} from '../../../src/taskpane/state';
import type { SheetGrid } from '../../../src/ingest/types';
import type { SheetInfo } from '../../../src/host/port';
import type { Finding } from '../../../src/rules/types';

/** A tiny grid stand-in: only the name matters to the reducer. */
function grid(name: string): SheetGrid {
  return {
    name,
    firstRow: 1,
    firstCol: 1,
    values: [['社員番号'], ['E001']],
    numberFormats: [['General'], ['General']],
  };
}

function info(name: string, ownedByChecker = false): SheetInfo {
  return { name, rowCount: 2, columnCount: 1, visible: true, ownedByChecker };
}

function run(state: PaneState, ...actions: Action[]): PaneState {
  return actions.reduce(reducePane, state);
}

const initial = createInitialState('ja', '2026-03-31');
const readDone: Action = {
  type: 'readDone',
  grids: [grid('社員名簿'), grid('勤怠')],
  sheets: [info('社員名簿'), info('勤怠'), info('WLB基準サマリー', true)],
  date1904: false,
  settings: null,
};

describe('createInitialState', () => {
  it('starts idle on the first step, with today as the as-of date and April as the agreement start', () => {
    expect(initial.phase).toBe('idle');
    expect(initial.step).toBe('detect');
    expect(initial.params.asOf).toBe('2026-03-31');
    expect(initial.params.agreementStartMonth).toBe(4);
    expect(initial.whatIf).toBeNull();
  });
});

describe('reading', () => {
  it('moves idle → reading → ready and keeps the grids and the 1904 flag', () => {
    const reading = run(initial, { type: 'modeChosen', mode: 'sample' }, { type: 'readStarted' });
    expect(reading.phase).toBe('reading');
    const progressed = reducePane(reading, {
      type: 'readProgress',
      progress: { sheet: '勤怠', rowsRead: 5000, rowsTotal: 12000 },
    });
    expect(progressed.progress).toEqual({ sheet: '勤怠', rowsRead: 5000, rowsTotal: 12000 });
    const ready = reducePane(progressed, { ...readDone, date1904: true } as Action);
    expect(ready.phase).toBe('ready');
    expect(ready.progress).toBeNull();
    expect(ready.grids.map((g) => g.name)).toEqual(['社員名簿', '勤怠']);
    expect(ready.date1904).toBe(true);
    expect(ready.mode).toBe('sample');
  });

  it('restores the stored mapping, exclusions and profile, dropping exclusions of sheets that are gone', () => {
    const ready = run(initial, { type: 'readStarted' }, {
      ...readDone,
      settings: {
        mapping: { 勤怠: { columns: { F: 'overtime' } } },
        excludeSheets: ['勤怠', '削除済みシート'],
        profile: 'law36',
        params: { agreementStartMonth: 10, thresholds: { 'childcare.male-rate': 0.5 } },
      },
    } as Action);
    expect(ready.mapping).toEqual({ 勤怠: { columns: { F: 'overtime' } } });
    expect(ready.excludeSheets).toEqual(['勤怠']);
    expect(ready.profile).toBe('law36');
    expect(ready.params.agreementStartMonth).toBe(10);
    expect(ready.params.thresholds).toEqual({ 'childcare.male-rate': 0.5 });
    expect(ready.params.asOf).toBe('2026-03-31');
  });

  it('a failed first read goes back to idle with the error; a failed re-read keeps the data', () => {
    const failedFirst = run(initial, { type: 'readStarted' }, { type: 'failed', error: { kind: 'read' } });
    expect(failedFirst.phase).toBe('idle');
    expect(failedFirst.error).toEqual({ kind: 'read' });
    const ready = run(initial, { type: 'readStarted' }, readDone);
    const failedAgain = run(ready, { type: 'readStarted' }, { type: 'failed', error: { kind: 'cellEdit' } });
    expect(failedAgain.phase).toBe('ready');
    expect(failedAgain.grids).toHaveLength(2);
    expect(reducePane(failedAgain, { type: 'errorDismissed' }).error).toBeNull();
  });
});

describe('restoreSettings', () => {
  it('ignores malformed stored values (month 13, a non-date plan start, a text threshold)', () => {
    const restored = restoreSettings(initial, {
      params: {
        agreementStartMonth: 13,
        planStart: '2026/04/01',
        planEnd: '2028-03-31',
        thresholds: { a: '50%', b: 3 },
      },
      excludeSheets: 'all' as unknown as string[],
    });
    expect(restored.params.agreementStartMonth).toBe(4);
    expect(restored.params.planStart).toBeUndefined();
    expect(restored.params.planEnd).toBe('2028-03-31');
    expect(restored.params.thresholds).toEqual({ b: 3 });
    expect(restored.excludeSheets).toEqual([]);
  });

  it('never restores the as-of date (it defaults to today)', () => {
    expect(restoreSettings(initial, { params: { asOf: '2020-01-01' } }).params.asOf).toBe('2026-03-31');
  });
});

describe('sheets and columns', () => {
  const ready = run(initial, { type: 'readStarted' }, readDone);

  it('excluding then re-including a sheet', () => {
    const excluded = reducePane(ready, { type: 'sheetToggled', sheet: '勤怠', include: false });
    expect(excluded.excludeSheets).toEqual(['勤怠']);
    expect(reducePane(excluded, { type: 'sheetToggled', sheet: '勤怠', include: true }).excludeSheets).toEqual([]);
    // Excluding twice keeps one entry.
    expect(run(excluded, { type: 'sheetToggled', sheet: '勤怠', include: false }).excludeSheets).toEqual(['勤怠']);
  });

  it('cannot advance when every sheet is excluded', () => {
    expect(canAdvance(ready)).toBe(true);
    const none = run(
      ready,
      { type: 'sheetToggled', sheet: '勤怠', include: false },
      { type: 'sheetToggled', sheet: '社員名簿', include: false },
    );
    expect(canAdvance(none)).toBe(false);
  });

  it('places a column by its letter and ignores another with null, keeping the sheet kind', () => {
    const mapping = placeColumn({ 勤怠: { kind: 'daily', columns: { D: 'start' } } }, '勤怠', 'F', 'overtime');
    expect(mapping).toEqual({ 勤怠: { kind: 'daily', columns: { D: 'start', F: 'overtime' } } });
    const state = run(
      ready,
      { type: 'columnPlaced', sheet: '勤怠', column: 'F', field: 'overtime' },
      { type: 'columnPlaced', sheet: '勤怠', column: 'G', field: null },
    );
    expect(state.mapping).toEqual({ 勤怠: { columns: { F: 'overtime', G: null } } });
    expect(selectAnalysisOptions(state).mapping).toBe(state.mapping);
  });
});

describe('settings', () => {
  const ready = run(initial, { type: 'readStarted' }, readDone);

  it('accepts real dates, rejects 2026-02-29 (2026 is not a leap year), and blanks a plan date', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-4-1')).toBe(false);
    const planned = run(
      ready,
      { type: 'dateSet', key: 'planStart', value: '2025-04-01' },
      { type: 'dateSet', key: 'planEnd', value: '2028-03-31' },
    );
    expect(planned.params.planStart).toBe('2025-04-01');
    expect(planned.params.planEnd).toBe('2028-03-31');
    expect(reducePane(planned, { type: 'dateSet', key: 'asOf', value: '2026-02-29' }).params.asOf).toBe('2026-03-31');
    expect(reducePane(planned, { type: 'dateSet', key: 'asOf', value: '' }).params.asOf).toBe('2026-03-31');
    expect('planStart' in reducePane(planned, { type: 'dateSet', key: 'planStart', value: '' }).params).toBe(false);
  });

  it('agreement start month must be 1–12', () => {
    expect(reducePane(ready, { type: 'agreementMonthSet', month: 1 }).params.agreementStartMonth).toBe(1);
    expect(reducePane(ready, { type: 'agreementMonthSet', month: 0 }).params.agreementStartMonth).toBe(4);
    expect(reducePane(ready, { type: 'agreementMonthSet', month: 4.5 }).params.agreementStartMonth).toBe(4);
  });

  it('a threshold override is set and removed with null', () => {
    const set = reducePane(ready, { type: 'thresholdSet', id: 'childcare.male-rate', value: 0.3 });
    expect(set.params.thresholds).toEqual({ 'childcare.male-rate': 0.3 });
    expect(reducePane(set, { type: 'thresholdSet', id: 'childcare.male-rate', value: null }).params.thresholds).toEqual(
      {},
    );
    expect(ready.params.thresholds).toEqual({});
  });

  it('stores mapping, exclusions, profile and parameters, but not the as-of date nor what-if values', () => {
    const state = run(
      ready,
      { type: 'profileChosen', profile: 'kurumin-2025' },
      { type: 'sheetToggled', sheet: '勤怠', include: false },
      { type: 'dateSet', key: 'planStart', value: '2025-04-01' },
      { type: 'thresholdSet', id: 'x', value: 7 },
      { type: 'whatIfChanged', patch: { extraMen: 3, thresholds: { x: 9 } } },
    );
    expect(selectStoredSettings(state)).toEqual({
      mapping: {},
      excludeSheets: ['勤怠'],
      profile: 'kurumin-2025',
      params: { agreementStartMonth: 4, thresholds: { x: 7 }, planStart: '2025-04-01' },
    });
  });
});

describe('what-if', () => {
  const ready = run(initial, { type: 'readStarted' }, readDone, {
    type: 'thresholdSet',
    id: 'law36.monthly',
    value: 45,
  });

  it('has no what-if options until a knob is touched', () => {
    expect(selectWhatIfOptions(ready)).toBeNull();
  });

  it('+2 men and a 10 % overtime cut become extraMenOnChildcareLeave 2 and overtimeChangeRatio −0.1', () => {
    const state = run(
      ready,
      { type: 'whatIfChanged', patch: { extraMen: 2 } },
      { type: 'whatIfChanged', patch: { overtimeCutPercent: 10 } },
    );
    expect(selectWhatIfOptions(state)?.whatIf).toEqual({ extraMenOnChildcareLeave: 2, overtimeChangeRatio: -0.1 });
    // The real options stay untouched.
    expect(selectAnalysisOptions(state).whatIf).toBeUndefined();
  });

  it('a what-if threshold overrides the settings one only in the what-if options', () => {
    const state = run(ready, { type: 'whatIfChanged', patch: { thresholds: { 'childcare.male-rate': 0.1 } } });
    expect(selectWhatIfOptions(state)?.params.thresholds).toEqual({ 'law36.monthly': 45, 'childcare.male-rate': 0.1 });
    expect(selectAnalysisOptions(state).params.thresholds).toEqual({ 'law36.monthly': 45 });
  });

  it('a what-if plan period replaces the settings one; blank falls back to it', () => {
    const planned = run(ready, { type: 'dateSet', key: 'planStart', value: '2024-04-01' });
    const state = run(planned, { type: 'whatIfChanged', patch: { planStart: '2025-04-01', planEnd: '2027-03-31' } });
    expect(selectWhatIfOptions(state)?.params.planStart).toBe('2025-04-01');
    expect(selectWhatIfOptions(state)?.params.planEnd).toBe('2027-03-31');
    const blanked = run(state, { type: 'whatIfChanged', patch: { planStart: '' } });
    expect(selectWhatIfOptions(blanked)?.params.planStart).toBe('2024-04-01');
  });

  it('rejects −1 men, 1.5 men, a 120 % cut and a malformed date, leaving the state as it was', () => {
    for (const patch of [{ extraMen: -1 }, { extraMen: 1.5 }, { overtimeCutPercent: 120 }, { planEnd: '2027/03/31' }]) {
      expect(reducePane(ready, { type: 'whatIfChanged', patch })).toBe(ready);
    }
  });

  it('「実データに戻す」 clears every knob', () => {
    const state = run(
      ready,
      { type: 'whatIfChanged', patch: { extraMen: 5, overtimeCutPercent: 20 } },
      { type: 'whatIfReset' },
    );
    expect(state.whatIf).toBeNull();
    expect(selectWhatIfOptions(state)).toBeNull();
  });

  it('a new read clears the what-if', () => {
    const state = run(ready, { type: 'whatIfChanged', patch: { extraMen: 5 } }, { type: 'readStarted' }, readDone);
    expect(state.whatIf).toBeNull();
  });
});

describe('steps', () => {
  it('walks detect → mapping → settings → results → whatIf → export and stops at both ends', () => {
    expect(nextStep('detect')).toBe('mapping');
    expect(nextStep('settings')).toBe('results');
    expect(nextStep('whatIf')).toBe('export');
    expect(nextStep('export')).toBe('export');
    expect(previousStep('mapping')).toBe('detect');
    expect(previousStep('detect')).toBe('detect');
  });

  it('the analysis runs from the results step on, once a certification is chosen', () => {
    const unchosen = run(initial, { type: 'readStarted' }, readDone, { type: 'stepChosen', step: 'settings' });
    expect(canAdvance(unchosen)).toBe(false);
    expect(hasReachedResults(reducePane(unchosen, { type: 'stepChosen', step: 'results' }))).toBe(false);
    const ready = run(initial, { type: 'readStarted' }, readDone, { type: 'profileChosen', profile: 'kurumin-2025' });
    expect(hasReachedResults(reducePane(ready, { type: 'stepChosen', step: 'settings' }))).toBe(false);
    expect(hasReachedResults(reducePane(ready, { type: 'stepChosen', step: 'results' }))).toBe(true);
    expect(hasReachedResults(reducePane(ready, { type: 'stepChosen', step: 'export' }))).toBe(true);
  });

  it('expands and collapses one criterion’s findings', () => {
    const open = reducePane(initial, { type: 'findingsToggled', id: 'law36.monthly' });
    expect(open.expanded).toEqual(['law36.monthly']);
    expect(reducePane(open, { type: 'findingsToggled', id: 'law36.monthly' }).expanded).toEqual([]);
  });

  it('writing: busy, then the result; an error leaves the data', () => {
    const ready = run(initial, { type: 'readStarted' }, readDone);
    const writing = reducePane(ready, { type: 'writeStarted' });
    expect(writing.phase).toBe('writing');
    const written = {
      result: { sheetNames: { WLB基準サマリー: 'WLB基準サマリー (2)' } },
      sheetNames: ['社員名簿', 'WLB基準サマリー (2)'],
      summary: null,
    };
    const done = reducePane(writing, { type: 'writeDone', written });
    expect(done.phase).toBe('ready');
    expect(done.written).toBe(written);
    const failed = reducePane(writing, { type: 'failed', error: { kind: 'write' } });
    expect(failed.phase).toBe('ready');
    expect(failed.error?.kind).toBe('write');
  });
});

describe('describeError', () => {
  it('recognises office-js cell-edit mode and payload limits whatever the pane was doing', () => {
    expect(
      describeError({ code: 'InvalidOperationInCellEditMode', message: 'Excel is in cell-editing mode.' }, 'write'),
    ).toEqual({
      kind: 'cellEdit',
      detail: 'InvalidOperationInCellEditMode: Excel is in cell-editing mode.',
    });
    expect(describeError(new Error('RichApi.Error: ResponsePayloadSizeLimitExceeded'), 'read').kind).toBe('tooLarge');
  });

  it('falls back to what the pane was doing, keeping the original text', () => {
    expect(describeError(new Error('sample-company.xlsx: HTTP 404'), 'sample')).toEqual({
      kind: 'sample',
      detail: 'sample-company.xlsx: HTTP 404',
    });
    expect(describeError('boom', 'write')).toEqual({ kind: 'write', detail: 'boom' });
  });
});

describe('findingsOf', () => {
  const f = (rule: string): Finding => ({
    rule,
    employeeId: 'E001',
    period: '2026-01',
    value: 50,
    severity: 'violation',
  });
  it('takes the criterion’s own findings and its sub-rules, not a rule that merely shares a prefix', () => {
    const findings = [f('law36.monthly'), f('law36.monthly.approaching'), f('law36.monthlyAverage'), f('leave5')];
    expect(findingsOf(findings, 'law36.monthly').map((x) => x.rule)).toEqual([
      'law36.monthly',
      'law36.monthly.approaching',
    ]);
  });
});

describe('this round: company facts, what-if picker, checklist answers, first run', () => {
  const ready = run(initial, { type: 'readStarted' }, readDone);

  it('opens the first-run guide only when the workbook had no settings, and closes it', () => {
    expect(ready.firstRun).toBe(true);
    expect(reducePane(ready, { type: 'guideDismissed' }).firstRun).toBe(false);
    const remembered = run(initial, { type: 'readStarted' }, { ...readDone, settings: { profile: 'law36' } } as Action);
    expect(remembered.firstRun).toBe(false);
    expect(remembered.profile).toBe('law36');
  });

  it('sets the statutory rest weekday 0 (日) … 6 (土) or unsets it, and refuses 7', () => {
    const sunday = reducePane(ready, { type: 'statutoryWeekdaySet', weekday: 0 });
    expect(sunday.params.statutoryHolidayWeekday).toBe(0);
    expect(reducePane(sunday, { type: 'statutoryWeekdaySet', weekday: 7 })).toBe(sunday);
    expect('statutoryHolidayWeekday' in reducePane(sunday, { type: 'statutoryWeekdaySet', weekday: null }).params).toBe(
      false,
    );
  });

  it('sets a working-time system and remembers both facts in the workbook, restoring only valid ones', () => {
    const flex = run(
      ready,
      { type: 'workingTimeSystemSet', system: 'flextime' },
      { type: 'statutoryWeekdaySet', weekday: 6 },
    );
    expect(selectStoredSettings(flex).params).toEqual({
      agreementStartMonth: 4,
      thresholds: {},
      statutoryHolidayWeekday: 6,
      workingTimeSystem: 'flextime',
    });
    const restored = restoreSettings(initial, {
      params: { statutoryHolidayWeekday: 9, workingTimeSystem: 'shift-work' },
    });
    expect(restored.params.statutoryHolidayWeekday).toBeUndefined();
    expect(restored.params.workingTimeSystem).toBeUndefined();
    expect(selectIngestOptions(flex).ingest).toEqual({ statutoryHolidayWeekday: 6, workingTimeSystem: 'flextime' });
  });

  it('keeps the what-if criterion chosen when leaving the step and coming back', () => {
    const chosen = run(
      ready,
      { type: 'whatIfCriterionChosen', id: 'childcare.male-rate' },
      { type: 'stepChosen', step: 'export' },
      { type: 'stepChosen', step: 'whatIf' },
    );
    expect(chosen.whatIfCriterion).toBe('childcare.male-rate');
  });

  it('refuses a 120 % cut and −5 men (the boxes say the range instead)', () => {
    expect(reducePane(ready, { type: 'whatIfChanged', patch: { overtimeCutPercent: 120 } })).toBe(ready);
    expect(reducePane(ready, { type: 'whatIfChanged', patch: { extraMen: -5 } })).toBe(ready);
  });

  it('records a checklist answer as unsaved until written, and lays it over the sheet’s answer', () => {
    const answered = reducePane(ready, {
      type: 'checklistAnswered',
      itemNo: '58',
      draft: { answer: true, evidence: ' ' },
    });
    expect(answered.checklist).toEqual({ '58': { answer: true } });
    expect(answered.checklistUnsaved).toBe(true);
    expect(reducePane(answered, { type: 'checklistSaved' }).checklistUnsaved).toBe(false);
    const dataset = {
      employees: [],
      monthlyHours: [],
      shifts: [],
      leaveGrants: [],
      leaveTakings: [],
      familyEvents: [],
      sources: [],
      checklist: [
        { itemNo: '項目 5 8', text: '勤務間インターバル制度を設けている', answer: false, evidence: '就業規則' },
      ],
    };
    const merged = withChecklistDrafts(dataset, answered.checklist).checklist;
    // One answer for item 58 (the sheet's "項目 5 8" normalised), the pane's ○ over the sheet's ×, the sheet's note kept.
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      itemNo: '58',
      text: '勤務間インターバル制度を設けている',
      answer: true,
      evidence: '就業規則',
    });
  });
});
