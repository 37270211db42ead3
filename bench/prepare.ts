import { datasetOptionsFrom, ensureDataset, SCALES, type Scale } from './lib/dataset';

/**
 * Only the data step of `npm run bench`: starts the bench Neo4j of the scale, generates and
 * imports the synthetic data set unless it is already there, and stops the server again.
 *
 *   npm run bench:prepare [-- --scale large] [--import bulk|transactional] [--neo4j-dir DIR]
 *
 * The large scale is bulk loaded by default (neo4j-admin, see bench/README.md); --neo4j-dir (or
 * BENCH_NEO4J_DIR) is the folder holding the bench-<scale> homes, default this checkout's .neo4j.
 */
async function main(): Promise<void> {
  const index = process.argv.indexOf('--scale');
  const name = (index >= 0 ? process.argv[index + 1] : 'default') as Scale['name'];
  if (!SCALES[name]) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}, got "${name}"`);
  const dataset = await ensureDataset(
    SCALES[name],
    (line) => console.error(line),
    datasetOptionsFrom(process.argv.slice(2)),
  );
  await dataset.server.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
