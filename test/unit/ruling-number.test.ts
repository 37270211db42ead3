import {
  parseRulingNumber,
  parseRulingNumberParts,
  rulingYear,
  tryParseRulingNumber,
} from '../../src/ruling/ruling-number';
import { ReferenceFormatError } from '../../src/shared/reference-format-error';

describe('parseRulingNumber', () => {
  it.each([
    ['51-19', '51-19'],
    ['4-24', '4-24'],
    ['124-13', '124-13'],
    ['051-19', '51-19'],
    ['004-24', '4-24'],
    ['  51 - 19 ', '51-19'],
    ['51-19\u00A0', '51-19'],
    ['C-16-99', 'C-16-99'],
    ['U-10-08', 'U-10-08'],
    ['D-28-95', 'D-28-95'],
    ['P-21-99', 'P-21-99'],
    ['SM C-16-99', 'C-16-99'],
    ['sm c-16-99', 'C-16-99'],
    ['Sm  U - 010 - 08', 'U-10-08'],
    ['SM\u00A0D-28-95', 'D-28-95'],
    ['c-16-99', 'C-16-99'],
    ['C - 16 - 99', 'C-16-99'],
  ])('%p -> %p', (input, canonical) => {
    expect(parseRulingNumber(input)).toBe(canonical);
    expect(tryParseRulingNumber(input)).toBe(canonical);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['51', /not in either accepted form/],
    ['51-2019', /not in either accepted form/],
    ['5119', /not in either accepted form/],
    ['1234-19', /not in either accepted form/],
    ['0-19', /at least 1/],
    ['000-19', /at least 1/],
    ['CC-16-99', /not in either accepted form/],
    ['Æ-16-99', /not in either accepted form/],
    ['SM 51-19', /only used with the lettered form/],
    ['SMC-16-99', /not in either accepted form/],
    ['C-16', /not in either accepted form/],
    ['51-19-20', /not in either accepted form/],
    ['51/19', /not in either accepted form/],
    ['2019-05-02', /not in either accepted form/],
    ['1'.repeat(41), /longer than 40/],
  ])('rejects %p', (input, reason) => {
    expect(() => parseRulingNumber(input)).toThrow(ReferenceFormatError);
    expect(() => parseRulingNumber(input)).toThrow(reason);
    expect(tryParseRulingNumber(input)).toBeUndefined();
  });

  it('names both expected forms in the error', () => {
    expect(() => parseRulingNumber('x')).toThrow(/NN-YY.*L-NN-YY/);
  });

  it('is idempotent on canonical output', () => {
    for (const input of ['sm c-016-99', '051-19']) {
      const canonical = parseRulingNumber(input);
      expect(parseRulingNumber(canonical)).toBe(canonical);
    }
  });

  it('exposes the parts', () => {
    expect(parseRulingNumberParts('SM c-16-99')).toEqual({
      series: 'LETTERED',
      letter: 'C',
      number: 16,
      year: 1999,
      canonical: 'C-16-99',
    });
    expect(parseRulingNumberParts('051-19')).toEqual({
      series: 'RUNNING',
      letter: undefined,
      number: 51,
      year: 2019,
      canonical: '51-19',
    });
  });
});

describe('rulingYear', () => {
  it.each([
    ['51-19', 2019],
    ['4-24', 2024],
    ['124-13', 2013],
    ['C-16-99', 1999],
    ['D-28-95', 1995],
    ['U-10-08', 2008],
    ['1-00', 2000],
    ['1-49', 2049],
    ['1-50', 1950],
    ['SM P-21-99', 1999],
  ])('%p -> %p', (number, year) => {
    expect(rulingYear(number)).toBe(year);
  });

  it('throws on a malformed number', () => {
    expect(() => rulingYear('nope')).toThrow(ReferenceFormatError);
  });
});
