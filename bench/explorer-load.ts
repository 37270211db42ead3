import 'reflect-metadata';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createDriver } from '../src/db/driver';
import { Neo4jExecutor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { buildPraksisSchema } from '../src/graphql/schema';
import { seedWhenEmpty } from '../src/importer/seed-loader';
import { LocalNeo4jServer } from '../src/local-neo4j/local-neo4j-server';
import { startService } from '../src/server';
import { LOCAL_NEO4J_DIR } from '../src/shared/project-paths';
import { launchChromium } from '../test/support/chromium';
import { ensureWebBuild } from '../test/support/web-build';

/**
 * First load of the explorer's two heaviest pages in the test browser, on the reference seed:
 * from navigation start to the lineage map drawn (/ruling/51-19) and to the last of the
 * dashboard's three charts drawn (/practice for BL § 86). Each run is a new browser context,
 * so nothing is cached: the page, its scripts and its GraphQL answers all come over HTTP.
 *
 *   npm run bench:explorer -- --runs 9 --port 7752
 */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const PAGES = [
  { name: 'ruling 51-19: lineage map drawn', path: '/ruling/51-19', marks: ['lineage-drawn'] },
  {
    name: 'practice BL § 86: three charts drawn',
    path: `/practice?paragraph=${encodeURIComponent('BL § 86')}`,
    marks: ['outcomes-drawn', 'reasons-drawn', 'by-year-drawn'],
  },
];

async function firstLoad(browser: Browser, url: string, marks: string[]): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((names) => names.every((name) => performance.getEntriesByName(name).length > 0), marks, {
      timeout: 60_000,
    });
    return page.evaluate(
      (names) => Math.max(...names.map((name) => performance.getEntriesByName(name)[0].startTime)),
      marks,
    );
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const runs = Number(option('runs', '7'));
  ensureWebBuild();
  const server = new LocalNeo4jServer(
    {
      home: join(LOCAL_NEO4J_DIR, option('name', 'bench-explorer')),
      boltPort: Number(option('port', '7752')),
      heapSize: '512m',
      pageCacheSize: '128m',
    },
    (line) => console.error(line),
  );
  const connection = await server.start();
  const driver = createDriver(connection);
  const executor = new Neo4jExecutor(driver);
  const service = await (async () => {
    await applyMigrations(executor);
    await seedWhenEmpty(executor, (line) => console.error(line));
    return startService({ schema: await buildPraksisSchema(), executor }, 0);
  })();
  const browser = await launchChromium();
  try {
    const base = `http://127.0.0.1:${service.port}`;
    // One load of each page first: the server's first Cypher compilations are not what a user waits for.
    for (const page of PAGES) await firstLoad(browser, base + page.path, page.marks);
    const before = loadavg()[0];
    const results = [];
    for (const page of PAGES) {
      const times = [];
      for (let run = 0; run < runs; run++) times.push(await firstLoad(browser, base + page.path, page.marks));
      results.push({ page: page.name, median: median(times), min: Math.min(...times), max: Math.max(...times) });
    }
    console.log(
      `First load in Chromium (headless), ${runs} runs each, new browser context per run; load average ${before.toFixed(2)} -> ${loadavg()[0].toFixed(2)}`,
    );
    console.log('| page | median ms | min | max | goal 1000 ms: median / goal |');
    console.log('|---|---|---|---|---|');
    for (const r of results) {
      console.log(
        `| ${r.page} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} | ${(r.median / 1000).toFixed(2)} |`,
      );
    }
  } finally {
    await browser.close();
    await service.stop();
    await driver.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
