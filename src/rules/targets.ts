/**
 * The figures the profiles judge against: certification targets and the law's numbers. Thresholds live here and in
 * ./profiles.ts, as data, never in the rule code; a new certification year is a new profile.
 */

/*
 * くるみん criteria in force from 2025-04-01 ("2025 rev.") — taken from secondary sources that agree with each other
 * (the MHLW くるみん leaflets). Correct them here, in one place:
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

/**
 * Other figures: the Fukuyama WLB certification (2026), the public-sector outcome targets, the working-time guideline's
 * 別表, and the law.
 */
export const TARGETS = {
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
