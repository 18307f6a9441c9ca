/**
 * `health.over-80-notify` (労働安全衛生法66条の8・66条の8の3, 安衛則52条の2・52条の3): in a month, the hours worked beyond
 * 40 a week (休憩を除き1週40時間を超えて労働させた時間) over 80 h. The employer must tell the employee those hours promptly
 * (概ね2週間以内) and, on request, arrange a doctor's interview; for 研究開発 (66条の8の2) over 100 h the interview is
 * mandatory without a request. Everyone counts: 管理監督者 and みなし included (their hours are tracked for this very
 * duty, 66条の8の3).
 */
import type { Finding, IsoMonth, MonthlyHours } from '../../types';
import type { EvalContext } from '../../context';
import { isEmployedIn, remember } from '../../context';
import { noteHoursFiguresRead, readingShapeOnly } from '../../run-cache';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { getDaysInMonth, splitIso } from '../../dates';
import { evaluateFindingCount } from '../../findings';
import { messageOf, textsOf, type MessageEntry } from '../../messages';
import { plural } from '../../messages-rules';
import { EPSILON, formatHours, roundTo } from '../../result';
import { getLaw36Sector } from '../../scope';

/** The sentences only this criterion writes. */
const TEXTS = {
  'finding.health.over-80': {
    ja: (p) => `${p.id} の ${p.month} の週40時間を超える労働は ${p.hours}時間（80時間超）: ${p.duty}`,
    en: (p) => `${p.id}: work beyond 40 h a week in ${p.month} is ${p.hours} h (over 80 h): ${p.duty}`,
  },
  'health.duty.notify': {
    ja: () =>
      '本人に時間外・休日労働の時間を速やかに（概ね2週間以内に）通知し、申出があれば医師の面接指導を行う（安衛法66条の8・66条の8の3、安衛則52条の2・52条の3）',
    en: () =>
      'tell the employee the hours promptly (within about 2 weeks) and arrange a physician interview on request (Industrial Safety and Health Act Art. 66-8, 66-8-3; Ordinance Art. 52-2, 52-3)',
  },
  'health.duty.research': {
    ja: () => '研究開発業務で月100時間超: 申出がなくても医師の面接指導を行う（安衛法66条の8の2）。本人への通知も必要',
    en: () =>
      'research and development work over 100 h: a physician interview is required even without a request (Industrial Safety and Health Act Art. 66-8-2); the employee must be told too',
  },
  'gap.health.notify': {
    ja: (p) => `本人への通知（と申出による医師の面接指導）が必要: ${p.people}（${p.n}か月分）`,
    en: (p) =>
      `Notice to the employee (and a physician interview on request) needed: ${p.people} (${plural(p.n, 'month')})`,
  },
  'gap.no-attendance-hours': {
    ja: () => '勤怠データ（労働時間、又は時間外・休日労働）がありません',
    en: () => 'No attendance data (hours worked, or overtime and holiday work)',
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** 安衛則52条の2: hours beyond 40 a week, over 80 in a month; 66条の8の2: 100 h for 研究開発. */
const HEALTH_LIMITS = { weekly: 40, notify: 80, researchInterview: 100 } as const;

/**
 * Hours beyond 40 a week in a month: worked hours (holiday work included) − 40 × days ÷ 7 when the worked hours are
 * known, else OT + HW. Example: 251 h worked in a 31-day month → 251 − 177.14 = 73.86 h.
 */
function computeHoursBeyondForty(row: MonthlyHours, worked: number | undefined): number {
  if (worked === undefined) return row.overtime + row.holidayWork;
  const [y, m] = splitIso(row.month);
  return Math.max(0, worked - (HEALTH_LIMITS.weekly * getDaysInMonth(y, m)) / 7);
}

/**
 * One finding per employee-month of the 12-month window over 80 h beyond 40 a week. The worked hours decide when they
 * are known, so the rows' OT and HW count as read (the overtime what-if changes the result) only when some are not.
 */
function computeOver80Findings(ctx: EvalContext): Finding[] {
  return remember(ctx, 'health.over-80', () => {
    let readFigures = false;
    const out = readingShapeOnly(() =>
      findOver80(ctx, (row, worked) => {
        if (worked === undefined) readFigures = true;
        return computeHoursBeyondForty(row, worked);
      }),
    );
    if (readFigures) noteHoursFiguresRead();
    return out;
  });
}

/** The findings, with `beyondForty` giving a month's hours beyond 40 a week from its row and its worked hours. */
function findOver80(
  ctx: EvalContext,
  beyondForty: (row: MonthlyHours, worked: number | undefined) => number,
): Finding[] {
  const out: Finding[] = [];
  const window = new Set<IsoMonth>(ctx.months12);
  for (const employeeId of [...ctx.index.sortedHoursByEmployee.keys()].sort()) {
    const research = getLaw36Sector(ctx, employeeId) === 'research';
    for (const row of ctx.index.sortedHoursByEmployee.get(employeeId)!) {
      if (!window.has(row.month) || !isEmployedIn(ctx, employeeId, row.month)) continue;
      const worked = row.worked ?? ctx.index.shiftHoursByEmployeeMonth.get(employeeId)?.get(row.month);
      const hours = beyondForty(row, worked);
      if (hours <= HEALTH_LIMITS.notify + EPSILON) continue;
      const mandatory = research && hours > HEALTH_LIMITS.researchInterview + EPSILON;
      out.push({
        rule: 'health.over-80-notify',
        employeeId,
        period: row.month,
        value: roundTo(hours),
        severity: mandatory ? 'violation' : 'warning',
        ...messageOf(
          text('finding.health.over-80', {
            id: employeeId,
            month: row.month,
            hours: formatHours(hours),
            duty: text(mandatory ? 'health.duty.research' : 'health.duty.notify'),
          }),
        ),
      });
    }
  }
  return out;
}

/** `health.over-80-notify`: value = employees with such a month in the window; passes when 0 (threshold). */
export const over80Notify = defineCriterion({
  id: 'health.over-80-notify',
  title: '週40時間を超える労働が月80時間超の社員への通知（医師の面接指導の申出）',
  titleEn: 'Notice to staff over 80 h beyond 40 a week in a month',
  ...CATEGORIES.health,
  source: '労働安全衛生法66条の8・66条の8の3、労働安全衛生規則52条の2・52条の3',
  sourceEn: 'Industrial Safety and Health Act Art. 66-8, 66-8-3; Ordinance Art. 52-2, 52-3',
  unit: 'count',
  legal: true,
  limit: { ja: '月 80 時間超は本人に通知', en: 'over 80 h a month: tell the employee' },
  // Every finding is a duty of the employer (tell the employee), whatever its severity.
  findingRules: [{ id: 'health.over-80-notify', legal: 'always' }],
  messages: [],
  texts: TEXTS,
  evaluate: (ctx, self) =>
    evaluateFindingCount(
      ctx,
      self,
      computeOver80Findings(ctx),
      (people, n) => text('gap.health.notify', { people, n }),
      text('gap.no-attendance-hours'),
    ),
  findings: computeOver80Findings,
});
