import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Neo4jExecutor } from '../../src/db/executor';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import type { DatasetMarker } from './dataset';
import { median, percentile } from './measure';
import type { Subjects } from './operations';
import type { StatementProfile } from './profile-statements';

/** a0 is the driver-only time in the bench process; a to d are the services over HTTP. */
export type VariantKey = 'a0' | 'a' | 'b' | 'c' | 'd';

export interface VariantResult {
  /** 'same' or how the answer differs from (b)'s; a wrong answer is not timed. */
  answer: string;
  latencies: number[];
  roundMedians: number[];
  /** Answered requests, wall time and failed requests of each concurrent batch. */
  throughputs: { requests: number; ms: number; failed: number }[];
  /** The first error of a concurrent batch, if any request failed. */
  concurrencyError?: string;
  roundTrips?: number;
  /** PROFILE of the statements one request of this variant sent (not for a0: a's statement). */
  profile?: StatementProfile;
  /**
   * Time in Neo4j transactions during the sequential requests (HTTP variants): `busyMs` with at
   * least one open, `ms` summed over transactions (more than busyMs when they run in parallel).
   */
  database?: { ms: number; busyMs: number; transactions: number; requests: number };
}

export interface OperationResult {
  name: string;
  title: string;
  variants: Partial<Record<VariantKey, VariantResult>>;
}

export interface Environment {
  cpu: string;
  cores: number;
  ramGb: number;
  loadAverage: string;
  node: string;
  neo4j: string;
  packages: Record<string, string>;
}

export interface BenchResults {
  environment: Environment;
  dataset: DatasetMarker;
  reusedDataset: boolean;
  subjects: Subjects;
  options: { requests: number; rounds: number; warmup: number; concurrency: number };
  operations: OperationResult[];
  nagle: { name: string; noDelayMedian: number; nagleMedian: number }[];
  /** Median ms of `{ __typename }` (no Cypher) on (b) and (d). */
  emptyRequest?: { b: number; d: number };
  seconds: number;
}

const PACKAGES = [
  'neo4j-driver',
  'type-graphql',
  '@apollo/server',
  'graphql',
  'dataloader',
  'express',
  '@neo4j/graphql',
];

export async function collectEnvironment(executor: Neo4jExecutor): Promise<Environment> {
  const [component] = await executor.query<{ version: string; edition: string }>(
    "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
  );
  const packages: Record<string, string> = {};
  for (const name of PACKAGES) {
    packages[name] = (
      JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
    ).version;
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg()
      .map((x) => x.toFixed(2))
      .join(', '),
    node: process.version,
    neo4j: `${component.version} ${component.edition}`,
    packages,
  };
}

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1);
const ratio = (x: number | undefined, y: number | undefined) =>
  x === undefined || y === undefined || !y || Number.isNaN(x) || Number.isNaN(y) ? '–' : (x / y).toFixed(2);

function stats(v: VariantResult | undefined) {
  if (!v || !v.latencies.length) return undefined;
  const requests = v.throughputs.reduce((sum, t) => sum + t.requests, 0);
  const totalMs = v.throughputs.reduce((sum, t) => sum + t.ms, 0);
  return {
    median: median(v.latencies),
    p95: percentile(v.latencies, 0.95),
    p99: percentile(v.latencies, 0.99),
    medianOfRounds: median(v.roundMedians),
    throughput: totalMs ? (requests * 1000) / totalMs : undefined,
    failed: v.throughputs.reduce((sum, t) => sum + t.failed, 0),
    count: v.latencies.length,
  };
}

type Stats = NonNullable<ReturnType<typeof stats>>;

export interface TargetCheck {
  /** The issue that set the target (16: the query planner; 8: the first bench). */
  issue: number;
  target: string;
  operation: string;
  measured: string;
  met: boolean;
}

