// npm run taxonomy:import -- <zip or directory> [more …] [--version 1.2.0]
// Imports an official ESCO CSV bundle (any language; the classification zip and the relations zip together, or a
// directory of the CSV files) into the configured database, as one job visible in the Tassonomia page.
import path from 'node:path';
import { prepareDatabase } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { bundleVersion, type ProgressEvent } from '../src/modules/taxonomy/importer/esco.ts';
import { ImportError } from '../src/modules/taxonomy/importer/headers.ts';
import { createImportJob, runImportJob } from '../src/modules/taxonomy/importer/job.ts';
import { run } from './cli.ts';

function parseArgs(argv: string[]): { inputs: string[]; version?: string } {
  const inputs: string[] = [];
  let version: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--version') version = argv[++i];
    else if (arg.startsWith('--version=')) version = arg.slice('--version='.length);
    else inputs.push(arg);
  }
  return { inputs, version };
}

run(async (): Promise<number | undefined> => {
  const { inputs, version } = parseArgs(process.argv.slice(2));
  if (inputs.length === 0 || (version !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(version))) {
    process.stderr.write(
      'Usage: npm run taxonomy:import -- <esco-…-csv.zip or directory> [more …] [--version 1.2.0]\n',
    );
    return 2;
  }
  const config = loadConfig();
  const { database } = await prepareDatabase(config);
  try {
    const jobId = await createImportJob(database.db, {
      source: inputs.map((i) => path.basename(i)).join(', '),
      version: bundleVersion(inputs, version),
      startedBy: null,
    });
    const tty = process.stdout.isTTY;
    let lastLine = 0;
    const onProgress = (e: ProgressEvent) => {
      const now = Date.now();
      if (now - lastLine < 1000) return;
      lastLine = now;
      const line = `${e.phase}: ${e.processed}${e.total ? `/${e.total}` : ''} rows`;
      process.stdout.write(tty ? `\r${line.padEnd(60)}` : `${line}\n`);
    };
    const summary = await runImportJob(database.db, jobId, inputs, { version, onProgress });
    if (tty) process.stdout.write('\n');
    const c = summary.counts;
    process.stdout.write(
      `Imported ${summary.source} (${summary.languages.join(', ') || 'no labels'}) on ${database.describe} ` +
        `in ${summary.seconds} s: ${c.occupations} occupations, ${c.skills} skills, ${c.iscoGroups} ISCO groups, ` +
        `${c.skillGroups} skill groups, ${c.labels} labels, ${c.broader} broader links, ${c.relations} ` +
        `occupation–skill relations (job ${jobId})\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ImportError) {
      process.stderr.write(`Import refused, nothing was changed: ${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await database.close();
  }
});
