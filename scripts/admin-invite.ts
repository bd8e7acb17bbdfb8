// npm run admin:invite -- <email> [organisation name] [codice fiscale] [ISTAT comune code]
// Creates the first platform administrator's invitation on a real installation and prints its link (7 days).
import { makeDeps, prepareDatabase } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { inviteAdministrator } from '../src/modules/identity/bootstrap.ts';
import { AppError } from '../src/platform/http/errors.ts';
import { run } from './cli.ts';

run(async (): Promise<number | undefined> => {
  const [
    email,
    organisationName = 'ReteLavoro — Amministrazione piattaforma',
    taxCode,
    comuneCode = '001272',
  ] = process.argv.slice(2);
  if (!email || !taxCode) {
    process.stderr.write(
      'Usage: npm run admin:invite -- <email> "<organisation name>" <codice fiscale of the organisation> [ISTAT comune code, default 001272 Torino]\n',
    );
    return 2;
  }
  const config = loadConfig();
  const { database } = await prepareDatabase(config);
  try {
    const { link } = await inviteAdministrator(makeDeps(config, database), {
      email,
      organisationName,
      taxCode,
      comuneCode,
    });
    process.stdout.write(`Invitation for ${email} (platform administrator), valid 7 days:\n${link}\n`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`Invalid input: ${err.fields.map((f) => `${f.field} (${f.code})`).join(', ')}\n`);
      return 2;
    }
    throw err;
  } finally {
    await database.close();
  }
});
