// Merging two records of the same person: both side by side, a choice per conflicting field, the preview of the
// result (a dry run of POST /api/people/merges, recomputed on every choice) and the confirmation. The record of
// the page we came from survives; "keep the other one" swaps the roles. Both are read for the purpose
// 'administration' (deduplication), which is audited like any read.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { apiPost } from '../../../web/api/client.ts';
import { Breadcrumb } from '../../../web/components/Breadcrumb.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { type PersonView, personFieldNames } from '../contract.ts';
import type { MergePreview } from '../merge-contract.ts';
import { usePerson } from './shared.tsx';

type Side = 'survivor' | 'merged';
type Value = MergePreview['fields'][string] | undefined;

function useShow() {
  const { t } = useTranslation();
  return (field: string, v: Value): string => {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '—';
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (field === 'employmentStatus') return t(`people.statuses.${v}`, { defaultValue: String(v) });
    return Array.isArray(v) ? v.join(', ') : String(v);
  };
}

function MergeForm({ survivor, merged }: { survivor: PersonView; merged: PersonView }) {
  const { t } = useTranslation();
  const show = useShow();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const body = (dryRun: boolean) => ({
    survivorId: survivor.id,
    mergedId: merged.id,
    survivorVersion: survivor.version,
    mergedVersion: merged.version,
    fieldChoices: choices,
    dryRun,
  });
  const preview = useQuery({
    queryKey: ['merge-preview', survivor.id, merged.id, survivor.version, merged.version, choices],
    queryFn: () => apiPost<MergePreview>('/people/merges', body(true)),
    placeholderData: (previous) => previous,
  });
  const commit = useMutation({
    mutationFn: () => apiPost<MergePreview>('/people/merges', body(false)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['person'] });
      navigate(`/people/${survivor.id}`, { state: { notice: 'people.merge.done' } });
    },
  });
  const p = preview.data;
  const conflicts = new Map((p?.conflicts ?? []).map((c) => [c.field, c]));
  const differing = personFieldNames.filter(
    (f) => JSON.stringify(survivor[f] ?? null) !== JSON.stringify(merged[f] ?? null),
  );
  const sections = p ? (Object.keys(p.cv) as (keyof MergePreview['cv'])[]) : [];
  return (
    <>
      <p>{t('people.merge.lead')}</p>
      <div aria-live="polite">
        {preview.isPending ? <Loading /> : null}
        <ProblemAlert error={preview.error} />
      </div>
      <div className="table-responsive mb-4">
        <table className="table table-sm align-middle" data-testid="merge-fields">
          <caption>{t('people.merge.fieldsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('people.merge.field')}</th>
              <th scope="col">{t('people.merge.survivor')}</th>
              <th scope="col">{t('people.merge.merged')}</th>
              <th scope="col">{t('people.merge.result')}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((f) => {
              const conflict = conflicts.get(f);
              const label = t(`people.fields.${f}`);
              return (
                <tr key={f} data-testid={`merge-field-${f}`}>
                  <th scope="row">{label}</th>
                  {(['survivor', 'merged'] as const).map((side) => {
                    const value = show(f, (side === 'survivor' ? survivor : merged)[f] as Value);
                    return (
                      <td key={side}>
                        {conflict ? (
                          <div className="form-check my-0">
                            <input
                              className="form-check-input"
                              type="radio"
                              name={`choice-${f}`}
                              id={`choice-${f}-${side}`}
                              checked={choices[f] === side}
                              onChange={() => setChoices((c) => ({ ...c, [f]: side }))}
                              data-testid={`merge-choice-${f}-${side}`}
                            />
                            <label className="form-check-label" htmlFor={`choice-${f}-${side}`}>
                              <span className="visually-hidden">
                                {label}: {t(`people.merge.keep_${side}`)}{' '}
                              </span>
                              {value}
                            </label>
                          </div>
                        ) : (
                          value
                        )}
                      </td>
                    );
                  })}
                  <td>
                    {p ? show(f, p.fields[f]) : ''}
                    {conflict && !choices[f] ? (
                      <span className="badge bg-warning text-dark ms-2">{t('people.merge.toChoose')}</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {p ? (
        <>
          <h2 className="h5">{t('people.merge.cvTitle')}</h2>
          <div className="table-responsive mb-4">
            <table className="table table-sm" data-testid="merge-cv">
              <caption className="visually-hidden">{t('people.merge.cvTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('people.merge.section')}</th>
                  <th scope="col">{t('people.merge.survivor')}</th>
                  <th scope="col">{t('people.merge.merged')}</th>
                  <th scope="col">{t('people.merge.result')}</th>
                </tr>
              </thead>
              <tbody>
                {sections.map((s) => (
                  <tr key={s}>
                    <th scope="row">{t(`people.merge.sections.${s}`)}</th>
                    <td>{p.cv[s].survivor}</td>
                    <td>{p.cv[s].merged}</td>
                    <td>{p.cv[s].result}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            {t('people.merge.consentsNote')}{' '}
            {p.consents
              .map(
                (c) =>
                  `${t(`people.consents.purposes.${c.purpose}`, { defaultValue: c.purpose })}: ${t(`people.consents.states.${c.state}`)}`,
              )
              .join('; ')}
          </p>
          {p.specialRecords > 0 ? <p>{t('people.merge.specialNote', { count: p.specialRecords })}</p> : null}
          {p.problems.length > 0 ? (
            <div className="alert alert-warning" data-testid="merge-problems">
              <h2 className="h6">{t('people.merge.problemsTitle')}</h2>
              <ul className="mb-0">
                {p.problems.map((e) => (
                  <li key={`${e.field}-${e.code}`}>
                    {t(`people.fields.${e.field.replace('fieldChoices.', '')}`, { defaultValue: e.field })}:{' '}
                    {t(`people.merge.problems.${e.code}`, { defaultValue: e.code })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
      <div aria-live="polite">
        <ProblemAlert error={commit.error} />
      </div>
      <div className="d-flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!p || p.problems.length > 0 || commit.isPending || preview.isFetching}
          onClick={() => commit.mutate()}
          data-testid="merge-confirm"
        >
          {commit.isPending ? t('common.loading') : t('people.merge.confirm')}
        </button>
        <Link to={`/people/${merged.id}/merge/${survivor.id}`} className="btn btn-outline-primary">
          {t('people.merge.swap')}
        </Link>
        <Link to={`/people/${survivor.id}`} className="btn btn-outline-secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </>
  );
}

export default function MergePage() {
  const { t } = useTranslation();
  const { id = '', otherId = '' } = useParams();
  const survivor = usePerson(id, 'administration');
  const merged = usePerson(otherId, 'administration');
  return (
    <>
      <Breadcrumb
        items={[
          { label: t('nav.home'), to: '/' },
          { label: t('people.title'), to: '/people' },
          { label: t('people.detailTitle'), to: `/people/${id}` },
          { label: t('people.merge.title') },
        ]}
      />
      <PageHeader title={t('people.merge.title')} />
      <div aria-live="polite">
        {survivor.isPending || merged.isPending ? <Loading /> : null}
        <ProblemAlert error={survivor.error ?? merged.error} />
      </div>
      {survivor.data && merged.data ? (
        <>
          <p data-testid="merge-heading">
            {t('people.merge.keeping', {
              survivor: `${survivor.data.givenName} ${survivor.data.familyName} (${survivor.data.taxCode})`,
              merged: `${merged.data.givenName} ${merged.data.familyName} (${merged.data.taxCode})`,
            })}
          </p>
          <MergeForm
            key={`${survivor.data.version}-${merged.data.version}`}
            survivor={survivor.data}
            merged={merged.data}
          />
        </>
      ) : null}
    </>
  );
}
