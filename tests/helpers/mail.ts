import { type AddressInfo, createServer } from 'node:net';
import { desc, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
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

/** A free TCP port on 127.0.0.1 (listened on once, then released). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** A local SMTP server that keeps every message it receives (recipients and raw data), for delivery tests. */
export async function startSmtpCatcher() {
  const port = await freePort();
  const received: { to: string; data: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let data = '';
      stream.on('data', (c) => {
        data += c;
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
        done();
      });
    },
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { port, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}
