/** Building blocks shared by every criterion family: metadata, result assembly, number formatting for gaps. */
import type { CriterionResult, CriterionValue, EvidenceRow, IsoMonth, Status, Threshold, Unit } from './types';
import { textAndRef, type MessageRef } from './messages';

/** What the summary shows about a criterion besides its figures. */
export interface CriterionMeta {
  id: string;
  /** Japanese label (項目). */
  title: string;
  titleEn: string;
  /** Japanese group (区分). */
  category: string;
  categoryEn: string;
  /** Japanese source (根拠). */
  source: string;
  /** The 根拠 in English: certification and law names as their English publications give them. */
  sourceEn: string;
  unit: Unit;
  /** True when the criterion checks a duty of the law (労働基準法, 労働安全衛生法), not a certification target. */
  legal: boolean;
  /** A legal criterion's limit in a few words (設定 and the legal-violation list show it; it cannot be changed). */
  limit?: { ja: string; en: string };
}

/** Tolerance for comparing computed rates and means with thresholds (0.3 must equal 3 / 10). */
export const EPSILON = 1e-9;

export interface ResultFields {
  status: Status;
  value: CriterionValue;
  threshold: Threshold;
  /** A message ref (rendered in Japanese into `gap`, kept as `gapRef`), or a plain Japanese string. */
  gap?: string | MessageRef | null;
  series?: Record<IsoMonth, number>;
  evidence?: EvidenceRow[];
  breakdown?: Record<string, number>;
}

/**
 * Assembles a criterion result from its metadata and figures.
 * Example: `buildResult(meta, { status: 'pass', value: 0.3, threshold: 0.3 }).gap === null`.
 */
export function buildResult(meta: CriterionMeta, fields: ResultFields): CriterionResult {
  const result: CriterionResult = {
    id: meta.id,
    title: meta.title,
    category: meta.category,
    status: fields.status,
    value: fields.value,
    threshold: fields.threshold,
    unit: meta.unit,
    gap: null,
    source: meta.source,
  };
  if (fields.status !== 'pass' && fields.gap) {
    const { message, messageRef } = textAndRef(fields.gap);
    result.gap = message;
    if (messageRef) result.gapRef = messageRef;
  }
  if (fields.series) result.series = fields.series;
  if (fields.evidence) result.evidence = fields.evidence;
  if (fields.breakdown) result.breakdown = fields.breakdown;
  return result;
}

/** Rounds to `digits` decimals (figures are never rounded coarser than 0.01). Example: `roundTo(31.254, 2) === 31.25`. */
export function roundTo(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Rounds up to one decimal, for "how much must change" (never understate a gap). Example: `ceilTenth(3.21) === 3.3`. */
export function ceilTenth(x: number): number {
  return Math.ceil(x * 10 - EPSILON) / 10;
}

/** Formats hours with one decimal. Example: `formatHours(3.2) === '3.2'`. */
export function formatHours(x: number): string {
  return x.toFixed(1);
}

/** Formats a fraction as a percentage. Example: `formatPercent(0.3) === '30.0%'`. */
export function formatPercent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** The threshold as a number, or `fallback` when it is not a single number. */
export function toNumberThreshold(t: Threshold, fallback: number): number {
  return typeof t === 'number' && Number.isFinite(t) ? t : fallback;
}

/**
 * How many more of `n` people must be counted for `count / n ≥ rate` (same n).
 * Example: `countNeededForRate(2, 10, 0.3) === 1`.
 */
export function countNeededForRate(count: number, n: number, rate: number): number {
  return Math.max(0, Math.ceil(rate * n - EPSILON) - count);
}

/** Either of two alternatives: pass when one passes, fail only when neither can pass. */
export function combineAlternatives(a: Status, b: Status): Status {
  if (a === 'pass' || b === 'pass') return 'pass';
  if (a === 'insufficient-data' || b === 'insufficient-data') return 'insufficient-data';
  if (a === 'fail' || b === 'fail') return 'fail';
  return 'not-applicable';
}

/** Both of two requirements: fail when one fails, pass only when the first passes and the second does not fail. */
export function combineRequirements(a: Status, b: Status): Status {
  if (a === 'fail' || b === 'fail') return 'fail';
  if (a === 'insufficient-data' || b === 'insufficient-data') return 'insufficient-data';
  return a === 'pass' ? 'pass' : 'not-applicable';
}
