/**
 * The input issues of the hours computation: what it could not do, or what the sheet says against the company's
 * settings — each said once per employee (or once for all), with the cell when there is one.
 */
import type { InputIssue, SourceRef } from '../../rules/types';
import { messageOf, msg, peopleRef, type Localized } from '../../rules/messages';
import type { HolidayConflict } from './holidays';
import type { MergedDays, RowPlan } from './days';
import type { HoursOptions } from './hours';

const WEEKDAYS: Localized[] = [
  { ja: '日曜日', en: 'Sunday' },
  { ja: '月曜日', en: 'Monday' },
  { ja: '火曜日', en: 'Tuesday' },
  { ja: '水曜日', en: 'Wednesday' },
  { ja: '木曜日', en: 'Thursday' },
  { ja: '金曜日', en: 'Friday' },
  { ja: '土曜日', en: 'Saturday' },
];

function issueOf(sheet: string, cell: string, value: string, text: Localized): InputIssue {
  return { sheet, cell, value, ...messageOf(msg('text.localized', { text })) };
}

/** The one input issue for employees under variable hours whose sheet gives no scheduled hours. */
export function describeMissingSchedule(ids: string[], ref: SourceRef | undefined): InputIssue {
  const names = ids.length > 5 ? `${ids.slice(0, 5).join('、')} ほか${ids.length - 5}人` : ids.join('、');
  return {
    sheet: ref?.sheet ?? '',
    cell: '',
    value: names,
    ...messageOf(msg('issue.variable-no-schedule', { names: peopleRef(ids) })),
  };
}

/**
 * One issue per employee for the typed 法定休日 the rules disagree with (the first such day; the typed days are used):
 * one that is not the company's set statutory weekday, or a second in one week.
 */
function describeHolidayConflict(
  employeeId: string,
  date: string,
  conflict: HolidayConflict,
  count: number,
  where: { ref?: SourceRef; cell: string; value: string },
  weekday: number | undefined,
): InputIssue {
  const more = count > 1 ? { ja: `（ほか${count - 1}日）`, en: ` (and ${count - 1} more days)` } : { ja: '', en: '' };
  const text: Localized =
    conflict.reason === 'not-the-weekday' && weekday !== undefined
      ? {
          ja: `${employeeId} の ${date} は「法定休日」ですが、設定の法定休日は${WEEKDAYS[weekday].ja}です${more.ja}。入力どおり法定休日として計算しました（振替なら問題ありません。設定か入力を確認してください）`,
          en: `${employeeId}: ${date} is typed 法定休日 but the set statutory rest day is ${WEEKDAYS[weekday].en}${more.en}. Counted as typed (fine for a substituted holiday; check the setting or the entry)`,
        }
      : {
          ja: `${employeeId} の ${date} は同じ週の2日目の「法定休日」です${more.ja}。法定休日は週1日です: 入力どおり計算しました（どちらかを所定休日にしてください）`,
          en: `${employeeId}: ${date} is a second day typed 法定休日 in one week${more.en}. Counted as typed; a week has one statutory holiday (type the other 所定休日)`,
        };
  return issueOf(where.ref?.sheet ?? '', where.cell, where.value, text);
}

/**
 * 1-year variable hours (32条の4) for someone who joined or left within a period: their settlement (32条の4の2: the
 * hours beyond 40 a week on average over the time actually worked) is not computed — said once per employee.
 */
function describeVariableMidway(
  employeeId: string,
  what: 'joined' | 'left',
  date: string,
  ref: SourceRef | undefined,
): InputIssue {
  const verb = what === 'joined' ? { ja: '途中入社', en: 'joined' } : { ja: '途中退職', en: 'left' };
  return issueOf(ref?.sheet ?? '', '', employeeId, {
    ja: `${employeeId} は1年単位の変形労働時間制の対象期間の${verb.ja}（${date}）です。実労働期間を平均して週40時間を超えた時間の清算（労基法32条の4の2）は計算していません: 別に確認してください`,
    en: `${employeeId} ${verb.en} within a 1-year variable-hours period (${date}). The settlement for the time actually worked (Labor Standards Act Art. 32-4-2) is not computed: check it separately`,
  });
}

/** The issue of an employee's typed 法定休日 that contradict the settings: the first one, and how many. */
export function holidayConflictIssue(
  plan: RowPlan,
  employeeId: string,
  run: MergedDays,
  conflicts: HolidayConflict[],
  options: HoursOptions,
  weekday: number | undefined,
): InputIssue {
  const first = conflicts[0];
  const row = plan.order[run.segFrom[first.index]];
  const ref = plan.t.ref[row];
  const cell = ref && options.dayTypeCell ? options.dayTypeCell(ref) : '';
  const where = { ref, cell, value: plan.t.dayType[row] ?? '' };
  return describeHolidayConflict(employeeId, plan.t.date[row], first, conflicts.length, where, weekday);
}

/**
 * An employee under 1-year variable hours who joined or left within a period their days fall in (from the roster's
 * dates): the issue saying their settlement (32条の4の2) is not computed; null otherwise.
 */
export function findVariableMidway(employeeId: string, run: MergedDays, options: HoursOptions): InputIssue | null {
  const employment = options.employmentOf?.(employeeId);
  if (!employment || run.length === 0) return null;
  const startMonth = options.variablePeriodStartMonth ?? 4;
  const periodOf = (monthNumber: number) => monthNumber - (((((monthNumber % 12) - (startMonth - 1)) % 12) + 12) % 12);
  const first = periodOf(run.monthNumber[0]);
  const last = periodOf(run.monthNumber[run.length - 1]) + 11;
  const monthOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const { hireDate, leaveDate, ref } = employment;
  const within = (date: string) => monthOf(date) >= first && monthOf(date) <= last;
  if (hireDate && within(hireDate) && !isPeriodStart(hireDate, startMonth))
    return describeVariableMidway(employeeId, 'joined', hireDate, ref);
  if (leaveDate && within(leaveDate) && !isPeriodEnd(leaveDate, startMonth))
    return describeVariableMidway(employeeId, 'left', leaveDate, ref);
  return null;
}

/** True for the first day of a 1-year period (the 1st of its first month). */
function isPeriodStart(date: string, startMonth: number): boolean {
  return date.slice(8) === '01' && Number(date.slice(5, 7)) === startMonth;
}

/** True for the last day of a 1-year period (the last day of the month before its first month). */
function isPeriodEnd(date: string, startMonth: number): boolean {
  const lastMonth = ((startMonth + 10) % 12) + 1;
  const [y, m, d] = date.split('-').map(Number);
  return m === lastMonth && d === new Date(Date.UTC(y, m, 0)).getUTCDate();
}
