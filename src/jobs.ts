// Periodic work of the running product (main.ts starts it; tests call the functions directly with a moved clock).
// One list, so what runs by itself is visible in one place. Each job must be safe to run on several app nodes at
// once (idempotent updates, or row locks with SKIP LOCKED).
import { purgeExpiredSessions } from './modules/identity/sessions.ts';
import { expireOptIns } from './modules/newsletters/opt-in-expiry.ts';
import { anonymiseInactive } from './modules/people/rights-retention.ts';
import { sendDueReminders } from './modules/surveys/reminders.ts';
import { remindStaleShortlists } from './modules/vacancies/shortlist-reminders.ts';
import { unpublishStale } from './modules/vacancies/stale.ts';
import type { Deps } from './platform/deps.ts';

export type Job = {
  name: string;
  everyMs: number;
  /** Returns something worth logging, or nothing. */
  run: (deps: Deps, now: Date) => Promise<object | undefined>;
};

const minutes = (n: number) => n * 60_000;

export const jobs: Job[] = [
  {
    name: 'sessions.purge',
    everyMs: minutes(10),
    run: async (deps, now) => {
      await purgeExpiredSessions(deps.db, deps.config, now);
      return undefined;
    },
  },
  // Storage limitation: people inactive for RETENTION_INACTIVE_MONTHS are anonymised once a day.
  {
    name: 'people.retention',
    everyMs: minutes(24 * 60),
    run: async (deps, now) => {
      const r = await anonymiseInactive(deps, now);
      return r.anonymised ? r : undefined;
    },
  },
  // Stale offers mislead job seekers: published vacancies past their deadline or not refreshed for
  // VACANCY_STALE_AFTER_DAYS leave the public list, and their author is told by e-mail.
  {
    name: 'vacancies.unpublish_stale',
    everyMs: minutes(60),
    run: async (deps, now) => {
      const r = await unpublishStale(deps, now);
      return r.unpublished ? r : undefined;
    },
  },
  // Survey reminders: non-responders of open campaigns get one after the campaign's configured days.
  {
    name: 'surveys.reminders',
    everyMs: minutes(60),
    run: async (deps, now) => {
      const r = await sendDueReminders(deps, now);
      return r.reminded ? r : undefined;
    },
  },
  // Newsletter opt-in requests left unanswered past their link's expiry: the addresses are not kept.
  {
    name: 'newsletters.expire_opt_ins',
    everyMs: minutes(24 * 60),
    run: async (deps, now) => {
      const r = await expireOptIns(deps, now);
      return r.deleted || r.reverted ? r : undefined;
    },
  },
  // Shortlists waiting too long (STALE_AFTER_DAYS): their proposers get one reminder per wait.
  {
    name: 'shortlists.stale_reminders',
    everyMs: minutes(24 * 60),
    run: async (deps, now) => {
      const r = await remindStaleShortlists(deps, now);
      return r.reminded ? r : undefined;
    },
  },
];

export function startJobs(
  deps: Deps,
  log: { info: (o: object, m: string) => void; warn: (o: object, m: string) => void },
): () => void {
  const timers = jobs.map((job) => {
    const timer = setInterval(() => {
      job
        .run(deps, deps.now())
        .then((result) => result && log.info({ job: job.name, ...result }, 'job done'))
        .catch((err) => log.warn({ err, job: job.name }, 'job failed'));
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return () => {
    for (const t of timers) clearInterval(t);
  };
}
