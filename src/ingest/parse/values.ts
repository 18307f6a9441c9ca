/**
 * Small value parsers: days, gender, yes/no, leave kinds, employee ids, free text, employment type.
 */
import { BLANK_WORDS, blank, fail, notA, succeed, WHY, WORDS, type ParseResult } from './result';
import type { Localized } from '../../rules/messages';
import { isBlank, normalizeHeader, normalizeText } from './text';
import type { RawValue } from '../types';
import type { FamilyEventKind, Gender, Law36Sector, WorkingTimeSystem } from '../../rules/types';

function lookupWord<T>(
  value: RawValue,
  table: Map<string, T>,
  what: Localized,
  blankWhat: Localized | null,
  hint?: Localized,
): ParseResult<T> {
  const blankMessage = blankWhat ? blank(blankWhat) : '';
  if (typeof value === 'string') {
    if (isBlank(value)) return fail(blankMessage);
    const found = value.length > 40 ? undefined : table.get(normalizeHeader(value));
    return found === undefined ? fail(notA(what, hint)) : succeed(found);
  }
  if (value === null) return fail(blankMessage);
  if (typeof value === 'object') return fail(notA(what, WHY.errorValue));
  return fail(notA(what, hint));
}

function tableOf<T>(entries: [string[], T][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [words, value] of entries) for (const w of words) map.set(normalizeHeader(w), value);
  return map;
}

const DAYS_WORDS = tableOf<number>([
  [['半日', '半休', '午前半休', '午後半休', 'half', 'halfday'], 0.5],
  [['全日', '終日', '1日'], 1],
]);
const DAYS_TEXT = /^(\d+(?:\.\d+)?)\s*日?$/;

/**
 * Reads a number of leave days: `1`, `0.5`, `半日` (0.5), `1日`, `20日`. Negative values are not read.
 * Example: `parseDays('半日')` → `{ ok: true, value: 0.5 }`; `parseDays('20日')` → 20.
 */
export function parseDays(value: RawValue): ParseResult<number> {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 && value <= 1000 ? succeed(value) : fail(notA(WORDS.days));
  }
  if (typeof value === 'string' && !isBlank(value) && value.length <= 40) {
    const m = DAYS_TEXT.exec(normalizeText(value));
    if (m) return parseDays(Number(m[1]));
  }
  return lookupWord(value, DAYS_WORDS, WORDS.days, BLANK_WORDS.days);
}

const GENDERS = tableOf<Gender>([
  [['男', '男性', 'M', 'Male', 'man', '♂'], 'male'],
  [['女', '女性', 'F', 'Female', 'woman', '♀'], 'female'],
]);

/** Reads gender: 男, 女, 男性, 女性, M, F, Male, Female. Example: `parseGender('女性')` → `{ ok: true, value: 'female' }`. */
export function parseGender(value: RawValue): ParseResult<Gender> {
  return lookupWord(value, GENDERS, WORDS.gender, BLANK_WORDS.gender, WHY.genderHint);
}

const YES_NO = tableOf<boolean>([
  [['○', '〇', '◯', '●', '◎', '✓', '✔', 'はい', 'あり', '有', '有り', 'yes', 'y', 'true', '1', '該当', '済'], true],
  [
    ['×', '✕', '✖', 'x', 'いいえ', 'なし', '無', '無し', 'no', 'n', 'false', '0', '非該当', '該当なし', '―', 'ー'],
    false,
  ],
]);

/**
 * Reads yes/no: ○, 〇, ●, ✓, はい, あり, 有, Yes, TRUE, 1 ⇄ ×, いいえ, なし, 無, No, FALSE, 0, blank (no).
 * Example: `parseYesNo('〇')` → `{ ok: true, value: true }`; `parseYesNo(null)` → false.
 */
export function parseYesNo(value: RawValue): ParseResult<boolean> {
  if (typeof value === 'boolean') return succeed(value);
  if (typeof value === 'number') {
    return value === 1 ? succeed(true) : value === 0 ? succeed(false) : fail(notA(WORDS.yesNo));
  }
  if (isBlank(value)) return succeed(false);
  // A lone dash means "no"; other separators normalise away, so it is checked before the table.
  if (typeof value === 'string' && /^[\s\-－‐−]+$/.test(value)) return succeed(false);
  return lookupWord(value, YES_NO, WORDS.yesNo, null);
}

/** What one annual-leave row records. */
/** `planned` = 計画年休 (a taking that counts like any other); `hourly` = 時間単位 (a taking in hours). */
export type AnnualLeaveKind = 'grant' | 'taken' | 'carryOver' | 'planned' | 'hourly';

