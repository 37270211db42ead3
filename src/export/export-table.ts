/**
 * A table as both exports write it (CSV and XLSX), independent of the feature it comes from:
 * columns know their header in each locale and the kind of value they hold, so the writers can
 * format numbers, percentages, dates and yes/no the way the reader's spreadsheet expects.
 */

export const EXPORT_LOCALES = ['da', 'en'] as const;
export type ExportLocale = (typeof EXPORT_LOCALES)[number];

/** Danish by default: the users are Danish analysts, whose spreadsheets split on ";". */
export const DEFAULT_EXPORT_LOCALE: ExportLocale = 'da';

export type Cell = string | number | boolean | null;

/**
 * text: as is; integer and decimal: numbers; percent: a fraction (0.25), shown as 25 % in XLSX;
 * date: YYYY-MM-DD; boolean: ja/nej in Danish, true/false in English.
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent' | 'date' | 'boolean';

export interface ExportColumn<Row> {
  header: Record<ExportLocale, string>;
  kind: ColumnKind;
  value: (row: Row) => Cell;
}

/** A table ready to write: its columns' headers and kinds, and the cells of every row. */
export interface ExportSheet {
  /** The sheet's name in an XLSX workbook (at most 31 characters, Excel's limit). */
  name: Record<ExportLocale, string>;
  columns: readonly Omit<ExportColumn<never>, 'value'>[];
  rows: readonly (readonly Cell[])[];
}

export function exportSheet<Row>(
  name: Record<ExportLocale, string>,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): ExportSheet {
  return {
    name,
    columns: columns.map(({ header, kind }) => ({ header, kind })),
    rows: rows.map((row) => columns.map((col) => col.value(row))),
  };
}

export function column<Row>(kind: ColumnKind, da: string, en: string, value: (row: Row) => Cell): ExportColumn<Row> {
  return { header: { da, en }, kind, value };
}

export const BOOLEAN_TEXT: Record<ExportLocale, Record<'true' | 'false', string>> = {
  da: { true: 'ja', false: 'nej' },
  en: { true: 'true', false: 'false' },
};
