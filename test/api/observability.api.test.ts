import { useTestBed } from '../support/test-bed';
import { ApiClient } from '../support/api-client';

// One JSON log line per request (no personal data) and Prometheus /metrics (issue 17, deliver 6).

const lines: string[] = [];

const { db, api } = useTestBed({ seed: true, service: { requestLog: (line) => lines.push(line) } });

it('logs one JSON line per request: operation, duration, round trips, error codes, nothing personal', async () => {
  lines.length = 0;
  await api.query('query RulingByNumber($number: String!) { ruling(number: $number) { number } }', { number: '51-19' });
  // Refused in validation: its operation is never resolved, so it is logged as anonymous.
  await api.query('query Broken { nothing }');
  expect(lines).toHaveLength(2);
  const [ok, broken] = lines.map((line) => JSON.parse(line));
  expect(ok).toEqual({
    level: 'info',
    event: 'graphql-request',
    at: expect.any(String),
    operation: 'RulingByNumber',
    durationMs: expect.any(Number),
    roundTrips: expect.any(Number),
    status: 200,
    errors: [],
  });
  expect(ok.roundTrips).toBeGreaterThan(0);
  expect(broken).toEqual(
    expect.objectContaining({
      level: 'warn',
      operation: 'anonymous',
      roundTrips: 0,
      errors: ['GRAPHQL_VALIDATION_FAILED'],
    }),
  );
  // Variables and query text stay out of the log.
  expect(lines.join('\n')).not.toMatch(/51-19|nothing/);
});

it('/metrics has request counts and latency per operation, errors by code and open transactions', async () => {
  const { status, body } = await api.get('/metrics');
  expect(status).toBe(200);
  expect(body).toMatch(/^praksis_graphql_requests_total\{operation="RulingByNumber"\} 1$/m);
  expect(body).toMatch(/^praksis_graphql_request_duration_seconds_count\{operation="RulingByNumber"\} 1$/m);
  expect(body).toMatch(/^praksis_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
  expect(body).toMatch(/^praksis_neo4j_open_transactions 0$/m);
  expect(body).toMatch(/^process_resident_memory_bytes \d+/m);
});

it('/metrics needs a token when reads do', async () => {
  const closed = await ApiClient.start(db.executor, undefined, { auth: { apiKeys: [], readsRequireToken: true } });
  try {
    const response = await fetch(`${closed.baseUrl}/metrics`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  } finally {
    await closed.stop();
  }
});
