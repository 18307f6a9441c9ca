import { wordsFor } from '../../src/report';
import { displayWidth, padDisplay, toCellTarget, truncateDisplay } from '../../src/report/format';
import { measureCell, measureText } from '../../src/report/units';

const JA = wordsFor('ja');
const EN = wordsFor('en');

describe('measureText: figures with their units, in the report’s language', () => {
  it('writes a value object level by level', () => {
    expect(measureText({ 係長: 0.25, 課長: 0.5 }, 'rate', JA)).toBe('係長 25.0 % / 課長 50.0 %');
    expect(measureText({ 係長: 0.25 }, 'rate', EN)).toBe('Section chief 25.0%');
  });

  it('writes hours to one decimal, days and people with the unit (English plurals)', () => {
    expect(measureText(31.25, 'hours', JA)).toBe('31.3 時間');
    expect(measureText(4.5, 'days', JA)).toBe('4.5 日');
    expect(measureText(3, 'count', JA)).toBe('3 人');
    expect([measureText(1, 'count', EN), measureText(3, 'count', EN), measureText(31.25, 'hours', EN)]).toEqual([
      '1 person',
      '3 people',
      '31.3 h',
    ]);
  });

  it('leaves null empty', () => {
    expect(measureText(null, 'rate', JA)).toBe('');
  });
});

describe('measureCell', () => {
  it('keeps a rate a number with a percent format that shows the unit', () => {
    expect(measureCell(0.75, 'rate', JA)).toEqual({ value: 0.75, numberFormat: '0.0 %' });
  });

  it('keeps hours a number with one decimal and 時間', () => {
    expect(measureCell(44.5, 'hours', JA)).toEqual({ value: 44.5, numberFormat: '0.0" 時間"' });
  });

  it('turns an object into text', () => {
    expect(measureCell({ 係長: 0.3, 部長: 0.1 }, 'rate', JA)).toEqual({ value: '係長 30.0 % / 部長 10.0 %' });
  });
});

describe('displayWidth and padDisplay', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('達成')).toBe(4);
    expect(displayWidth('データ不足')).toBe(10);
    expect(displayWidth('ＡＢ1')).toBe(5);
    expect(displayWidth('law36.compliance')).toBe(16);
  });

  it('cuts to a display width with an ellipsis', () => {
    // あいう = 6 columns + … (1) = 7; a string that fits is left alone.
    expect(truncateDisplay('あいうえお', 7)).toBe('あいう…');
    expect(truncateDisplay('あいう', 6)).toBe('あいう');
  });

  it('pads to a display width', () => {
    expect(padDisplay('未達', 6)).toBe('未達  ');
    expect(padDisplay('7.5', 6, 'right')).toBe('   7.5');
  });
});

describe('toCellTarget', () => {
  it('quotes the sheet name and doubles an apostrophe in it', () => {
    expect(toCellTarget('勤怠', 'D15')).toBe("'勤怠'!D15");
    expect(toCellTarget("Bob's", 'A1')).toBe("'Bob''s'!A1");
  });
});
