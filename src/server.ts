import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import { authenticationPlugin } from './auth/authentication.plugin';
import { Authenticator, NO_AUTH } from './auth/authenticator';
import { authenticationOf, readAccessMiddleware } from './auth/read-access.middleware';
import { DEFAULT_HOST, DEFAULT_LIMITS, type AuthConfig, type CorsOrigins, type RequestLimits } from './config';
import { createContext, type Context } from './context';
import type { Neo4jExecutor } from './db/executor';
import { pendingMigrationCount } from './db/migrations';
import { formatError } from './graphql/format-error';
import { roundTripsPlugin } from './graphql/round-trips.plugin';
import {
  internalErrorHandler,
  jsonBodyErrorHandler,
  jsonBodyParser,
  requireJsonContentType,
} from './graphql/http/json-body';
import { statusCodePlugin } from './graphql/http/status-code.plugin';
import { complexityLimitPlugin } from './graphql/limits/complexity-limit.plugin';
import { aliasLimitRule } from './graphql/limits/alias-limit.rule';
import { depthLimitsRule } from './graphql/limits/depth-limit.rule';
import { rootFieldLimitRule } from './graphql/limits/root-field-limit.rule';
import { responseSizeLimit } from './graphql/http/response-size-limit';
import { retryAfterPlugin } from './graphql/http/retry-after.plugin';
import type { LoaderOptions } from './graphql/loader-options';
import { clientErrorHandler } from './http/client-error.handler';
import { corsMiddleware } from './http/cors';
import { listen } from './http/listen';
import { paragraphOverviewExportHandler } from './paragraph-overview/paragraph-overview.route';
import { practiceExportHandler } from './practice/practice-export.route';
import { mountExplorer, mountExplorerFallback } from './web/explorer';
import { ServiceMetrics } from './observability/metrics';
import { metricsHandler } from './observability/metrics.route';
import { requestLogPlugin } from './observability/request-log.plugin';

export interface ServiceOptions {
  schema: GraphQLSchema;
  executor: Neo4jExecutor;
  loaderOptions?: LoaderOptions;
  /** Depth, complexity, body size and introspection; unset ones take DEFAULT_LIMITS. */
  limits?: Partial<RequestLimits>;
  /** API keys, JWT verification and whether reads need a token; none given: no token is accepted. */
  auth?: AuthConfig;
  /** Listening address; default 127.0.0.1. */
  host?: string;
  /** Origins allowed to call from a browser (CORS); default none. */
  corsOrigins?: CorsOrigins;
  /** Where the one JSON line per request goes (src/observability/); none given: not logged. */
  requestLog?: (line: string) => void;
}

export interface RunningService {
  url: string;
  port: number;
  httpServer: Server;
  stop(): Promise<void>;
}

export interface PraksisService extends RunningService {
  /** The Express app, whose routes test/api/read-access.api.test.ts enumerates. */
  app: Express;
}

/** Readiness: Neo4j answers and every migration is applied. */
async function readiness(executor: Neo4jExecutor): Promise<{ ready: boolean; reason?: string }> {
  if (!(await executor.ping())) return { ready: false, reason: 'Neo4j is not reachable' };
  try {
    const pending = await pendingMigrationCount(executor);
    return pending === 0 ? { ready: true } : { ready: false, reason: `${pending} migration(s) not applied` };
  } catch {
    return { ready: false, reason: 'Neo4j is not reachable' };
  }
}

