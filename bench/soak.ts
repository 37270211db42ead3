import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { LOCAL_NEO4J_DIR, PROJECT_ROOT } from '../src/shared/project-paths';
import { median, percentile } from './lib/measure';
import { rssTrend, sample, type RssSample } from './lib/rss-series';
import { CREATE_SOAK_RULING, soakRequests, type SoakRequest } from './lib/soak-operations';

/**
 * Issue 17's soak: the service as `npm start` runs it (its own process, on a bundled Neo4j in
 * .neo4j/<name> with the reference seed, or on NEO4J_URI), a mix of reads and editor writes at a
 * fixed concurrency for a fixed time, the service's RSS sampled throughout. Prints errors,
 * latency medians per request kind, the RSS series and whether it is flat after warm-up, and
 * the load average (the figures mean little on a busy machine without it).
 *
 *   npm run bench:soak                                   # 10 minutes, concurrency 8, writes on
 *   npm run bench:soak -- --minutes 1 --concurrency 4
 *   NEO4J_URI=bolt://... NEO4J_PASSWORD=... npm run bench:soak   # reads only unless --writes
 */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const minutes = Number(option('minutes', '10'));
const concurrency = Number(option('concurrency', '8'));
const sampleSeconds = Number(option('sample-seconds', '5'));
const warmupSeconds = Number(option('warmup-seconds', '60'));
const port = Number(option('port', '4750'));
const ownNeo4j = !process.env.NEO4J_URI;
// Never write to a database of the user's own unless asked to.
const writes = ownNeo4j || process.argv.includes('--writes');

interface Outcome {
  name: string;
  ms: number;
  error?: string;
}

function startService(apiKeys: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), API_KEYS: apiKeys, SEED_WHEN_EMPTY: 'true' };
  if (ownNeo4j) {
    env.LOCAL_NEO4J_HOME = join(LOCAL_NEO4J_DIR, option('name', 'soak'));
    env.LOCAL_NEO4J_BOLT_PORT = option('bolt-port', '7761');
  }
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The request log (one JSON line per request) is dropped; the service's own lines are shown.
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.startsWith('[praksis-graph]')) console.error(line);
  });
  return child;
}

async function waitUntilReady(child: ChildProcess, base: string): Promise<void> {
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The service exited with code ${child.exitCode}`);
    const ready = await fetch(`${base}/ready`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('The service did not become ready within 15 minutes');
}

async function send(base: string, request: SoakRequest, key: string, serial: number): Promise<Outcome> {
  const started = performance.now();
  const done = (error?: string): Outcome => ({ name: request.name, ms: performance.now() - started, error });
  try {
    if (request.get) {
      const response = await fetch(`${base}${request.get}`);
      await response.arrayBuffer();
      return done(response.ok ? undefined : `HTTP ${response.status}`);
    }
    const variables = request.write
      ? { input: { ...(request.graphql!.variables!.input as object), title: `Soak ${serial}` } }
      : request.graphql!.variables;
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(request.write && { authorization: `Bearer ${key}` }) },
      body: JSON.stringify({ query: request.graphql!.query, variables }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (body.errors) return done(`HTTP ${response.status} ${body.errors[0].extensions?.code ?? 'error'}`);
    return done(response.ok ? undefined : `HTTP ${response.status}`);
  } catch (error) {
    return done(`request failed: ${(error as Error).message}`);
  }
}

function report(outcomes: Outcome[], samples: RssSample[], seconds: number): void {
  const failed = outcomes.filter((outcome) => outcome.error);
  console.log(
    `\n${outcomes.length} requests in ${seconds.toFixed(0)} s at concurrency ${concurrency} (${(outcomes.length / seconds).toFixed(1)}/s), writes ${writes ? 'on' : 'off'}; errors: ${failed.length}`,
  );
  const byError = new Map<string, number>();
  for (const outcome of failed)
    byError.set(`${outcome.name}: ${outcome.error}`, (byError.get(`${outcome.name}: ${outcome.error}`) ?? 0) + 1);
  for (const [error, count] of byError) console.log(`  ${count} × ${error}`);
  console.log('\nlatency (ms)     requests  median     p95     p99');
  const names = [...new Set(outcomes.map((outcome) => outcome.name))];
  for (const name of [...names, 'all']) {
    const ms = outcomes.filter((outcome) => name === 'all' || outcome.name === name).map((outcome) => outcome.ms);
    console.log(
      `  ${name.padEnd(15)}${String(ms.length).padStart(8)}${median(ms).toFixed(1).padStart(8)}${percentile(ms, 0.95).toFixed(1).padStart(8)}${percentile(ms, 0.99).toFixed(1).padStart(8)}`,
    );
  }
  const every = Math.max(1, Math.round(30 / sampleSeconds));
  console.log(`\nservice RSS (MB), every ${every * sampleSeconds} s:`);
  console.log(
    '  ' +
      samples
        .filter((_, index) => index % every === 0)
        .map((s) => `${s.seconds.toFixed(0)}s ${s.rssMb.toFixed(0)}`)
        .join(', '),
  );
  const trend = rssTrend(samples, warmupSeconds);
  if (trend)
    console.log(
      `  after ${warmupSeconds} s of warm-up: first minute ${trend.warmupEndMb.toFixed(1)} MB, last minute ${trend.endMb.toFixed(1)} MB (min ${trend.minMb.toFixed(0)}, max ${trend.maxMb.toFixed(0)}), slope ${trend.slopeMbPerMinute.toFixed(2)} MB/min`,
    );
  const loads = samples.map((s) => s.load1);
  console.log(
    `load average (1 min) during the run: min ${Math.min(...loads).toFixed(1)}, mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)}, max ${Math.max(...loads).toFixed(1)}; at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (1/5/15 min)`,
  );
}

async function main(): Promise<void> {
  const key = randomBytes(32).toString('hex');
  const child = startService(writes ? `soak:editor:${createHash('sha256').update(key).digest('hex')}` : '');
  const stop = () => child.exitCode === null && child.kill('SIGINT');
  process.once('SIGINT', stop);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(child, base);
    if (writes) {
      // Idempotent, so a second soak on the same database reuses the ruling instead of failing.
      const created = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify(CREATE_SOAK_RULING),
      }).then((response) => response.json() as Promise<{ errors?: unknown[] }>);
      if (created.errors) throw new Error(`Could not create the soak's ruling: ${JSON.stringify(created.errors)}`);
    }
    const requests = soakRequests(writes);
    const outcomes: Outcome[] = [];
    const samples: RssSample[] = [];
    const startedAt = Date.now();
    const deadline = startedAt + minutes * 60_000;
    const sampler = setInterval(() => {
      const next = sample(child.pid!, startedAt);
      if (next) samples.push(next);
    }, sampleSeconds * 1000);
    let serial = 0;
    const worker = async () => {
      while (Date.now() < deadline) {
        const n = serial++;
        outcomes.push(await send(base, requests[n % requests.length], key, n));
      }
    };
    console.error(`Soak: ${minutes} min at concurrency ${concurrency} against ${base} (service pid ${child.pid}) ...`);
    await Promise.all(Array.from({ length: concurrency }, worker));
    clearInterval(sampler);
    report(outcomes, samples, (Date.now() - startedAt) / 1000);
  } finally {
    stop();
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
