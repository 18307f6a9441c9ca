import {
  parseAnnualLeaveKind,
  parseDays,
  parseEmployeeId,
  parseFamilyLeaveKind,
  parseGender,
  parseYesNo,
  readEmploymentType,
  toA1,
} from '../../../src/ingest';

const ok = <T>(value: T) => ({ ok: true, value });

test.each([
  [1, 1],
  [0.5, 0.5],
  ['半日', 0.5],
  ['1日', 1],
  ['20日', 20],
  ['0.5', 0.5],
  ['２０日', 20],
])('parseDays(%p) → %p', (v, d) => expect(parseDays(v)).toEqual(ok(d)));
test('parseDays rejects negatives, words and errors', () => {
  for (const v of [-1, 'たくさん', { error: '#VALUE!' }, true]) expect(parseDays(v).ok).toBe(false);
});

test.each([
  ['男', 'male'],
  ['女', 'female'],
  ['男性', 'male'],
  ['女性', 'female'],
  ['M', 'male'],
  ['f', 'female'],
  ['Male', 'male'],
  ['FEMALE', 'female'],
  ['Ｍ', 'male'],
])('parseGender(%p) → %p', (v, g) => expect(parseGender(v)).toEqual(ok(g)));
test('parseGender rejects 不明 with a Japanese message', () => {
  expect(parseGender('不明')).toMatchObject({ ok: false, message: expect.stringContaining('性別') });
});

test.each(['○', '〇', '●', '✓', 'はい', 'あり', '有', 'Yes', 'TRUE', '1', 1, true])('parseYesNo(%p) → true', (v) =>
  expect(parseYesNo(v)).toEqual(ok(true)),
);
test.each(['×', 'いいえ', 'なし', '無', 'No', 'FALSE', '0', 0, false, null, '', '-'])('parseYesNo(%p) → false', (v) =>
  expect(parseYesNo(v)).toEqual(ok(false)),
);
test('parseYesNo rejects たぶん and 2', () => {
  expect(parseYesNo('たぶん').ok).toBe(false);
  expect(parseYesNo(2).ok).toBe(false);
});

test.each([
  ['付与', 'grant'],
  ['取得', 'taken'],
  ['grant', 'grant'],
  ['Taken', 'taken'],
  ['繰越', 'carryOver'],
  ['半休', 'taken'],
])('parseAnnualLeaveKind(%p) → %p', (v, k) => expect(parseAnnualLeaveKind(v)).toEqual(ok(k)));

test.each([
  ['出産', 'birth'],
  ['育児休業', 'childcare-leave'],
  ['産後パパ育休', 'papa-leave'],
  ['出生時育児休業', 'papa-leave'],
  ['育児目的休暇', 'purpose-leave'],
  ['配偶者出産休暇', 'purpose-leave'],
  ['産前産後休業', 'maternity-leave'],
  ['産休', 'maternity-leave'],
  ['介護休業', 'care-leave'],
  ['介護休暇', 'care-day'],
])('parseFamilyLeaveKind(%p) → %p', (v, kind) => {
  const r = parseFamilyLeaveKind(v);
  expect(r.ok && r.value.kind).toBe(kind);
});
test('配偶者出産 is a birth the spouse gave; 看護休暇 is not a family-leave kind here', () => {
  expect(parseFamilyLeaveKind('配偶者出産')).toEqual(ok({ kind: 'birth', spouseBirth: true }));
  expect(parseFamilyLeaveKind('看護休暇').ok).toBe(false);
});

test('employment type → full-time / fixed-term (criteria.md)', () => {
  expect(readEmploymentType('正社員')).toEqual({ fullTime: true, fixedTerm: false });
  expect(readEmploymentType('パート')).toEqual({ fullTime: false });
  expect(readEmploymentType('アルバイト')).toEqual({ fullTime: false });
  expect(readEmploymentType('短時間正社員')).toEqual({ fullTime: false, fixedTerm: false });
  expect(readEmploymentType('契約社員')).toEqual({ fixedTerm: true });
  expect(readEmploymentType('嘱託')).toEqual({ fixedTerm: true });
  expect(readEmploymentType('無期転換社員')).toEqual({ fixedTerm: false });
  expect(readEmploymentType('有期パート')).toEqual({ fullTime: false, fixedTerm: true });
});

test('parseEmployeeId keeps digits and NFKC text', () => {
  expect(parseEmployeeId(1001)).toEqual(ok('1001'));
  expect(parseEmployeeId(' Ｅ００１ ')).toEqual(ok('E001'));
  expect(parseEmployeeId(1.5).ok).toBe(false);
  expect(parseEmployeeId({ error: '#N/A' }).ok).toBe(false);
});

test('toA1', () => {
  expect(toA1(15, 4)).toBe('D15');
  expect(toA1(1, 26)).toBe('Z1');
  expect(toA1(2, 27)).toBe('AA2');
  expect(toA1(3, 703)).toBe('AAA3');
});
