import type { Request, Response } from 'express';
import type { Authenticator } from '../auth/authenticator';
import type { ServiceMetrics } from './metrics';

/**
 * GET /metrics in Prometheus's text format. It holds no personal data (counts, timings, codes,
 * operation names), so it follows the rule for reads: open by default, and with
 * READS_REQUIRE_TOKEN=true it needs a valid bearer token like every read (give the scraper an
 * API key). A token that is sent but invalid is refused either way, as on /graphql.
 */
export function metricsHandler(metrics: ServiceMetrics, authenticator: Authenticator) {
  return async (req: Request, res: Response): Promise<void> => {
    const authentication = await authenticator.authenticate(req.headers.authorization);
    if (
      authentication.kind === 'rejected' ||
      (authenticator.readsRequireToken && authentication.kind !== 'authenticated')
    ) {
      res
        .status(401)
        .set('www-authenticate', 'Bearer')
        .type('text/plain; charset=utf-8')
        .send('A valid bearer token is required.\n');
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
