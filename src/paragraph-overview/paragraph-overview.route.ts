import type { Request, Response } from 'express';
import type { Neo4jExecutor } from '../db/executor';
import {
  exportLocale,
  exportParameters,
  ExportParameterError,
  fileNamePart,
  sendExport,
  sendExportError,
  sendPlain,
  type ExportFormat,
} from '../export/export-response';
import { parseLawArgument } from '../paragraph/law-argument';
import { ISO_DATE_EXPECTED, isIsoDate, todayIso } from '../shared/iso-date';
import { paragraphOverviewSheet } from './paragraph-overview.export';
import { ParagraphOverviewRepository } from './paragraph-overview.repository';

/**
 * GET /paragraph-overview/:law.csv and .xlsx ?asOf=YYYY-MM-DD&locale=da|en: the paragraphOverview
 * of a law as a download, for spreadsheets and anyone without a GraphQL client. :law is a code
 * or name as in GraphQL ("SEL", "barnets lov"). 400 for a malformed law, date or parameter, 404
 * for a law the graph does not hold, 503 while Neo4j is unreachable; every error is one line of
 * plain text.
 */
export function paragraphOverviewExportHandler(executor: Neo4jExecutor, format: ExportFormat) {
  const repository = new ParagraphOverviewRepository(executor);
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const params = exportParameters(req, ['asOf', 'locale']);
      const locale = exportLocale(params.locale);
      if (params.asOf !== undefined && !isIsoDate(params.asOf)) {
        throw new ExportParameterError(`asOf must be ${ISO_DATE_EXPECTED}; got ${JSON.stringify(params.asOf)}`);
      }
      const asOf = params.asOf ?? todayIso();
      const law = parseLawArgument('law', String(req.params.law));
      const overview = await repository.overviewOfLaw(law, asOf);
      if (overview === null) {
        sendPlain(res, 404, `Unknown law "${law}"`);
        return;
      }
      await sendExport(
        res,
        format,
        `paragraph-overview-${fileNamePart(law)}-${asOf}`,
        [paragraphOverviewSheet(overview)],
        locale,
      );
    } catch (error) {
      sendExportError(res, error, 'a paragraph overview export');
    }
  };
}
