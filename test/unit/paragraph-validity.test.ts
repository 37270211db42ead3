import { outOfForceMessage, periodInForce } from '../../src/applicability/paragraph-validity';

describe('outOfForceMessage', () => {
  const sel41 = { ref: 'SEL § 41', validFrom: '2006-01-01', validTo: '2023-12-31' };
  const bl86 = { ref: 'BL § 86', validFrom: '2024-01-01', validTo: null };

  it('names the successor in force after a paragraph ended', () => {
    expect(outOfForceMessage(sel41, '2024-06-01', ['BL § 86'], [])).toBe(
      'SEL § 41 was in force until 2023-12-31; on 2024-06-01 use BL § 86',
    );
  });

  it('names the predecessor in force before a paragraph began', () => {
    expect(outOfForceMessage(bl86, '2020-01-01', [], ['SEL § 41'])).toBe(
      'BL § 86 came into force on 2024-01-01; on 2020-01-01 use SEL § 41',
    );
  });

  it('says so when no other numbering was in force either', () => {
    expect(outOfForceMessage(sel41, '2024-06-01', [], [])).toBe(
      'SEL § 41 was in force until 2023-12-31 and no later numbering of it was in force on 2024-06-01',
    );
    expect(outOfForceMessage(bl86, '2020-01-01', [], [])).toBe(
      'BL § 86 came into force on 2024-01-01; no earlier numbering of it was in force on 2020-01-01',
    );
  });

  it('lists every numbering in force after a split', () => {
    expect(outOfForceMessage(sel41, '2024-06-01', ['BL § 86', 'BL § 87'], [])).toMatch(/use BL § 86 or BL § 87$/);
  });

  it('describes the period in force', () => {
    expect(periodInForce(sel41)).toBe('from 2006-01-01 to 2023-12-31');
    expect(periodInForce(bl86)).toBe('from 2024-01-01');
    expect(periodInForce({ validFrom: null, validTo: '2010-12-31' })).toBe('until 2010-12-31');
  });
});
