import {
  displayWidth,
  formatMeasureText,
  formatNumberText,
  padDisplay,
  toCellTarget,
  toMeasureCell,
  truncateDisplay,
} from '../../src/report/format';

describe('formatMeasureText', () => {
  it('writes a value object level by level', () => {
    expect(formatMeasureText({ 係長: 0.25, 課長: 0.5 }, 'rate')).toBe('係長 25.0% / 課長 50.0%');
  });

  it('writes hours to one decimal with the unit', () => {
    expect(formatNumberText(31.25, 'hours')).toBe('31.3時間');
    expect(formatNumberText(4.5, 'days')).toBe('4.5日');
    expect(formatNumberText(3, 'count')).toBe('3');
  });

  it('leaves null empty', () => {
    expect(formatMeasureText(null, 'rate')).toBe('');
  });
});

describe('toMeasureCell', () => {
  it('keeps a rate a number with a percent format', () => {
    expect(toMeasureCell(0.75, 'rate')).toEqual({ value: 0.75, numberFormat: '0.0%' });
  });

  it('keeps hours a number with one decimal', () => {
    expect(toMeasureCell(44.5, 'hours')).toEqual({ value: 44.5, numberFormat: '0.0' });
  });

  it('turns an object into text', () => {
    expect(toMeasureCell({ 係長: 0.3, 部長: 0.1 }, 'rate')).toEqual({ value: '係長 30.0% / 部長 10.0%' });
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
