/**
 * The company's break rule, for a sheet that has start and end times but no break at all: a fixed window
 * (12:00–13:00 taken from the hours it overlaps) or the statutory minimum of 労働基準法34条 (45 minutes when the
 * working time exceeds 6 hours, 60 minutes when it exceeds 8 hours). The rule is the user's choice (列の確認 or a
 * mapping's `breakRule`); without one the statutory minimum is applied and said, never a silent zero.
 */
import { parseTimeOfDay } from '../parse/times';
import type { Lang } from '../../rules/messages';

/** How the break of a day is found when the sheet has none. */
export type BreakRule =
  | { kind: 'statutory' }
  | { kind: 'fixed'; start: string; end: string }
  /** The user says no break is taken (stated, not assumed). */
  | { kind: 'none' };

export const DEFAULT_BREAK_RULE: BreakRule = { kind: 'statutory' };

/**
 * The least break that makes a continuous span lawful under 労基法34条, in minutes: work (span − break) over 6 h
 * needs 45 min, over 8 h needs 60 min.
 * Example: 9:00–18:00 (540 min) → 60; 9:00–17:00 (480) → 45; 9:00–15:00 (360) → 0; 9:00–15:30 (390) → 30
 * (30 min leaves exactly 6 h of work, which needs none); 8:50–17:50 … 9 h 0 min → 60; 8 h 50 min → 50.
 */
export function statutoryMinimumBreak(spanMinutes: number): number {
  if (!(spanMinutes > 360)) return 0;
  if (spanMinutes <= 405) return spanMinutes - 360;
  if (spanMinutes <= 525) return 45;
  if (spanMinutes <= 540) return spanMinutes - 480;
  return 60;
}

/** Minutes of the span [start, end) that fall in [from, to), the window repeated on the next day for night work. */
function overlapMinutes(start: number, end: number, from: number, to: number): number {
  let total = 0;
  for (const shift of [0, 1440]) {
    const a = Math.max(start, from + shift);
    const b = Math.min(end, to + shift);
    if (b > a) total += b - a;
  }
  return total;
}

/**
 * The break of one span (minutes on the start's clock, the end possibly past 24:00) under a rule, in hours.
 * Example: fixed 12:00–13:00 on 9:00–18:00 → 1; on 13:00–22:00 → 0; statutory on 9:00–18:00 → 1.
 */
export function ruleBreakHours(rule: BreakRule, startMinute: number, endMinute: number): number {
  if (rule.kind === 'none') return 0;
  if (rule.kind === 'statutory') return statutoryMinimumBreak(endMinute - startMinute) / 60;
  const from = parseTimeOfDay(rule.start);
  const to = parseTimeOfDay(rule.end);
  if (!from.ok || !to.ok || !(to.value > from.value)) return 0;
  return overlapMinutes(startMinute, endMinute, from.value, to.value) / 60;
}

/** A break rule from a mapping or the stored settings, or null when it is not one. */
export function parseBreakRule(value: unknown): BreakRule | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (v.kind === 'statutory' || v.kind === 'none') return { kind: v.kind };
  if (v.kind !== 'fixed' || typeof v.start !== 'string' || typeof v.end !== 'string') return null;
  const from = parseTimeOfDay(v.start);
  const to = parseTimeOfDay(v.end);
  return from.ok && to.ok && to.value > from.value ? { kind: 'fixed', start: v.start, end: v.end } : null;
}

/** The rule as the user reads it: `労基法34条の最低限（6時間超45分・8時間超60分）`, `12:00〜13:00`, `休憩なし`. */
export function describeBreakRule(rule: BreakRule, lang: Lang = 'ja'): string {
  if (rule.kind === 'statutory')
    return lang === 'ja'
      ? '労基法34条の最低限（6時間超は45分・8時間超は60分）'
      : 'the minimum of Labour Standards Act art. 34 (45 min over 6 h, 60 min over 8 h)';
  if (rule.kind === 'none') return lang === 'ja' ? '休憩なし' : 'no break';
  return lang === 'ja' ? `${rule.start}〜${rule.end}` : `${rule.start}–${rule.end}`;
}

/** The rule in both languages, for a message parameter. */
export function breakRuleLabel(rule: BreakRule): { ja: string; en: string } {
  return { ja: describeBreakRule(rule, 'ja'), en: describeBreakRule(rule, 'en') };
}