const LEAVE_KINDS = tableOf<AnnualLeaveKind>([
  [['付与', '新規付与', '付与日数', 'grant', 'granted'], 'grant'],
  [['繰越', '繰り越し', '繰越し', '前年繰越', 'carryover', 'carry-over', 'carried over'], 'carryOver'],
  [['計画年休', '計画付与', '計画的付与', '計画', 'planned'], 'planned'],
  [['時間休', '時間単位', '時間単位年休', '時間有休', 'hourly'], 'hourly'],
  [['取得', '使用', '消化', '年休', '有休', '有給', '全休', '半休', 'taken', 'take', 'used'], 'taken'],
]);

/**
 * Reads the kind of an annual-leave row: 付与/grant, 取得/taken (also 半休, 時間休), 繰越 (carried-over grant).
 * Example: `parseAnnualLeaveKind('取得')` → `{ ok: true, value: 'taken' }`.
 */
export function parseAnnualLeaveKind(value: RawValue): ParseResult<AnnualLeaveKind> {
  return lookupWord(value, LEAVE_KINDS, WORDS.leaveKind, BLANK_WORDS.kind);
}

/** A family-leave kind, and for a birth whose birth it was when the text says so. */
export interface FamilyKindReading {
  kind: FamilyEventKind;
  spouseBirth?: boolean;
}

const FAMILY_KINDS = tableOf<FamilyKindReading>([
  [['出産', '出生', 'birth', '子の出生'], { kind: 'birth' }],
  [['本人出産'], { kind: 'birth', spouseBirth: false }],
  [['配偶者出産', '配偶者の出産', 'spousebirth'], { kind: 'birth', spouseBirth: true }],
  [['育児休業', '育休', 'childcareleave'], { kind: 'childcare-leave' }],
  [['産後パパ育休', '出生時育児休業', 'パパ育休', 'papaleave'], { kind: 'papa-leave' }],
  [['育児目的休暇', '配偶者出産休暇', 'purposeleave'], { kind: 'purpose-leave' }],
  [['産前産後休業', '産休', '産前休業', '産後休業', 'maternityleave'], { kind: 'maternity-leave' }],
  [['介護休業', 'careleave'], { kind: 'care-leave' }],
  [['介護休暇', 'careday'], { kind: 'care-day' }],
]);

/**
 * Reads a family-leave kind (育介法, 労基法65条): 出産, 育児休業, 産後パパ育休 / 出生時育児休業, 育児目的休暇 / 配偶者出産休暇,
 * 産前産後休業 / 産休, 介護休業, 介護休暇. `配偶者出産` is a birth given by the spouse.
 * Example: `parseFamilyLeaveKind('産休')` → `{ ok: true, value: { kind: 'maternity-leave' } }`.
 */
export function parseFamilyLeaveKind(value: RawValue): ParseResult<FamilyKindReading> {
  return lookupWord(value, FAMILY_KINDS, WORDS.familyKind, BLANK_WORDS.familyKind);
}

const idCache = new Map<string, ParseResult<string>>();

/**
 * Reads an employee id as text: numbers keep their digits (1001 and "1001" are one person), text is NFKC and trimmed.
 * Example: `parseEmployeeId('Ｅ００１')` → `{ ok: true, value: 'E001' }`; `parseEmployeeId(1001)` → `'1001'`.
 */
export function parseEmployeeId(value: RawValue): ParseResult<string> {
  if (typeof value === 'number') {
    return Number.isFinite(value) && Number.isInteger(value) && value >= 0
      ? succeed(String(value))
      : fail(notA(WORDS.employeeId));
  }
  if (typeof value === 'string') {
    let cached = idCache.get(value);
    if (!cached) {
      const id = normalizeText(value);
      cached =
        id.length === 0
          ? fail(blank(BLANK_WORDS.employeeId))
          : id.length > 100
            ? fail(notA(WORDS.employeeId, WHY.tooLong))
            : succeed(id);
      if (idCache.size < 200000) idCache.set(value, cached);
    }
    return cached;
  }
  if (value === null) return fail(blank(BLANK_WORDS.employeeId));
  if (typeof value === 'boolean') return fail(notA(WORDS.employeeId));
  return fail(notA(WORDS.employeeId, WHY.errorValue));
}

/**
 * Reads free text (names, positions, reasons): numbers become their digits, an error value is unreadable.
 * Example: `parseText(' 営業部 ')` → `{ ok: true, value: '営業部' }`.
 */
const textCache = new Map<string, ParseResult<string>>();

