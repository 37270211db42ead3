import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createDriver } from '../src/db/driver';
import { Neo4jExecutor } from '../src/db/executor';
import { todayIso } from '../src/shared/iso-date';
import { datasetOptionsFrom, ensureDataset, SCALES, type DatasetOptions, type Scale } from './lib/dataset';
import { concurrent, httpSender, median, sequential, type Send } from './lib/measure';
import { buildOperations, normalise, pickSubjects, type Operation, type Subjects } from './lib/operations';
import {
  collectEnvironment,
  writeResults,
  type BenchResults,
  type OperationResult,
  type VariantKey,
} from './lib/report';
import type { StatementProfile } from './lib/profile-statements';
import type { DatabaseTimes, ServersRequest, ServerUrls, Variant } from './lib/servers';

/**
 * npm run bench [-- --scale large] [--requests 200] [--rounds 5] [--warmup 20] [--concurrency 16]
 *                  [--only status,lineage | --only all] [--check-only] [--no-nagle]
 *                  [--import bulk|transactional] [--neo4j-dir DIR]
 *
 * At --scale large only the operations of issue 16's large-scale criteria run unless --only
 * says otherwise (`--only all`: every one), and the results go to bench/RESULTS-large.md.
 *
 * Issue 8: the same seven operations against one Neo4j, for (a) the floor (one Cypher statement
 * through the driver, bare node:http, plus the driver-only time in this process), (b) this API,
 * (c) this API with DataLoader batching off, (d) @neo4j/graphql 7. Answers are compared before
 * anything is timed; then, per operation, the variants take turns (a b c d, round after round)
 * so machine noise hits all of them alike. Results go to stdout and bench/RESULTS.md.
 */
const VARIANTS: Variant[] = ['a', 'b', 'c', 'd'];

/** Issue 16 at 1,000,000 cases: national practice of one law and the explorer's two pages. */
const LARGE_SCALE_OPERATIONS = ['practice', 'rulingPage', 'paragraphPage'];

