import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The service's Prometheus metrics (prom-client), one registry per service so tests that start
 * several services do not share counts. Labels are bounded: an operation name is the client's
 * (capped, `anonymous` without one), codes come from our closed set.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'praksis_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name',
    labelNames: ['operation'],
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'praksis_graphql_request_duration_seconds',
    help: 'GraphQL request duration, by operation name',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'praksis_graphql_errors_total',
    help: 'GraphQL errors, by extensions.code',
    labelNames: ['code'],
    registers: [this.registry],
  });
  readonly transactions = new Gauge({
    name: 'praksis_neo4j_open_transactions',
    help: 'Neo4j transactions open now (the driver pool holds at most 100 connections)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}

/** Operation names as label values: the client's name, bounded in length and alphabet. */
export function operationLabel(name: string | null | undefined): string {
  return name && /^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name) ? name : 'anonymous';
}
