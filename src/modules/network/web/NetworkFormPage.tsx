// One form for a new network (/networks/new, platform administrators) and for editing one (/networks/:id/edit):
// name, description and the comuni of the territory, added one by one with the comune autocomplete.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { apiGet, apiPost, apiPut } from '../../../web/api/client.ts';
import { sessionKey, useCurrentSession } from '../../../web/api/session.ts';
import { Breadcrumb } from '../../../web/components/Breadcrumb.tsx';
import { TextField } from '../../../web/components/Field.tsx';
import { Icon } from '../../../web/components/Icon.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { emptyToNull, type FieldErrors, serverFieldErrors, validate } from '../../../web/forms.ts';
import { type NetworkSummary, networkInput } from '../contract.ts';
import { ComuneAutocomplete } from './ComuneAutocomplete.tsx';
import { mayManageNetwork } from './NetworksPage.tsx';

type Comune = { code: string; name: string };

function NetworkForm({ existing }: { existing?: NetworkSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [comuni, setComuni] = useState<Comune[]>(() =>
    (existing?.comuni ?? []).map((c) => ({ code: c.code, name: c.name })),
  );
  // The autocomplete starts empty again (and keeps the focus) after each comune is added or removed.
  const [round, setRound] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (round > 0) document.getElementById('network-comune')?.focus();
  }, [round]);

  function add(c: Comune) {
    if (comuni.some((x) => x.code === c.code)) {
      setAnnouncement(t('networks.alreadyAdded', { name: c.name }));
    } else {
      setComuni([...comuni, c]);
      setErrors(({ comuneCodes: _, ...rest }) => rest);
      setAnnouncement(t('networks.added', { name: c.name }));
    }
    setRound((r) => r + 1);
  }

  function remove(index: number) {
    const c = comuni[index];
    if (!c) return;
    setComuni(comuni.filter((_, i) => i !== index));
    // Field errors of the other comuni are by position: they no longer match the list.
    setErrors(({ name: nameError, description: descriptionError }) => ({
      ...(nameError ? { name: nameError } : {}),
      ...(descriptionError ? { description: descriptionError } : {}),
    }));
    setAnnouncement(t('networks.removed', { name: c.name }));
    setRound((r) => r + 1);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const checked = validate(
      networkInput,
      { name, description: emptyToNull(description), comuneCodes: comuni.map((c) => c.code) },
      t,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = existing
        ? await apiPut<NetworkSummary>(`/networks/${existing.id}`, checked.data)
        : await apiPost<NetworkSummary>('/networks', checked.data);
      client.setQueryData(['network', saved.id], saved);
      await client.invalidateQueries({ queryKey: ['networks'] });
      await client.invalidateQueries({ queryKey: sessionKey });
      navigate('/networks');
    } catch (err) {
      setError(err);
      setErrors(serverFieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  const comuniError =
    errors.comuneCodes && comuni.length === 0 ? t('networks.comuniRequired') : errors.comuneCodes;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="page-title" data-testid="network-form">
      <div aria-live="assertive">
        <ProblemAlert error={error} />
      </div>
      <p className="small">{t('common.requiredNote')}</p>
      <div className="row">
        <div className="col-lg-8">
          <TextField
            id="network-name"
            label={t('networks.name')}
            value={name}
            onChange={setName}
            error={errors.name}
            required
            maxLength={200}
            testId="network-name"
          />
        </div>
        <div className="col-lg-8">
          <div className="form-group">
            <label htmlFor="network-description" className="active">
              {t('networks.description')}
            </label>
            <textarea
              id="network-description"
              name="network-description"
              className={`form-control${errors.description ? ' is-invalid' : ''}`}
              rows={3}
              maxLength={2000}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              aria-invalid={errors.description ? true : undefined}
              aria-describedby={errors.description ? 'network-description-error' : undefined}
              data-testid="network-description"
            />
            {errors.description ? (
              <div id="network-description-error" className="invalid-feedback d-block" role="alert">
                {errors.description}
              </div>
            ) : null}
          </div>
        </div>
      </div>
      <fieldset className="mb-4">
        <legend className="h5">{t('networks.comuniTitle')}</legend>
        <div className="row">
          <div className="col-lg-6">
            <ComuneAutocomplete
              key={round}
              id="network-comune"
              label={t('networks.addComune')}
              value={null}
              onChange={(c) => (c ? add(c) : undefined)}
              error={comuniError}
              required={comuni.length === 0}
              testId="network-comune"
            />
          </div>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <p id="network-comuni-count">{t('networks.comuniCount', { count: comuni.length })}</p>
        {comuni.length > 0 ? (
          <ul className="list-unstyled" aria-labelledby="network-comuni-count">
            {comuni.map((c, i) => {
              const itemError = errors[`comuneCodes.${i}`];
              return (
                <li
                  key={c.code}
                  className="d-flex flex-wrap align-items-center gap-3 mb-2"
                  data-testid="network-comune-item"
                >
                  <span>{c.name}</span>
                  <button
                    type="button"
                    className="btn btn-outline-danger btn-xs py-1 px-2"
                    onClick={() => remove(i)}
                    aria-describedby={itemError ? `network-comune-${i}-error` : undefined}
                  >
                    <Icon name="it-close" />
                    {t('networks.remove')}
                    <span className="visually-hidden"> {c.name}</span>
                  </button>
                  {itemError ? (
                    <span id={`network-comune-${i}-error`} className="text-danger" role="alert">
                      {itemError}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </fieldset>
      <div className="d-flex gap-3">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="network-submit">
          {existing ? t('common.save') : t('networks.create')}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={() => navigate('/networks')}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export default function NetworkFormPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const { id } = useParams();
  const allowed = id ? mayManageNetwork(session, id) : session.abilities['network.manage'] === 'all';
  const existing = useQuery({
    queryKey: ['network', id],
    queryFn: () => apiGet<NetworkSummary>(`/networks/${id}`),
    enabled: Boolean(id) && allowed,
  });
  const title = id ? t('networks.editTitle') : t('networks.newTitle');
  const crumbs = [
    { label: t('nav.home'), to: '/' },
    { label: t('networks.title'), to: '/networks' },
    { label: title },
  ];
  return (
    <>
      <Breadcrumb items={crumbs} />
      <PageHeader title={title} lead={id && existing.data ? existing.data.name : undefined} />
      {!allowed ? <p>{t('forbidden.detail')}</p> : null}
      {allowed && id && existing.isPending ? <Loading /> : null}
      {allowed && id && existing.error ? <ProblemAlert error={existing.error} /> : null}
      {allowed && !id ? <NetworkForm /> : null}
      {allowed && id && existing.data ? (
        <NetworkForm key={existing.data.id} existing={existing.data} />
      ) : null}
    </>
  );
}
