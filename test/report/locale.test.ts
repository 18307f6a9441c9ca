/**
 * The report's catalogues: the same typed keys in both languages (a missing key does not compile), every English
 * word in ASCII punctuation, Japanese dates and periods as HR writes them, and the time in Japan whatever the
 * machine's time zone (JST = UTC + 9, no daylight saving).
 */
import { wordsFor, type ReportCatalogue } from '../../src/report';
import { isCertification, VERDICT_WORDS } from '../../src/report/locale/verdict-words';
import { ja } from '../../src/taskpane/messages/ja';
import { en } from '../../src/taskpane/messages/en';

/** Every string of a catalogue (functions called with sample arguments). */
function strings(c: ReportCatalogue): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') {
      // Each word function with arguments of its kind: a count, a list of people, an outcome.
      for (const args of [[2, 'case'], [['E1', 'E2'], 2], ['met-but-legal-violations', 2, true], ['2026-03-31']]) {
        try {
          out.push(String((v as (...a: unknown[]) => unknown)(...args)));
        } catch {
          // Not this kind of argument.
        }
      }
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk({ ...c, evidenceNote: undefined, levels: undefined, dates: undefined, units: undefined, checklist: undefined });
  return out;
}

describe('the catalogues', () => {
  test('English: no Japanese and no full-width punctuation in any word the report writes', () => {
    const japanese = /[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
    expect(strings(wordsFor('en')).filter((s) => japanese.test(s))).toEqual([]);
  });

  test('the same keys in both languages, down to the headers of every sheet', () => {
    const ja = wordsFor('ja');
    const en = wordsFor('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    expect(en.health.headers).toHaveLength(ja.health.headers.length);
    expect(en.summary.headers).toHaveLength(ja.summary.headers.length);
    expect(Object.keys(en.summary.titles).sort()).toEqual(Object.keys(ja.summary.titles).sort());
  });

  test('Japanese dates and periods: 2025年4月〜2026年3月, 2026年3月31日現在', () => {
    const d = wordsFor('ja').dates;
    expect(d.monthPeriod('2025-04', '2026-03')).toBe('2025年4月〜2026年3月');
    expect(d.asOf('2026-03-31')).toBe('2026年3月31日現在');
    expect(d.datePeriod('2023-04-01', '2026-03-31')).toBe('2023年4月1日〜2026年3月31日');
    expect(wordsFor('en').dates.monthPeriod('2025-04', '2026-03')).toBe('April 2025 to March 2026');
  });

  test('Japan time from an instant, whatever the machine: 01:46 UTC is 10:46 in Tokyo; 15:30 UTC is the next day', () => {
    expect(wordsFor('ja').dates.instant('2026-12-07T01:46:12.000Z')).toBe('2026年12月7日 10:46');
    // 2026-03-31 15:30 UTC + 9 h = 2026-04-01 00:30 JST (a new day and month).
    expect(wordsFor('ja').dates.instant('2026-03-31T15:30:00Z')).toBe('2026年4月1日 0:30');
    // An instant given with its own offset (the pane passes +09:00) is the same instant.
    expect(wordsFor('ja').dates.instant('2026-12-07T10:46:00+09:00')).toBe('2026年12月7日 10:46');
    expect(wordsFor('en').dates.instant('2026-12-07T01:46:12.000Z')).toBe('7 December 2026, 10:46 JST');
  });

  test('units in the number formats: 45.0 時間, 70.0 %, 1 人; English plurals in the format itself', () => {
    expect(wordsFor('ja').units).toMatchObject({ hours: '0.0" 時間"', rate: '0.0 %', people: '0" 人"' });
    expect(wordsFor('en').units.people).toBe('[=1]0" person";0" people"');
  });
});

describe('the verdict says "may not be granted" only of a certification', () => {
  // A legal violation can cost a certification (くるみん: 次世代法施行規則; ふくやま: 認定要綱; えるぼし: 女性活躍推進法
  // 施行規則); a law check or the all-criteria run is no application, so it only counts the violations.
  test.each([
    ['kurumin-2025', true],
    ['platinum-kurumin-2025', true],
    ['try-kurumin-2025', true],
    ['fukuyama-2026', true],
    ['eruboshi-hours', true],
    ['law36', false],
    ['annual-leave', false],
    ['all', false],
    ['guideline-targets', false],
  ])('%s → %s, in the summary and in the pane alike', (profile, certification) => {
    expect(isCertification(profile)).toBe(certification);
    const sentence = VERDICT_WORDS.ja.outcome('met-but-legal-violations', 2, isCertification(profile));
    expect(sentence.includes('認定されない可能性があります')).toBe(certification);
    expect(ja.results.outcome('met-but-legal-violations', 2, profile)).toBe(sentence);
    expect(en.results.outcome('met-but-legal-violations', 2, profile)).toBe(
      VERDICT_WORDS.en.outcome('met-but-legal-violations', 2, certification),
    );
  });
});
