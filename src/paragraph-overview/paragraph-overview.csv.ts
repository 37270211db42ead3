import type { LawOverviewRecord, ParagraphOverviewRecord } from './paragraph-overview.type';

/**
 * The paragraph overview as CSV (RFC 4180): comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, quote or line break, quotes doubled. It starts with a UTF-8 byte order
 * mark, which is how Excel knows the file is UTF-8 (without it æ, ø and å come out garbled).
 *
 * Comma rather than semicolon: it is what RFC 4180 and every CSV library expect. A Danish Excel
 * (whose list separator is ";") opens it correctly through Data > From Text/CSV; a "sep=," line
 * would fix double-clicking but makes Excel ignore the byte order mark, so there is none.
 *
 * Text that starts with = + - @ or a tab is prefixed with an apostrophe, as OWASP advises, so a
 * title can never run as a spreadsheet formula when the file is opened.
 */

export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'law',
  'paragraph',
  'title',
  'validFrom',
  'validTo',
  'inForce',
  'rulingsInForce',
  'rulingsPartiallyRepealed',
  'rulingsRepealed',
  'latestRuling',
  'latestRulingDecidedOn',
  'latestRulingTitle',
  'carriedOverCount',
  'carriedOver',
] as const;

type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

function paragraphRow(lawId: string, record: ParagraphOverviewRecord): Cell[] {
  const { paragraph, latestRuling } = record;
  return [
    lawId,
    paragraph.ref,
    paragraph.title,
    paragraph.validFrom,
    paragraph.validTo,
    record.inForce,
    record.rulingsInForce,
    record.rulingsPartiallyRepealed,
    record.rulingsRepealed,
    latestRuling?.number ?? null,
    latestRuling?.decidedOn ?? null,
    latestRuling?.title ?? null,
    record.carriedOver.length,
    // One cell: "10-14 (SEL § 41); 8-16 (SEL § 41)", ruling and the numbering it was made under.
    record.carriedOver.map((row) => `${row.ruling.number} (${row.via.ref})`).join('; '),
  ];
}

export function paragraphOverviewCsv(overview: LawOverviewRecord): string {
  return CSV_BOM + row(CSV_COLUMNS) + overview.paragraphs.map((record) => row(paragraphRow(overview.law.id, record))).join('');
}
