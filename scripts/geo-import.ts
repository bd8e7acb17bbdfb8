// npm run geo:import -- <file>
// Imports comuni boundaries (the openpolis/ISTAT TopoJSON limits_*_municipalities.topo.json, or a GeoJSON
// FeatureCollection with com_istat_code or pro_com_t) into the configured database: centroids for the people
// search's distance filter, simplified outlines for maps. All or nothing; importing again replaces the same comuni.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { prepareDatabase } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { BoundaryImportError, importBoundaryFile } from '../src/modules/geography/boundaries.ts';
import { run } from './cli.ts';

run(async (): Promise<number | undefined> => {
  const inputs = process.argv.slice(2);
  if (inputs.length !== 1) {
    process.stderr.write('Usage: npm run geo:import -- <limits_…_municipalities.topo.json or .geojson>\n');
    return 2;
  }
  const file = inputs[0]!;
  const config = loadConfig();
  const { database } = await prepareDatabase(config);
  try {
    const report = await importBoundaryFile(
      database.db,
      { data: await readFile(file), source: path.basename(file) },
      { actor: { userId: null, organisationId: null, role: null, ip: null }, now: new Date() },
    );
    process.stdout.write(
      `Imported ${report.source} on ${database.describe} in ${report.seconds} s: ${report.matched} comuni ` +
        `(${report.replaced} replaced) of ${report.inFile} in the file\n`,
    );
    if (report.withoutGeometry.length)
      process.stdout.write(`Listed without a geometry, skipped: ${report.withoutGeometry.join(', ')}\n`);
    if (report.unknownCodes.length)
      process.stdout.write(
        `${report.unknownCodes.length} codes are not in the comuni table and were skipped: ` +
          `${report.unknownCodes.join(', ')}\n`,
      );
    return 0;
  } catch (err) {
    if (err instanceof BoundaryImportError) {
      process.stderr.write(`Import refused, nothing was changed: ${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await database.close();
  }
});
