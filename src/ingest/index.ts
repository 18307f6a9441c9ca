/**
 * The ingest layer: sheet grids (values + number formats) → Dataset + InputIssues (docs/reading.md).
 */
export { ingestWorkbook, WorkbookIngest } from './ingest';
export { nothingUsable, sheetProblems } from './read/nothing-usable';
export { sheetMappingFor } from './detect/mapping';
export { EXPORT_LAYOUTS } from './exports';
export { dayKindOf } from './parse/day-kind';
export { detectSheet } from './detect/detect';
export { detectWithReading } from './reading-steps';
export { HEAD_ROWS, columnsInUse, sheetsToReread } from './detect/columns-in-use';
export { FIELD_LABELS, KIND_LABELS, fieldsForKind, fieldForHeader } from './detect/fields';
export { describeCellValue, parseDate, parseMonth, serialToIsoDate } from './parse/dates';
export { parseTimeOfDay, parseDuration } from './parse/times';
export {
  parseDays,
  parseGender,
  parseYesNo,
  parseAnnualLeaveKind,
  parseFamilyLeaveKind,
  parseEmployeeId,
  parseText,
  readEmploymentType,
} from './parse/values';
export { computeMonthlyHours, computeDailyOvertime, computeWorkedHours, computeLateNightHours } from './hours/hours';
export type { WorkDay } from './hours/hours';
export { isTimeFormat, isDateFormat } from './parse/formats';
export { toA1 } from './parse/text';
export * from './types';
