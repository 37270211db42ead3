/**
 * Median latency of a national practice query for one law with byYear and byAuthority, as a
 * client sees it over HTTP. Run the service against the database to measure (it applies the
 * migrations; SEED_WHEN_EMPTY=false leaves a database alone), then this script:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7699 NEO4J_PASSWORD=$(cat .neo4j/bench/password) PORT=4010 \
 *     SEED_WHEN_EMPTY=false node dist/src/main.js &
 *   npx tsx bench/practice-query.ts --url http://127.0.0.1:4010/graphql --law XB --runs 7
 *
 * --law defaults to the law with the most complaint cases. --filter '{"law":"XB","decidedTo":"2030-06-30"}'
 * measures any other filter (dates not on whole years are read from the cases, not practice
 * cells). One warm-up run is not counted (plans are compiled and the page cache filled on first use).
 */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const QUERY = `query($filter: PracticeFilter!) {
  practice(filter: $filter) {
    decided onMerits reversalRate
    byYear { year decided onMerits reversed reversalRate outcomes { upheld changed annulled remanded dismissed } }
    byAuthority { authority { code name kind } decided onMerits reversed reversalRate nationalRate }
  }
}`;

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

async function main(): Promise<void> {
  const url = option('url', 'http://127.0.0.1:4000/graphql');
  const runs = Number(option('runs', '7'));
  const filterOption = option('filter', '');
  let law = option('law', '');
  if (!law && !filterOption) {
    // The busiest law, found through the API itself: decided per law code of the paragraphs asked.
    const laws = [
      'XA',
      'XB',
      'XC',
      'XD',
      'XE',
      'XF',
      'XG',
      'XH',
      'XI',
      'XJ',
      'XK',
      'XL',
      'XM',
      'XN',
      'XO',
      'XP',
      'XQ',
      'XR',
      'XS',
      'XT',
    ];
    const sizes = await Promise.all(
      laws.map(async (id) => ({
        id,
        decided:
          (await post(url, `query($f: PracticeFilter!) { practice(filter: $f) { decided } }`, { f: { law: id } })).data
            ?.practice?.decided ?? 0,
      })),
    );
    law = sizes.sort((a, b) => b.decided - a.decided)[0].id;
  }
  const filter = filterOption ? JSON.parse(filterOption) : { law };
  const times: number[] = [];
  let decided = 0;
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    const result = await post(url, QUERY, { filter });
    const ms = performance.now() - started;
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    decided = result.data.practice.decided;
    if (run > 0) times.push(ms);
    console.log(`${run === 0 ? 'warm-up' : `run ${run}`}: ${ms.toFixed(0)} ms`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${JSON.stringify(filter)}: ${decided} cases; median of ${runs} runs ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)})`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
