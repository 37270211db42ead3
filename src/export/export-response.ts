import type { Request, Response } from 'express';
import { BadUserInputError, QueryTimeoutError, ServiceUnavailableError, UnauthenticatedError } from '../errors';
import { sheetToCsv } from './csv-writer';
import { DEFAULT_EXPORT_LOCALE, EXPORT_LOCALES, type ExportLocale, type ExportSheet } from './export-table';
import { sheetsToXlsx } from './xlsx-writer';

export type ExportFormat = 'csv' | 'xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A client mistake in an export's URL: answered 400 with the message, which names the parameter. */
export class ExportParameterError extends Error {}

/** Every error of an export is one line of plain text. */
export function sendPlain(res: Response, status: number, message: string): void {
  res
    .status(status)
    .type('text/plain; charset=utf-8')
    .send(message + '\n');
}

/**
 * The query parameters of an export, each given at most once and only those it knows: a typo
 * like "decidedfrom" would otherwise silently export the unfiltered table.
 */
export function exportParameters(req: Request, known: readonly string[]): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.query)) {
    if (!known.includes(name)) {
      throw new ExportParameterError(`Unknown query parameter "${name}"; this export takes ${known.join(', ')}`);
    }
    if (typeof value !== 'string') throw new ExportParameterError(`${name} must be given once, as plain text`);
    result[name] = value;
  }
  return result;
}

export function exportLocale(value: string | undefined): ExportLocale {
  if (value === undefined) return DEFAULT_EXPORT_LOCALE;
  if (!(EXPORT_LOCALES as readonly string[]).includes(value)) {
    throw new ExportParameterError(
      `locale must be ${EXPORT_LOCALES.join(' or ')} (default ${DEFAULT_EXPORT_LOCALE}); got ${JSON.stringify(value)}`,
    );
  }
  return value as ExportLocale;
}

/** Only letters, digits, dot and hyphen in a file name, so every browser and shell takes it as is. */
export function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-|-$/g, '');
}

/** CSV holds the first sheet (an export asks for one table as CSV); XLSX holds them all. */
export async function sendExport(
  res: Response,
  format: ExportFormat,
  baseName: string,
  sheets: readonly ExportSheet[],
  locale: ExportLocale,
): Promise<void> {
  if (format === 'csv') {
    res.status(200).attachment(`${baseName}.csv`).type('text/csv; charset=utf-8').send(sheetToCsv(sheets[0], locale));
  } else {
    res
      .status(200)
      .attachment(`${baseName}.xlsx`)
      .type(XLSX_TYPE)
      .send(await sheetsToXlsx(sheets, locale));
  }
}

/** The HTTP answer to an error of an export, as its GraphQL counterpart would classify it. */
export function sendExportError(res: Response, error: unknown, what: string): void {
  if (error instanceof ExportParameterError || error instanceof BadUserInputError) sendPlain(res, 400, error.message);
  else if (error instanceof UnauthenticatedError) sendPlain(res, 401, error.message);
  else if (error instanceof ServiceUnavailableError) sendPlain(res, 503, error.message);
  else if (error instanceof QueryTimeoutError) sendPlain(res, 504, error.message);
  else {
    console.error(`Internal error while writing ${what}:`, error);
    sendPlain(res, 500, 'Internal server error');
  }
}
