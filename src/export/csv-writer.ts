import { stringify } from 'csv-stringify/sync';
import { BOOLEAN_TEXT, type Cell, type ExportLocale, type ExportSheet } from './export-table';

/** Danish spreadsheets use ";" as list separator and "," as decimal mark; English ones "," and ".". */
const SEPARATOR: Record<ExportLocale, string> = { da: ';', en: ',' };

/**
 * Any cell holding a separator of either locale (and tab, which spreadsheets also offer to split
 * on), or a line break, is quoted whichever separator this file uses: a file written with ","
 * and opened by a program that splits on ";" must not turn ";=1+1;" into a formula cell.
 * (Quotes are quoted by csv-stringify itself.)
 */
const QUOTE_WHEN = /[,;\t\r\n]/;

function formatted(value: Cell, kind: string, locale: ExportLocale): string | number | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return BOOLEAN_TEXT[locale][value ? 'true' : 'false'];
  if (typeof value === 'number' && kind !== 'text') return value;
  return String(value);
}

/**
 * One sheet as CSV (RFC 4180 quoting, CRLF line ends), starting with a UTF-8 byte order mark,
 * which is how Excel knows the file is UTF-8 (without it æ, ø and å come out garbled).
 * csv-stringify's escape_formulas prefixes an apostrophe to text starting with = + - @, tab or
 * carriage return (OWASP's advice against CSV injection); numbers stay numbers, so -1 is not
 * touched, and Danish decimals get a comma.
 */
export function sheetToCsv(sheet: ExportSheet, locale: ExportLocale): string {
  const header = sheet.columns.map((col) => col.header[locale]);
  const records = sheet.rows.map((row) =>
    row.map((value, index) => formatted(value, sheet.columns[index].kind, locale)),
  );
  return stringify([header, ...records], {
    bom: true,
    delimiter: SEPARATOR[locale],
    record_delimiter: 'windows',
    escape_formulas: true,
    quoted_match: QUOTE_WHEN,
    cast: { number: (value) => (locale === 'da' ? String(value).replace('.', ',') : String(value)) },
  });
}
