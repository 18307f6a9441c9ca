/**
 * The break of a daily row, in whatever form the sheet gives it: a break column (minutes, `h:mm`, decimal), break
 * start/end pairs (休憩開始1 / 休憩終了1 …, their spans added up), or — on a sheet with start and end times but no
 * break and no worked hours — the company's break rule (./break-rule), counted so it can be said once per sheet.
 */
import { msg } from '../../rules/messages';
import type { Collector } from './collector';
import { adjustEndMinute } from '../hours/hours';
import type { Cells } from './sheet';
import { breakRuleLabel, DEFAULT_BREAK_RULE, ruleBreakHours, type BreakRule } from './break-rule';

type ColumnOf = ReturnType<Cells['column']>;

/** Where a sheet's breaks come from, fetched once per sheet. */
export class DayBreaks {
  private readonly column: ColumnOf;
  private readonly pairs: [ColumnOf, ColumnOf][] = [];
  /** The rule, when the sheet has no break of its own; undefined otherwise. */
  readonly rule: BreakRule | undefined;
  private ruleDays = 0;

  constructor(c: Cells, rule: BreakRule | undefined) {
    this.column = c.column('break');
    for (let n = 1; n <= 10; n++) {
      const s = c.column(n === 1 ? 'breakStart' : `breakStart#${n}`);
      const e = c.column(n === 1 ? 'breakEnd' : `breakEnd#${n}`);
      if (!s.present && !e.present) break;
      this.pairs.push([s, e]);
    }
    const hasOwn = this.column.present || this.pairs.length > 0 || c.has('worked');
    this.rule = hasOwn ? undefined : (rule ?? DEFAULT_BREAK_RULE);
  }

  /** Whether any of the row's break cells is unreadable (the row is then not counted). */
  bad(i: number): boolean {
    return this.pairs.some(([s, e]) => s.bad[i] === 1 || e.bad[i] === 1);
  }

  /**
   * The break of row i in hours for the span start–end (minutes; NaN when the row has no times): the column, the
   * pairs' spans, or the rule; 0 when none applies.
   */
  hours(i: number, start: number, end: number): number {
    const own = this.column.nums[i];
    if (own === own) return own;
    if (this.pairs.length > 0) return this.pairHours(i);
    if (!this.rule || start !== start || end !== end) return 0;
    const hours = ruleBreakHours(this.rule, start, adjustEndMinute(start, end));
    if (hours > 0) this.ruleDays++;
    return hours;
  }

  private pairHours(i: number): number {
    let minutes = 0;
    for (const [s, e] of this.pairs) {
      const a = s.nums[i];
      const b = e.nums[i];
      if (a === a && b === b) minutes += adjustEndMinute(a, b) - a;
    }
    return minutes / 60;
  }

  /** Says once, for the sheet, which rule gave how many days their break. */
  state(c: Cells, collector: Collector): void {
    if (!this.rule || this.rule.kind === 'none' || this.ruleDays === 0) return;
    collector.issue(
      c.sheet(),
      '',
      '',
      msg('reading.break-assumed', { rule: breakRuleLabel(this.rule), days: this.ruleDays }),
    );
  }
}
