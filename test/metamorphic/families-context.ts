/**
 * One table of day rows whose date is only a day of the month (`2`, `2日`, `2（月）`, `02(月)`, or ジョブカン's
 * `06/02(月)` without the year): the month comes from a 年月 column, a title row, the sheet name or the file name.
 */
import { isCsv, type Cell } from './containers';
import { breakColumn, dayTypeColumn, headerOf, pairColumns, timeStyles } from './columns';
import { basics, identityColumns, identityKinds, nightColumns } from './families-days';
import { identitiesOf, layoutOf, records, table, type Column, type Layout, type Rand } from './layout';
import { WEEKDAYS, weekdayOf } from './month';
import { DOM_STYLES, dayOfMonthValue, monthDayWeekday } from './values';

const MONTH_TEXT = ['2025/06', '2025年6月', '202506', 'R7.6', '令和7年6月'];

/** Day-of-month dates with the month from the context. */
export function dayOfMonth(n: number, rand: Rand): Layout {
  const { container, identity, synonyms } = basics(rand);
  const csv = isCsv(container);
  const day = rand.pick([...DOM_STYLES, 'month-day-weekday'] as const);
  const context = rand.pick(['month-column', 'title', 'file-name', ...(csv ? [] : (['sheet-name'] as const))] as const);
  const monthText = rand.pick(MONTH_TEXT);
  const weekdayColumn = day === 'number' && rand.chance(0.5);
  const timeStyle = rand.pick(timeStyles(container));
  const night = rand.pick(['wrap', 'over24', 'flag'] as const);
  const breakStyle = rand.pick(['minutes', 'hmm', 'minutes-text'] as const);
  const dayType = rand.chance(0.3);
  const cols: Column[] = [
    ...identityColumns(identity, rand, synonyms),
    ...(context === 'month-column'
      ? [{ role: 'month', header: rand.pick(['年月', '対象月', '月度']), value: () => monthText }]
      : []),
    {
      role: 'day',
      header: rand.pick(['日', '日付', '勤務日']),
      value: (r) => (day === 'month-day-weekday' ? monthDayWeekday(r.date) : dayOfMonthValue(r.date, day)),
    },
    ...(weekdayColumn
      ? [{ role: 'weekday', header: '曜日', value: (r: { date: string }) => WEEKDAYS[weekdayOf(r.date)] }]
      : []),
    ...(dayType ? [dayTypeColumn(headerOf('dayType', rand, synonyms))] : []),
    ...pairColumns([headerOf('start', rand, synonyms), headerOf('end', rand, synonyms)], timeStyle, night),
    ...nightColumns(night, rand),
    breakColumn(headerOf('break', rand, synonyms), breakStyle),
  ];
  const titles: Cell[][] = context === 'title' ? [[`勤怠一覧\u3000${monthText}分`], []] : [];
  const rows = table(cols, records({ split: 'rows', leave: dayType }), { header: true, titles });
  const stem =
    context === 'file-name' ? rand.pick(['勤怠_2025年6月', 'kintai_202506', '勤務表_20250601_20250630']) : '勤怠';
  const sheetName = context === 'sheet-name' ? rand.pick(['2025年6月', '202506', 'R7.6']) : '勤怠';
  const file = { name: `${stem}.${csv ? 'csv' : 'xlsx'}`, container, sheets: [{ name: csv ? stem : sheetName, rows }] };
  const blocks = {
    container,
    identity,
    day,
    context,
    monthText,
    weekdayColumn,
    time: timeStyle,
    night,
    break: breakStyle,
    dayType,
  };
  return layoutOf('day-of-month', n, blocks, [file], { identities: identitiesOf(identityKinds(identity)) });
}
