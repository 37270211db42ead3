import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Neo4jExecutor } from '../../src/db/executor';
import type { RunningService } from '../../src/server';
import type { Operation } from './operations';

/**
 * Variant (a), the floor: POST /<operation> runs that operation's one Cypher statement through
 * the app's executor (same driver, same configuration, one managed read transaction) and sends
 * the shaped rows as JSON from a bare node:http handler: no GraphQL, no express. The request
 * body carries the parameters, as a GraphQL request carries its variables.
 */
export async function startFloorService(
  executor: Neo4jExecutor,
  operations: Operation[],
  port: number,
): Promise<RunningService> {
  const byName = new Map(operations.map((operation) => [operation.name, operation]));
  const httpServer = createServer(async (req, res) => {
    const operation = byName.get((req.url ?? '').slice(1));
    if (req.method !== 'POST' || !operation) {
      res.writeHead(404).end();
      return;
    }
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const params = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const rows = await executor.query(operation.floor.cypher, params);
      const body = JSON.stringify({ data: operation.floor.shape(rows) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    httpServer,
    stop: () => new Promise<void>((resolve) => httpServer.close(() => resolve())),
  };
}
