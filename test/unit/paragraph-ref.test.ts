import { KNOWN_LAWS, resolveLawId } from '../../src/paragraph/law-aliases';
import {
  ACCEPTED_PARAGRAPH_FORMS,
  isCanonicalParagraphRef,
  lawIdOfRef,
  parseParagraphRef,
  tryParseParagraphRef,
} from '../../src/paragraph/paragraph-ref';
import { ReferenceFormatError } from '../../src/shared/reference-format-error';

describe('resolveLawId', () => {
  it.each([
    ['SEL', 'SEL'],
    ['sel', 'SEL'],
    ['serviceloven', 'SEL'],
    ['servicelov', 'SEL'],
    ['Lov  om social\u00A0service', 'SEL'],
    ['servicelovens', 'SEL'],
    ['bl', 'BL'],
    ['barnets lov', 'BL'],
    ['Barnets Lov', 'BL'],
    ['aktivlov', 'LAS'],
    ['retssikkerhedslov', 'RSL'],
    ['Lov om retssikkerhed og administration på det sociale område', 'RSL'],
    ['arbejdsskadesikringslov', 'ASL'],
    ['børne- og ungeydelsesloven', 'BUYL'],
    ['almenboligloven', 'ALM'],
    ['ABL', 'ALM'],
    ['LAB-loven', 'LAB'],
    ['XYZ', 'XYZ'],
    ['lsv', 'LSV'],
  ])('%p -> %p', (text, id) => {
    expect(resolveLawId(text)).toBe(id);
  });

  it.each([[''], ['   '], ['fooloven'], ['skattelov'], ['X'], ['ABCDEFGHI'], ['lov nr. 573'], ['S3L']])(
    'rejects %p',
    (text) => {
      expect(resolveLawId(text)).toBeUndefined();
    },
  );

  it('resolves every alias in the table to its own law', () => {
    for (const [id, info] of Object.entries(KNOWN_LAWS)) {
      for (const alias of info.aliases) expect([alias, resolveLawId(alias)]).toEqual([alias, id]);
    }
  });
});

