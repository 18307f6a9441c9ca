/**
 * What a day-type label says about the day (法定休日 / 所定休日 / work day), as a DayKind for the hours side.
 */
import { DAY_KIND, type DayKind } from '../hours/hours';
import { normalizeText } from './text';

const holidayCache = new Map<string, boolean>();

/**
 * Whether a day type means a statutory holiday (法定休日): `法定休日`, `法休`, `休日出勤（法定）`; never `法定外休日`.
 * Example: `isStatutoryHoliday('法定休日')` → true; `isStatutoryHoliday('所定休日')` → false.
 */
function isStatutoryHoliday(dayType: string | undefined): boolean {
  if (!dayType) return false;
  let known = holidayCache.get(dayType);
  if (known === undefined) {
    const t = normalizeText(dayType).toLowerCase().replace(/\s/g, '');
    known =
      !/法定外/.test(t) &&
      (/法定休日|法休|statutoryholiday|legalholiday/.test(t) || (/法定/.test(t) && /休日|休出/.test(t)));
    if (holidayCache.size < 10000) holidayCache.set(dayType, known);
  }
  return known;
}

/**
 * The DayKind of a day-type label: 法定休日 → statutory holiday; 所定休日 / 法定外休日 / 公休 / 振替休日 → prescribed
 * holiday; 出勤 / 平日 → work day; 年休 / 有給 / 欠勤 / 代休 → leave (a work day not worked); anything else → unlabelled.
 * Example: `dayKindOf('法定外休日')` → 2; `dayKindOf('平日')` → 3.
 */
export function dayKindOf(dayType: string | undefined): DayKind {
  if (!dayType) return DAY_KIND.unlabelled;
  let kind = kindCache.get(dayType);
  if (kind === undefined) {
    kind = readDayKind(dayType);
    if (kindCache.size < 10000) kindCache.set(dayType, kind);
  }
  return kind;
}

const kindCache = new Map<string, DayKind>();

function readDayKind(dayType: string): DayKind {
  if (isStatutoryHoliday(dayType)) return DAY_KIND.statutoryHoliday;
  const t = normalizeText(dayType).toLowerCase().replace(/\s/g, '');
  if (/所定休|法定外休|公休|週休|振替休日|振休|prescribedholiday|non-?statutory/.test(t))
    return DAY_KIND.prescribedHoliday;
  if (/^(出勤|平日|通常|通常勤務|勤務|出社|workday|weekday)$/.test(t)) return DAY_KIND.workDay;
  // Leave or absence on a work day: not a rest day (the week may still have had none).
  if (/年休|有給|有休|年次|特休|特別休暇|欠勤|代休|慶弔|病欠|介護休暇|看護休暇|leave|absen/.test(t))
    return DAY_KIND.leave;
  return DAY_KIND.unlabelled;
}
