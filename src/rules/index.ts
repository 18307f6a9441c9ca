/** The shared rule module: pure functions from a Dataset and Params to a Report (see docs/architecture.md). */
export { evaluate } from './evaluate';
export { PROFILES, getProfile } from './profiles';
export { KURUMIN_2025 } from './targets';
export { CRITERIA_REGISTRY, FINDING_RULES, isLegalFinding } from './registry';
export type { CriterionId, FindingRuleId } from './registry';
export { CRITERIA } from './meta';
export { applyWhatIf } from './whatif';
export type { WhatIf } from './whatif';
export { EVIDENCE_NOT_IN_SEED, FUKUYAMA_CHECKLIST, TEXT_NOT_IN_SEED, normaliseItemNo } from './checklist';
export { classifyFullTime, findFullTimeNorms } from './fulltime';
export { PARAMETER_META, applyRuleParameter } from './param-meta';
export type { HoursParameterOptions } from './param-meta';
export * from './types';
export * from './params';
export { localizeReport } from './localize';
export { withLegalChecks } from './verdict';
