// Registering or editing an employer. The contract's zod schema checks formats here; the server checks the tax
// code digits, the ATECO code against its version and the comune, and its field errors come back beside the
// fields. A codice fiscale already recorded links to the existing employer; a stale edit says what changed.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, apiGet, apiPost, apiPut } from '../../../web/api/client.ts';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { useSubmit } from '../../../web/forms.ts';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import { type EmployerView, employerInput, employerUpdate } from '../contract.ts';
import { legalFormLabels, legalForms } from '../domain/legal-forms.ts';

type Values = {
  taxCode: string;
  vatNumber: string;
  name: string;
  legalForm: string;
  atecoCode: string;
  atecoVersion: string;
  employees: string;
  hostsInternships: boolean;
  email: string;
  phone: string;
  website: string;
  notes: string;
};
const empty: Values = {
  taxCode: '',
  vatNumber: '',
  name: '',
  legalForm: '',
  atecoCode: '',
  atecoVersion: '2025',
  employees: '',
  hostsInternships: false,
  email: '',
  phone: '',
  website: '',
  notes: '',
};
const fromView = (e: EmployerView): Values => ({
  taxCode: e.taxCode,
  vatNumber: e.vatNumber ?? '',
  name: e.name,
  legalForm: e.legalForm ?? '',
  atecoCode: e.atecoCode ?? '',
  atecoVersion: e.atecoVersion ?? '2025',
  employees: e.employees === null ? '' : String(e.employees),
  hostsInternships: e.hostsInternships,
  email: e.email ?? '',
  phone: e.phone ?? '',
  website: e.website ?? '',
  notes: e.notes ?? '',
});

function payload(v: Values) {
  const opt = (s: string) => s.trim() || null;
  return {
    taxCode: v.taxCode,
    vatNumber: opt(v.vatNumber),
    name: v.name,
    legalForm: opt(v.legalForm),
    atecoCode: opt(v.atecoCode),
    atecoVersion: v.atecoCode.trim() ? v.atecoVersion : null,
    employees: v.employees.trim() === '' ? null : Number(v.employees),
    hostsInternships: v.hostsInternships,
    email: opt(v.email),
    phone: opt(v.phone),
    website: opt(v.website),
    notes: opt(v.notes),
  };
}

