// The rights of the data subject (GDPR artt. 15, 17, 20) on one person: download of all their data (JSON or PDF),
// a preview of the anonymised candidate card employers see with consent, and the erasure (anonymisation) of the
// person after typing their family name.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { currentLanguage } from '../../../web/i18n.ts';
import type { CandidateCard } from '../candidate-card-contract.ts';
import type { PersonView } from '../contract.ts';
import { formatDate, Row } from './shared.tsx';

const normalise = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('it');

function CardPreview({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const card = useQuery({
    queryKey: ['candidate-card', personId, lang],
    queryFn: () => apiGet<CandidateCard>(`/people/${personId}/card`, { lang }),
  });
  const c = card.data;
  const join = (items: string[]) => items.join(', ');
  return (
    <section aria-labelledby="card-title" className="mb-5">
      <h3 id="card-title" className="h5">
        {t('people.rights.cardTitle')}
      </h3>
      <p>{t('people.rights.cardLead')}</p>
      <div aria-live="polite">
        {card.isPending ? <Loading /> : null}
        <ProblemAlert error={card.error} />
      </div>
      {c ? (
        <div className="card-wrapper">
          <div className="card shadow-sm">
            <div className="card-body">
              <dl className="row mb-0" data-testid="candidate-card">
                <Row label={t('people.rights.card.reference')}>
                  <span className="text-monospace">{c.reference}</span>
                </Row>
                <Row label={t('people.rights.card.ageBand')}>{c.ageBand}</Row>
                <Row label={t('people.rights.card.residenceComune')}>{c.residenceComune.label}</Row>
                <Row label={t('people.rights.card.desiredOccupations')}>
                  {join(c.desiredOccupations.map((o) => o.label))}
                </Row>
                <Row label={t('people.rights.card.skills')}>
                  {join(c.skills.map((s) => `${s.label} (${t(`people.cv.options.level.${s.level}`)})`))}
                </Row>
                <Row label={t('people.rights.card.experience')}>
                  {join(
                    c.experience.map(
                      (e) =>
                        `${e.label ?? t('people.rights.card.otherOccupation')}: ${t('people.rights.card.months', { count: e.months })}`,
                    ),
                  )}
                </Row>
                <Row label={t('people.rights.card.educationLevel')}>{c.educationLevel?.label}</Row>
                <Row label={t('people.rights.card.languages')}>
                  {join(
                    c.languages.map((l) =>
                      l.motherTongue ? `${l.language} (${t('people.rights.card.motherTongue')})` : l.language,
                    ),
                  )}
                </Row>
                <Row label={t('people.rights.card.licences')}>{join(c.licences.map((l) => l.label))}</Row>
                <Row label={t('people.rights.card.availableFrom')}>
                  {formatDate(c.availability.availableFrom)}
                </Row>
                <Row label={t('people.rights.card.contractTypes')}>
                  {join(c.availability.contractTypes.map((x) => x.label))}
                </Row>
                <Row label={t('people.rights.card.workingTimes')}>
                  {join(c.availability.workingTimes.map((w) => t(`people.workingTimes.${w}`)))}
                </Row>
                <Row label={t('people.rights.card.maxCommuteKm')}>
                  {c.availability.maxCommuteKm === null
                    ? null
                    : t('people.km', { count: c.availability.maxCommuteKm })}
                </Row>
              </dl>
            </div>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function EraseDialog({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  function open() {
    setName('');
    setInvalid(false);
    setError(null);
    dialog.current?.showModal();
  }
  function close() {
    dialog.current?.close();
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (normalise(name) !== normalise(person.familyName)) {
      setInvalid(true);
      document.getElementById('erase-confirm-name')?.focus();
      return;
    }
    setInvalid(false);
    setError(null);
    setBusy(true);
    try {
      await apiPost<{ ok: true; anonymisedAt: string }>(`/people/${person.id}/erase`);
      close();
      client.removeQueries({ queryKey: ['person', person.id] });
      await client.invalidateQueries({ queryKey: ['people'] });
      navigate('/people', { state: { notice: 'people.rights.erased' } });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="erase-title">
      <h3 id="erase-title" className="h5">
        {t('people.rights.eraseTitle')}
      </h3>
      <p>{t('people.rights.eraseLead')}</p>
      <button ref={opener} type="button" className="btn btn-danger" onClick={open} data-testid="erase-person">
        {t('people.rights.erase')}
      </button>
      <dialog
        ref={dialog}
        className="rl-dialog p-4 border-0 shadow"
        aria-labelledby="erase-dialog-title"
        aria-describedby="erase-dialog-lead"
        onClose={() => opener.current?.focus()}
        data-testid="erase-dialog"
      >
        <form onSubmit={onSubmit} noValidate>
          <h2 id="erase-dialog-title" className="h4">
            {t('people.rights.eraseDialogTitle')}
          </h2>
          <p id="erase-dialog-lead">
            {t('people.rights.eraseDialogLead', { name: `${person.givenName} ${person.familyName}` })}
          </p>
          <div aria-live="polite">
            <ProblemAlert error={error} />
          </div>
          <div className="form-group">
            <label htmlFor="erase-confirm-name" className="active">
              {t('people.rights.eraseTypeName', { familyName: person.familyName })}
            </label>
            <input
              id="erase-confirm-name"
              type="text"
              className={`form-control${invalid ? ' is-invalid' : ''}`}
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={invalid ? 'erase-confirm-name-error' : undefined}
              required
              data-testid="erase-confirm-name"
            />
            {invalid ? (
              <div id="erase-confirm-name-error" className="invalid-feedback d-block" role="alert">
                {t('people.rights.eraseNameMismatch')}
              </div>
            ) : null}
          </div>
          <div className="d-flex gap-2">
            <button type="submit" className="btn btn-danger" disabled={busy} data-testid="erase-confirm">
              {busy ? t('common.loading') : t('people.rights.eraseConfirm')}
            </button>
            <button type="button" className="btn btn-outline-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}

export function RightsPanel({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const exportUrl = (format: 'json' | 'pdf') =>
    `/api/people/${encodeURIComponent(person.id)}/data-export?format=${format}`;
  return (
    <>
      <p>{t('people.rights.lead')}</p>
      {session.abilities['person.data_export'] ? (
        <section aria-labelledby="export-title" className="mb-5">
          <h3 id="export-title" className="h5">
            {t('people.rights.exportTitle')}
          </h3>
          <p>{t('people.rights.exportLead')}</p>
          <div className="d-flex flex-wrap gap-2">
            <a
              className="btn btn-outline-primary"
              href={exportUrl('json')}
              download
              data-testid="rights-export-json"
            >
              {t('people.rights.exportJson')}
            </a>
            <a
              className="btn btn-outline-primary"
              href={exportUrl('pdf')}
              download
              data-testid="rights-export-pdf"
            >
              {t('people.rights.exportPdf')}
            </a>
          </div>
        </section>
      ) : null}
      {session.abilities['person.card.read'] ? <CardPreview personId={person.id} /> : null}
      {session.abilities['person.erase'] ? <EraseDialog person={person} /> : null}
    </>
  );
}

/** On the list after an erasure: the status message carried in the navigation state. */
export function ErasedNotice() {
  const { t } = useTranslation();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <div aria-live="polite">
      {notice === 'people.rights.erased' ? (
        <div className="alert alert-success" role="status" data-testid="person-erased">
          {t('people.rights.erased')}
        </div>
      ) : null}
    </div>
  );
}
