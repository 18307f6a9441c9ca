/**
 * The company's own 36協定 as signed (様式第9号 / 第9号の2, filed with the 労働基準監督署): its fields, the statutory
 * bounds an agreement must keep (労基法36条3項〜6項, 労基則17条), which agreement covers which employee, and the figures
 * that apply to one employee with the statutory defaults filled in. Working beyond what the agreement allows is
 * itself a breach (労基法32条 / 35条: the agreement no longer covers the work), even under the statutory caps.
 *
 * Pure: the agreement comes in as parameters (`Params.agreements`), from wherever the host found it (設定, a `36協定`
 * sheet, `--agreement file.json`, `--param agreement.<field>=…`).
 */
import type { Localized } from './messages';
import type { Employee, IsoDate, Law36Sector, WorkingTimeSystem } from './types';
import { isIsoDate } from './dates';

/** Where an agreement came from, for the report ("36協定: 本社（設定）"). */
export type AgreementOrigin = 'settings' | 'sheet' | 'file' | 'param';

/** One 36協定 as signed. Every figure is optional: a missing one takes the statutory default (see `resolveAgreement`). */
export interface Agreement {
  /** The 事業場 or 業務 the agreement is for (本社, 工場, 運転業務). */
  name?: string;
  /** Roster values (事業場 / 所属 / 業務区分) of the employees it covers; none = everyone. */
  covers?: string[];
  /** 起算日: its month is the first month of the agreement year. */
  start?: IsoDate;
  /** 延長することができる時間数 1日 (hours beyond 8 a day). */
  dayHours?: number;
  /** 同 1か月 (≤ 45; ≤ 42 for 1-year variable hours over 3 months, 36条4項). */
  monthHours?: number;
  /** 同 1年 (≤ 360; ≤ 320). */
  yearHours?: number;
  /** 労働させることができる法定休日の日数 per month. */
  holidayDaysPerMonth?: number;
  /** 特別条項 (臨時的な特別の事情がある場合, 36条5項) あり / なし; undefined = not known. */
  special?: boolean;
  /** 特別条項 1か月 (OT + HW, < 100, 36条6項2号). */
  specialMonthHours?: number;
  /** 特別条項 1年 (OT, ≤ 720, 36条5項). */
  specialYearHours?: number;
  /** 限度時間を超えることができる回数 (≤ 6 a year, 36条5項). */
  specialTimes?: number;
  /** The 特別条項 month limit counts OT only (the form's 1か月 column states OT, not OT + HW). */
  specialMonthOvertimeOnly?: boolean;
  /** The agreement is for 1-year variable hours over 3 months (42 h / 320 h, 36条4項). */
  variableYear?: boolean;
  /** Where it came from (設定, a sheet, a file, a parameter) and, for a sheet or file, its name. */
  origin?: AgreementOrigin;
  originName?: string;
}

/** The fields as written in a file, a parameter or a sheet, with their labels (様式第9号の2's wording). */
export const AGREEMENT_FIELDS = {
  name: { kind: 'text', label: { ja: '名称（事業場・業務）', en: 'Name (workplace or work)' } },
  covers: {
    kind: 'list',
    label: { ja: '対象（事業場・所属・業務区分）', en: 'Covers (workplace, department, sector)' },
  },
  start: { kind: 'date', label: { ja: '起算日', en: 'First day of the agreement year' } },
  dayHours: { kind: 'hours', label: { ja: '延長時間 1日', en: 'Extension a day' } },
  monthHours: { kind: 'hours', label: { ja: '延長時間 1か月', en: 'Extension a month' } },
  yearHours: { kind: 'hours', label: { ja: '延長時間 1年', en: 'Extension a year' } },
  holidayDaysPerMonth: {
    kind: 'days',
    label: { ja: '法定休日労働の日数（1か月）', en: 'Statutory-holiday work days a month' },
  },
  special: { kind: 'flag', label: { ja: '特別条項', en: 'Special clause' } },
  specialMonthHours: { kind: 'hours', label: { ja: '特別条項 1か月', en: 'Special clause: a month' } },
  specialYearHours: { kind: 'hours', label: { ja: '特別条項 1年', en: 'Special clause: a year' } },
  specialTimes: { kind: 'days', label: { ja: '特別条項の回数', en: 'Special clause: times a year' } },
  specialMonthOvertimeOnly: {
    kind: 'flag',
    label: { ja: '特別条項 1か月は時間外のみ', en: 'Special month: overtime only' },
  },
  variableYear: { kind: 'flag', label: { ja: '1年単位の変形労働時間制', en: '1-year variable hours' } },
} as const satisfies Record<string, { kind: string; label: Localized }>;

