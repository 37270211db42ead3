import { SeenKeys } from '../../src/importer/bulk/seen-keys';

test('says "maybe seen" for every repeated key and for none of 300,000 distinct ones', () => {
  const keys = new SeenKeys();
  const ids = Array.from({ length: 300_000 }, (_, i) => `KEN-${2010 + (i % 12)}-${String(i).padStart(7, '0')}`);
  expect(ids.filter((id) => keys.add(id))).toEqual([]);
  expect(ids.filter((_, i) => i % 1000 === 0).every((id) => keys.add(id))).toBe(true);
  expect(keys.add('KEN-2030-0000000')).toBe(false);
  expect(keys.add('KEN-2030-0000000')).toBe(true);
});

test('keys that differ only slightly are told apart', () => {
  const keys = new SeenKeys();
  for (const key of ['51-19', '51-18', '15-19', 'C-16-99', 'C-16-98', 'SEL § 41', 'SEL § 41 stk. 1', 'æ', 'ø', '']) {
    expect(keys.add(key)).toBe(false);
  }
});
