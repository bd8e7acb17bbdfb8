// One form for a new organisation (/organisations/new) and for editing one (/organisations/:id/edit).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { ApiError, apiGet, apiPost, apiPut } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Breadcrumb } from '../../../web/components/Breadcrumb.tsx';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { emptyToNull, type FieldErrors, serverFieldErrors, validate } from '../../../web/forms.ts';
import {
  type NetworkTier,
  networkTiers,
  type OrganisationDetail,
  organisationInput,
  organisationKinds,
  organisationUpdate,
  type subdivision,
} from '../contract.ts';
import { ComuneAutocomplete, type ComuneValue } from './ComuneAutocomplete.tsx';

type Subdivision = z.infer<typeof subdivision>;
type Values = {
  name: string;
  kind: string;
  taxCode: string;
  vatNumber: string;
  comune: ComuneValue;
  subdivisionId: string;
  address: string;
  email: string;
  phone: string;
  website: string;
};

function initialValues(o?: OrganisationDetail): Values {
  return {
    name: o?.name ?? '',
    kind: o?.kind ?? '',
    taxCode: o?.taxCode ?? '',
    vatNumber: o?.vatNumber ?? '',
    comune: o ? { code: o.comuneCode, name: o.comuneName } : null,
    subdivisionId: o?.subdivisionId ?? '',
    address: o?.address ?? '',
    email: o?.email ?? '',
    phone: o?.phone ?? '',
    website: o?.website ?? '',
  };
}

