/**
 * Complaint cases carry no personal data (see docs/domain.md), so free text that looks like a Danish
 * CPR number is rejected on import. The check is a shape check, not a CPR validation: modulus-11
 * stopped being mandatory in 2007, so a real number can fail it and must still be caught.
 */

// Hyphen and the dash look-alikes that word processors substitute for it.
const DASHES = '\\-\\u2010\\u2011\\u2012\\u2013\\u2014';
// Plain, no-break, figure and narrow no-break spaces: pasted text often has the exotic ones.
const SPACES = ' \\u00A0\\u2007\\u202F';

/*
 * Two alternatives:
 *  1. DDMMYY, one dash or space, XXXX. Bounded by non-digits only, so "CPR:010190-1234" and
 *     "nr010190-1234" are caught; the separator itself is the strong signal.
 *  2. Ten digits in a row. Bounded by non-alphanumerics, because ten digits inside a longer
 *     identifier (a hash, a journal number with a letter prefix) are not a CPR number.
 * Neither matches ruling numbers (51-19, C-16-99), ISO dates (2019-05-02), law numbers
 * ("lov nr. 573") or 8-digit phone numbers: none has six digits followed by four.
 */
const CPR_LIKE = new RegExp(
  `(?<![0-9])(\\d{2})(\\d{2})(\\d{2})([${DASHES}${SPACES}])(\\d{4})(?![0-9])` +
    `|(?<![0-9A-Za-z])(\\d{2})(\\d{2})(\\d{2})(\\d{4})(?![0-9A-Za-z])`,
  'g',
);

interface CprLikeMatch {
  index: number;
  length: number;
  masked: string;
}

function* cprLikeMatches(text: string): Generator<CprLikeMatch> {
  for (const m of text.matchAll(CPR_LIKE)) {
    const dashed = m[1] !== undefined;
    const [dd, mm, yy] = dashed ? [m[1], m[2], m[3]] : [m[6], m[7], m[8]];
    // Day and month must be plausible; without this, any 6+4 digit run (amounts, case numbers)
    // would be refused. Day is not checked against the month, to err towards catching.
    const day = Number(dd);
    const month = Number(mm);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    // Only the last four digits are masked, as agreed for error messages: the date part alone
    // tells the user which token to fix without reproducing the number.
    const separator = dashed ? m[4] : '';
    yield { index: m.index ?? 0, length: m[0].length, masked: `${dd}${mm}${yy}${separator}****` };
  }
}

/**
 * Returns the first CPR-number-like token in `text`, masked (`010190-****`), or undefined if
 * there is none. The masked form is safe to put in an error message; the original is never
 * returned.
 */
export function findCprLikeText(text: string): string | undefined {
  for (const match of cprLikeMatches(text)) return match.masked;
  return undefined;
}

/** Replaces every CPR-number-like token with its masked form, for quoting input in errors. */
export function maskCprLikeText(text: string): string {
  let result = '';
  let last = 0;
  for (const match of cprLikeMatches(text)) {
    result += text.slice(last, match.index) + match.masked;
    last = match.index + match.length;
  }
  return result + text.slice(last);
}