/** Issue 16: these answer in one statement; the list of 50 may take at most 4. */
const ONE_ROUND_TRIP = ['status', 'lineage', 'applicability', 'search', 'practice', 'rulingPage', 'paragraphPage'];
const LIST_ROUND_TRIPS = 4;
/** Issue 16 at --scale large: medians of (b), ms. */
const LARGE_SCALE_BOUNDS: Record<string, number> = { practice: 1000, rulingPage: 100, paragraphPage: 100 };
/** Issue 16, deliverable 3: statements as good as the floor's, by PROFILE db hits. */
const DB_HIT_OPS = ['applicability', 'search', 'practice'];
/** Issue 8's targets, kept beside issue 16's. */
const LINEAGE_TARGET_OPS = ['lineage', 'applicability', 'list50'];

function untimed(target: string, op: OperationResult, issue: number): TargetCheck {
  const differs = Object.values(op.variants).some((v) => v && v.answer !== 'same');
  return {
    issue,
    target,
    operation: op.name,
    measured: differs ? 'not timed (answer differs)' : 'not timed',
    met: false,
  };
}

export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const large = results.dataset.scale === 'large';
  for (const op of results.operations) {
    const a = stats(op.variants.a);
    const b = stats(op.variants.b);
    const d = stats(op.variants.d);
    const within = '(b) within 1.3x of (a) at the median';
    checks.push(
      a && b
        ? {
            issue: 16,
            target: within,
            operation: op.name,
            measured: `b/a = ${ratio(b.median, a.median)}`,
            met: b.median <= 1.3 * a.median,
          }
        : untimed(within, op, 16),
    );
    const faster = '(b) faster than (d) at the median';
    checks.push(
      b && d
        ? {
            issue: 16,
            target: faster,
            operation: op.name,
            measured: `d/b = ${ratio(d.median, b.median)}`,
            met: b.median < d.median,
          }
        : untimed(faster, op, 16),
    );
    const trips = op.variants.b?.roundTrips;
    if (ONE_ROUND_TRIP.includes(op.name) || op.name === 'list50') {
      const most = op.name === 'list50' ? LIST_ROUND_TRIPS : 1;
      checks.push({
        issue: 16,
        target: most === 1 ? '(b) in 1 round trip' : `(b) in at most ${most} round trips`,
        operation: op.name,
        measured: `${trips ?? '–'} round trip(s)`,
        met: trips !== undefined && trips <= most,
      });
    }
    const pa = op.variants.a?.profile;
    const pb = op.variants.b?.profile;
    if (DB_HIT_OPS.includes(op.name) && pa && pb) {
      checks.push({
        issue: 16,
        target: "(b)'s statements no more PROFILE db hits than the floor's",
        operation: op.name,
        measured: `${pb.dbHits} vs ${pa.dbHits} db hits (${ratio(pb.dbHits, pa.dbHits)}x)`,
        met: pb.dbHits <= pa.dbHits,
      });
    }
    if (large && LARGE_SCALE_BOUNDS[op.name] !== undefined) {
      const bound = LARGE_SCALE_BOUNDS[op.name];
      const target = `(b) under ${bound} ms at the median, --scale large`;
      checks.push(
        b
          ? { issue: 16, target, operation: op.name, measured: `${ms(b.median)} ms`, met: b.median < bound }
          : untimed(target, op, 16),
      );
    }
    if (LINEAGE_TARGET_OPS.includes(op.name)) {
      const twice = '(b) at least 2x faster than (d)';
      checks.push(
        d && b
          ? {
              issue: 8,
              target: twice,
              operation: op.name,
              measured: `d/b = ${ratio(d.median, b.median)}`,
              met: d.median >= 2 * b.median,
            }
          : untimed(twice, op, 8),
      );
    }
    if (op.name === 'list50') {
      const rb = op.variants.b?.roundTrips;
      const rc = op.variants.c?.roundTrips;
      checks.push({
        issue: 8,
        target: '(c) at least 5x the round trips of (b)',
        operation: op.name,
        measured: `c ${rc ?? '–'} vs b ${rb ?? '–'} round trips`,
        met: rb !== undefined && rc !== undefined && rc >= 5 * rb,
      });
    }
  }
  return checks.sort((x, y) => y.issue - x.issue);
}

