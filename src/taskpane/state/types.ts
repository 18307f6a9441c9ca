import type { AgreementField } from '../../rules/agreement';
/**
 * The task pane's state and actions (types only). The reducer (./reducer.ts) applies actions; selectors
 * (./selectors.ts) derive what components and `analyse` need; ./settings.ts is what the workbook remembers;
 * ./errors.ts turns thrown errors into plain-language messages.
 */
import type { FieldId, Mapping, SheetGrid, SheetMapping } from '../../ingest/types';
import type { ReadProgress, SheetInfo, StoredSettings, WriteResult } from '../../host/port';
import type { WorkingTimeSystem } from '../../rules/types';
import type { Params } from '../../rules/params';

export type StepId = 'detect' | 'mapping' | 'settings' | 'results' | 'whatIf' | 'export';
export const STEPS: StepId[] = ['detect', 'mapping', 'settings', 'results', 'whatIf', 'export'];

import type { Lang } from '../../rules/messages';
export type { Lang };
/** `excel`: the open workbook through office-js; `sample`: the bundled workbook in memory (outside Office). */
type Mode = 'excel' | 'sample';
type Phase = 'idle' | 'reading' | 'ready' | 'writing';

export type ErrorKind =
  'cellEdit' | 'read' | 'tooLarge' | 'write' | 'writeNotRestored' | 'sample' | 'settings' | 'select' | 'unknown';
export interface ErrorInfo {
  kind: ErrorKind;
  /** The original error text, shown small under the plain-language message. */
  detail?: string;
}

/** The what-if knobs; `null` in PaneState means "real data". */
export interface WhatIfState {
  /** Threshold overrides by criterion id, on top of the settings' own. */
  thresholds: Record<string, number>;
  planStart?: string;
  planEnd?: string;
  /** 男性の育休取得者 +N 人. */
  extraMen: number;
  /** 時間外労働 −X %: 10 means overtime cut by 10 %. */
  overtimeCutPercent: number;
}

/**
 * One change applied in 試算, undone on its own: the men added, the overtime cut, one criterion's target, the plan
 * period.
 */
export type WhatIfChangeKey = 'extraMen' | 'overtimeCut' | 'plan' | `threshold:${string}`;

/** One checklist item as answered in the pane: ○ (true), × (false) or not yet (undefined), and a note. */
export interface ChecklistDraft {
  answer?: boolean;
  evidence?: string;
}

export interface WrittenPreview {
  result: WriteResult;
  /** Sheet names of the workbook after writing (sample mode shows them). */
  sheetNames: string[];
  /** The first rows of the summary sheet as written (sample mode preview). */
  summary: SheetGrid | null;
}

export interface PaneState {
  locale: Lang;
  mode: Mode | null;
  phase: Phase;
  step: StepId;
  progress: ReadProgress | null;
  error: ErrorInfo | null;
  /** Sheets of the workbook as listed by the port (including the checker's own). */
  sheets: SheetInfo[];
  /** Grids of the input sheets as readWorkbook returned them (the checker's output sheets are not read). */
  grids: SheetGrid[];
  date1904: boolean;
  excludeSheets: string[];
  mapping: Mapping;
  /** The company's name on the printed summary ('' : the workbook's Company property); remembered in the workbook. */
  companyName: string;
  /** The certification (or law check) being prepared; '' until the user has said. */
  profile: string;
  params: Params;
  whatIf: WhatIfState | null;
  /** The criterion whose threshold the what-if picker shows (kept when leaving the step and coming back). */
  whatIfCriterion: string | null;
  /** Checklist answers given in the pane, by item number; they override the sheet's until written back. */
  checklist: Record<string, ChecklistDraft>;
  /** true while pane answers have not been written to the チェックリスト sheet. */
  checklistUnsaved: boolean;
  /** true when the workbook had no settings of the checker: the pane shows its short guide once. */
  firstRun: boolean;
  /** Criterion ids whose per-employee findings are expanded. */
  expanded: string[];
  selectedIssue: { sheet: string; cell: string } | null;
  written: WrittenPreview | null;
  /** true after the mapping was saved in the workbook at least once in this session. */
  mappingSaved: boolean;
}

export type Action =
  | { type: 'modeChosen'; mode: Mode }
  | { type: 'readStarted' }
  | { type: 'readProgress'; progress: ReadProgress }
  | { type: 'readDone'; grids: SheetGrid[]; sheets: SheetInfo[]; date1904: boolean; settings: StoredSettings | null }
  /** Sheets read again with more columns (a column mapped after an Excel read of only the columns in use). */
  | { type: 'sheetsReread'; grids: SheetGrid[] }
  | { type: 'failed'; error: ErrorInfo }
  | { type: 'errorDismissed' }
  | { type: 'guideDismissed' }
  | { type: 'stepChosen'; step: StepId }
  | { type: 'sheetToggled'; sheet: string; include: boolean }
  | { type: 'columnPlaced'; sheet: string; column: string; field: FieldId | null }
  | { type: 'sheetMappingSet'; sheet: string; mapping: SheetMapping | undefined }
  | { type: 'mappingSaved' }
  | { type: 'profileChosen'; profile: string }
  | { type: 'companyNameSet'; name: string }
  | { type: 'localeChosen'; locale: Lang }
  | { type: 'dateSet'; key: 'asOf' | 'planStart' | 'planEnd'; value: string }
  | { type: 'agreementMonthSet'; month: number }
  /** 設定's 36協定 form: one field of the company's agreement (null = cleared). */
  | { type: 'agreementFieldSet'; field: AgreementField; value: number | boolean | null }
  | { type: 'statutoryWeekdaySet'; weekday: number | null }
  | { type: 'workingTimeSystemSet'; system: WorkingTimeSystem | null }
  | { type: 'thresholdSet'; id: string; value: number | null }
  | { type: 'whatIfChanged'; patch: Partial<WhatIfState> }
  | { type: 'whatIfCriterionChosen'; id: string }
  | { type: 'whatIfReset' }
  | { type: 'whatIfUndone'; key: WhatIfChangeKey }
  | { type: 'checklistAnswered'; itemNo: string; draft: ChecklistDraft }
  | { type: 'checklistSaved' }
  | { type: 'findingsToggled'; id: string }
  | { type: 'issueSelected'; sheet: string; cell: string }
  | { type: 'writeStarted' }
  | { type: 'writeDone'; written: WrittenPreview };

export type Dispatch = (action: Action) => void;
