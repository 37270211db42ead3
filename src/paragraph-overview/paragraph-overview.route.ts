import type { Request, Response } from 'express';
import type { Neo4jExecutor } from '../db/executor';
import { BadUserInputError, ServiceUnavailableError } from '../errors';
import { parseLawArgument } from '../paragraph/law-argument';
import { ISO_DATE_EXPECTED, isIsoDate, todayIso } from '../shared/iso-date';
import { paragraphOverviewCsv } from './paragraph-overview.csv';
import { ParagraphOverviewRepository } from './paragraph-overview.repository';

function plain(res: Response, status: number, message: string): void {
  res.status(status).type('text/plain; charset=utf-8').send(message + '\n');
}

/**
 * GET /paragraph-overview/:law.csv?asOf=YYYY-MM-DD: the paragraphOverview of a law as a CSV
 * download, for spreadsheets and anyone without a GraphQL client. :law is a code or name as in
 * GraphQL ("SEL", "barnets lov"). 400 for a malformed law or date, 404 for a law the graph
 * does not hold, 503 while Neo4j is unreachable; every error is one line of plain text.
 */
export function paragraphOverviewCsvHandler(executor: Neo4jExecutor) {
  const repository = new ParagraphOverviewRepository(executor);
  return async (req: Request, res: Response): Promise<void> => {
    const asOfParam = req.query.asOf;
    if (asOfParam !== undefined && (typeof asOfParam !== 'string' || !isIsoDate(asOfParam))) {
      plain(res, 400, `asOf must be ${ISO_DATE_EXPECTED}; got ${JSON.stringify(asOfParam)}`);
      return;
    }
    const asOf = asOfParam ?? todayIso();
    try {
      const law = parseLawArgument('law', String(req.params.law));
      const overview = await repository.overviewOfLaw(law, asOf);
      if (overview === null) {
        plain(res, 404, `Unknown law "${law}"`);
        return;
      }
      res
        .status(200)
        .attachment(`paragraph-overview-${law}-${asOf}.csv`)
        .type('text/csv; charset=utf-8')
        .send(paragraphOverviewCsv(overview));
    } catch (error) {
      if (error instanceof BadUserInputError) plain(res, 400, error.message);
      else if (error instanceof ServiceUnavailableError) plain(res, 503, error.message);
      else {
        console.error('Internal error while writing a paragraph overview CSV:', error);
        plain(res, 500, 'Internal server error');
      }
    }
  };
}
