/**
 * "Read, but nothing usable" (report.md, exit 3): sheets were recognised, yet not one attendance or leave row
 * came out of them, so every hours and leave criterion would be データ不足 and look like a finished check.
 *
 * One function, so that the reading side's own test (ingest's `nothingUsable`, when it lands) can replace this
 * one without touching the callers.
 */
import type { IngestResult } from '../ingest/types';
import { KIND_LABELS_JA } from '../report/labels';

/**
 * A Japanese reason when no attendance or leave row was read (no monthly hours, shifts, leave grants, leave
 * takings or family events), else null. A roster alone is not enough: it can say who works there, not how.
 *
 * @example nothingUsable(ingestOfRosterOnly) // '勤怠・休暇の行を1行も読めませんでした（読んだシート: 社員名簿 3行）…'
 */
export function nothingUsable(ingest: IngestResult): string | null {
  const d = ingest.dataset;
  const rows = d.monthlyHours.length + d.shifts.length + d.leaveGrants.length + d.leaveTakings.length + d.familyEvents.length;
  if (rows > 0) return null;
  const read = d.sources.map((s) => `${s.sheet}（${KIND_LABELS_JA[s.kind] ?? s.kind}・${s.rows}行）`).join('、');
  return (
    `勤怠・休暇の行を1行も読めませんでした（読んだシート: ${read || 'なし'}）。` +
    '勤怠・年休・休業のシートの見出しを確かめるか、--mapping で列を指定してください'
  );
}
