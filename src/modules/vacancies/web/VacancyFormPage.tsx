// The vacancy editor (new at /vacancies/new, edit at /vacancies/:id/edit). The server's field errors — shapes and
// contradictions such as part-time with 40 hours — come back by field name and are shown next to each field.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { apiGet, apiPost, apiPut } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { serverFieldErrors } from '../../../web/forms.ts';
import type { VacancyView } from '../contract.ts';
import { emptyVacancy, fromView, toPayload, type VacancyFormValues } from './form-values.ts';
import { VacancyJobFields } from './VacancyJobFields.tsx';
import { VacancyRequirementFields } from './VacancyRequirementFields.tsx';

export default function VacancyFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useCurrentSession();
  const existing = useQuery({
    queryKey: ['vacancy', id],
    queryFn: () => apiGet<VacancyView>(`/vacancies/${id}`),
    enabled: Boolean(id),
  });
  const [values, setValues] = useState<VacancyFormValues>(emptyVacancy);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (existing.data) setValues(fromView(existing.data));
  }, [existing.data]);

  const set = (changes: Partial<VacancyFormValues>) => setValues((v) => ({ ...v, ...changes }));
  const isEmployerUser = session.abilities['vacancy.manage'] === 'organisation';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { employerId, ...fields } = toPayload(values);
      const saved = existing.data
        ? await apiPut<VacancyView>(`/vacancies/${id}`, { ...fields, version: existing.data.version })
        : await apiPost<VacancyView>('/vacancies', isEmployerUser ? fields : { ...fields, employerId });
      await client.invalidateQueries({ queryKey: ['vacancies'] });
      client.setQueryData(['vacancy', saved.id], saved);
      navigate(`/vacancies/${saved.id}`);
    } catch (err) {
      setError(err);
      setErrors(serverFieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  if (id && existing.isPending) return <Loading />;
  if (id && existing.error) return <ProblemAlert error={existing.error} />;
  const title = id ? t('vacancies.editTitle') : t('vacancies.newTitle');
  return (
    <>
      <PageHeader title={title} lead={t('vacancies.formLead')} />
      <form onSubmit={submit} noValidate aria-label={title} data-testid="vacancy-form">
        <ProblemAlert error={error} />
        <h2 className="h4">{t('vacancies.sections.job')}</h2>
        <VacancyJobFields values={values} set={set} errors={errors} pickEmployer={!id && !isEmployerUser} />
        <h2 className="h4 mt-4">{t('vacancies.sections.requirements')}</h2>
        <VacancyRequirementFields values={values} set={set} errors={errors} />
        <div className="d-flex gap-3 mt-4">
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="vacancy-save">
            {t('common.save')}
          </button>
          <Link to={id ? `/vacancies/${id}` : '/vacancies'} className="btn btn-outline-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