function OrganisationForm({ existing }: { existing?: OrganisationDetail }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [values, setValues] = useState<Values>(() => initialValues(existing));
  const [networks, setNetworks] = useState<Record<string, NetworkTier | null>>(() =>
    Object.fromEntries(session.networks.map((n) => [n.id, session.networks.length === 1 ? 'wider' : null])),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const comuneCode = values.comune?.code ?? '';
  const subdivisions = useQuery({
    queryKey: ['subdivisions', comuneCode],
    queryFn: () => apiGet<{ items: Subdivision[] }>(`/comuni/${comuneCode}/subdivisions`),
    enabled: comuneCode !== '',
    staleTime: 10 * 60_000,
  });
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const conflict = error instanceof ApiError && error.status === 409;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const base = {
      name: values.name,
      kind: values.kind,
      taxCode: values.taxCode,
      vatNumber: emptyToNull(values.vatNumber),
      comuneCode,
      subdivisionId: (subdivisions.data?.items.length ?? 0) > 0 ? emptyToNull(values.subdivisionId) : null,
      address: emptyToNull(values.address),
      email: emptyToNull(values.email),
      phone: emptyToNull(values.phone),
      website: emptyToNull(values.website),
    };
    const joined = Object.entries(networks)
      .filter((entry): entry is [string, NetworkTier] => entry[1] !== null)
      .map(([networkId, tier]) => ({ networkId, tier }));
    const checked = existing
      ? validate(organisationUpdate, { ...base, parentId: existing.parentId, version: existing.version }, t)
      : validate(organisationInput, { ...base, networks: joined }, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = existing
        ? await apiPut<OrganisationDetail>(`/organisations/${existing.id}`, checked.data)
        : await apiPost<OrganisationDetail>('/organisations', checked.data);
      client.setQueryData(['organisation', saved.id], saved);
      await client.invalidateQueries({ queryKey: ['organisations'] });
      await client.invalidateQueries({ queryKey: ['networks'] });
      navigate(`/organisations/${saved.id}`);
    } catch (err) {
      setError(err);
      setErrors(serverFieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  const subdivisionOptions = subdivisions.data?.items ?? [];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="page-title" data-testid="organisation-form">
      <div aria-live="assertive">
        <ProblemAlert error={error} />
        {conflict ? (
          <button
            type="button"
            className="btn btn-outline-primary mb-4"
            onClick={() => window.location.reload()}
          >
            {t('organisations.reload')}
          </button>
        ) : null}
      </div>
      <p className="small">{t('common.requiredNote')}</p>
      <div className="row">
        <div className="col-lg-8">
          <TextField
            id="org-name"
            label={t('fields.name')}
            value={values.name}
            onChange={set('name')}
            error={errors.name}
            required
            maxLength={200}
            testId="org-name"
          />
        </div>
        <div className="col-lg-4">
          <SelectField
            id="org-kind-select"
            label={t('fields.kind')}
            value={values.kind}
            onChange={set('kind')}
            options={organisationKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            emptyLabel={t('common.choose')}
            error={errors.kind}
            required
            testId="org-kind"
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="org-tax-code"
            label={t('fields.taxCode')}
            hint={t('organisations.taxCodeHint')}
            value={values.taxCode}
            onChange={set('taxCode')}
            error={errors.taxCode}
            required
            maxLength={16}
            testId="org-tax-code"
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="org-vat-number"
            label={t('fields.vatNumber')}
            hint={t('organisations.vatHint')}
            value={values.vatNumber}
            onChange={set('vatNumber')}
            error={errors.vatNumber}
            inputMode="numeric"
            maxLength={13}
            testId="org-vat-number"
          />
        </div>
        <div className="col-md-6">
          <ComuneAutocomplete
            id="org-comune"
            label={t('fields.comune')}
            value={values.comune}
            onChange={(c) => setValues((v) => ({ ...v, comune: c, subdivisionId: '' }))}
            error={errors.comuneCode}
            required
            testId="org-comune"
          />
        </div>
        <div className="col-md-6">
          {subdivisionOptions.length > 0 ? (
            <SelectField
              id="org-subdivision"
              label={t('fields.subdivision')}
              value={values.subdivisionId}
              onChange={set('subdivisionId')}
              options={subdivisionOptions.map((s) => ({ value: s.id, label: s.name }))}
              emptyLabel={t('common.none')}
              error={errors.subdivisionId}
              testId="org-subdivision"
            />
          ) : null}
        </div>
        <div className="col-12">
          <TextField
            id="org-address"
            label={t('fields.address')}
            value={values.address}
            onChange={set('address')}
            error={errors.address}
            autoComplete="street-address"
            maxLength={200}
            testId="org-address"
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="org-email"
            label={t('fields.email')}
            type="email"
            value={values.email}
            onChange={set('email')}
            error={errors.email}
            autoComplete="email"
            maxLength={200}
            testId="org-email"
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="org-phone"
            label={t('fields.phone')}
            type="tel"
            value={values.phone}
            onChange={set('phone')}
            error={errors.phone}
            autoComplete="tel"
            maxLength={40}
            testId="org-phone"
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="org-website"
            label={t('fields.website')}
            type="url"
            hint={t('organisations.websiteHint')}
            value={values.website}
            onChange={set('website')}
            error={errors.website}
            autoComplete="url"
            maxLength={300}
            testId="org-website"
          />
        </div>
      </div>
      {existing || session.networks.length === 0 ? null : (
        <fieldset className="mb-4">
          <legend className="h5">{t('organisations.joinNetworks')}</legend>
          {errors.networks ? <p className="text-danger">{errors.networks}</p> : null}
          {session.networks.map((n, i) => {
            const tier = networks[n.id] ?? null;
            return (
              <div key={n.id} className="d-flex flex-wrap align-items-center gap-4 mb-2">
                <Checkbox
                  id={`org-network-${i}`}
                  label={n.name}
                  checked={tier !== null}
                  onChange={(on) => setNetworks((s) => ({ ...s, [n.id]: on ? 'wider' : null }))}
                  testId="org-network"
                />
                {tier !== null ? (
                  <div>
                    <label htmlFor={`org-network-tier-${i}`} className="me-2">
                      {t('organisations.tier')}
                    </label>
                    <select
                      id={`org-network-tier-${i}`}
                      className="form-select d-inline-block w-auto"
                      value={tier}
                      data-testid="org-network-tier"
                      onChange={(e) => setNetworks((s) => ({ ...s, [n.id]: e.target.value as NetworkTier }))}
                    >
                      {networkTiers.map((tr) => (
                        <option key={tr} value={tr}>
                          {t(`tiers.${tr}`)}
                        </option>
                      ))}
                    </select>
                    {errors[`networks.${i}.tier`] ? (
                      <span className="text-danger ms-2">{errors[`networks.${i}.tier`]}</span>
                    ) : null}
                  </div>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="d-flex gap-3">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="org-submit">
          {existing ? t('common.save') : t('organisations.create')}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={() => navigate(-1)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export default function OrganisationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const existing = useQuery({
    queryKey: ['organisation', id],
    queryFn: () => apiGet<OrganisationDetail>(`/organisations/${id}`),
    enabled: Boolean(id),
  });
  const title = id ? t('organisations.editTitle') : t('organisations.newTitle');
  const crumbs = [
    { label: t('nav.home'), to: '/' },
    { label: t('organisations.title'), to: '/organisations' },
    ...(id && existing.data ? [{ label: existing.data.name, to: `/organisations/${id}` }] : []),
    { label: title },
  ];
  return (
    <>
      <Breadcrumb items={crumbs} />
      <PageHeader title={title} lead={id && existing.data ? existing.data.name : undefined} />
      {id && existing.isPending ? <Loading /> : null}
      {id && existing.error ? <ProblemAlert error={existing.error} /> : null}
      {!id ? <OrganisationForm /> : null}
      {id && existing.data ? <OrganisationForm key={existing.data.version} existing={existing.data} /> : null}
    </>
  );
}
