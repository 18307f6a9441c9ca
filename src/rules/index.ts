/** The shared rule module: pure functions from a Dataset and Params to a Report (see docs/contracts.md). */
export { evaluate } from './evaluate';
export { computeWindows, getLastCompleteMonth, getAgreementYearStart } from './windows';
export { PROFILES, getProfile, KURUMIN_2025, TARGETS } from './profiles';
export type { Profile, ProfileCriterion } from './profiles';
export { CRITERIA } from './meta';
export type { CriterionMeta } from './result';
export { applyWhatIf } from './whatif';
export type { WhatIf } from './whatif';
export { EVIDENCE_NOT_IN_SEED, FUKUYAMA_CHECKLIST, TEXT_NOT_IN_SEED, normaliseItemNo } from './checklist';
export type { ChecklistItem } from './checklist';
export { classifyFullTime } from './context';
export { getLevel, MANAGEMENT_LEVELS } from './women';
export * from './types';
export * from './params';
export { localizeReport, sourceEn } from './localize';
export { MESSAGE_CODES, msg, renderMessage, textIn } from './messages';
export type { Lang, Localized, MessageCode, MessageParam, MessageRef } from './messages';
