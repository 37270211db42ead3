import { isIsoDate, parseIsoDate, todayIso } from '../../src/shared/iso-date';
import { ReferenceFormatError } from '../../src/shared/reference-format-error';

describe('parseIsoDate', () => {
  it.each([
    ['2019-05-02'],
    ['2024-01-01'],
    ['2024-02-29'],
    ['2000-02-29'],
    ['2023-12-31'],
    ['1999-04-30'],
    ['0001-01-01'],
  ])('accepts %p', (text) => {
    expect(parseIsoDate(text)).toBe(text);
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([
    ['', /not in the form YYYY-MM-DD/],
    ['2023-02-29', /day 29 does not exist in 2023-02/],
    ['1900-02-29', /day 29 does not exist in 1900-02/],
    ['2023-04-31', /day 31 does not exist/],
    ['2023-01-32', /day 32 does not exist/],
    ['2023-01-00', /day 00 does not exist/],
    ['2023-13-01', /month 13 does not exist/],
    ['2023-00-10', /month 00 does not exist/],
    ['2023-1-5', /not in the form/],
    ['23-01-05', /not in the form/],
    ['2023/01/05', /not in the form/],
    ['05-01-2023', /not in the form/],
    [' 2023-01-05', /not in the form/],
    ['2023-01-05T00:00:00Z', /not in the form/],
    ['20230105', /not in the form/],
    ['２０２３-01-05', /not in the form/],
  ])('rejects %p', (text, reason) => {
    expect(() => parseIsoDate(text)).toThrow(ReferenceFormatError);
    expect(() => parseIsoDate(text)).toThrow(reason);
    expect(isIsoDate(text)).toBe(false);
  });

  it('names the expected form in the error', () => {
    expect(() => parseIsoDate('2023-02-29')).toThrow(/Expected a date as YYYY-MM-DD/);
  });

  it.each([[undefined], [null], [20230105], [new Date('2023-01-05')]])('isIsoDate(%p) is false', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('todayIso', () => {
  it.each([
    ['2024-03-05T12:00:00Z', '2024-03-05'],
    // Just after midnight in Copenhagen it is still the previous day in UTC, and UTC wins.
    ['2024-03-05T23:30:00+01:00', '2024-03-05'],
    ['2024-03-05T00:30:00+01:00', '2024-03-04'],
  ])('%p -> %p', (instant, expected) => {
    expect(todayIso(new Date(instant))).toBe(expected);
  });

  it('defaults to now and returns a valid date', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});
