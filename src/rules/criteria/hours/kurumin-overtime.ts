/**
 * `hours.kurumin-overtime` (くるみん 2025): (full-time mean < 30 h, or full-time aged 25–39 mean < 45 h) and nobody
 * averaging 60 h of statutory overtime — three other criteria combined. Example: under-30 fails, 25–39 passes, nobody
 * at 60 h → pass.
 */
import type { EvalContext } from '../../context';
import { getThreshold } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { joinGap } from '../../hours-monthly';
import { type Localized, type MessageRef, textsOf, type MessageEntry } from '../../messages';
import { buildResult, combineAlternatives, combineRequirements, type CriterionMeta } from '../../result';
import type { CriterionResult } from '../../types';
import { fulltime25to39AvgOvertimeUnder45 } from './fulltime-25to39-avg-overtime-under-45';
import { fulltimeAvgOvertimeUnder30 } from './fulltime-avg-overtime-under-30';
import { noOver60Average } from './no-over-60-average';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.kurumin.either': {
    ja: (p) => `次のいずれかが必要: ①${p.a}（${p.aGap}） ②${p.b}（${p.bGap}）`,
    en: (p) => `One of these is needed: (1) ${p.a} (${p.aGap}) (2) ${p.b} (${p.bGap})`,
  },
  'gap.kurumin.sixty': { ja: (p) => `${p.title}が必要（${p.gap}）`, en: (p) => `Needed: ${p.title} (${p.gap})` },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** A criterion's result with its own definition, so a gap can name it in both languages. */
function run(ctx: EvalContext, part: CriterionMeta & Pick<typeof noOver60Average, 'evaluate'>) {
  const result = part.evaluate(ctx, part);
  const title: Localized = { ja: result.title, en: part.titleEn };
  return { result, title, gap: result.gapRef ?? result.gap ?? '—' };
}

function evaluateKuruminOvertime(ctx: EvalContext, self: CriterionMeta): CriterionResult {
  const a = run(ctx, fulltimeAvgOvertimeUnder30);
  const b = run(ctx, fulltime25to39AvgOvertimeUnder45);
  const sixty = run(ctx, noOver60Average);
  const either = combineAlternatives(a.result.status, b.result.status);
  const status = combineRequirements(either, sixty.result.status);
  const parts: MessageRef[] = [];
  if (either !== 'pass') parts.push(text('gap.kurumin.either', { a: a.title, aGap: a.gap, b: b.title, bGap: b.gap }));
  if (sixty.result.status !== 'pass') parts.push(text('gap.kurumin.sixty', { title: sixty.title, gap: sixty.gap }));
  return buildResult(self, {
    status,
    value: null,
    threshold: getThreshold(ctx, self.id, null),
    gap: status === 'pass' ? null : joinGap(parts),
    // The chart of the summary: the full-time monthly mean, the first alternative's figure.
    ...(a.result.series ? { series: a.result.series } : {}),
    breakdown: Object.fromEntries(
      [a.result, b.result, sixty.result]
        .map((r) => [r.id, r.value])
        .filter((e): e is [string, number] => typeof e[1] === 'number'),
    ),
  });
}

export const kuruminOvertime = defineCriterion({
  id: 'hours.kurumin-overtime',
  title: 'くるみんの労働時間基準（フルタイム30時間未満 又は 25〜39歳45時間未満、かつ 月平均60時間以上の者がいない）',
  titleEn: 'Kurumin overtime criterion (either alternative, and nobody averaging 60 h)',
  ...CATEGORIES.hours,
  source: 'くるみん / プラチナくるみん（2025年4月改正: 前2つはいずれか、60時間の基準は存続）',
  sourceEn: 'Kurumin / Platinum Kurumin (revised April 2025: either of the first two, and the 60 h rule)',
  unit: null,
  legal: false,
  findingRules: [],
  messages: [],
  texts: TEXTS,
  evaluate: evaluateKuruminOvertime,
});