export type AgreementField = keyof typeof AGREEMENT_FIELDS;

/** Statutory bounds of an agreement (労基法36条4項〜6項, 労基則17条). */
const AGREEMENT_BOUNDS = {
  month: 45,
  year: 360,
  monthVariableYear: 42,
  yearVariableYear: 320,
  /** 特別条項 1か月: OT + HW below 100 (36条5項・6項2号). */
  specialMonthBelow: 100,
  specialYear: 720,
  specialTimes: 6,
} as const;

/** The largest month figure below 100 h (the cap is "less than 100"): what "no figure given" means. */
const BELOW_100 = 99.99;

/** The figures that bind one employee, statutory defaults filled in. */
export interface ResolvedAgreement {
  agreement: Agreement | null;
  /** The agreement year's first month (1–12). */
  startMonth: number;
  dayHours: number | null;
  monthHours: number;
  yearHours: number;
  holidayDaysPerMonth: number | null;
  /** true / false as signed; null when not known (then read as the statutory maximum with a special clause). */
  special: boolean | null;
  specialMonthHours: number;
  specialYearHours: number;
  specialTimes: number;
  specialMonthOvertimeOnly: boolean;
}

/** The first problem with one figure against its statutory bound, or null. */
function checkBound(value: number | undefined, max: number, what: Localized, below = false): Localized | null {
  if (value === undefined) return null;
  if (!Number.isFinite(value) || value < 0)
    return { ja: `${what.ja}が数値ではありません（${value}）`, en: `${what.en} is not a number (${value})` };
  if (below ? value >= max : value > max) {
    const bound = below ? `${max}時間未満` : `${max}`;
    return {
      ja: `${what.ja} ${value} は法定の上限（${bound}）を超えています`,
      en: `${what.en} ${value} is above the statutory bound (${below ? `below ${max}` : max})`,
    };
  }
  return null;
}

/**
 * Why an agreement cannot be used (each with the bound it breaks), or []: an agreement above the statute is refused,
 * never read as "the statute, then". Example: `{ monthHours: 50, special: false }` → one problem naming 45 h.
 */
export function validateAgreement(a: Agreement): Localized[] {
  const variable = a.variableYear === true;
  const month = variable ? AGREEMENT_BOUNDS.monthVariableYear : AGREEMENT_BOUNDS.month;
  const year = variable ? AGREEMENT_BOUNDS.yearVariableYear : AGREEMENT_BOUNDS.year;
  const problems = [
    checkBound(a.dayHours, 24, { ja: '1日の延長時間', en: 'The extension a day' }),
    checkBound(a.monthHours, month, {
      ja: `1か月の延長時間（36条4項: ${month}時間）`,
      en: `The monthly extension (Art. 36(4): ${month} h)`,
    }),
    checkBound(a.yearHours, year, {
      ja: `1年の延長時間（36条4項: ${year}時間）`,
      en: `The yearly extension (Art. 36(4): ${year} h)`,
    }),
    checkBound(a.holidayDaysPerMonth, 31, { ja: '法定休日労働の日数', en: 'Statutory-holiday work days' }),
    checkBound(
      a.specialMonthHours,
      AGREEMENT_BOUNDS.specialMonthBelow,
      {
        ja: '特別条項の1か月（36条6項2号: 100時間未満）',
        en: 'The special-clause month (Art. 36(6)(ii): below 100 h)',
      },
      true,
    ),
    checkBound(a.specialYearHours, AGREEMENT_BOUNDS.specialYear, {
      ja: '特別条項の1年（36条5項: 720時間）',
      en: 'The special-clause year (Art. 36(5): 720 h)',
    }),
    checkBound(a.specialTimes, AGREEMENT_BOUNDS.specialTimes, {
      ja: '特別条項の回数（36条5項: 年6回）',
      en: 'The special-clause times (Art. 36(5): 6 a year)',
    }),
  ].filter((p): p is Localized => p !== null);
  if (a.start !== undefined && !isIsoDate(a.start))
    problems.push({ ja: `起算日が日付ではありません（${a.start}）`, en: `The first day is not a date (${a.start})` });
  const special = a.special === true;
  if (special && a.monthHours !== undefined && a.specialMonthHours !== undefined && a.specialMonthHours < a.monthHours)
    problems.push({
      ja: `特別条項の1か月 ${a.specialMonthHours} が通常の1か月 ${a.monthHours} より短くなっています`,
      en: `The special-clause month ${a.specialMonthHours} is below the ordinary month ${a.monthHours}`,
    });
  return problems;
}

