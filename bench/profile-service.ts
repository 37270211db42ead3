import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createDriver } from '../src/db/driver';
import { Neo4jExecutor } from '../src/db/executor';
import { buildPraksisSchema } from '../src/graphql/schema';
import { startService, type RunningService } from '../src/server';
import { todayIso } from '../src/shared/iso-date';
import { ensureDataset, SCALES } from './lib/dataset';
import { httpSender, median, sequential } from './lib/measure';
import { startFloorService } from './lib/floor-server';
import { buildOperations, pickSubjects, type Operation } from './lib/operations';
import { DatabaseTime, timedDriver } from './lib/timed-driver';
import { startNeo4jGraphqlService } from './neo4j-graphql/server';

/**
 * npm run bench:profile -- --only rulingPage[,search] [--variant a|b|d] [--requests 300] [--warmup 50] [--top 25]
 *                          [--callers NAME] [--dump DIR]
 *
 * Where a variant's time outside the database goes (run.ts's variants: (a) the floor, (b) this
 * API, (d) @neo4j/graphql): it serves in this process, on the default bench data set (as
 * `npm run bench` leaves it; the bench's Neo4j is started, or adopted when already running, and
 * stopped at the end), while the CPU profiler of node:inspector records
 * `--requests` sequential requests of each operation. Prints, per operation, the median latency
 * and the profile's self time grouped by where the code lives (a package of node_modules, a
 * folder of src/, Node's internals, garbage collection, idle), then the costliest functions.
 * Also printed: the statements one request sends and their length in characters (the Bolt RUN
 * message carries the text, and its write is part of every request's cost). `--callers NAME`
 * adds the stacks that call the function NAME (e.g. writeBuffer, the socket write); `--dump DIR`
 * writes each statement with its parameters to DIR/<operation>-<variant>-<n>.json, the input of
 * profile-cypher.ts.
 * The client's own work (fetch, JSON parsing) is in the profile too, under undici and node:
 * internals; it is the same for every variant, so compare groups, not the total.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function option(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
}

/** The group a frame's code belongs to: a package, a folder of this project, or Node itself. */
function groupOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node: internals';
  const own = /\/(src|bench|dist\/src|dist\/bench)\/(.*?)\/[^/]+$/.exec(url);
  if (own) return `${own[1].replace('dist/', '')}/${own[2]}`;
  return url.replace(/^file:\/\//, '');
}

/** Self time per group and per function, in ms per request; `callersOf`: where that function is called from. */
function summarise(profile: Profile, requests: number, top: number, callersOf?: string): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfMs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const group = groupOf(url, functionName);
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const name = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/(src|bench)\//, '$1/')}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  const rows = (map: Map<string, number>, count: number) =>
    [...map.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, count)
      .map(([name, ms]) => `  ${(ms / requests).toFixed(3).padStart(8)} ms  ${name}`)
      .join('\n');
  let callers = '';
  if (callersOf) {
    // The frames above each sample of that function, outermost last.
    const stacks = new Map<string, number>();
    for (const [id, ms] of selfMs) {
      if (byId.get(id)!.callFrame.functionName !== callersOf) continue;
      const frames: string[] = [];
      for (let at = parentOf.get(id); at !== undefined && frames.length < 16; at = parentOf.get(at)) {
        const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
        frames.push(`${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}`);
      }
      const key = frames.join(' < ');
      stacks.set(key, (stacks.get(key) ?? 0) + ms);
    }
    callers = `\n\ncallers of ${callersOf}:\n${rows(stacks, top)}`;
  }
  return `self time per request by group:\n${rows(groups, top)}\n\ncostliest functions (self time per request):\n${rows(functions, top)}${callers}`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (process.env.NODE_ENV !== 'production')
    throw new Error('Run with NODE_ENV=production (npm run bench:profile does), as the bench serves.');
  const only = (option(argv, 'only') ?? 'rulingPage').split(',');
  const requests = Number(option(argv, 'requests') ?? 300);
  const warmup = Number(option(argv, 'warmup') ?? 50);
  const top = Number(option(argv, 'top') ?? 25);
  const callersOf = option(argv, 'callers');
  const log = (line: string) => console.error(line);
  const dataset = await ensureDataset(SCALES.default, log);
  const variant = option(argv, 'variant') ?? 'b';
  const driver = createDriver(dataset.connection);
  const time = new DatabaseTime();
  const executor = new Neo4jExecutor(timedDriver(driver, time), { database: dataset.connection.database });
  const operations = buildOperations(await pickSubjects(executor, todayIso()));
  let service: RunningService;
  let sendOf: (operation: Operation) => ReturnType<typeof httpSender>;
  if (variant === 'a') {
    service = await startFloorService(executor, operations, 0);
    sendOf = (operation) => httpSender(`${service.url}/${operation.name}`, operation.floor.params);
  } else if (variant === 'b') {
    service = await startService({ schema: await buildPraksisSchema(), executor }, 0);
    sendOf = (operation) => httpSender(service.url, operation.api);
  } else if (variant === 'd') {
    service = await startNeo4jGraphqlService(timedDriver(driver, time), 0);
    sendOf = (operation) =>
      httpSender(service.url, { query: operation.neo4jGraphql.query, variables: operation.neo4jGraphql.variables });
  } else throw new Error(`--variant must be a, b or d, got "${variant}"`);
  const session = new Session();
  session.connect();
  try {
    for (const name of only) {
      const operation = operations.find((candidate) => candidate.name === name);
      if (!operation)
        throw new Error(`--only: no operation "${name}"; one of ${operations.map((o) => o.name).join(', ')}`);
      const send = sendOf(operation);
      time.capture = [];
      await send();
      const sizes = time.capture.map((statement) => statement.query.length);
      const dump = option(argv, 'dump');
      if (dump)
        time.capture.forEach((statement, i) =>
          writeFileSync(join(dump, `${name}-${variant}-${i + 1}.json`), JSON.stringify(statement, null, 2)),
        );
      time.capture = undefined;
      await sequential(send, warmup);
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
      const times = await sequential(send, requests);
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
      await session.post('Profiler.disable');
      console.log(
        `\n## ${name} (${variant}): ${requests} requests, median ${median(times).toFixed(2)} ms (profiler on); ` +
          `statements per request: ${sizes.length}, characters: ${sizes.join(', ')}\n`,
      );
      console.log(summarise(profile, requests, top, callersOf));
    }
  } finally {
    session.disconnect();
    await service.stop();
    await driver.close();
    await dataset.server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
