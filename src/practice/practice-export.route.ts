import type { Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { createContext } from '../context';
import type { Neo4jExecutor } from '../db/executor';
import {
  exportLocale,
  exportParameters,
  ExportParameterError,
  fileNamePart,
  sendExport,
  sendExportError,
  type ExportFormat,
} from '../export/export-response';
import { compileExportOperation, runExportOperation } from '../export/export-operation';
import type { LoaderOptions } from '../graphql/loader-options';
import { authenticationOf } from '../auth/read-access.middleware';
import {
  DEFAULT_PRACTICE_TABLE,
  PRACTICE_TABLE_DEFINITIONS,
  PRACTICE_TABLES,
  practiceExportOperation,
  type PracticeTable,
} from './practice.export';

/** The fields of PracticeFilter, as query parameters of the same names. */
const FILTER_PARAMETERS = [
  'paragraph',
  'includePredecessors',
  'law',
  'authority',
  'area',
  'decidedFrom',
  'decidedTo',
] as const;

/**
 * The filter as GraphQL variables. Values stay text, so the API's own coercion and validation
 * judge them; only true/false become booleans ("yes" is left as text, and refused by name).
 */
function filterOf(params: Record<string, string | undefined>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const name of FILTER_PARAMETERS) {
    const value = params[name];
    if (value === undefined) continue;
    filter[name] = name === 'includePredecessors' && (value === 'true' || value === 'false') ? value === 'true' : value;
  }
  return filter;
}

function tableOf(value: string | undefined): PracticeTable {
  if (value === undefined) return DEFAULT_PRACTICE_TABLE;
  if (!(PRACTICE_TABLES as readonly string[]).includes(value)) {
    throw new ExportParameterError(
      `table must be one of ${PRACTICE_TABLES.join(', ')} (default ${DEFAULT_PRACTICE_TABLE}); got ${JSON.stringify(value)}`,
    );
  }
  return value as PracticeTable;
}

/**
 * GET /practice.csv (one table, ?table=authorities|years|summary|reasons|rulings) and
 * GET /practice.xlsx (every table, a sheet each), filtered by the query parameters that
 * practice(filter) takes as fields; ?locale=da|en. Errors as the paragraph overview's: plain
 * text, 400 naming the parameter, 503 while Neo4j is unreachable.
 */
export function practiceExportHandler(
  schema: GraphQLSchema,
  executor: Neo4jExecutor,
  loaderOptions: LoaderOptions | undefined,
  format: ExportFormat,
) {
  const documents = new Map(
    (format === 'csv' ? PRACTICE_TABLES.map((table) => [table]) : [PRACTICE_TABLES]).map((tables) => [
      tables.join(),
      compileExportOperation(schema, practiceExportOperation(tables)),
    ]),
  );
  const known = [...FILTER_PARAMETERS, 'locale', ...(format === 'csv' ? ['table'] : [])];
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const params = exportParameters(req, known);
      const locale = exportLocale(params.locale);
      const tables = format === 'csv' ? [tableOf(params.table)] : PRACTICE_TABLES;
      const filter = filterOf(params);
      const context = createContext(executor, loaderOptions, authenticationOf(res));
      const data = await runExportOperation(schema, documents.get(tables.join())!, { filter }, context);
      const sheets = tables.map((table) =>
        PRACTICE_TABLE_DEFINITIONS[table].sheet(data.practice as Record<string, unknown>),
      );
      const filterPart = Object.entries(filter)
        .map(([name, value]) => `${name}-${value}`)
        .join('-');
      const base = fileNamePart(['practice', format === 'csv' ? tables[0] : '', filterPart].filter(Boolean).join('-'));
      await sendExport(res, format, base, sheets, locale);
    } catch (error) {
      sendExportError(res, error, 'a practice export');
    }
  };
}