export function parseText(value: RawValue): ParseResult<string> {
  if (typeof value === 'string') {
    // Names, departments and day types repeat down a column: normalise each distinct text once.
    let cached = textCache.get(value);
    if (!cached) {
      cached = succeed(normalizeText(value));
      if (value.length <= 200 && textCache.size < 200000) textCache.set(value, cached);
    }
    return cached;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? succeed(String(value)) : fail(notA(WORDS.text));
  if (typeof value === 'boolean') return succeed(value ? 'TRUE' : 'FALSE');
  if (value === null) return succeed('');
  return fail(notA(WORDS.text, WHY.errorValue));
}

/** What an employment type says about full-time work and a fixed-term contract; undefined = it does not say. */
export interface EmploymentReading {
  fullTime?: boolean;
  fixedTerm?: boolean;
}

const PART_TIME = /パート|アルバイト|短時間|part|バイト/i;
const FULL_TIME = /正社員|正職員|fulltime|full-time|regular/i;
const OPEN_ENDED = /無期/;
const FIXED_TERM = /契約|有期|嘱託|期間|臨時|fixed|contract/i;

/**
 * Reads an employment type (パート有期法2条): 正社員/正職員 are full-time; パート/アルバイト/短時間 are not;
 * anything else is unknown. 契約/有期/嘱託/期間/臨時 are fixed-term, 無期 and 正社員 are not.
 * Example: `readEmploymentType('契約社員')` → `{ fixedTerm: true }`; `readEmploymentType('短時間正社員')` → `{ fullTime: false, fixedTerm: false }`.
 */
export function readEmploymentType(text: string): EmploymentReading {
  const t = normalizeText(text);
  const reading: EmploymentReading = {};
  if (PART_TIME.test(t)) reading.fullTime = false;
  else if (FULL_TIME.test(t)) reading.fullTime = true;
  if (OPEN_ENDED.test(t)) reading.fixedTerm = false;
  else if (FIXED_TERM.test(t)) reading.fixedTerm = true;
  else if (FULL_TIME.test(t)) reading.fixedTerm = false;
  return reading;
}

const SYSTEMS = tableOf<WorkingTimeSystem>([
  [['通常', '一般', '通常勤務', '固定', '固定労働時間制', 'general'], 'general'],
  [
    [
      '1か月単位',
      '1ヶ月単位',
      '1カ月単位',
      '1箇月単位',
      '1か月単位の変形労働時間制',
      '1ヶ月単位の変形労働時間制',
      '変形',
      '変形労働',
      '変形労働時間制',
      '月単位変形',
    ],
    'variable-1month',
  ],
  [['1年単位', '1年単位の変形労働時間制', '年単位変形'], 'variable-1year'],
  [['フレックス', 'フレックスタイム', 'フレックスタイム制', 'flex', 'flextime'], 'flextime'],
  [['管理監督者', '管理職', 'manager'], 'manager'],
  [
    [
      '裁量',
      '裁量労働',
      '裁量労働制',
      '専門業務型裁量労働制',
      '企画業務型裁量労働制',
      'みなし',
      '事業場外みなし',
      'deemed',
    ],
    'deemed',
  ],
]);

/**
 * A working-time system as written in a roster column (通常, 変形 / 1か月単位 / 1年単位 / 変形(1年), フレックス, 管理監督者,
 * 裁量 / みなし). Example: `parseWorkingTimeSystem('変形(1年)')` → `{ ok: true, value: 'variable-1year' }`.
 */
export function parseWorkingTimeSystem(value: RawValue): ParseResult<WorkingTimeSystem> {
  // 変形(1年) / 変形（1か月）: the period is in the brackets, which the word lookup leaves out.
  if (typeof value === 'string' && /変形/.test(value)) {
    const t = value.normalize('NFKC');
    if (/1年|一年/.test(t)) return succeed('variable-1year');
    if (/1(か|ヶ|カ|箇|ケ)?月|一か月/.test(t)) return succeed('variable-1month');
  }
  return lookupWord(value, SYSTEMS, WORDS.system, BLANK_WORDS.system);
}

const SECTORS = tableOf<Law36Sector>([
  [['一般', '通常', 'general'], 'general'],
  [['自動車運転', '自動車運転者', '運転', 'ドライバー', 'driver'], 'driver'],
  [['研究開発', '新技術', '新商品', 'research'], 'research'],
  [['医師', '医師a', 'a水準', 'doctor'], 'doctor-a'],
]);

/** A 36協定 sector (業務区分): 一般, 自動車運転, 研究開発, 医師. Example: `parseSector('自動車運転')` → driver. */
export function parseSector(value: RawValue): ParseResult<Law36Sector> {
  return lookupWord(value, SECTORS, WORDS.sector, BLANK_WORDS.sector);
}
