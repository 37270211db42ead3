import type { PraksisService, ServiceOptions } from '../../src/server';
import { startService } from '../../src/server';
import { buildPraksisSchema } from '../../src/graphql/schema';
import type { Neo4jExecutor } from '../../src/db/executor';
import type { LoaderOptions } from '../../src/graphql/loader-options';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
  };
}

/** The real HTTP service on a free port, as clients reach it. */
export class ApiClient {
  private constructor(readonly service: PraksisService) {}

  /** `options`: anything else the service is configured with, e.g. `limits`. */
  static async start(
    executor: Neo4jExecutor,
    loaderOptions?: LoaderOptions,
    options: Omit<ServiceOptions, 'schema' | 'executor' | 'loaderOptions'> = {},
  ): Promise<ApiClient> {
    return new ApiClient(
      await startService({ ...options, schema: await buildPraksisSchema(), executor, loaderOptions }, 0),
    );
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.service.port}`;
  }

  /** `auth.token` is sent as `Authorization: Bearer <token>`. */
  async query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth: { token?: string } = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(auth.token === undefined ? {} : { authorization: `Bearer ${auth.token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
  }

  /**
   * A query with the x-debug-round-trips header, so the response carries extensions.roundTrips:
   * the number of statements the request sent to Neo4j.
   */
  async countedQuery(query: string, variables?: Record<string, unknown>) {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-debug-round-trips': '1' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: any[]; extensions?: { roundTrips?: number } };
  }

  async get(path: string): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.baseUrl}${path}`);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Plain text (CSV, say) is returned as is.
    }
    return { status: response.status, body };
  }

  stop(): Promise<void> {
    return this.service.stop();
  }
}
