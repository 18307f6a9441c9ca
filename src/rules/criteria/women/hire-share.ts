/** `women.hire-share` (public-sector targets): women's share of the hires in the 12-month window. */
import { CATEGORIES, defineCriterion } from '../../criterion';
import { evaluateHireShare } from '../../women';
import { PUBLIC_SECTOR } from '../sources';

export const hireShare = defineCriterion({
  id: 'women.hire-share',
  title: '採用者に占める女性の割合',
  titleEn: "Women's share of hires",
  ...CATEGORIES.women,
  source: PUBLIC_SECTOR.ja,
  sourceEn: PUBLIC_SECTOR.en,
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: [
    'gap.women.hires',
    'gap.no-hires',
    'gap.hire-gender-unknown',
    'gap.need-hire-dates',
    'issue.gender-unknown',
  ],
  evaluate: evaluateHireShare,
});
