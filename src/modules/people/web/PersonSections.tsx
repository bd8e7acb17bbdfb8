// The read-only sections of a person's record: identity and contacts, administrative data with the target
// groups (computed ones with the rule that put the person in them, then the declared ones), availability.
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../contract.ts';
import { formatDate, Row, useCodeList } from './shared.tsx';

const list = (items: string[], label: (s: string) => string) => items.map(label).join(', ');

export function IdentityPanel({ p }: { p: PersonView }) {
  const { t } = useTranslation();
  return (
    <dl className="row" data-testid="person-identity">
      <Row label={t('people.fields.taxCode')}>
        <span className="text-monospace">{p.taxCode}</span>
      </Row>
      <Row label={t('people.fields.givenName')}>{p.givenName}</Row>
      <Row label={t('people.fields.familyName')}>{p.familyName}</Row>
      <Row label={t('people.fields.sex')}>{t(`people.sex.${p.sex}`)}</Row>
      <Row label={t('people.fields.birthDate')}>{formatDate(p.birthDate)}</Row>
      <Row label={t('people.fields.birthPlace')}>
        {p.birthCountry === 'IT' ? p.birthComuneName : `${t('people.abroad')} (${p.birthCountry})`}
      </Row>
      <Row label={t('people.fields.citizenship')}>{p.citizenship}</Row>
      <Row label={t('people.fields.residenceComune')}>{p.residenceComuneName}</Row>
      <Row label={t('people.fields.address')}>{[p.address, p.postcode].filter(Boolean).join(' — ')}</Row>
      <Row label={t('people.fields.email')}>
        {p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : null}
      </Row>
      <Row label={t('people.fields.phone')}>{p.phone}</Row>
      <Row label={t('people.owner')}>{p.ownerOrganisationName}</Row>
    </dl>
  );
}

export function GroupBadges({ computed, declared }: { computed: string[]; declared: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {computed.map((g) => (
        <span key={g} className="badge bg-primary me-1 mb-1">
          {t(`people.groups.${g}`)}
        </span>
      ))}
      {declared.map((g) => (
        <span key={g} className="badge bg-secondary me-1 mb-1">
          {t(`people.groups.${g}`)}
          <span className="visually-hidden"> ({t('people.declared')})</span>
        </span>
      ))}
    </>
  );
}

export function AdministrativePanel({ p }: { p: PersonView }) {
  const { t } = useTranslation();
  const groups = p.targetGroups;
  return (
    <>
      <dl className="row" data-testid="person-administrative">
        <Row label={t('people.fields.employmentStatus')}>{t(`people.statuses.${p.employmentStatus}`)}</Row>
        <Row label={t('people.fields.didDate')}>{formatDate(p.didDate)}</Row>
        <Row label={t('people.fields.unemployedSince')}>{formatDate(p.unemployedSince)}</Row>
        <Row label={t('people.fields.incomeSupport')}>
          {list(p.incomeSupport, (k) => t(`people.incomeSupport.${k}`))}
        </Row>
        <Row label={t('people.age')}>
          {t('people.ageYears', { count: groups.age })}
          {groups.ageBand ? ` (${t('people.ageBand')} ${groups.ageBand})` : ''}
        </Row>
      </dl>
      <h3 className="h5">{t('people.computedGroups')}</h3>
      {groups.computed.length === 0 ? <p>{t('people.noGroups')}</p> : null}
      <ul data-testid="person-computed-groups">
        {groups.computed.map((g) => (
          <li key={g}>
            <strong>{t(`people.groups.${g}`)}</strong>: {t(`people.groupRules.${g}`)}
          </li>
        ))}
      </ul>
      <h3 className="h5">{t('people.declaredGroups')}</h3>
      {groups.declared.length === 0 ? <p>{t('people.noGroups')}</p> : null}
      <ul data-testid="person-declared-groups">
        {groups.declared.map((g) => (
          <li key={g}>{t(`people.groups.${g}`)}</li>
        ))}
      </ul>
    </>
  );
}

export function AvailabilityPanel({ p }: { p: PersonView }) {
  const { t } = useTranslation();
  const contracts = useCodeList('co-contract');
  const contractLabel = (code: string) => contracts.data?.items.find((c) => c.code === code)?.label ?? code;
  return (
    <dl className="row" data-testid="person-availability">
      <Row label={t('people.fields.availableFrom')}>{formatDate(p.availableFrom)}</Row>
      <Row label={t('people.fields.maxCommuteKm')}>
        {p.maxCommuteKm === null ? null : t('people.km', { count: p.maxCommuteKm })}
      </Row>
      <Row label={t('people.fields.ownVehicle')}>{p.ownVehicle ? t('common.yes') : t('common.no')}</Row>
      <Row label={t('people.fields.contractTypes')}>{list(p.contractTypes, contractLabel)}</Row>
      <Row label={t('people.fields.workingTimes')}>
        {list(p.workingTimes, (w) => t(`people.workingTimes.${w}`))}
      </Row>
      <Row label={t('people.fields.shifts')}>{list(p.shifts, (s) => t(`people.shifts.${s}`))}</Row>
    </dl>
  );
}
