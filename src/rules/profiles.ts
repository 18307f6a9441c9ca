/**
 * Profiles (presets): which criteria a run evaluates and with which thresholds. Thresholds live
 * here and in ./targets.ts, as data, never in the rule code; a new certification year is a new profile. A criterion
 * id is a `CriterionId`, so a profile naming a criterion that does not exist does not compile.
 */
import type { Threshold } from './types';
import type { WindowBasis } from './params';
import { CRITERIA_REGISTRY, type CriterionId } from './registry';
import { KURUMIN_2025, TARGETS } from './targets';

interface ProfileCriterion {
  id: CriterionId;
  threshold: Threshold;
}

export interface Profile {
  id: string;
  label: { ja: string; en: string };
  criteria: ProfileCriterion[];
  /** Adds one `checklist.<itemNo>` criterion per Fukuyama checklist item. */
  checklist: boolean;
  /** Groups of criteria of which passing one is enough (くるみん: the two male rates). */
  alternatives?: string[][];
  /** The 12-month window by default (params.window wins): the certifications count a business year (事業年度). */
  window?: WindowBasis;
  /** 'year': the plan period defaults to the 12-month window (a 公表 figure of one business year), not 3 years. */
  planPeriod?: 'year';
}

/**
 * The `law36` profile: every 36協定 criterion of the registry (the limits and their overall compliance verdict) and
 * the long-hours notice of 安衛法66条の8の3 (health.over-80-notify).
 */
const LAW36_PROFILE_IDS: CriterionId[] = [
  ...CRITERIA_REGISTRY.map((x) => x.criterion.id).filter((id) => id.startsWith('law36.')),
  'health.over-80-notify',
];

function c(id: CriterionId, threshold: Threshold): ProfileCriterion {
  return { id, threshold };
}

const MALE_ALTERNATIVES: CriterionId[][] = [['childcare.male-rate', 'childcare.male-rate-with-purpose-leave']];

/** くるみん-family criteria with the male targets of one level. */
function kuruminCriteria(level: 'kurumin' | 'platinum'): ProfileCriterion[] {
  return [
    c('childcare.male-rate', KURUMIN_2025.maleRate[level]),
    c('childcare.male-rate-with-purpose-leave', KURUMIN_2025.maleRateWithPurposeLeave[level]),
    c('childcare.female-rate', KURUMIN_2025.femaleRate),
    c('childcare.female-fixed-term-rate', KURUMIN_2025.femaleFixedTermRate),
    c('hours.kurumin-overtime', null),
  ];
}

/** `all`: every criterion of the registry once, with its registry threshold. */
const ALL_CRITERIA: ProfileCriterion[] = CRITERIA_REGISTRY.map((x) => c(x.criterion.id, x.threshold));

/**
 * The presets, in the order the pane offers them.
 * Example: `getProfile('kurumin-2025')?.criteria.find((x) => x.id === 'childcare.male-rate')?.threshold === 0.3`.
 */
