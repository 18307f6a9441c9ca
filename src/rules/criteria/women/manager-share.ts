/** `women.manager-share` (public-sector targets, no. 101): women's share at each management level. */
import { CATEGORIES, defineCriterion } from '../../criterion';
import { evaluateManagerShare } from '../../women';
import { PUBLIC_SECTOR } from '../sources';

export const managerShare = defineCriterion({
  id: 'women.manager-share',
  title: '役職段階別の女性の割合（係長・課長補佐・課長・部長）',
  titleEn: "Women's share by management level",
  ...CATEGORIES.women,
  source: `${PUBLIC_SECTOR.ja}（通し番号101）`,
  sourceEn: `${PUBLIC_SECTOR.en} (no. 101)`,
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: ['gap.women.level', 'gap.no-managers', 'gap.need-positions', 'issue.gender-unknown'],
  evaluate: evaluateManagerShare,
});