export async function startService(options: ServiceOptions, port: number): Promise<PraksisService> {
  const app = express();
  const authenticator = new Authenticator(options.auth ?? NO_AUTH);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const metrics = new ServiceMetrics();
  const executor = options.executor.forService({
    maxTransactionsPerRequest: limits.maxTransactionsPerRequest,
    openTransactions: metrics.transactions,
  });
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: limits.introspection,
    // Without introspection, "Did you mean ...?" suggestions would still reveal the schema.
    hideSchemaDetailsFromClientErrors: !limits.introspection,
    // The token limit stops parsing early, so no later recursive pass (graphql-js's own rules
    // included) meets a document large enough to overflow the stack (README "Limits").
    parseOptions: { maxTokens: limits.maxTokens },
    // These limits and the complexity limit refuse a query before it executes: no Cypher is sent.
    validationRules: [
      depthLimitsRule(limits.maxDepth),
      aliasLimitRule(limits.maxAliases),
      rootFieldLimitRule(limits.maxRootFields),
    ],
    // A JSON array of operations is refused (Apollo's default, stated here because the limits
    // above count one operation: a batch would multiply them).
    allowBatchedHttpRequests: false,
    // Cache control off: the schema sets no cache hints and answers are never cached, while the
    // plugin wraps every field resolver (a measurable share of a large answer, bench/ANALYSIS.md).
    // Landing page off: browsers get the self-hosted GraphiQL instead (src/web/explorer.ts).
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      roundTripsPlugin<Context>((context) => context.roundTrips.count),
      complexityLimitPlugin(limits.maxComplexity),
      statusCodePlugin(),
      retryAfterPlugin(),
      authenticationPlugin(authenticator.readsRequireToken),
      requestLogPlugin<Context>(metrics, (context) => context.roundTrips.count, options.requestLog ?? (() => {})),
    ],
  });
  await apollo.start();

  app.use(corsMiddleware(options.corsOrigins ?? []));
  // Liveness and readiness return no data and must answer orchestrators without a token.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const state = await readiness(options.executor);
    res.status(state.ready ? 200 : 503).json({ status: state.ready ? 'ready' : 'not ready', reason: state.reason });
  });
  // GraphiQL at GET /graphql for browsers, and the explorer's assets: static files that hold no
  // data (the pages read it through /graphql like any client), so they stay open as /health does.
  mountExplorer(app);
  // Every route below returns data and passes the same access rule as GraphQL (READS_REQUIRE_TOKEN);
  // test/api/read-access.api.test.ts checks that on every route Express has registered.
  const reads = readAccessMiddleware(authenticator);
  // Downloads for spreadsheets (src/export/): the paragraph overview and practice statistics.
  app.get('/paragraph-overview/:law.csv', reads, paragraphOverviewExportHandler(options.executor, 'csv'));
  app.get('/paragraph-overview/:law.xlsx', reads, paragraphOverviewExportHandler(options.executor, 'xlsx'));
  app.get(
    '/practice.csv',
    reads,
    practiceExportHandler(options.schema, options.executor, options.loaderOptions, 'csv'),
  );
  app.get(
    '/practice.xlsx',
    reads,
    practiceExportHandler(options.schema, options.executor, options.loaderOptions, 'xlsx'),
  );
  // Prometheus metrics: counts and timings only; behind a token when reads are (metrics.route.ts).
  app.get('/metrics', reads, metricsHandler(metrics, authenticator));
  app.all(
    '/graphql',
    reads,
    requireJsonContentType,
    jsonBodyParser(limits.bodyLimitBytes),
    jsonBodyErrorHandler(limits.bodyLimitBytes),
    responseSizeLimit(limits.maxResponseBytes),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(executor, options.loaderOptions, authenticationOf(res)),
    }),
  );
  // The explorer's pages last, for a browser's GET that no route above answered. No page holds
  // data, so they stay open too (with READS_REQUIRE_TOKEN their queries are refused like any other).
  mountExplorerFallback(app);
  app.use(clientErrorHandler, internalErrorHandler);

  const host = options.host ?? DEFAULT_HOST;
  try {
    await listen(httpServer, port, host);
  } catch (error) {
    await apollo.stop().catch(() => undefined);
    throw error;
  }
  const actualPort = (httpServer.address() as AddressInfo).port;
  // A wildcard address is reached as localhost from this machine.
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}/graphql`,
    port: actualPort,
    httpServer,
    app,
    // Apollo's drain plugin closes the HTTP server after in-flight requests finish.
    stop: () => apollo.stop(),
  };
}
