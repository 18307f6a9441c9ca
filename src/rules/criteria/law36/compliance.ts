/** `law36.compliance`: no violation of the 36協定 limits; value = employees with at least one violation. */
import { CATEGORIES, defineCriterion } from '../../criterion';
import { evaluateFindingCount } from '../../findings';
import { computeLaw36Findings, law36Gap } from '../../law36';
import { AGREEMENT_RULES } from '../../agreement-findings';
import { GUIDELINE } from '../sources';

export const compliance = defineCriterion({
  id: 'law36.compliance',
  title: '36協定の上限規制の違反がない',
  titleEn: 'No Article 36 violation',
  ...CATEGORIES.law36,
  source: `労働基準法36条4項〜6項（時間外労働の上限規制）／${GUIDELINE.ja} 二`,
  sourceEn: `Labor Standards Act Art. 36(4)-(6) (upper limits on overtime); ${GUIDELINE.en} 2`,
  unit: 'count',
  legal: true,
  limit: { ja: '上記の上限すべて', en: 'all the limits above' },
  // Counts the findings of the limit criteria, and raises those of the company's own agreement (労基法32条・35条:
  // work beyond the agreement is not covered by it, whatever the statutory caps) and the note when none is set.
  findingRules: [
    ...AGREEMENT_RULES.map((id) => ({ id, legal: 'always' as const })),
    { id: 'agreement.unset', legal: 'never' },
  ],
  messages: ['gap.law36.count', 'gap.no-monthly-hours', 'text.localized'],
  evaluate: (ctx, self) =>
    evaluateFindingCount(
      ctx,
      self,
      computeLaw36Findings(ctx).filter((f) => f.severity === 'violation'),
      law36Gap({ ja: '上限規制の違反があります', en: 'Violations of the upper limits' }),
    ),
  findings: computeLaw36Findings,
});
