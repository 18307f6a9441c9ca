/**
 * What a criterion is, as one object (json-rules-engine's rule-as-object): its labels in both languages, its legal
 * source, its unit, how it is evaluated and which findings it raises. Each criterion is one module under
 * `./criteria/<area>/<name>.ts` that exports such a definition; the list in ./registry.ts names them all, and every
 * table the checker needs (metadata, English sources, evaluators, finding rules) is derived from that list.
 * How to add one: docs/recipes/add-a-criterion.md.
 */
import type { EvalContext } from './context';
import { addTexts, type MessageCode, type MessageEntry } from './messages';
import type { CriterionMeta } from './result';
import type { CriterionResult, Finding, Severity } from './types';

/** The 区分 a criterion is listed under, in both languages (the summary groups by it). */
export const CATEGORIES = {
  hours: { category: '労働時間', categoryEn: 'Working hours' },
  law36: { category: '36協定', categoryEn: 'Article 36 agreement' },
  health: { category: '健康管理', categoryEn: 'Health' },
  leave: { category: '年次有給休暇', categoryEn: 'Annual paid leave' },
  care: { category: '育児・介護', categoryEn: 'Childcare and family care' },
  resignation: { category: '退職', categoryEn: 'Resignations' },
  rest: { category: '休息・深夜', categoryEn: 'Rest and night work' },
  women: { category: '女性活躍', categoryEn: "Women's participation" },
} as const satisfies Record<string, Pick<CriterionMeta, 'category' | 'categoryEn'>>;

/**
 * When a finding of a rule is a breach of the law the employer must act on, whatever certification is being
 * prepared: `always` (any severity), `violation` (only findings of severity `violation`), or `never` (a guideline or
 * certification figure, or an early warning).
 */
export type LegalWhen = 'always' | 'violation' | 'never';

/** A kind of finding (per employee and period) a criterion raises, and when it is a legal violation. */
export interface FindingRule<R extends string = string> {
  id: R;
  legal: LegalWhen;
}

/**
 * One criterion. `evaluate` receives the definition itself as `self`, so the result carries its labels without a
 * lookup; `findings` is the producer of the criterion's per-employee findings — several criteria may share one
 * producer (the 36協定 rules), and a run calls each producer once.
 */
export interface CriterionDefinition<Id extends string = string, R extends string = string> extends CriterionMeta {
  id: Id;
  /** The finding rules this criterion's findings carry (`Finding.rule`); empty when it raises none. */
  findingRules: readonly FindingRule<R>[];
  /** The shared message codes of its gaps and findings (./messages-rules.ts), so an entry's users can be found. */
  messages: readonly MessageCode[];
  /** Sentences only this criterion writes (its gaps, findings), by code, in both languages; see `textsOf`. */
  texts?: Readonly<Record<string, MessageEntry>>;
  evaluate: (ctx: EvalContext, self: CriterionMeta) => CriterionResult;
  findings?: (ctx: EvalContext) => Finding[];
}

/**
 * Declares a criterion; the literal id and finding-rule ids are kept as types, so the registry can derive
 * `CriterionId` and `FindingRuleId` from its list.
 */
export function defineCriterion<const Id extends string, const R extends string = never>(
  definition: CriterionDefinition<Id, R>,
): CriterionDefinition<Id, R> {
  if (definition.texts) addTexts(definition.texts);
  return definition;
}

/** True when a finding of this rule and severity is a legal violation (see `LegalWhen`). */
export function isLegalSeverity(legal: LegalWhen, severity: Severity): boolean {
  return legal === 'always' || (legal === 'violation' && severity === 'violation');
}
