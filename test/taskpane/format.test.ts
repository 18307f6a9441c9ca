import {
  dateInputText,
  parseDateInput,
  toJstIso,
  formatMeasure,
  formatNumber,
  formatPreviewCell,
  isDateFormat,
  parseThresholdInput,
  thresholdInputText,
} from '../../src/taskpane/format';
import { languageFromQuery, loadMessages, messagesFor, pickLocale } from '../../src/taskpane/i18n';

describe('formatNumber', () => {
  it('shows a rate as a percentage with one decimal: 3 of 4 men = 75.0%, 1 of 3 = 33.3%', () => {
    expect(formatNumber(3 / 4, 'rate', 'ja')).toBe('75.0%');
    expect(formatNumber(1 / 3, 'rate', 'ja')).toBe('33.3%');
  });

  it('shows hours and days with one decimal and the unit in the pane’s language', () => {
    expect(formatNumber(45, 'hours', 'ja')).toBe('45.0 時間');
    expect(formatNumber(7.25, 'hours', 'en')).toBe('7.3 h');
    expect(formatNumber(4.5, 'days', 'ja')).toBe('4.5 日');
  });

  it('shows a count as a whole number of people (count criteria count employees)', () => {
    expect(formatNumber(3, 'count', 'ja')).toBe('3 人');
    expect(formatNumber(1, 'count', 'en')).toBe('1 people');
  });

  it('shows a dash for a number that is not finite', () => {
    expect(formatNumber(NaN, 'rate', 'ja')).toBe('—');
  });
});

describe('formatMeasure', () => {
  it('lists a per-category record and shows a dash for null', () => {
    expect(formatMeasure({ 正社員: 0.5, パート: 0.25 }, 'rate', 'ja')).toBe('正社員 50.0% ・ パート 25.0%');
    expect(formatMeasure(null, 'rate', 'ja')).toBe('—');
    expect(formatMeasure({}, 'rate', 'ja')).toBe('—');
  });
});

describe('threshold input', () => {
  it('reads a rate typed in percent (30 → 0.3) and full-width digits (４５ → 45)', () => {
    expect(parseThresholdInput('30', 'rate')).toBe(0.3);
    expect(parseThresholdInput('30%', 'rate')).toBe(0.3);
    expect(parseThresholdInput('４５', 'hours')).toBe(45);
    expect(parseThresholdInput('７．５', 'hours')).toBe(7.5);
  });

  it('rejects text that is not a number', () => {
    expect(parseThresholdInput('', 'rate')).toBeNull();
    expect(parseThresholdInput('三十', 'rate')).toBeNull();
    expect(parseThresholdInput('1e3', 'hours')).toBeNull();
  });

  it('shows a stored rate back in percent without float noise: 0.07 → 7', () => {
    expect(thresholdInputText(0.07, 'rate')).toBe('7');
    expect(thresholdInputText(360, 'hours')).toBe('360');
  });
});

describe('locale', () => {
  it('is English for any English display language and Japanese otherwise', () => {
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('EN-gb')).toBe('en');
    expect(pickLocale('ja-JP')).toBe('ja');
    expect(pickLocale('de-DE')).toBe('ja');
    expect(pickLocale(null)).toBe('ja');
  });

  it('reads ?lang=en outside Office', () => {
    expect(languageFromQuery('?lang=en')).toBe('en');
    expect(languageFromQuery('')).toBeNull();
  });

  it('has Japanese built in and English only once loaded (a chunk of its own in the pane)', async () => {
    expect(messagesFor('ja').appTitle).toBe('WLB基準チェッカー');
    expect(() => messagesFor('en')).toThrow("await loadMessages('en')");
    expect((await loadMessages('en')).appTitle).toBe('WLB Criteria Checker');
    expect(messagesFor('en').steps.whatIf).toBe('What-if');
  });
});

describe('preview cells', () => {
  it('shows a date-formatted serial as a date: 46112 is 2026-03-31 (45658 = 2025-01-01, + 365 + 89 days)', () => {
    expect(formatPreviewCell(46112, 'yyyy/m/d')).toBe('2026-03-31');
    expect(formatPreviewCell(45017, 'yyyy"年"m"月"d"日"')).toBe('2023年4月1日');
    expect(formatPreviewCell(45748, 'yyyy"年"m"月"')).toBe('2025年4月');
  });

  it('leaves numbers of other formats, text, booleans and errors as they are', () => {
    expect(formatPreviewCell(0.6, '0.0%')).toBe('0.6');
    expect(formatPreviewCell(46112, 'General')).toBe('46112');
    expect(formatPreviewCell(0.375, 'h:mm')).toBe('0.375');
    expect(formatPreviewCell('達成', 'General')).toBe('達成');
    expect(formatPreviewCell(null, 'General')).toBe('');
    expect(formatPreviewCell({ error: '#N/A' }, 'General')).toBe('#N/A');
  });

  it('does not take quoted text or a colour for a date', () => {
    expect(isDateFormat('"day"0')).toBe(false);
    expect(isDateFormat('[Red]0.0')).toBe(false);
    expect(isDateFormat('m/d')).toBe(true);
  });
});

describe('dates as the box shows them, and Japan time', () => {
  it('reads 2026/3/31, 2026-03-31, ２０２６年３月３１日 as 2026-03-31 and refuses 2026/02/30 (February 2026 has 28 days)', () => {
    expect(parseDateInput('2026/3/31')).toBe('2026-03-31');
    expect(parseDateInput('2026-03-31')).toBe('2026-03-31');
    expect(parseDateInput('２０２６年３月３１日')).toBe('2026-03-31');
    expect(parseDateInput('2026/02/30')).toBeNull();
    expect(parseDateInput('31/03/2026')).toBeNull();
    expect(dateInputText('2026-03-31')).toBe('2026/03/31');
  });

  it('writes 作成日時 in Japan time: 2026-03-31 15:30 UTC is 2026-04-01 00:30 in Tokyo (UTC+9, no DST)', () => {
    expect(toJstIso(new Date('2026-03-31T15:30:00Z'))).toBe('2026-04-01T00:30:00+09:00');
    expect(toJstIso(new Date('2026-07-01T00:00:00Z'))).toBe('2026-07-01T09:00:00+09:00');
  });
});
