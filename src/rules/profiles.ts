/**
 * Profiles (presets) of criteria.md: which criteria a run evaluates and with which thresholds. Thresholds live
 * here, as data, never in the rule code; a new certification year is a new profile.
 */
import type { Threshold } from './types';
import type { WindowBasis } from './params';
import { LAW36_RULES } from './law36';

interface ProfileCriterion {
  id: string;
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

/*
 * くるみん criteria in force from 2025-04-01 ("2025 rev.") — taken from secondary sources that agree with each other
 * (MHLW くるみん leaflets as summarised in criteria.md). Correct them here, in one place:
 *   male rate: くるみん 30%, プラチナ 50%, トライ 10%;
 *   male rate counting 育児目的休暇: くるみん 50%, プラチナ 70%, トライ 20%;
 *   female rate (also fixed-term women): 75%;
 *   overtime: full-time mean < 30 h every month, or full-time aged 25–39 mean < 45 h every month.
 * (2022–2025 rules were: male 10% / 30% / 7%.)
 */
export const KURUMIN_2025 = {
  maleRate: { kurumin: 0.3, platinum: 0.5, try: 0.1 },
  maleRateWithPurposeLeave: { kurumin: 0.5, platinum: 0.7, try: 0.2 },
  femaleRate: 0.75,
  femaleFixedTermRate: 0.75,
  fullTimeOvertime: 30,
  fullTime25to39Overtime: 45,
  /** トライくるみん: full-time mean < 45 h every month (its hours rule was not raised in 2025). */
  tryFullTimeOvertime: 45,
  /** All three: nobody averaging 60 h or more of statutory overtime a month (kept in the 2025 revision). */
  noSixtyAverage: 60,
} as const;

/** Other figures: seed 001 (Fukuyama 2026), seed 002 (public-sector targets), seed 004 (guideline 別表), the law. */
const TARGETS = {
  fukuyamaFemaleRate3y: 0.7,
  monthlyOvertime: 45,
  leaveTakeup: 0.7,
  weeklySixtyShare: 0.05,
  publicSectorMaleRate: 0.13,
  womenManagerShare: { 係長: 0.3, 課長補佐: 0.25, 課長: 0.15, 部長: 0.1 },
  womenHireShare: 0.4,
  /** Count criteria: pass when nobody is concerned. */
  none: 0,
  /** Disclosure (公表): the figure is what counts, any rate passes. */
  disclose: 0,
} as const;

/** The 36協定 rules and their overall compliance verdict. */
const LAW36_IDS = [...LAW36_RULES, 'law36.compliance'];

/** The `law36` profile: the 36協定 limits and the long-hours notice of 安衛法66条の8の3 (health.over-80-notify). */
const LAW36_PROFILE_IDS = [...LAW36_IDS, 'health.over-80-notify'];

function c(id: string, threshold: Threshold): ProfileCriterion {
  return { id, threshold };
}

const MALE_ALTERNATIVES = [['childcare.male-rate', 'childcare.male-rate-with-purpose-leave']];

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

/** `all`: every criterion of the catalogue once, with the くるみん 2025 / 70% / seed 002 thresholds. */
const ALL_CRITERIA: ProfileCriterion[] = [
  c('hours.avg-overtime-under-45', TARGETS.monthlyOvertime),
  c('hours.avg-overtime-under-45-by-category', TARGETS.monthlyOvertime),
  c('hours.fulltime-avg-overtime-under-30', KURUMIN_2025.fullTimeOvertime),
  c('hours.fulltime-25to39-avg-overtime-under-45', KURUMIN_2025.fullTime25to39Overtime),
  c('hours.fulltime-avg-overtime-under-45', KURUMIN_2025.tryFullTimeOvertime),
  c('hours.kurumin-overtime', null),
  c('hours.no-over-60-average', KURUMIN_2025.noSixtyAverage),
  c('hours.weekly-60-share', TARGETS.weeklySixtyShare),
  ...LAW36_PROFILE_IDS.map((id) => c(id, TARGETS.none)),
  c('leave.five-day-obligation', TARGETS.none),
  c('leave.takeup-rate', TARGETS.leaveTakeup),
  c('childcare.female-rate-3y', TARGETS.fukuyamaFemaleRate3y),
  c('childcare.female-rate', KURUMIN_2025.femaleRate),
  c('childcare.female-fixed-term-rate', KURUMIN_2025.femaleFixedTermRate),
  c('childcare.male-rate', KURUMIN_2025.maleRate.kurumin),
  c('childcare.male-rate-with-purpose-leave', KURUMIN_2025.maleRateWithPurposeLeave.kurumin),
  c('resignation.childbirth-none-3y', TARGETS.none),
  c('resignation.care-none-3y', TARGETS.none),
  c('interval.rest-under-11h', null),
  c('latenight.monthly-count', null),
  c('women.manager-share', { ...TARGETS.womenManagerShare }),
  c('women.hire-share', TARGETS.womenHireShare),
];

/**
 * The presets of criteria.md, in its order.
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
