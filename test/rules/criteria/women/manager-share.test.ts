import { evaluate } from '../../../../src/rules';
import type { Employee } from '../../../../src/rules/types';
import { employee, makeDataset, params } from '../../fixtures';

function staff(level: string, women: number, men: number, prefix: string): Employee[] {
  return [
    ...Array.from({ length: women }, (_, i) => employee(`${prefix}F${i}`, { position: level, gender: 'female' })),
    ...Array.from({ length: men }, (_, i) => employee(`${prefix}M${i}`, { position: level, gender: 'male' })),
  ];
}

describe('women.manager-share', () => {
  // 係長 1 woman + 2 men, one male 主任; 課長代理 → 課長補佐: 1 of 2 = 50%; 課長: 1 of 2 = 50%; nobody at 部長.
  const ds = makeDataset({
    employees: [
      ...staff('係長', 1, 2, 'K'),
      employee('S1', { position: '主任', gender: 'male' }),
      ...staff('課長代理', 1, 1, 'H'),
      ...staff('課長', 1, 1, 'C'),
      employee('OLD', { position: '部長', gender: 'male', leaveDate: '2025-12-31' }), // left before the as-of date
    ],
  });

  test('value keyed by level, empty levels left out; 主任 is not 係長 by default (1 of 3 = 33.3% ≥ 30%: pass)', () => {
    const c = evaluate(ds, 'public-sector-targets', params()).criteria.find((x) => x.id === 'women.manager-share')!;
    expect(c.value).toEqual({ 係長: 1 / 3, 課長補佐: 0.5, 課長: 0.5 });
    expect(c.threshold).toEqual({ 係長: 0.3, 課長補佐: 0.25, 課長: 0.15, 部長: 0.1 });
    expect(c.status).toBe('pass');
  });

  test('主任 mapped to 係長 by the user: 1 of 4 = 25% < 30% → fails, one more woman needed', () => {
    const mapped = params('2026-03-31', { positionLevels: { ...params().positionLevels, 主任: '係長' } });
    const c = evaluate(ds, 'public-sector-targets', mapped).criteria.find((x) => x.id === 'women.manager-share')!;
    expect(c.value).toEqual({ 係長: 0.25, 課長補佐: 0.5, 課長: 0.5 });
    expect(c.status).toBe('fail');
    expect(c.gap).toContain('係長の女性があと1人必要');
  });

  test('passes when every present level meets its target', () => {
    const ds = makeDataset({ employees: [...staff('係長', 3, 7, 'K'), ...staff('部長', 1, 9, 'B')] });
    expect(
      evaluate(ds, 'public-sector-targets', params()).criteria.find((x) => x.id === 'women.manager-share'),
    ).toMatchObject({ status: 'pass', value: { 係長: 0.3, 部長: 0.1 } });
  });
});
