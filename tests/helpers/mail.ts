import { desc, eq } from 'drizzle-orm';
import { mailOutbox } from '../../src/platform/mail/db.ts';
import type { TestApp } from './app.ts';

export async function latestMailTo(t: TestApp, to: string) {
  const [mail] = await t.deps.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, to))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}

/** The token at the end of a link like https://…/reset-password/<token> in a mail body. */
export function linkToken(body: string, path: string): string {
  const match = body.match(new RegExp(`/${path}/([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in: ${body}`);
  return match[1];
}
