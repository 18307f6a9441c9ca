/** The shared rule module: pure functions from a Dataset and Params to a Report (see docs/contracts.md). */
export { evaluate } from './evaluate';
export { computeWindows, getLastCompleteMonth, getAgreementYearStart } from './windows';
export { PROFILES, getProfile, KURUMIN_2025, TARGETS } from './profiles';
export type { Profile, ProfileCriterion } from './profiles';
export { CRITERIA } from './meta';
export type { CriterionMeta } from './result';
export { applyWhatIf } from './whatif';
export type { WhatIf } from './whatif';
export { FUKUYAMA_CHECKLIST, TEXT_NOT_IN_SEED, normaliseItemNo } from './checklist';
export type { ChecklistItem } from './checklist';
export { classifyFullTime, findFullTimeNorms } from './fulltime';
export type { FullTimeNorms } from './fulltime';
export { PARAMETER_META, applyRuleParameter, WORKING_TIME_SYSTEMS, WORKING_TIME_SYSTEM_LABELS, LAW36_SECTORS } from './param-meta';
export type { ParameterMeta, HoursParameterOptions } from './param-meta';
export { OVER_80_DUTIES, HEALTH_LIMITS, computeHoursBeyondForty } from './health';
export { getLevel, MANAGEMENT_LEVELS } from './women';
export * from './types';
export * from './params';
