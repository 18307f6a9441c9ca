import { StyleCollector, mergeCells } from '../../src/report/styles';

describe('mergeCells', () => {
  it('merges a 2 × 2 block into one rectangle', () => {
    expect(
      mergeCells([
        [2, 2],
        [1, 1],
        [1, 2],
        [2, 1],
      ]),
    ).toEqual([{ row: 1, col: 1, rowEnd: 2, colEnd: 2 }]);
  });

  it('keeps separate runs apart', () => {
    // Row 1: columns 1–3; row 2: column 1 only; row 4: columns 1–3 (row 3 is a gap).
    expect(
      mergeCells([
        [1, 1],
        [1, 2],
        [1, 3],
        [2, 1],
        [4, 1],
        [4, 2],
        [4, 3],
      ]),
    ).toEqual([
      { row: 1, col: 1, rowEnd: 1, colEnd: 3 },
      { row: 2, col: 1, rowEnd: 2, colEnd: 1 },
      { row: 4, col: 1, rowEnd: 4, colEnd: 3 },
    ]);
  });
});

describe('StyleCollector', () => {
  it('puts whole ranges first and groups cells by style', () => {
    const styles = new StyleCollector();
    styles.addRange({ row: 1, col: 1, colEnd: 5 }, { bold: true });
    for (let row = 2; row <= 100; row++)
      styles.addCell(row, 3, row % 2 === 0 ? { fill: '#FF0000' } : { fill: '#00FF00' });
    styles.addCell(2, 3, { bold: true });
    const out = styles.finish();
    expect(out[0]).toEqual({ row: 1, col: 1, colEnd: 5, style: { bold: true } });
    // Cell (2,3) is red and bold; rows 4, 6, … 100 are red; 3, 5, … 99 green: alternating rows cannot merge.
    expect(out).toContainEqual({ row: 2, col: 3, rowEnd: 2, colEnd: 3, style: { fill: '#FF0000', bold: true } });
    expect(out.filter((r) => r.style.fill === '#00FF00')).toHaveLength(49);
  });

  it('merges consecutive cells of one style into one range', () => {
    const styles = new StyleCollector();
    for (let row = 10; row <= 1009; row++) styles.addCell(row, 6, { fill: '#C6EFCE' });
    expect(styles.finish()).toEqual([{ row: 10, col: 6, rowEnd: 1009, colEnd: 6, style: { fill: '#C6EFCE' } }]);
  });
});
