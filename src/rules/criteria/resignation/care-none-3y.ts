/**
 * `resignation.care-none-3y` (ふくやまWLB認定 項目77): family-care leave has been used, and nobody left in the 3-year
 * window to care for family.
 */
import { CATEGORIES, defineCriterion } from '../../criterion';
import { evaluateCareResignations } from '../../resignation';

export const careNone3y = defineCriterion({
  id: 'resignation.care-none-3y',
  title: '介護の制度の利用実績があり、過去3年間に介護を理由とした退職者がいない',
  titleEn: 'Care leave used and nobody left for family care in 3 years',
  ...CATEGORIES.resignation,
  source: 'ふくやまWLB認定 項目77',
  sourceEn: 'Fukuyama WLB certification item 77',
  unit: 'count',
  legal: false,
  findingRules: [],
  messages: [
    'gap.need-roster-leavers',
    'gap.missing-roster-columns',
    'gap.care-leavers',
    'gap.need-care-use',
    'gap.need-care-records',
    'gap.unknown-reason',
  ],
  evaluate: evaluateCareResignations,
});