describe('parseParagraphRef', () => {
  it.each([
    ['SEL § 41', 'SEL', '41', undefined, 'SEL § 41'],
    ['sel §41', 'SEL', '41', undefined, 'SEL § 41'],
    ['serviceloven § 41', 'SEL', '41', undefined, 'SEL § 41'],
    ['Serviceloven §41', 'SEL', '41', undefined, 'SEL § 41'],
    ['barnets lov §86', 'BL', '86', undefined, 'BL § 86'],
    ['BL § 86', 'BL', '86', undefined, 'BL § 86'],
    ['SEL § 112, stk. 1', 'SEL', '112', 1, 'SEL § 112 stk. 1'],
    ['SEL § 112 stk 1', 'SEL', '112', 1, 'SEL § 112 stk. 1'],
    ['SEL §112 stk.1', 'SEL', '112', 1, 'SEL § 112 stk. 1'],
    ['SEL § 112 STK. 12', 'SEL', '112', 12, 'SEL § 112 stk. 12'],
    ['§ 41 serviceloven', 'SEL', '41', undefined, 'SEL § 41'],
    ['§ 41 i serviceloven', 'SEL', '41', undefined, 'SEL § 41'],
    ['§ 112, stk. 1, serviceloven', 'SEL', '112', 1, 'SEL § 112 stk. 1'],
    ['servicelovens § 41', 'SEL', '41', undefined, 'SEL § 41'],
    ['barnets lovs § 86', 'BL', '86', undefined, 'BL § 86'],
    ['SEL paragraf 41', 'SEL', '41', undefined, 'SEL § 41'],
    ['SEL Paragraf41', 'SEL', '41', undefined, 'SEL § 41'],
    ['LAS § 34a', 'LAS', '34a', undefined, 'LAS § 34a'],
    ['SEL § 5 a', 'SEL', '5a', undefined, 'SEL § 5a'],
    ['SEL § 5 A, stk. 2', 'SEL', '5a', 2, 'SEL § 5a stk. 2'],
    ['§ 5a serviceloven', 'SEL', '5a', undefined, 'SEL § 5a'],
    ['lov om social service § 41', 'SEL', '41', undefined, 'SEL § 41'],
    ['  SEL\u00A0§\u00A041  ', 'SEL', '41', undefined, 'SEL § 41'],
    ['SEL \u202F §\t\n 41', 'SEL', '41', undefined, 'SEL § 41'],
    ['sEl § 041', 'SEL', '41', undefined, 'SEL § 41'],
    ['SEL § 1234', 'SEL', '1234', undefined, 'SEL § 1234'],
    ['XYZ § 3', 'XYZ', '3', undefined, 'XYZ § 3'],
    ['lsv § 7', 'LSV', '7', undefined, 'LSV § 7'],
    ['aktivloven § 34', 'LAS', '34', undefined, 'LAS § 34'],
    ['retssikkerhedsloven § 5', 'RSL', '5', undefined, 'RSL § 5'],
  ])('%p -> %p %p stk %p = %p', (input, lawId, number, subsection, canonical) => {
    expect(parseParagraphRef(input)).toEqual({ lawId, number, subsection, canonical });
  });

  it.each([
    ['', /empty/],
    ['   \u00A0 ', /empty/],
    ['SEL', /no "§"/],
    ['SEL 41', /no "§"/],
    ['SEL §', /number is missing/],
    ['SEL § stk. 1', /number is missing/],
    ['fooloven § 3', /unknown law "fooloven"/],
    ['§ 41', /law is missing/],
    ['paragraf 41', /law is missing/],
    ['SEL § 12345', /more than 4 digits/],
    ['SEL § 0', /at least 1/],
    ['SEL § 112 stk. 0', /stk\. must be at least 1/],
    ['SEL § 112 stk.', /number after "stk\." is missing/],
    ['SEL § 112 stk. 1234', /more than 3 digits/],
    ['SEL §§ 41-43', /more than one paragraph/],
    ['SEL § 41 serviceloven', /unexpected text "serviceloven"/],
    ['SEL § 41, 1. pkt.', /unexpected text/],
    ['§ 5 a serviceloven', /unknown law "a serviceloven"/],
    ['§ 41 af serviceloven', /unknown law/],
    ['x'.repeat(201) + ' § 1', /longer than 200/],
  ])('rejects %p', (input, reason) => {
    expect(() => parseParagraphRef(input)).toThrow(ReferenceFormatError);
    expect(() => parseParagraphRef(input)).toThrow(reason);
    expect(tryParseParagraphRef(input)).toBeUndefined();
  });

  it('lists the accepted forms in the error message and in `expected`', () => {
    let caught: unknown;
    try {
      parseParagraphRef('§ 41');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReferenceFormatError);
    const error = caught as ReferenceFormatError;
    for (const form of ACCEPTED_PARAGRAPH_FORMS) {
      expect(error.message).toContain(form);
      expect(error.expected).toContain(form);
    }
    expect(error.reason).toBe(
      'Invalid paragraph reference "§ 41": the law is missing (write e.g. "SEL § 41" or "serviceloven § 41")',
    );
  });

  it('does not echo a CPR number in the error message', () => {
    expect(() => parseParagraphRef('010190-1234 § 4')).toThrow(/"010190-\*\*\*\*/);
    expect(() => parseParagraphRef('010190-1234 § 4')).not.toThrow(/1234/);
  });

  it('rejects non-string input from untyped callers', () => {
    expect(() => parseParagraphRef(undefined as unknown as string)).toThrow(/not a string/);
    expect(tryParseParagraphRef(41 as unknown as string)).toBeUndefined();
  });

  it('accepts every listed accepted form', () => {
    for (const form of ACCEPTED_PARAGRAPH_FORMS) expect(tryParseParagraphRef(form)).toBeDefined();
  });

  it('is idempotent on canonical output', () => {
    for (const input of ['servicelovens § 5 a, stk. 3', 'barnets lov §86', 'XYZ § 9']) {
      const { canonical } = parseParagraphRef(input);
      expect(parseParagraphRef(canonical).canonical).toBe(canonical);
      expect(isCanonicalParagraphRef(canonical)).toBe(true);
    }
  });
});

describe('isCanonicalParagraphRef and lawIdOfRef', () => {
  it.each([
    ['SEL § 41', 'SEL'],
    ['BL § 86', 'BL'],
    ['SEL § 112 stk. 1', 'SEL'],
    ['LAS § 34a', 'LAS'],
    ['BUYL § 2', 'BUYL'],
  ])('%p is canonical, law %p', (ref, lawId) => {
    expect(isCanonicalParagraphRef(ref)).toBe(true);
    expect(lawIdOfRef(ref)).toBe(lawId);
  });

  it.each([
    ['sel § 41'],
    ['SEL §41'],
    ['serviceloven § 41'],
    ['SEL § 112, stk. 1'],
    ['SEL § 041'],
    ['SEL § 5 a'],
    [''],
  ])('%p is not canonical', (ref) => {
    expect(isCanonicalParagraphRef(ref)).toBe(false);
    expect(() => lawIdOfRef(ref)).toThrow(ReferenceFormatError);
  });
});