function EmployerForm({ current }: { current: EmployerView | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = i18n.language.startsWith('en') ? 'en' : 'it';
  const [values, setValues] = useState<Values>(current ? fromView(current) : empty);
  const [comune, setComune] = useState<ComuneValue>(null);
  const [address, setAddress] = useState('');
  const { errors, error, busy, submit } = useSubmit();
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues({ ...values, [key]: value });
  const duplicateOf =
    error instanceof ApiError ? (error.problem as { duplicateOf?: string }).duplicateOf : undefined;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (current) {
      await submit(employerUpdate, { ...payload(values), version: current.version }, async (data) => {
        const saved = await apiPut<EmployerView>(`/employers/${current.id}`, data);
        navigate(`/employers/${saved.id}`);
      });
    } else {
      const sites = comune
        ? [{ comuneCode: comune.code, address: address.trim() || null, headquarters: true }]
        : [];
      await submit(
        employerInput,
        { ...payload(values), sites },
        async (data) => {
          const saved = await apiPost<EmployerView>('/employers', data);
          navigate(`/employers/${saved.id}`);
        },
        comune ? {} : { 'sites.0.comuneCode': t('employers.form.comuneRequired') },
      );
    }
  }
  const text = (key: keyof Values, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`employer-${key}`}
      label={t(`employers.fields.${key}`)}
      value={values[key] as string}
      onChange={set(key) as (v: string) => void}
      error={errors[key]}
      testId={`employer-${key}`}
      {...extra}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate data-testid="employer-form">
      <ProblemAlert error={error} />
      {duplicateOf ? (
        <p>
          <Link to={`/employers/${duplicateOf}`} data-testid="employer-duplicate-link">
            {t('employers.form.openExisting')}
          </Link>
        </p>
      ) : null}
      <fieldset className="mb-4">
        <legend className="h5">{t('employers.form.identity')}</legend>
        <div className="row">
          <div className="col-md-6">{text('name', { required: true, maxLength: 300 })}</div>
          <div className="col-md-6">
            <SelectField
              id="employer-legalForm"
              label={t('employers.fields.legalForm')}
              value={values.legalForm}
              onChange={set('legalForm')}
              emptyLabel={t('employers.form.choose')}
              options={legalForms.map((f) => ({ value: f, label: legalFormLabels[f][lang] }))}
              error={errors.legalForm}
            />
          </div>
          <div className="col-md-6">
            {text('taxCode', { required: true, hint: t('employers.form.taxCodeHint'), maxLength: 16 })}
          </div>
          <div className="col-md-6">
            {text('vatNumber', { hint: t('employers.form.vatHint'), maxLength: 11 })}
          </div>
        </div>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h5">{t('employers.form.activity')}</legend>
        <div className="row">
          <div className="col-md-6">
            {text('atecoCode', { hint: t('employers.form.atecoHint'), maxLength: 12 })}
          </div>
          <div className="col-md-6">
            <SelectField
              id="employer-atecoVersion"
              label={t('employers.fields.atecoVersion')}
              value={values.atecoVersion}
              onChange={set('atecoVersion')}
              options={[
                { value: '2025', label: 'ATECO 2025' },
                { value: '2007', label: 'ATECO 2007 (agg. 2022)' },
              ]}
              error={errors.atecoVersion}
            />
          </div>
          <div className="col-md-6">
            {text('employees', {
              type: 'number',
              inputMode: 'numeric',
              hint: t('employers.form.employeesHint'),
            })}
          </div>
          <div className="col-md-6 d-flex align-items-center">
            <Checkbox
              id="employer-hostsInternships"
              label={t('employers.fields.hostsInternships')}
              checked={values.hostsInternships}
              onChange={set('hostsInternships')}
              testId="employer-hostsInternships"
            />
          </div>
        </div>
      </fieldset>
      {current ? null : (
        <fieldset className="mb-4">
          <legend className="h5">{t('employers.form.headquarters')}</legend>
          <div className="row">
            <div className="col-md-6">
              <ComuneAutocomplete
                id="employer-comune"
                label={t('employers.fields.comune')}
                value={comune}
                onChange={setComune}
                error={errors['sites.0.comuneCode']}
                required
                testId="employer-comune"
              />
            </div>
            <div className="col-md-6">
              <TextField
                id="employer-address"
                label={t('employers.fields.address')}
                value={address}
                onChange={setAddress}
              />
            </div>
          </div>
        </fieldset>
      )}
      <fieldset className="mb-4">
        <legend className="h5">{t('employers.form.reach')}</legend>
        <div className="row">
          <div className="col-md-4">{text('email', { type: 'email' })}</div>
          <div className="col-md-4">{text('phone', { type: 'tel' })}</div>
          <div className="col-md-4">{text('website', { type: 'url' })}</div>
          <div className="col-12">{text('notes', { maxLength: 4000 })}</div>
        </div>
      </fieldset>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="employer-save">
          {t('employers.form.save')}
        </button>
        <Link to={current ? `/employers/${current.id}` : '/employers'} className="btn btn-outline-secondary">
          {t('employers.form.cancel')}
        </Link>
      </div>
    </form>
  );
}

export default function EmployerFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const current = useQuery({
    queryKey: ['employer', id],
    queryFn: () => apiGet<EmployerView>(`/employers/${id}`),
    enabled: Boolean(id),
  });
  return (
    <>
      <PageHeader
        title={id ? t('employers.editTitle') : t('employers.newTitle')}
        lead={t('employers.form.lead')}
      />
      {id && current.isPending ? <Loading /> : null}
      <ProblemAlert error={current.error} />
      {!id ? (
        <EmployerForm current={null} />
      ) : current.data ? (
        <EmployerForm key={current.data.version} current={current.data} />
      ) : null}
    </>
  );
}
