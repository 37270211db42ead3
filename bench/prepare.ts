import { ensureDataset, SCALES, type Scale } from './lib/dataset';

/**
 * Only the data step of `npm run bench`: starts the bench Neo4j of the scale, generates and
 * imports the synthetic data set unless it is already there, and stops the server again.
 *
 *   npm run bench:prepare [-- --scale large]
 */
async function main(): Promise<void> {
  const index = process.argv.indexOf('--scale');
  const name = (index >= 0 ? process.argv[index + 1] : 'default') as Scale['name'];
  if (!SCALES[name]) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}, got "${name}"`);
  const dataset = await ensureDataset(SCALES[name], (line) => console.error(line));
  await dataset.server.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
