// Builds the seeded demo database once for a test project (see helpers/template.ts) and removes it afterwards.
import type { TestProject } from 'vitest/node';
import { buildTemplate } from './helpers/template.ts';

export default async function setup(project: TestProject) {
  const kind = project.config.env?.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (kind === 'postgres' && !serverUrl) {
    project.provide('demoTemplate', null);
    return;
  }
  const { template, remove } = await buildTemplate(kind, serverUrl);
  project.provide('demoTemplate', template);
  return remove;
}
