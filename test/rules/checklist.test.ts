import { evaluate, FUKUYAMA_CHECKLIST, normaliseItemNo } from '../../src/rules';
import { makeDataset, params } from './fixtures';

const ITEMS = [
  '3',
  '4',
  '5',
  '8',
  '12',
  '13',
  '14',
  '15',
  '16',
  '18',
  '25',
  '26',
  '33',
  '34',
  '36',
  '39',
  '40',
  '41',
  '44',
  '54',
  '55',
  '56',
  '57',
  '58',
  '59',
  '65',
  '66',
  '68',
  '69',
];

describe('FUKUYAMA_CHECKLIST', () => {
  test('holds exactly the self-declared items of criteria.md', () => {
    expect(FUKUYAMA_CHECKLIST.map((i) => i.itemNo)).toEqual(ITEMS);
  });

  test('texts and evidence come from seed 001', () => {
    const byNo = Object.fromEntries(FUKUYAMA_CHECKLIST.map((i) => [i.itemNo, i]));
    expect(byNo['58'].text).toBe('勤務間インターバル制度を設けている');
    expect(byNo['58'].evidence).toContain('就業規則');
    expect(byNo['4'].text).toBe('子の看護等休暇について有給休暇扱いとしている');
    expect(byNo['25'].evidence).toBe('イベントの案内文や当日の様子が分かる資料');
    for (const item of FUKUYAMA_CHECKLIST) expect(item.text.length).toBeGreaterThan(5);
  });

  test('item numbers are read as people write them', () => {
    expect(normaliseItemNo('項目 1 4')).toBe('14');
    expect(normaliseItemNo('１４')).toBe('14');
  });
});

describe('checklist criteria', () => {
  test('○ passes, × fails, unanswered is insufficient-data; only profiles with checklist: true', () => {
    const ds = makeDataset({
      checklist: [
        { itemNo: '58', text: '', answer: true, evidence: '就業規則第30条' },
        { itemNo: '項目4', text: '', answer: false },
        { itemNo: '99', text: '', answer: true },
      ],
    });
    const r = evaluate(ds, 'fukuyama-2026', params());
    const checklist = r.criteria.filter((c) => c.id.startsWith('checklist.'));
    expect(checklist).toHaveLength(ITEMS.length + 1);
    expect(checklist.find((c) => c.id === 'checklist.58')).toMatchObject({
      status: 'pass',
      category: 'チェックリスト',
    });
    expect(checklist.find((c) => c.id === 'checklist.4')!.status).toBe('fail');
    expect(checklist.find((c) => c.id === 'checklist.3')!.status).toBe('insufficient-data');
    expect(checklist.find((c) => c.id === 'checklist.99')!.title).toContain('（本文は基準表を参照）');
    expect(evaluate(ds, 'kurumin-2025', params()).criteria.some((c) => c.id.startsWith('checklist.'))).toBe(false);
  });
});
