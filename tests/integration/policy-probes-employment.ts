// Probes of the policy matrix for the employment capabilities (employers, vacancies, matching, shortlists,
// surveys, newsletters, territory): one request per action that the allowed roles pass and the others get 403.
// Kept apart from policy-matrix.test.ts so that each file stays readable; the matrix spreads them into its table.

import { withVatCheckDigit } from '../../src/modules/employers/domain/tax-codes.ts';
import type { Action, Role } from '../../src/platform/policy/table.ts';
import type { Client } from '../helpers/app.ts';
import { jobSeeker } from './shortlist-fixture.ts';

export type Probe = (c: Client, ctx: { role: Role; orgId: string | null; n: number }) => Promise<number>;

/** A valid new employer for the probes (a fresh codice fiscale per probe). */
const employerPayload = (n: number) => ({
  taxCode: withVatCheckDigit(`15${String(n).padStart(5, '0')}001`),
  name: `Probe ${n} S.r.l.`,
  atecoCode: '52.10',
  atecoVersion: '2007',
  sites: [{ comuneCode: '001078' }],
});

type EmploymentAction = Extract<
  Action,
  `${'employer' | 'vacancy' | 'match' | 'shortlist' | 'survey' | 'newsletter' | 'territory'}.${string}`
>;

type Context = {
  clients: Map<Role, { client: Client; orgId: string | null }>;
  personOf: (role: Role) => { id: string };
  /** A published vacancy each role may work on (its organisation's; the employer user's own company's). */
  shortlistVacancy: (role: Role, orgId: string | null) => Promise<string>;
  shortlistEntriesByRole: Map<Role, { id: string; version: number }>;
};

export function employmentProbes({ clients, personOf, shortlistVacancy, shortlistEntriesByRole }: Context) {
  const probes: Record<EmploymentAction, Probe> = {
    // Employers: operators create and update the one they created; the employer user updates its own company.
    'employer.read': async (c) =>
      (await c.request({ method: 'GET', url: '/api/employers?limit=5' })).statusCode,
    'employer.create': async (c, { n }) =>
      (await c.request({ method: 'POST', url: '/api/employers', payload: employerPayload(n) })).statusCode,
    'employer.update': async (c, { role, n }) => {
      let current = {
        id: '00000000-0000-4000-8000-00000000abcd',
        version: 1,
        taxCode: employerPayload(n).taxCode,
      };
      if (role === 'employer_user')
        current = (await c.request({ method: 'GET', url: '/api/employers/mine' })).json();
      else {
        const created = await c.request({
          method: 'POST',
          url: '/api/employers',
          payload: employerPayload(n),
        });
        if (created.statusCode === 201) current = created.json();
      }
      const { sites: _s, ...fields } = employerPayload(n);
      return (
        await c.request({
          method: 'PUT',
          url: `/api/employers/${current.id}`,
          payload: {
            ...fields,
            taxCode: current.taxCode,
            name: 'Probe aggiornata S.r.l.',
            version: current.version,
          },
        })
      ).statusCode;
    },
    'vacancy.read': async (c) => (await c.request({ method: 'GET', url: '/api/vacancies' })).statusCode,
    // The editor's employer picker: every manager may open it (an employer user sees only their own company).
    'vacancy.manage': async (c) =>
      (await c.request({ method: 'GET', url: '/api/vacancies/employer-options' })).statusCode,
    'employer.import': async (c, { n }) =>
      (
        await c.request({
          method: 'POST',
          url: '/api/employers/import?dryRun=true',
          headers: { 'content-type': 'text/csv' },
          payload: `Ragione sociale;Codice fiscale;Comune\nProbe ${n} S.r.l.;${employerPayload(n).taxCode};Chieri (TO)\n`,
        })
      ).statusCode,
    'survey.manage': async (c) =>
      (
        await c.request({
          method: 'POST',
          url: '/api/surveys/from-template',
          payload: { template: 'hiring_needs' },
        })
      ).statusCode,
    'survey.results': async (c) => (await c.request({ method: 'GET', url: '/api/surveys' })).statusCode,
    'newsletter.manage': async (c, { n }) =>
      (
        await c.request({
          method: 'POST',
          url: '/api/newsletters/lists',
          payload: { name: `Lista di prova ${n}` },
        })
      ).statusCode,
    'territory.read': async (c) =>
      (await c.request({ method: 'GET', url: '/api/territory/activities' })).statusCode,
    'shortlist.read': async (c, { role, orgId }) =>
      (
        await c.request({
          method: 'GET',
          url: `/api/vacancies/${await shortlistVacancy(role, orgId)}/shortlist`,
        })
      ).statusCode,
    // Matching: candidates for a published vacancy in the role's scope; the citizen's own "Offerte per te".
    'match.run': async (c, { role, orgId }) =>
      (
        await c.request({
          method: 'GET',
          url: `/api/vacancies/${await shortlistVacancy(role, orgId)}/matches?limit=5`,
        })
      ).statusCode,
    'match.self': async (c) =>
      (await c.request({ method: 'GET', url: '/api/me/matches?limit=5' })).statusCode,
    // Proposers shortlist the person they registered, after recording the consent to share the CV.
    'shortlist.propose': async (c, { role, orgId }) => {
      const person = personOf(role);
      await c.request({
        method: 'POST',
        url: `/api/people/${person.id}/consents`,
        payload: { purpose: 'share_cv_with_employers', granted: true, noticeVersion: '2026-11' },
      });
      const res = await c.request({
        method: 'POST',
        url: `/api/vacancies/${await shortlistVacancy(role, orgId)}/shortlist`,
        payload: { personId: person.id },
      });
      if (res.statusCode === 201) shortlistEntriesByRole.set(role, res.json());
      return res.statusCode;
    },
    // Operators move the entry they proposed; the employer user one the CPI operator proposed to its company.
    'shortlist.update': async (c, { role }) => {
      let entry = shortlistEntriesByRole.get(role);
      if (role === 'employer_user') {
        const op = clients.get('cpi_operator')!.client;
        const vacancyId = await shortlistVacancy(role, clients.get(role)!.orgId);
        const person = await jobSeeker(op, 9, 'Probarosa');
        const res = await op.request({
          method: 'POST',
          url: `/api/vacancies/${vacancyId}/shortlist`,
          payload: { personId: person.id },
        });
        entry = res.json();
      }
      const target = entry ?? { id: '00000000-0000-4000-8000-00000000abcd', version: 1 };
      return (
        await c.request({
          method: 'PATCH',
          url: `/api/shortlist-entries/${target.id}`,
          payload: { stage: 'contacted', version: target.version },
        })
      ).statusCode;
    },
  };
  return probes;
}
