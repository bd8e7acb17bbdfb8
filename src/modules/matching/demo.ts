// Demo data for matching: most demo job seekers consent to share their CV with employers (3 in 4, chosen by a hash
// of the id so the demo is the same on every machine), as they would when registering at the CPI. Without it the
// "Candidati proposti" of the demo vacancies would list only the few people of the demo shortlist. People who
// already have a consent event (the citizen, the shortlisted six) are left as they are.
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';

export async function seedDemoMatchingConsents(db: Db, now = new Date()): Promise<void> {
  await db.execute(sql`INSERT INTO person_consents (person_id, purpose, granted, notice_version, at)
    SELECT p.id, 'share_cv_with_employers', true, '2026-01', ${now.toISOString()}
    FROM people p
    WHERE abs(hashtext(p.id::text)) % 4 <> 0 AND p.anonymised_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM person_consents c WHERE c.person_id = p.id
        AND c.purpose = 'share_cv_with_employers')`);
}
