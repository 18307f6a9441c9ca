/**
 * The ingest layer: sheet grids (values + number formats) → Dataset + InputIssues (sheets.md).
 */
export { ingestWorkbook, isStatutoryHoliday } from './ingest';
export { nothingUsable, sheetProblems } from './nothing-usable';
export { sheetMappingFor, mappingProblems } from './mapping';
export { EXPORT_LAYOUTS } from './exports';
export type { ExportLayout } from './exports';
export { dayKindOf } from './day-kind';
export { detectSheet, isTotalLabel } from './detect';
export { FIELD_LABELS, KIND_LABELS, fieldsForKind, fieldForHeader, missingFields } from './fields';
export { describeCellValue, parseDate, parseMonth, serialToIsoDate, isoFromParts } from './dates';
export { parseTimeOfDay, parseDuration } from './times';
export {
  parseDays, parseGender, parseYesNo, parseAnnualLeaveKind, parseFamilyLeaveKind, parseEmployeeId, parseText,
  readEmploymentType, decideFullTime, parseWorkingTimeSystem, parseSector,
} from './values';
export type { AnnualLeaveKind, FamilyKindReading, EmploymentReading } from './values';
export {
  computeMonthlyHours, computeDailyOvertime, computeWorkedHours, computeLateNightHours, adjustEndMinute, dayNumber,
} from './hours';
export type { WorkDay, HoursOptions, ComputedHours } from './hours';
export { isTimeFormat, isDateFormat } from './formats';
export { toA1, columnLetter, columnNumber, normalizeHeader, normalizeText, rawToText, isBlank } from './text';
export { succeed, fail } from './result';
export type { ParseResult } from './result';
export * from './types';
