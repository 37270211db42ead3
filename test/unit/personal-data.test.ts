import { findCprLikeText, maskCprLikeText } from '../../src/shared/personal-data';

describe('findCprLikeText', () => {
  it.each([
    ['010190-1234', '010190-****'],
    ['Borgeren, cpr.nr. 311299-4321, klagede', '311299-****'],
    ['CPR:010190-1234.', '010190-****'],
    ['cpr010190-1234', '010190-****'],
    ['0101901234', '010190****'],
    ['se 0101901234, tak', '010190****'],
    ['010190 1234', '010190 ****'],
    ['010190\u00A01234', '010190\u00A0****'],
    ['010190\u20131234', '010190\u2013****'],
    ['(010190-1234)', '010190-****'],
    ['first 150585-1111 then 010190-1234', '150585-****'],
    // Day is not checked against the month: err on the side of catching.
    ['310290-1234', '310290-****'],
  ])('flags %p as %p', (text, masked) => {
    expect(findCprLikeText(text)).toBe(masked);
  });

  it.each([
    ['ruling numbers', 'Se principafgørelse 51-19 og C-16-99 samt SM U-10-08'],
    ['ISO dates', 'Afgjort 2019-05-02, modtaget 2019-01-03'],
    ['law numbers', 'lov nr. 573 af 24. juni 2005, LBK nr. 1284'],
    ['8-digit phone numbers', 'Ring 12345678 eller 12 34 56 78 eller +45 33 12 34 56'],
    ['+45 and 8 digits run together', '+4533123456'],
    ['day 00', '000190-1234'],
    ['day 32', '320190-1234'],
    ['month 00', '010090-1234'],
    ['month 13', '011390-1234'],
    ['too few trailing digits', '010190-123'],
    ['too many trailing digits', '010190-12345'],
    ['too many leading digits', '1010190-1234'],
    ['eleven digits', '01019012345'],
    ['ten digits inside an identifier', 'K0101901234 and 0101901234X'],
    ['a case id', 'K-2019-000001'],
    ['an amount with thousands separators', 'kr. 101.190.123'],
    ['two separators', '010190 - 1234'],
    ['empty text', ''],
  ])('does not flag %s', (_label, text) => {
    expect(findCprLikeText(text)).toBeUndefined();
  });

  it('never returns the last four digits', () => {
    expect(findCprLikeText('x 010190-9876 y')).not.toContain('9876');
  });
});

describe('maskCprLikeText', () => {
  it.each([
    ['a 010190-1234 b 0202020000 c', 'a 010190-**** b 020202**** c'],
    ['no personal data 51-19', 'no personal data 51-19'],
    ['999999-1234 010190-1234', '999999-1234 010190-****'],
  ])('%p -> %p', (text, masked) => {
    expect(maskCprLikeText(text)).toBe(masked);
  });
});
