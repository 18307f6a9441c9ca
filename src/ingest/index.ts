/**
 * The ingest layer: sheet grids (values + number formats) → Dataset + InputIssues (sheets.md).
 */
export { ingestWorkbook } from './ingest';
export { nothingUsable, sheetProblems } from './nothing-usable';
export { sheetMappingFor } from './mapping';
export { EXPORT_LAYOUTS } from './exports';
export { dayKindOf } from './day-kind';
export { detectSheet } from './detect';
export { FIELD_LABELS, KIND_LABELS, fieldsForKind, fieldForHeader } from './fields';
export { describeCellValue, parseDate, parseMonth, serialToIsoDate } from './dates';
export { parseTimeOfDay, parseDuration } from './times';
export {
  parseDays,
  parseGender,
  parseYesNo,
  parseAnnualLeaveKind,
  parseFamilyLeaveKind,
  parseEmployeeId,
  parseText,
  readEmploymentType,
} from './values';
export { computeMonthlyHours, computeDailyOvertime, computeWorkedHours, computeLateNightHours } from './hours';
export type { WorkDay } from './hours';
export { isTimeFormat, isDateFormat } from './formats';
export { toA1, columnNumber } from './text';
export * from './types';
