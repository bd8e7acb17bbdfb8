// The anonymised candidate card of a person (GET /api/people/:id/card), audited as 'person.card.read'. Operators
// of the network read it for anyone in their scope; employers only for people who currently grant
// 'share_cv_with_employers' — for anyone else the person does not exist (404), so an employer cannot tell a
// missing person from one who did not consent or withdrew.
//
// The pseudonymous reference is an HMAC of the person id with a key derived (HKDF) from the installation's
// encryption key: stable across reads and restarts, the same for every employer, and not reversible without the
// key. It changes when the encryption key is rotated.
import { hkdfSync } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { loadOrCreateKey } from '../../platform/crypto/secrets.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { Role } from '../../platform/policy/table.ts';
import { comuni } from '../network/db.ts';
import { organisationInScope } from '../network/service.ts';
import type { TaxonomyLanguage } from '../taxonomy/contract.ts';
import { codeLists, conceptLabels } from '../taxonomy/db.ts';
import { buildCandidateCard, pseudonymousReference } from './candidate-card-build.ts';
import type { CandidateCard } from './candidate-card-contract.ts';
import { loadConsentHistory } from './consent.ts';
import {
  people,
  personDesiredOccupations,
  personEducation,
  personExperiences,
  personLanguages,
  personLicences,
  personSkills,
} from './db.ts';
import { grants } from './domain/consents.ts';

/** Roles that see a card only with the person's consent to share their CV with employers. */
const consentRequired: ReadonlySet<Role> = new Set<Role>(['employer_user']);

const referenceKeys = new WeakMap<Config, Buffer>();
function referenceKey(config: Config): Buffer {
  let key = referenceKeys.get(config);
  if (!key) {
    const master = loadOrCreateKey(config.encryptionKey, config.dataDir, config.database.kind === 'pglite');
    key = Buffer.from(
      hkdfSync('sha256', master, Buffer.alloc(0), 'retelavoro/candidate-card-reference/v1', 32),
    );
    referenceKeys.set(config, key);
  }
  return key;
}

const codeSchemes = ['sap-education', 'co-contract', 'driving-licence', 'licence'];

async function labelsOf(tx: Tx, uris: string[], lang: TaxonomyLanguage) {
  const labels = new Map<string, string>();
  if (uris.length === 0) return labels;
  const rows = await tx
    .select({ uri: conceptLabels.uri, lang: conceptLabels.lang, label: conceptLabels.preferredLabel })
    .from(conceptLabels)
    .where(inArray(conceptLabels.uri, [...new Set(uris)]));
  const rank = (l: string) => (l === lang ? 0 : l === 'it' ? 1 : 2);
  const best = new Map<string, number>();
  for (const r of rows) {
    const k = rank(r.lang);
    if (!best.has(r.uri) || k < best.get(r.uri)!) {
      best.set(r.uri, k);
      labels.set(r.uri, r.label);
    }
  }
  return labels;
}

async function codesOf(tx: Tx, lang: TaxonomyLanguage) {
  const rows = await tx
    .select({
      scheme: codeLists.scheme,
      version: codeLists.version,
      code: codeLists.code,
      labelIt: codeLists.labelIt,
      labelEn: codeLists.labelEn,
      sortOrder: codeLists.sortOrder,
    })
    .from(codeLists)
    .where(inArray(codeLists.scheme, codeSchemes))
    .orderBy(codeLists.version);
  const codes = new Map<string, { label: string; sortOrder: number }>();
  for (const c of rows) {
    const entry = { label: lang === 'en' ? c.labelEn : c.labelIt, sortOrder: c.sortOrder };
    codes.set(`${c.scheme}|${c.version}|${c.code}`, entry);
    codes.set(`${c.scheme}||${c.code}`, entry); // the latest version wins
  }
  return codes;
}

export async function getCandidateCard(
  deps: Deps,
  actor: Actor,
  personId: string,
  lang: TaxonomyLanguage = 'it',
): Promise<CandidateCard> {
  const scope = authorize(actor, 'person.card.read');
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ p: people, comuneName: comuni.name })
      .from(people)
      .innerJoin(comuni, eq(comuni.code, people.residenceComuneCode))
      .where(eq(people.id, personId));
    if (
      !row ||
      row.p.anonymisedAt ||
      row.p.mergedIntoId ||
      !(await organisationInScope(tx, actor, scope, row.p.ownerOrganisationId))
    )
      throw notFound();
    if (
      consentRequired.has(actor.role) &&
      !grants(await loadConsentHistory(tx, personId), 'share_cv_with_employers')
    )
      throw notFound();

    // One query at a time: a transaction holds a single connection (pg warns about concurrent queries on it).
    const education = await tx.select().from(personEducation).where(eq(personEducation.personId, personId));
    const experiences = await tx
      .select()
      .from(personExperiences)
      .where(eq(personExperiences.personId, personId));
    const languages = await tx.select().from(personLanguages).where(eq(personLanguages.personId, personId));
    const licences = await tx.select().from(personLicences).where(eq(personLicences.personId, personId));
    const skillRows = await tx.select().from(personSkills).where(eq(personSkills.personId, personId));
    const desired = await tx
      .select()
      .from(personDesiredOccupations)
      .where(eq(personDesiredOccupations.personId, personId));
    const uris = [
      ...desired.map((d) => d.occupationUri),
      ...skillRows.map((s) => s.skillUri),
      ...experiences.map((e) => e.occupationUri).filter((u): u is string => Boolean(u)),
    ];
    const labels = await labelsOf(tx, uris, lang);
    const codes = await codesOf(tx, lang);
    const reference = pseudonymousReference(personId, referenceKey(deps.config));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.card.read',
      entityType: 'person',
      entityId: personId,
      purpose: 'job_matching',
      details: { reference },
    });
    return buildCandidateCard(
      {
        person: row.p,
        residenceComuneName: row.comuneName,
        desired,
        skills: skillRows,
        experiences,
        education,
        languages,
        licences,
        conceptLabels: labels,
        codes,
      },
      { reference, now: deps.now() },
    );
  });
}