export const PROFILES: Profile[] = [
  {
    id: 'fukuyama-2026',
    label: { ja: 'ふくやまWLB認定（2026年度）', en: 'Fukuyama WLB certification 2026' },
    criteria: [
      c('resignation.childbirth-none-3y', TARGETS.none),
      c('childcare.female-rate-3y', TARGETS.fukuyamaFemaleRate3y),
      c('hours.avg-overtime-under-45', TARGETS.monthlyOvertime),
      c('resignation.care-none-3y', TARGETS.none),
    ],
    checklist: true,
    window: 'fiscal-year',
  },
  {
    id: 'kurumin-2025',
    label: { ja: 'くるみん（2025年4月〜）', en: 'Kurumin (from April 2025)' },
    criteria: kuruminCriteria('kurumin'),
    checklist: false,
    alternatives: MALE_ALTERNATIVES,
    window: 'fiscal-year',
  },
  {
    id: 'platinum-kurumin-2025',
    label: { ja: 'プラチナくるみん（2025年4月〜）', en: 'Platinum Kurumin (from April 2025)' },
    criteria: kuruminCriteria('platinum'),
    checklist: false,
    alternatives: MALE_ALTERNATIVES,
    window: 'fiscal-year',
  },
  {
    id: 'try-kurumin-2025',
    label: { ja: 'トライくるみん（2025年4月〜）', en: 'Try Kurumin (from April 2025)' },
    criteria: [
      c('childcare.male-rate', KURUMIN_2025.maleRate.try),
      c('childcare.male-rate-with-purpose-leave', KURUMIN_2025.maleRateWithPurposeLeave.try),
      c('childcare.female-rate', KURUMIN_2025.femaleRate),
      c('childcare.female-fixed-term-rate', KURUMIN_2025.femaleFixedTermRate),
      c('hours.fulltime-avg-overtime-under-45', KURUMIN_2025.tryFullTimeOvertime),
      c('hours.no-over-60-average', KURUMIN_2025.noSixtyAverage),
    ],
    checklist: false,
    alternatives: MALE_ALTERNATIVES,
    window: 'fiscal-year',
  },
  {
    id: 'eruboshi-hours',
    label: { ja: 'えるぼし（労働時間）', en: 'Eruboshi (working hours)' },
    criteria: [c('hours.avg-overtime-under-45-by-category', TARGETS.monthlyOvertime)],
    checklist: false,
    window: 'fiscal-year',
  },
  {
    id: 'law36',
    label: { ja: '36協定の上限規制・長時間労働の通知', en: 'Article 36 limits and the 80-hour notice' },
    criteria: LAW36_PROFILE_IDS.map((id) => c(id, TARGETS.none)),
    checklist: false,
  },
  {
    // 育児・介護休業法22条の2 (公表, 301 workers or more from 2025-04) and 次世代法 (状況把握): the figures of the last
    // business year. A threshold of 0 means "publish the figure": any rate passes once it can be computed.
    id: 'disclosure-2025',
    label: {
      ja: '育児休業取得状況の公表・状況把握（2025年4月〜）',
      en: 'Disclosure of childcare-leave take-up (from April 2025)',
    },
    criteria: [
      c('childcare.male-rate', TARGETS.disclose),
      c('childcare.male-rate-with-purpose-leave', TARGETS.disclose),
      c('hours.fulltime-avg-overtime-under-45', KURUMIN_2025.tryFullTimeOvertime),
    ],
    checklist: false,
    window: 'fiscal-year',
    planPeriod: 'year',
  },
  {
    id: 'annual-leave',
    label: { ja: '年次有給休暇', en: 'Annual paid leave' },
    criteria: [c('leave.five-day-obligation', TARGETS.none), c('leave.takeup-rate', TARGETS.leaveTakeup)],
    checklist: false,
  },
  {
    id: 'guideline-targets',
    label: { ja: '労働時間等見直しガイドラインの数値目標', en: 'Working-time guideline targets' },
    criteria: [
      c('leave.takeup-rate', TARGETS.leaveTakeup),
      c('hours.weekly-60-share', TARGETS.weeklySixtyShare),
      c('childcare.male-rate', TARGETS.publicSectorMaleRate),
    ],
    checklist: false,
  },
  {
    id: 'public-sector-targets',
    label: { ja: '公務員の女性活躍・WLB推進の成果目標', en: 'Public-sector targets' },
    criteria: [
      c('women.manager-share', { ...TARGETS.womenManagerShare }),
      c('women.hire-share', TARGETS.womenHireShare),
      c('childcare.male-rate', TARGETS.publicSectorMaleRate),
    ],
    checklist: false,
  },
  {
    id: 'all',
    label: { ja: 'すべての基準', en: 'All criteria' },
    criteria: ALL_CRITERIA,
    checklist: true,
    alternatives: MALE_ALTERNATIVES,
  },
];

/** A profile by id. Example: `getProfile('all')?.checklist === true`; `getProfile('nope') === undefined`. */
export function getProfile(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}