export function renderTables(results: BenchResults): string {
  const lines: string[] = [];
  lines.push(
    'Latency, ms (sequential requests; median / p95 / p99 over all rounds; "rounds" = median of the per-round medians):',
    '',
  );
  lines.push(
    '| operation | variant | n | median | p95 | p99 | median of rounds | req/s at concurrency ' +
      results.options.concurrency +
      ' | round trips | answer |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
  const names: Record<VariantKey, string> = {
    a0: '(a) driver only, in process',
    a: '(a) floor over HTTP',
    b: '(b) this API',
    c: '(c) API, batching and planner off',
    d: '(d) @neo4j/graphql 7',
  };
  for (const op of results.operations) {
    for (const key of ['a0', 'a', 'b', 'c', 'd'] as VariantKey[]) {
      const v = op.variants[key];
      const s = stats(v);
      lines.push(
        `| ${key === 'a0' ? op.name : ''} | ${names[key]} | ${s?.count ?? 0} | ${ms(s?.median)} | ${ms(s?.p95)} | ${ms(s?.p99)} | ${ms(s?.medianOfRounds)} | ${s?.throughput ? s.throughput.toFixed(0) : '–'}${s?.failed ? ` (${s.failed} failed)` : ''} | ${v?.roundTrips ?? (key === 'a' || key === 'a0' ? 1 : '–')} | ${v?.answer === 'same' ? 'same' : 'DIFFERS'} |`,
      );
    }
  }
  lines.push('', 'Ratios (medians; in brackets the same ratio of the medians of rounds):', '');
  lines.push('| operation | b/a | c/b | d/b | b/a throughput | round trips b / c / d |');
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const op of results.operations) {
    const [a, b, c, d] = (['a', 'b', 'c', 'd'] as const).map((k) => stats(op.variants[k])) as (Stats | undefined)[];
    const both = (x?: Stats, y?: Stats) =>
      `${ratio(x?.median, y?.median)} (${ratio(x?.medianOfRounds, y?.medianOfRounds)})`;
    lines.push(
      `| ${op.name} | ${both(b, a)} | ${both(c, b)} | ${both(d, b)} | ${ratio(b?.throughput, a?.throughput)} | ${op.variants.b?.roundTrips ?? '–'} / ${op.variants.c?.roundTrips ?? '–'} / ${op.variants.d?.roundTrips ?? '–'} |`,
    );
  }
  lines.push(
    '',
    "PROFILE db hits of the statements one request sends (each variant's statements captured through its driver and PROFILEd once with their own parameters, outside the timed loop; in brackets the number of statements):",
    '',
  );
  lines.push(
    '| operation | (a) floor | (b) this API | (c) batching and planner off | (d) @neo4j/graphql | b/a | d/a |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  const hits = (p?: StatementProfile) => (p ? `${p.dbHits.toLocaleString('en-US')} (${p.statements})` : '–');
  for (const op of results.operations) {
    const [pa, pb, pc, pd] = (['a', 'b', 'c', 'd'] as const).map((k) => op.variants[k]?.profile);
    lines.push(
      `| ${op.name} | ${hits(pa)} | ${hits(pb)} | ${hits(pc)} | ${hits(pd)} | ${ratio(pb?.dbHits, pa?.dbHits)} | ${ratio(pd?.dbHits, pa?.dbHits)} |`,
    );
  }
  lines.push(
    '',
    "Where the time goes (means over the sequential requests; database = wall time during which at least one Neo4j transaction of that service's driver was open, timed in the service; summed = the transactions' times added up, larger where a request runs them in parallel; the rest is HTTP, GraphQL and the service's own work):",
    '',
  );
  lines.push('| operation | variant | mean ms | database ms | summed ms | transactions | outside the database ms |');
  lines.push('|---|---|---:|---:|---:|---:|---:|');
  for (const op of results.operations) {
    for (const key of ['a0', 'a', 'b', 'c', 'd'] as VariantKey[]) {
      const v = op.variants[key];
      if (!v || !v.latencies.length) continue;
      const mean = v.latencies.reduce((sum, x) => sum + x, 0) / v.latencies.length;
      const db = v.database && v.database.requests ? v.database.busyMs / v.database.requests : undefined;
      const summed = v.database && v.database.requests ? v.database.ms / v.database.requests : undefined;
      const tx = v.database && v.database.requests ? v.database.transactions / v.database.requests : undefined;
      lines.push(
        `| ${key === 'a0' ? op.name : ''} | ${names[key]} | ${ms(mean)} | ${ms(db)} | ${ms(summed)} | ${tx === undefined ? '–' : tx.toFixed(1)} | ${db === undefined ? '–' : ms(mean - db)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** One line per variant: mean, database share and transactions, from the sequential requests. */
function breakdownOf(v: VariantResult | undefined): string {
  if (!v || !v.latencies.length) return 'not timed';
  const mean = v.latencies.reduce((sum, x) => sum + x, 0) / v.latencies.length;
  if (!v.database || !v.database.requests) return `mean ${ms(mean)} ms`;
  const db = v.database.busyMs / v.database.requests;
  const summed = v.database.ms / v.database.requests;
  const tx = v.database.transactions / v.database.requests;
  return `mean ${ms(mean)} ms = ${ms(db)} ms with ${tx.toFixed(1)} Neo4j transaction(s) open (${ms(summed)} ms summed over them) + ${ms(mean - db)} ms outside the database`;
}

/** For every missed target, the measured breakdown of the variants it compares. */
function explainMisses(results: BenchResults, checks: TargetCheck[]): string[] {
  const lines: string[] = [];
  for (const check of checks.filter((c) => !c.met)) {
    const op = results.operations.find((o) => o.name === check.operation)!;
    const pair: VariantKey[] = check.target.includes('(d)')
      ? ['b', 'd']
      : check.target.includes('(c)')
        ? ['b', 'c']
        : check.target.includes('(a)') || check.target.includes('floor')
          ? ['a', 'b']
          : ['b'];
    lines.push(`- **${check.operation}**, ${check.target} (${check.measured}):`);
    for (const key of pair) {
      const profile = op.variants[key]?.profile;
      lines.push(
        `  - (${key}) ${breakdownOf(op.variants[key])}, ${op.variants[key]?.roundTrips ?? 1} statement(s)${profile ? `, ${profile.dbHits} db hits` : ''}`,
      );
    }
  }
  return lines;
}

function renderMarkdown(results: BenchResults, checks: TargetCheck[]): string {
  const { environment: e, dataset, subjects, options } = results;
  const differing = results.operations.flatMap((op) =>
    (Object.entries(op.variants) as [VariantKey, VariantResult][])
      .filter(([, v]) => v.answer !== 'same')
      .map(([k, v]) => `- ${op.name} (${k}): ${v.answer}`),
  );
  return [
    `# Benchmark results (issues 8 and 16)${dataset.scale === 'large' ? ', --scale large' : ''}`,
    '',
    'Written by `npm run bench` (bench/run.ts); see bench/README.md for what each variant is and how it is measured.',
    '',
    `- Date: ${new Date().toISOString()}; whole run ${results.seconds} s`,
    `- Machine: ${e.cpu}, ${e.cores} cores, ${e.ramGb} GB RAM; load average at the end ${e.loadAverage} (shared with other sessions' test servers)`,
    `- Versions: Node ${e.node}, Neo4j ${e.neo4j}, ${Object.entries(e.packages)
      .map(([n, v]) => `${n} ${v}`)
      .join(', ')}`,
    `- Data set: scale ${dataset.scale}, seed ${dataset.seed}: ${dataset.rulings} rulings, ${dataset.cases} complaint cases, ${dataset.records} records; imported ${dataset.importedAt} in ${dataset.importSeconds} s${results.reusedDataset ? ' (reused by this run)' : ' (by this run)'}`,
    `- Subjects (picked by rule from the data, bench/lib/operations.ts): ${JSON.stringify(subjects)}`,
    `- Method: per operation ${options.warmup} warm-up requests per variant, then ${options.rounds} rounds in which each variant in turn (a0 a b c d) sends ${Math.ceil(options.requests / options.rounds)} sequential requests and then the HTTP variants ${Math.ceil(options.requests / options.rounds)} requests at concurrency ${options.concurrency}; ${options.requests} timed sequential requests per variant in all. Answers compared (normalised JSON) before timing.`,
    '',
    renderTables(results),
    '',
    '## Targets',
    '',
    '| issue | target | operation | measured | met |',
    '|---|---|---|---|---|',
    ...checks.map(
      (c) => `| ${c.issue} | ${c.target} | ${c.operation} | ${c.measured} | ${c.met ? 'met' : '**missed**'} |`,
    ),
    '',
    ...(checks.some((c) => !c.met)
      ? [
          '### Measured breakdown of the missed targets',
          '',
          'Means of the sequential requests; database time is the wall time with at least one Neo4j transaction open, timed in the service. What it means: bench/ANALYSIS.md.',
          '',
          ...explainMisses(results, checks),
          '',
        ]
      : []),
    ...(results.operations.some((op) => Object.values(op.variants).some((v) => v?.concurrencyError))
      ? [
          '## Requests that failed at concurrency ' + options.concurrency,
          '',
          ...results.operations.flatMap((op) =>
            (Object.entries(op.variants) as [VariantKey, VariantResult][])
              .filter(([, v]) => v.concurrencyError)
              .map(
                ([k, v]) =>
                  `- ${op.name} (${k}): ${v.throughputs.reduce((sum, t) => sum + t.failed, 0)} failed; first: ${v.concurrencyError}`,
              ),
          ),
          '',
        ]
      : []),
    ...(differing.length
      ? ['## Answers that differ (not timed)', '', ...differing, '']
      : ['All variants returned the same answer for every operation.', '']),
    ...(results.emptyRequest
      ? [
          `A GraphQL request that sends no Cypher (\`{ __typename }\`, sequential, median): (b) ${ms(results.emptyRequest.b)} ms, (d) ${ms(results.emptyRequest.d)} ms. This fixed cost of HTTP, express and Apollo is in every (b) and (d) time above; the floor (a) pays only node:http.`,
          '',
        ]
      : []),
    ...(results.nagle.length
      ? [
          '## TCP_NODELAY on the driver sockets (src/db/tcp-no-delay.ts)',
          '',
          '(b) as shipped against (b) served by a driver with Nagle left on, 40 sequential requests each, interleaved:',
          '',
          '| operation | TCP_NODELAY, median ms | Nagle on, median ms |',
          '|---|---:|---:|',
          ...results.nagle.map((n) => `| ${n.name} | ${ms(n.noDelayMedian)} | ${ms(n.nagleMedian)} |`),
          '',
        ]
      : []),
  ].join('\n');
}

/**
 * Prints the tables and the target checks; writes bench/RESULTS.md (RESULTS-large.md and
 * results-large.json at --scale large) when `write` is set: run.ts sets it for a full run at the
 * default scale and for any timed run at the large one, so a quick --only or --check-only run
 * never replaces the committed results. The analysis of missed targets lives in
 * bench/ANALYSIS.md, which this never overwrites.
 */
export function writeResults(results: BenchResults, write: boolean): string | undefined {
  const checks = checkTargets(results);
  console.log(renderTables(results));
  console.log('\nTargets:');
  for (const c of checks)
    console.log(`  ${c.met ? 'met   ' : 'MISSED'} issue ${c.issue}: ${c.target}: ${c.operation}, ${c.measured}`);
  if (!write) return undefined;
  const suffix = results.dataset.scale === 'default' ? '' : `-${results.dataset.scale}`;
  const file = join(PROJECT_ROOT, 'bench', `RESULTS${suffix}.md`);
  writeFileSync(file, renderMarkdown(results, checks));
  writeFileSync(join(PROJECT_ROOT, 'bench', `results${suffix}.json`), JSON.stringify({ ...results, checks }, null, 1));
  return file;
}
