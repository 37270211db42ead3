import ExcelJS from 'exceljs';
import { BOOLEAN_TEXT, type Cell, type ColumnKind, type ExportLocale, type ExportSheet } from './export-table';

/** Excel's number formats; a percent cell holds the fraction (0.25) and shows 25,0 % or 25.0 %. */
const NUMBER_FORMAT: Partial<Record<ColumnKind, string>> = {
  integer: '0',
  decimal: '0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

function typed(value: Cell, kind: ColumnKind, locale: ExportLocale): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'boolean') return BOOLEAN_TEXT[locale][value ? 'true' : 'false'];
  // A date cell is a real date (midnight UTC, as Excel's date serials carry no zone).
  if (kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * Sheets as an XLSX workbook (exceljs): numbers as numbers, percentages formatted as percent,
 * dates as dates, the header row bold and frozen, with an autofilter. A text cell is stored as
 * a string, never as a formula, so a title like "=1+1" stays text: the formula guard of CSV
 * is not needed here.
 */
export async function sheetsToXlsx(sheets: readonly ExportSheet[], locale: ExportLocale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Praksis graph';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name[locale], { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((col) => ({
      header: col.header[locale],
      width: Math.max(10, Math.min(50, col.header[locale].length + 2)),
      style: NUMBER_FORMAT[col.kind] ? { numFmt: NUMBER_FORMAT[col.kind] } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows)
      worksheet.addRow(row.map((value, index) => typed(value, sheet.columns[index].kind, locale)));
    if (sheet.columns.length > 0) {
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
