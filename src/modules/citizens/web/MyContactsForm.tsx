// "Il mio profilo" → contacts and availability: what the citizen keeps up to date themselves (PATCH /api/me/person
// with the record's version; a stale save says what changed meanwhile).
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch } from '../../../web/api/client.ts';
import { Checkbox, TextField } from '../../../web/components/Field.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { emptyToNull, useSubmit } from '../../../web/forms.ts';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import { shiftKinds, workingTimes } from '../../people/contract.ts';
import { CheckboxGroup } from '../../people/web/PersonFormFields.tsx';
import { useCodeList } from '../../people/web/shared.tsx';
import { type MyPersonView, myPersonPatch } from '../contract.ts';

export const myPersonKey = ['me', 'person'] as const;

export function MyContactsForm({ me }: { me: MyPersonView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const contracts = useCodeList('co-contract');
  const { errors, error, busy, submit } = useSubmit();
  const [saved, setSaved] = useState(false);
  const [v, setV] = useState({
    phone: me.phone ?? '',
    email: me.email ?? '',
    address: me.address ?? '',
    postcode: me.postcode ?? '',
    availableFrom: me.availableFrom ?? '',
    maxCommuteKm: me.maxCommuteKm === null ? '' : String(me.maxCommuteKm),
  });
  const [residence, setResidence] = useState<ComuneValue>({
    code: me.residenceComuneCode,
    name: me.residenceComuneName,
  });
  const [ownVehicle, setOwnVehicle] = useState(me.ownVehicle);
  const [lists, setLists] = useState({
    contractTypes: me.contractTypes,
    workingTimes: me.workingTimes,
    shifts: me.shifts,
  });
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const ok = await submit(
      myPersonPatch,
      {
        version: me.version,
        residenceComuneCode: residence?.code ?? '',
        phone: emptyToNull(v.phone),
        email: emptyToNull(v.email),
        address: emptyToNull(v.address),
        postcode: emptyToNull(v.postcode),
        availableFrom: emptyToNull(v.availableFrom),
        maxCommuteKm: v.maxCommuteKm.trim() === '' ? null : Number(v.maxCommuteKm),
        ownVehicle,
        ...lists,
      },
      async (data) => client.setQueryData(myPersonKey, await apiPatch<MyPersonView>('/me/person', data)),
    );
    if (ok) setSaved(true);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="me-contacts-title" data-testid="me-contacts-form">
      <h2 id="me-contacts-title" className="h4">
        {t('citizens.me.contactsTitle')}
      </h2>
      <div aria-live="polite">
        <ProblemAlert error={error} />
        {saved ? <StatusAlert>{t('citizens.me.saved')}</StatusAlert> : null}
      </div>
      <fieldset className="mb-4">
        <legend className="h5">{t('citizens.me.contacts')}</legend>
        <div className="row">
          <TextField
            className="col-md-6"
            id="me-phone"
            label={t('people.fields.phone')}
            type="tel"
            value={v.phone}
            onChange={set('phone')}
            error={errors.phone}
            autoComplete="tel"
            testId="me-phone"
          />
          <TextField
            className="col-md-6"
            id="me-email"
            label={t('citizens.fields.contactEmail')}
            type="email"
            value={v.email}
            onChange={set('email')}
            error={errors.email}
            autoComplete="email"
          />
        </div>
        <ComuneAutocomplete
          id="me-residence"
          label={t('citizens.fields.residenceComune')}
          value={residence}
          onChange={setResidence}
          error={errors.residenceComuneCode}
          required
        />
        <div className="row">
          <TextField
            className="col-md-8"
            id="me-address"
            label={t('people.fields.address')}
            value={v.address}
            onChange={set('address')}
            error={errors.address}
            autoComplete="street-address"
          />
          <TextField
            className="col-md-4"
            id="me-postcode"
            label={t('people.fields.postcode')}
            value={v.postcode}
            onChange={set('postcode')}
            error={errors.postcode}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
          />
        </div>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h5">{t('people.sections.availability')}</legend>
        <div className="row">
          <TextField
            className="col-md-4"
            id="me-available-from"
            label={t('people.fields.availableFrom')}
            type="date"
            value={v.availableFrom}
            onChange={set('availableFrom')}
            error={errors.availableFrom}
            testId="me-available-from"
          />
          <TextField
            className="col-md-4"
            id="me-max-commute"
            label={t('people.fields.maxCommuteKm')}
            type="number"
            inputMode="numeric"
            value={v.maxCommuteKm}
            onChange={set('maxCommuteKm')}
            error={errors.maxCommuteKm}
            extra={{ min: '0', max: '500' }}
            testId="me-max-commute"
          />
          <div className="col-md-4 rl-form-actions">
            <Checkbox
              id="me-own-vehicle"
              label={t('people.fields.ownVehicle')}
              checked={ownVehicle}
              onChange={setOwnVehicle}
              testId="me-own-vehicle"
              toggle
            />
          </div>
        </div>
        <CheckboxGroup
          id="me-contract"
          legend={t('people.fields.contractTypes')}
          options={(contracts.data?.items ?? []).map((c) => ({
            value: c.code,
            label: `${c.label} (${c.code})`,
          }))}
          value={lists.contractTypes}
          onChange={(contractTypes) => setLists({ ...lists, contractTypes })}
          error={errors.contractTypes}
          scroll
        />
        <CheckboxGroup
          id="me-working-time"
          legend={t('people.fields.workingTimes')}
          options={workingTimes.map((w) => ({ value: w, label: t(`people.workingTimes.${w}`) }))}
          value={lists.workingTimes}
          onChange={(workingTimes) => setLists({ ...lists, workingTimes })}
          error={errors.workingTimes}
        />
        <CheckboxGroup
          id="me-shift"
          legend={t('people.fields.shifts')}
          options={shiftKinds.map((s) => ({ value: s, label: t(`people.shifts.${s}`) }))}
          value={lists.shifts}
          onChange={(shifts) => setLists({ ...lists, shifts })}
          error={errors.shifts}
        />
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={busy} data-testid="me-save">
        {busy ? t('citizens.me.saving') : t('citizens.me.save')}
      </button>
    </form>
  );
}