interface Options {
  scale: Scale;
  requests: number;
  rounds: number;
  warmup: number;
  concurrency: number;
  only?: string[];
  checkOnly: boolean;
  nagle: boolean;
  dataset: DatasetOptions;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const integer = (name: string, fallback: number, min: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`--${name} must be an integer of at least ${min}, got "${raw}"`);
    return n;
  };
  const scaleName = value('scale') ?? 'default';
  const scale = SCALES[scaleName as Scale['name']];
  if (!scale) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}, got "${scaleName}"`);
  const rounds = integer('rounds', 5, 1);
  const only = value('only') ?? (scale.name === 'large' ? LARGE_SCALE_OPERATIONS.join(',') : undefined);
  return {
    scale,
    requests: integer('requests', 200, rounds),
    rounds,
    warmup: integer('warmup', 20, 1),
    concurrency: integer('concurrency', 16, 1),
    only: only === undefined || only === 'all' ? undefined : only.split(','),
    checkOnly: argv.includes('--check-only'),
    nagle: !argv.includes('--no-nagle'),
    dataset: datasetOptionsFrom(argv),
  };
}

const log = (line: string) => console.error(line);

interface Servers {
  urls: ServerUrls;
  /** Database time per variant so far (transactions of that variant's driver), in the child. */
  times(): Promise<DatabaseTimes>;
  /** PROFILE of the statements `send` makes the variant run (one request, not timed). */
  profile(variant: Variant, send: () => Promise<unknown>): Promise<StatementProfile>;
  stop(): Promise<void>;
}

/** Starts the services of lib/servers.ts in a child process and waits for their URLs. */
async function startServers(request: ServersRequest): Promise<Servers> {
  // The services run as deployed: NODE_ENV=production turns off graphql-js's development-mode
  // checks (bench/ANALYSIS.md: 17.6 ms of a large applicability answer), for every variant alike.
  const child: ChildProcess = fork(join(__dirname, 'lib', 'servers.js'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const urls = await new Promise<ServerUrls>((resolve, reject) => {
    child.once('message', (message: { urls?: ServerUrls; error?: string }) =>
      message.urls ? resolve(message.urls) : reject(new Error(message.error)),
    );
    child.once('exit', (code) => reject(new Error(`the servers process exited with ${code}`)));
    child.send(request);
  });
  const ask = <T>(message: object, key: string) =>
    new Promise<T>((resolve, reject) => {
      child.once('message', (reply: Record<string, unknown>) =>
        key in reply ? resolve(reply[key] as T) : reject(new Error(String(reply.error ?? JSON.stringify(reply)))),
      );
      child.send(message);
    });
  return {
    urls,
    times: () => ask<DatabaseTimes>({ times: true }, 'times'),
    profile: async (variant, send) => {
      await ask({ capture: variant }, 'capturing');
      await send();
      return ask<StatementProfile>({ profile: variant }, 'profile');
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ stop: true });
      }),
  };
}

function senders(operation: Operation, urls: ServerUrls): Record<Variant, Send> {
  return {
    a: httpSender(`${urls.a}/${operation.name}`, operation.floor.params),
    b: httpSender(urls.b!, operation.api),
    c: httpSender(urls.c!, operation.api),
    d: httpSender(urls.d!, { query: operation.neo4jGraphql.query, variables: operation.neo4jGraphql.variables }),
  };
}

/** The driver-only floor: the same statement and shaping, in this process, without HTTP. */
function driverOnly(executor: Neo4jExecutor, operation: Operation): Send {
  return async () => {
    const started = performance.now();
    const rows = await executor.query(operation.floor.cypher, operation.floor.params);
    const data = operation.floor.shape(rows);
    return { ms: performance.now() - started, body: { data } };
  };
}

async function checkAnswers(
  operation: Operation,
  send: Record<Variant, Send>,
  driverSend: Send,
): Promise<Record<VariantKey, string | null>> {
  const answers: Record<VariantKey, unknown> = {
    a0: (await driverSend()).body.data,
    a: (await send.a()).body.data,
    b: (await send.b()).body.data,
    c: (await send.c()).body.data,
    d: operation.neo4jGraphql.normalise((await send.d()).body.data),
  };
  const reference = normalise(operation.name, answers.b);
  const problems = {} as Record<VariantKey, string | null>;
  for (const [variant, answer] of Object.entries(answers) as [VariantKey, unknown][]) {
    const text = normalise(operation.name, answer);
    if (text === reference) problems[variant] = null;
    else {
      let at = 0;
      while (at < text.length && text[at] === reference[at]) at++;
      problems[variant] =
        `differs from (b) at character ${at}: (b) …${reference.slice(Math.max(0, at - 80), at + 120)}… vs …${text.slice(Math.max(0, at - 80), at + 120)}…`;
    }
  }
  log(`  answer of (b): ${reference.length} characters of JSON`);
  return problems;
}

async function measureOperation(
  operation: Operation,
  send: Record<Variant, Send>,
  driverSend: Send,
  servers: Servers,
  options: Options,
): Promise<OperationResult> {
  log(`\n${operation.name}: ${operation.title}`);
  const problems = await checkAnswers(operation, send, driverSend);
  const all: Record<VariantKey, Send> = { a0: driverSend, ...send };
  const timed = (Object.keys(all) as VariantKey[]).filter((variant) => problems[variant] === null);
  for (const variant of Object.keys(all) as VariantKey[]) {
    if (problems[variant]) log(`  (${variant}) WRONG ANSWER, not timed: ${problems[variant]}`);
  }
  const result: OperationResult = { name: operation.name, title: operation.title, variants: {} };
  for (const variant of Object.keys(all) as VariantKey[]) {
    result.variants[variant] = {
      answer: problems[variant] ?? 'same',
      latencies: [],
      roundMedians: [],
      throughputs: [],
    };
  }
  // Statements sent per request, read from the services themselves (x-debug-round-trips).
  for (const variant of ['b', 'c', 'd'] as const) {
    result.variants[variant]!.roundTrips = (await send[variant]({ 'x-debug-round-trips': '1' })).body.extensions
      ?.roundTrips;
  }
  // PROFILE db hits of what each variant sends for one request, outside the timed loop.
  for (const variant of VARIANTS) {
    result.variants[variant]!.profile = await servers.profile(variant, () => send[variant]());
  }
  log(
    `  PROFILE db hits: ${VARIANTS.map((v) => `${v} ${result.variants[v]!.profile!.dbHits} (${result.variants[v]!.profile!.statements} statement(s))`).join('  ')}`,
  );
  if (options.checkOnly) return result;
  for (const variant of timed) await sequential(all[variant], options.warmup);
  const perRound = Math.ceil(options.requests / options.rounds);
  for (let round = 1; round <= options.rounds; round++) {
    for (const variant of timed) {
      const before = variant === 'a0' ? undefined : (await servers.times())[variant];
      const times = await sequential(all[variant], perRound);
      const entry = result.variants[variant]!;
      if (before && variant !== 'a0') {
        // Sequential requests, so the database time between the two readings is these requests'.
        const after = (await servers.times())[variant]!;
        entry.database ??= { ms: 0, busyMs: 0, transactions: 0, requests: 0 };
        entry.database.ms += after.ms - before.ms;
        entry.database.busyMs += after.busyMs - before.busyMs;
        entry.database.transactions += after.transactions - before.transactions;
        entry.database.requests += perRound;
      }
      entry.latencies.push(...times);
      entry.roundMedians.push(median(times));
    }
    // Throughput over HTTP only: the driver-only time is a latency floor, not a service.
    for (const variant of timed.filter((v) => v !== 'a0')) {
      const { ms, failed, firstError } = await concurrent(all[variant], perRound, options.concurrency);
      // Throughput counts answered requests only.
      result.variants[variant]!.throughputs.push({ requests: perRound - failed, ms, failed });
      if (failed)
        log(
          `  (${variant}) ${failed} of ${perRound} requests failed at concurrency ${options.concurrency}: ${firstError}`,
        );
      if (firstError) result.variants[variant]!.concurrencyError ??= firstError;
    }
    log(
      `  round ${round}: ${timed.map((v) => `${v} ${median(result.variants[v]!.latencies.slice(-perRound)).toFixed(1)}`).join('  ')} ms`,
    );
  }
  return result;
}

/**
 * The fixed cost of a GraphQL request without data: `{ __typename }` on (b) and (d), which
 * sends no Cypher. It is the part of every operation's time that no statement can remove.
 */
async function emptyRequestCost(urls: ServerUrls, options: Options): Promise<BenchResults['emptyRequest']> {
  const b = httpSender(urls.b!, { query: '{ __typename }' });
  const d = httpSender(urls.d!, { query: '{ __typename }' });
  await sequential(b, options.warmup);
  await sequential(d, options.warmup);
  const times = { b: [] as number[], d: [] as number[] };
  for (let round = 0; round < options.rounds; round++) {
    times.b.push(...(await sequential(b, 40)));
    times.d.push(...(await sequential(d, 40)));
  }
  log(`\n{ __typename }: (b) ${median(times.b).toFixed(2)} ms, (d) ${median(times.d).toFixed(2)} ms (medians)`);
  return { b: median(times.b), d: median(times.d) };
}

/** (b) with and without TCP_NODELAY on the driver sockets, interleaved, sequential requests. */
async function nagleComparison(operations: Operation[], urls: ServerUrls, request: ServersRequest, _options: Options) {
  log('\n(b) with Nagle left on (driver sockets without TCP_NODELAY), against (b) as shipped:');
  const nagle = await startServers({ ...request, variants: ['b'], tcpNoDelay: false });
  const rows: BenchResults['nagle'] = [];
  try {
    for (const operation of operations) {
      const on = httpSender(urls.b!, operation.api);
      const off = httpSender(nagle.urls.b!, operation.api);
      await sequential(on, 5);
      await sequential(off, 5);
      const withNoDelay: number[] = [];
      const withNagle: number[] = [];
      for (let round = 0; round < 4; round++) {
        withNoDelay.push(...(await sequential(on, 10)));
        withNagle.push(...(await sequential(off, 10)));
      }
      rows.push({ name: operation.name, noDelayMedian: median(withNoDelay), nagleMedian: median(withNagle) });
      log(
        `  ${operation.name}: TCP_NODELAY ${median(withNoDelay).toFixed(1)} ms, Nagle ${median(withNagle).toFixed(1)} ms`,
      );
    }
  } finally {
    await nagle.stop();
  }
  return rows;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const dataset = await ensureDataset(options.scale, log, options.dataset);
  const driver = createDriver(dataset.connection);
  const executor = new Neo4jExecutor(driver, { database: dataset.connection.database });
  let servers: Servers | undefined;
  // Ctrl-C or a kill must not leave the bench Neo4j (detached on purpose) or the servers behind.
  const interrupted = async () => {
    log('Interrupted: stopping the services and the bench Neo4j ...');
    await servers?.stop().catch(() => undefined);
    await dataset.server.stop().catch(() => undefined);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const subjects: Subjects = await pickSubjects(executor, todayIso());
    log(`Subjects: ${JSON.stringify(subjects)}`);
    const all = buildOperations(subjects);
    const unknown = (options.only ?? []).filter((name) => !all.some((operation) => operation.name === name));
    if (unknown.length)
      throw new Error(
        `--only names no operation ${unknown.join(', ')}; the operations are ${all.map((o) => o.name).join(', ')} (or all)`,
      );
    const operations = all.filter((operation) => !options.only || options.only.includes(operation.name));
    const request: ServersRequest = { connection: dataset.connection, subjects, variants: VARIANTS, tcpNoDelay: true };
    servers = await startServers(request);
    const results: OperationResult[] = [];
    for (const operation of operations) {
      results.push(
        await measureOperation(
          operation,
          senders(operation, servers.urls),
          driverOnly(executor, operation),
          servers,
          options,
        ),
      );
    }
    const emptyRequest = options.checkOnly ? undefined : await emptyRequestCost(servers.urls, options);
    const nagle =
      options.nagle && !options.checkOnly ? await nagleComparison(operations, servers.urls, request, options) : [];
    const environment = await collectEnvironment(executor);
    const bench: BenchResults = {
      environment,
      dataset: dataset.marker,
      reusedDataset: !dataset.imported,
      subjects,
      options: {
        requests: options.requests,
        rounds: options.rounds,
        warmup: options.warmup,
        concurrency: options.concurrency,
      },
      operations: results,
      nagle,
      emptyRequest,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const file = writeResults(bench, !options.checkOnly && (!options.only || options.scale.name === 'large'));
    log(
      `\nWrote ${file ?? '(nothing: a --check-only run, or a partial one at the default scale, leaves bench/RESULTS*.md as they are)'}; ${bench.seconds} s in all.`,
    );
  } finally {
    await servers?.stop();
    await driver.close();
    await dataset.server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