/** Values an employee's agreement is matched on: 事業場 (workplace), 所属 (department), 業務区分 (sector). */
function coverKeys(e: Employee | undefined, sector: Law36Sector): string[] {
  const keys = [e?.workplace, e?.department, sector, SECTOR_WORDS[sector]];
  return keys.filter((k): k is string => typeof k === 'string' && k.trim() !== '').map(normalize);
}

const SECTOR_WORDS: Record<Law36Sector, string> = {
  general: '一般',
  driver: '自動車運転',
  research: '研究開発',
  'doctor-a': '医師',
};

function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

/**
 * The agreement that covers an employee: the first whose `covers` (or name) matches the employee's 事業場, 所属 or
 * 業務区分; else the one agreement without `covers`, if there is one. Undefined = nobody's agreement covers them
 * (listed in the report). Example: agreements 本社 (covers 本社) and 工場 (covers 工場) and an employee of 所属 工場 → 工場.
 */
export function findAgreementFor(
  agreements: readonly Agreement[],
  employee: Employee | undefined,
  sector: Law36Sector,
): Agreement | undefined {
  if (agreements.length === 0) return undefined;
  const keys = coverKeys(employee, sector);
  for (const a of agreements) {
    const covers = (a.covers ?? []).map(normalize).filter((c) => c !== '');
    if (covers.some((c) => keys.includes(c))) return a;
  }
  const general = agreements.filter((a) => (a.covers ?? []).length === 0);
  if (general.length === 1) return general[0];
  return agreements.length === 1 && general.length === 0 ? undefined : general[0];
}

/**
 * The figures that bind an employee under an agreement (null = none was given): a field the agreement leaves out takes
 * the statutory maximum — 45 h / 360 h (42 / 320 under 1-year variable hours), and with 特別条項 (or not knowing)
 * under 100 h / 720 h / 6 times. Example: `resolveAgreement({ monthHours: 30 }, 'general', 4).yearHours` → 360.
 */
export function resolveAgreement(
  a: Agreement | null,
  system: WorkingTimeSystem,
  agreementStartMonth: number,
): ResolvedAgreement {
  const variable = system === 'variable-1year' || a?.variableYear === true;
  const month = variable ? AGREEMENT_BOUNDS.monthVariableYear : AGREEMENT_BOUNDS.month;
  const year = variable ? AGREEMENT_BOUNDS.yearVariableYear : AGREEMENT_BOUNDS.year;
  return {
    agreement: a,
    startMonth: a?.start && isIsoDate(a.start) ? Number(a.start.slice(5, 7)) : agreementStartMonth,
    dayHours: a?.dayHours ?? null,
    monthHours: Math.min(a?.monthHours ?? month, month),
    yearHours: Math.min(a?.yearHours ?? year, year),
    holidayDaysPerMonth: a?.holidayDaysPerMonth ?? null,
    special: a?.special ?? null,
    specialMonthHours: a?.specialMonthHours ?? BELOW_100,
    specialYearHours: a?.specialYearHours ?? AGREEMENT_BOUNDS.specialYear,
    specialTimes: a?.specialTimes ?? AGREEMENT_BOUNDS.specialTimes,
    specialMonthOvertimeOnly: a?.specialMonthOvertimeOnly === true,
  };
}

/** The agreement's name for the report: its name, else 36協定 (where it came from). */
export function describeAgreement(a: Agreement): Localized {
  const where: Record<AgreementOrigin, Localized> = {
    settings: { ja: '設定', en: 'settings' },
    sheet: { ja: `シート「${a.originName ?? '36協定'}」`, en: `sheet "${a.originName ?? '36協定'}"` },
    file: { ja: `ファイル ${a.originName ?? ''}`.trim(), en: `file ${a.originName ?? ''}`.trim() },
    param: { ja: '--param', en: '--param' },
  };
  const origin = a.origin ? where[a.origin] : null;
  const name = a.name ?? '36協定';
  return origin ? { ja: `${name}（${origin.ja}）`, en: `${name} (${origin.en})` } : { ja: name, en: name };
}
