// The Europass-style CV of a person (cv-pdf.ts draws it): read like the CV itself — in read scope or 404, with a
// stated purpose, audited — with labels in Italian whatever the interface language, since the document is.
import { eq } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import { codeLists } from '../taxonomy/db.ts';
import type { ReadPurpose } from './contract.ts';
import { personInReadScope } from './cv.ts';
import { cvCodeSchemes } from './cv-contract.ts';
import { buildView, loadCvRows } from './cv-load.ts';
import { type EuropassCv, europassCv } from './cv-pdf.ts';
import { loadPersonRow, toView } from './view.ts';

export async function getEuropassCv(
  deps: Deps,
  actor: Actor,
  personId: string,
  purpose: ReadPurpose,
): Promise<EuropassCv> {
  return deps.db.transaction(async (tx) => {
    const p = await personInReadScope(tx, actor, personId, false);
    const row = await loadPersonRow(tx, personId);
    if (!row) throw notFound();
    const person = await toView(tx, actor, row, deps.now());
    const cv = await buildView(tx, p, await loadCvRows(tx, personId), 'it');
    const contracts = await tx
      .select({ code: codeLists.code, label: codeLists.labelIt })
      .from(codeLists)
      .where(eq(codeLists.scheme, cvCodeSchemes.contract))
      .orderBy(codeLists.version);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.cv.pdf',
      entityType: 'person',
      entityId: personId,
      purpose,
    });
    // Later versions come last and win.
    return europassCv(person, cv, new Map(contracts.map((c) => [c.code, c.label])));
  });
}
