/**
 * Never a quiet misread (docs/reading.md): whether a run used any attendance or leave row at all, and which recognised
 * sheets could be used only in part — said at the top of the task pane and by `wlb-check` exit 3.
 */
import { KIND_LABELS } from '../detect/fields';
import type { IngestResult } from '../types';

/**
 * A Japanese reason when no attendance or leave row was usable, else null.
 * Example: a workbook with only a roster → `'勤怠・休暇の行が1行も使えませんでした。…'`.
 */
export function nothingUsable(result: IngestResult): string | null {
  const d = result.dataset;
  if (d.monthlyHours.length > 0 || d.leaveGrants.length > 0 || d.leaveTakings.length > 0 || d.familyEvents.length > 0)
    return null;
  const read = result.sheets.filter((s) => s.kind !== null && s.headerRow !== null);
  const unread = result.sheets
    .filter((s) => s.kind === null && (s.problems ?? []).length > 0)
    .map((s) => `${s.sheet}: ${s.problems![0]}`);
  const attendance = read.filter(
    (s) => s.kind === 'daily' || s.kind === 'monthly' || s.kind === 'leave' || s.kind === 'family',
  );
  let why: string;
  if (read.length === 0) why = '勤怠・休暇のシートとして読める表が見つかりませんでした';
  else if (attendance.length === 0)
    why = `読めたのは ${read.map((s) => `${s.sheet}（${KIND_LABELS[s.kind!].ja}）`).join('、')} だけで、勤怠・休暇のシートがありません`;
  else {
    const problems = attendance.flatMap((s) => (s.problems ?? []).map((p) => `${s.sheet}: ${p}`));
    why =
      problems.length > 0
        ? problems.join(' / ')
        : `${attendance.map((s) => s.sheet).join('、')} に使える行がありませんでした（入力エラーを確認してください）`;
  }
  return `勤怠・休暇の行が1行も使えませんでした。${[why, ...unread].join(' / ')}`;
}

/**
 * The sheets that could be used only in part (or an attendance sheet not read at all), one Japanese sentence each,
 * for the top of the pane.
 * Example: `['KOT月別: 列 F「残業時間」の数値は 10進数 …']`.
 */
export function sheetProblems(result: IngestResult): string[] {
  return result.sheets.flatMap((s) => (s.problems ?? []).map((p) => `${s.sheet}: ${p}`));
}
