// Pieces of the employer page: the two quotas with their source and band, the sites and the contacts (listed,
// added, removed in place by whoever may update the employer).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDelete, apiPost } from '../../../web/api/client.ts';
import { TextField } from '../../../web/components/Field.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { serverFieldErrors } from '../../../web/forms.ts';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import type { EmployerView } from '../contract.ts';

type Quota = EmployerView['quotas']['internshipHostQuota'];

function QuotaCard({ kind, quota }: { kind: 'internshipHostQuota' | 'disabilityHiringQuota'; quota: Quota }) {
  const { t } = useTranslation();
  return (
    <div className="card-wrapper card-space">
      <div className="card card-bg" data-testid={`employer-${kind}`}>
        <div className="card-body">
          <h3 className="card-title h5">{t(`employers.quotas.${kind}`)}</h3>
          {quota ? (
            <>
              <p className="h3 mb-1">{t(`employers.quotas.places.${kind}`, { count: quota.places })}</p>
              <p className="mb-1">
                {quota.band.max === null
                  ? t('employers.quotas.bandOpen', { min: quota.band.min })
                  : t('employers.quotas.band', { min: quota.band.min, max: quota.band.max })}
              </p>
              <p className="small mb-0">{t('employers.quotas.source', { source: quota.source })}</p>
            </>
          ) : (
            <p className="mb-0">{t('employers.quotas.unknown')}</p>
          )}
        </div>
      </div>
    </div>
  );
}

export function Quotas({ employer }: { employer: EmployerView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="employer-quotas" className="mb-4">
      <h2 id="employer-quotas" className="h4">
        {t('employers.quotas.title', { date: employer.quotas.on })}
      </h2>
      <div className="row">
        <div className="col-md-6">
          <QuotaCard kind="internshipHostQuota" quota={employer.quotas.internshipHostQuota} />
        </div>
        <div className="col-md-6">
          <QuotaCard kind="disabilityHiringQuota" quota={employer.quotas.disabilityHiringQuota} />
        </div>
      </div>
    </section>
  );
}

function useChange(employer: EmployerView) {
  const client = useQueryClient();
  return (data: EmployerView) => {
    client.setQueryData(['employer', employer.id], data);
    client.setQueryData(['employer', 'mine'], (old: EmployerView | undefined) => (old ? data : old));
  };
}

export function Sites({ employer }: { employer: EmployerView }) {
  const { t } = useTranslation();
  const update = useChange(employer);
  const [comune, setComune] = useState<ComuneValue>(null);
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const add = useMutation({
    mutationFn: () =>
      apiPost<EmployerView>(`/employers/${employer.id}/sites`, {
        comuneCode: comune?.code ?? '',
        address: address.trim() || null,
        name: name.trim() || null,
      }),
    onSuccess: (data) => {
      update(data);
      setComune(null);
      setAddress('');
      setName('');
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiDelete<EmployerView>(`/employers/${employer.id}/sites/${id}`),
    onSuccess: update,
  });
  const errors = serverFieldErrors(add.error);
  return (
    <section aria-labelledby="employer-sites" className="mb-4">
      <h2 id="employer-sites" className="h4">
        {t('employers.sites.title')}
      </h2>
      <ul className="list-group mb-3" data-testid="employer-sites">
        {employer.sites.map((s) => (
          <li key={s.id} className="list-group-item d-flex justify-content-between align-items-center gap-2">
            <span>
              <strong>
                {s.name ?? (s.headquarters ? t('employers.sites.headquarters') : t('employers.sites.site'))}
              </strong>
              {' — '}
              {[s.address, s.postcode, s.comuneName].filter(Boolean).join(', ')}
              {s.headquarters ? (
                <span className="badge bg-primary ms-2">{t('employers.sites.headquarters')}</span>
              ) : null}
            </span>
            {employer.canUpdate ? (
              <button
                type="button"
                className="btn btn-outline-danger btn-xs"
                onClick={() => remove.mutate(s.id)}
              >
                {t('employers.remove')}
                <span className="visually-hidden"> {s.comuneName}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {employer.canUpdate ? (
        <form
          className="row g-2"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
          aria-label={t('employers.sites.add')}
        >
          <div className="col-md-4">
            <ComuneAutocomplete
              id="site-comune"
              label={t('employers.fields.comune')}
              value={comune}
              onChange={setComune}
              error={errors.comuneCode}
              required
              testId="site-comune"
            />
          </div>
          <div className="col-md-4">
            <TextField
              id="site-address"
              label={t('employers.fields.address')}
              value={address}
              onChange={setAddress}
            />
          </div>
          <div className="col-md-4">
            <TextField id="site-name" label={t('employers.sites.name')} value={name} onChange={setName} />
          </div>
          <div className="col-12">
            <button
              type="submit"
              className="btn btn-outline-primary"
              disabled={add.isPending}
              data-testid="site-add"
            >
              {t('employers.sites.add')}
            </button>
          </div>
        </form>
      ) : null}
      <ProblemAlert error={remove.error} />
    </section>
  );
}

export function Contacts({ employer }: { employer: EmployerView }) {
  const { t } = useTranslation();
  const update = useChange(employer);
  const [form, setForm] = useState({ name: '', role: '', email: '', phone: '' });
  const add = useMutation({
    mutationFn: () =>
      apiPost<EmployerView>(`/employers/${employer.id}/contacts`, {
        name: form.name.trim(),
        role: form.role.trim() || null,
        email: form.email.trim() || null,
        phone: form.phone.trim() || null,
      }),
    onSuccess: (data) => {
      update(data);
      setForm({ name: '', role: '', email: '', phone: '' });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiDelete<EmployerView>(`/employers/${employer.id}/contacts/${id}`),
    onSuccess: update,
  });
  const errors = serverFieldErrors(add.error);
  const field = (key: keyof typeof form, type: 'text' | 'email' | 'tel' = 'text') => (
    <div className="col-md-3">
      <TextField
        id={`contact-${key}`}
        label={t(`employers.contacts.${key}`)}
        type={type}
        value={form[key]}
        onChange={(v) => setForm({ ...form, [key]: v })}
        error={errors[key]}
        required={key === 'name'}
        testId={`contact-${key}`}
      />
    </div>
  );
  return (
    <section aria-labelledby="employer-contacts" className="mb-4">
      <h2 id="employer-contacts" className="h4">
        {t('employers.contacts.title')}
      </h2>
      {employer.contacts.length === 0 ? <p>{t('employers.contacts.none')}</p> : null}
      <ul className="list-group mb-3" data-testid="employer-contacts">
        {employer.contacts.map((c) => (
          <li key={c.id} className="list-group-item d-flex justify-content-between align-items-center gap-2">
            <span>
              <strong>{c.name}</strong>
              {c.role ? ` (${c.role})` : ''} {[c.email, c.phone].filter(Boolean).join(' · ')}
            </span>
            {employer.canUpdate ? (
              <button
                type="button"
                className="btn btn-outline-danger btn-xs"
                onClick={() => remove.mutate(c.id)}
              >
                {t('employers.remove')}
                <span className="visually-hidden"> {c.name}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {employer.canUpdate ? (
        <form
          className="row g-2"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
          aria-label={t('employers.contacts.add')}
        >
          {field('name')}
          {field('role')}
          {field('email', 'email')}
          {field('phone', 'tel')}
          <div className="col-12">
            <button
              type="submit"
              className="btn btn-outline-primary"
              disabled={add.isPending}
              data-testid="contact-add"
            >
              {t('employers.contacts.add')}
            </button>
          </div>
        </form>
      ) : null}
      <ProblemAlert error={remove.error} />
    </section>
  );
}
