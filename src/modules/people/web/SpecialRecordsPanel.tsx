// Special-category data (GDPR art. 9) of a person: the decrypted records for who may read them, a disability form
// (L.68/99) for who may write them, and for everybody else only a neutral note that such data exists.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiGet, apiPut } from '../../../web/api/client.ts';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { useSubmit } from '../../../web/forms.ts';
import { formatDateTime } from '../../../web/i18n.ts';
import {
  type PersonView,
  type ReadPurpose,
  specialRecordInput,
  type specialRecordView,
} from '../contract.ts';

type SpecialRecord = z.infer<typeof specialRecordView>;

function RecordData({ record }: { record: SpecialRecord }) {
  const { t } = useTranslation();
  const d = record.data;
  return (
    <li className="mb-3" data-testid="special-record">
      <strong>{t(`people.special.categories.${d.category}`)}</strong>
      {d.category === 'disability' ? (
        <span className="d-block">
          {t(`people.special.kinds.${d.invalidityKind}`)} — {d.invalidityPercent}% —{' '}
          {d.l68Enrolled ? t('people.special.l68Yes') : t('people.special.l68No')}
        </span>
      ) : null}
      {d.category === 'addiction_services' ? (
        <span className="d-block">
          {d.inCare ? t('people.special.inCare') : t('people.special.notInCare')}
        </span>
      ) : null}
      {d.notes ? <span className="d-block">{d.notes}</span> : null}
      <span className="d-block small">
        {t('people.special.recordedBy', {
          organisation: record.recordedByOrganisationName ?? '—',
          when: formatDateTime(record.updatedAt),
        })}
      </span>
    </li>
  );
}

function DisabilityForm({ person, current }: { person: PersonView; current?: SpecialRecord }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { errors, error, busy, submit } = useSubmit();
  const existing = current?.data.category === 'disability' ? current.data : undefined;
  const [kind, setKind] = useState<string>(existing?.invalidityKind ?? '');
  const [percent, setPercent] = useState(existing ? String(existing.invalidityPercent) : '');
  const [l68, setL68] = useState(existing?.l68Enrolled ?? false);
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [saved, setSaved] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const value = {
      category: 'disability',
      invalidityKind: kind,
      invalidityPercent: percent.trim() === '' ? undefined : Number(percent),
      l68Enrolled: l68,
      notes: notes.trim() === '' ? null : notes.trim(),
    };
    const ok = await submit(specialRecordInput, value, (data) =>
      apiPut(`/people/${person.id}/special-records`, data),
    );
    if (ok) {
      setSaved(true);
      await client.invalidateQueries({ queryKey: ['special-records', person.id] });
      await client.invalidateQueries({ queryKey: ['person', person.id] });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="disability-title" data-testid="special-record-form">
      <h3 id="disability-title" className="h5">
        {t('people.special.disabilityTitle')}
      </h3>
      <div aria-live="polite">
        <ProblemAlert error={error} />
        {saved ? <StatusAlert>{t('people.special.saved')}</StatusAlert> : null}
      </div>
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id="special-kind"
            label={t('people.special.invalidityKind')}
            value={kind}
            onChange={setKind}
            options={['civil', 'work'].map((k) => ({ value: k, label: t(`people.special.kinds.${k}`) }))}
            emptyLabel={t('common.choose')}
            error={errors.invalidityKind}
            required
            testId="special-kind"
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="special-percent"
            label={t('people.special.invalidityPercent')}
            type="number"
            inputMode="numeric"
            value={percent}
            onChange={setPercent}
            error={errors.invalidityPercent}
            required
            extra={{ min: '0', max: '100' }}
            testId="special-percent"
          />
        </div>
        <div className="col-12 mb-3">
          <Checkbox
            id="special-l68"
            label={t('people.special.l68Enrolled')}
            checked={l68}
            onChange={setL68}
            testId="special-l68"
          />
        </div>
        <div className="col-12 form-group">
          <label htmlFor="special-notes" className="active">
            {t('people.special.notes')}
          </label>
          <textarea
            id="special-notes"
            className={`form-control${errors.notes ? ' is-invalid' : ''}`}
            rows={3}
            maxLength={2000}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={errors.notes ? 'special-notes-error' : undefined}
            data-testid="special-notes"
          />
          {errors.notes ? (
            <div id="special-notes-error" className="invalid-feedback d-block" role="alert">
              {errors.notes}
            </div>
          ) : null}
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy} data-testid="special-submit">
        {t('people.special.save')}
      </button>
    </form>
  );
}

export function SpecialRecordsPanel({ person, purpose }: { person: PersonView; purpose: ReadPurpose }) {
  const { t } = useTranslation();
  const records = useQuery({
    queryKey: ['special-records', person.id, purpose],
    queryFn: () => apiGet<{ items: SpecialRecord[] }>(`/people/${person.id}/special-records`, { purpose }),
    enabled: person.can.readSpecialCategory,
  });
  if (!person.can.readSpecialCategory) {
    return (
      <p className="alert alert-info" data-testid="special-note">
        {person.hasSpecialCategory ? t('people.special.neutralNote') : t('people.special.none')}
      </p>
    );
  }
  const items = records.data?.items ?? [];
  return (
    <>
      <p>{t('people.special.lead')}</p>
      <div aria-live="polite">
        {records.isPending ? <Loading /> : null}
        <ProblemAlert error={records.error} />
        {records.data && items.length === 0 ? <p>{t('people.special.none')}</p> : null}
      </div>
      {items.length > 0 ? (
        <ul className="list-unstyled" data-testid="special-records">
          {items.map((r) => (
            <RecordData key={r.id} record={r} />
          ))}
        </ul>
      ) : null}
      {person.can.writeSpecialCategory && records.data ? (
        <DisabilityForm person={person} current={items.find((r) => r.data.category === 'disability')} />
      ) : null}
    </>
  );
}
