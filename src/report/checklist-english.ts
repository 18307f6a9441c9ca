/**
 * The Fukuyama WLB checklist (its Q&A, 2026年度版) in English, for the English report's チェックリスト sheet: each item's text
 * and the documents its Q&A asks for. These are the checker's own translations for reading; the application is
 * made on the city's Japanese form, so the sheet keeps the item numbers of that form.
 */
import { EVIDENCE_NOT_IN_SEED, FUKUYAMA_CHECKLIST, TEXT_NOT_IN_SEED } from '../rules';
import type { Lang } from '../rules/messages';

const ITEM_TEXTS_EN: Record<string, string> = {
  '3': 'For employees raising a child from age 3 to school age, the work rules let them choose 3 or more of: (1) changing start times, (2) telework (10 days or more a month), (3) running a childcare facility, (4) childcare-support leave (10 days or more a year), (5) shorter working hours',
  '4': 'Leave to care for a sick child is paid leave',
  '5': 'Where leave for balancing work and childcare, or leave for childcare purposes, is provided, it is paid',
  '8': 'There is financial support during childcare leave besides the public insurance benefits',
  '12': 'Managers are trained (or otherwise made aware) to build a workplace where childcare schemes are easy to use',
  '13': 'Employees are trained to support balancing childcare and work',
  '14': 'Childcare allowances are paid (nursery, after-school care, sick-child care allowances, etc.)',
  '15': 'Employees raising children are exempted from night shifts or have fewer of them on request',
  '16': 'Employees raising children are offered transfers or long-term work from home',
  '18': "Fukuyama City's work and care / childcare balance check sheet is carried out and its results shared with the city",
  '25': 'Community activities on children and childcare are carried out',
  '26': 'Events or courses for children and families raising children are held',
  '33': 'There is a leave scheme of its own for men, besides the statutory childcare leave and paternity leave at birth',
  '34': "There is a scheme to promote women's careers",
  '36': 'Employees are trained on sexual harassment and other harassment (pregnancy, childbirth, childcare, family care and other gender-related harassment)',
  '39': 'Men are encouraged to take childcare and family-care leave',
  '40': 'Women are encouraged to attend training and gain qualifications',
  '41': 'Training is held to overcome fixed gender roles',
  '44': 'Women are actively placed in workplaces that had few or no women',
  '54': 'There is a work-from-home scheme for employees caring for family',
  '55': 'The work rules provide 2 or more of: (1) training on family-care leave and support schemes, (2) a consultation desk, (3) collecting and sharing cases of family-care leave and support use, (4) making the policy on their use known',
  '56': 'Family-care leave is paid leave',
  '57': 'Where health-care leave (health checks, hospital visits for treatment, etc.) is provided, it is paid',
  '58': 'There is a rest-interval scheme between working days',
  '59': 'An outside expert is set up as a consultation desk on family-care leave and support schemes',
  '65': 'Activities that ease workplace communication are held (recreation, sports days, staff trips, social gatherings, etc.)',
  '66': "The workplace environment is improved for employees' comfort",
  '68': 'Employees are told that, as a rule, no reason is needed when applying for annual leave in advance (same-day requests excepted)',
  '69': "Fukuyama City's work and care / childcare balance check sheet is carried out and its results shared with the city",
};

const EVIDENCE_EN: Record<string, string> = {
  [EVIDENCE_NOT_IN_SEED]: 'The Q&A names no document (work rules or internal documents that show it)',
  [TEXT_NOT_IN_SEED]: '(see the criteria table for the text)',
  '制度化していれば就業規則等。制度化していない場合は手当等を支給した実績が分かる資料':
    'Work rules if it is a scheme; otherwise records of the payments made',
  '社内通知文書や、当日の研修の内容及び様子がわかる資料':
    'Internal notices, and documents showing the training held and what it covered',
  イベントの案内文や当日の様子が分かる資料: 'The event announcement and documents showing the event itself',
  '福山市「仕事と介護・育児の両立支援チェックシート」の集計シートを福山市に共有':
    "The summary of Fukuyama City's balance check sheet, shared with the city",
  '就業規則等（明文化されている場合に限る）': 'Work rules (only when written down)',
  '制度化していれば就業規則等。制度化していない場合は免除や調整を行った実績が分かる資料又は社内通知文書等':
    'Work rules if it is a scheme; otherwise records of the exemptions or adjustments made, or internal notices',
  '就業規則等（該当条文が分かるように）': 'Work rules (marking the article)',
  社内通知文書等: 'Internal notices',
  '直近3年間に女性従業員の占める割合が上がった部署の人員配置の推移と、女性従業員が少ない又は配置できなかった理由が分かる資料':
    "Staffing over the last 3 years of the departments where women's share rose, and why women were few or could not be placed",
  '就業規則等（2つ以上の措置を規定し、従業員に提示していること）':
    'Work rules (providing 2 or more measures, shown to employees)',
  制度が分かる就業規則等: 'Work rules showing the scheme',
};

/** Japanese item texts and documents → English. */
const CHECKLIST_TEXTS_EN: Record<string, string> = {
  ...EVIDENCE_EN,
  ...Object.fromEntries(
    FUKUYAMA_CHECKLIST.filter((i) => ITEM_TEXTS_EN[i.itemNo]).map((i) => [i.text, ITEM_TEXTS_EN[i.itemNo]]),
  ),
};

/**
 * A checklist item's text or its documents in the report's language (Japanese: as it is).
 *
 * @example checklistText('勤務間インターバル制度を設けている', 'en') // 'There is a rest-interval scheme between working days'
 */
export function checklistText(text: string, lang: Lang): string {
  return lang === 'en' ? (CHECKLIST_TEXTS_EN[text] ?? text) : text;
}
