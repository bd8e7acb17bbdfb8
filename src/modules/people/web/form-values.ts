// The registration form's values (strings and lists, as the controls hold them) and their conversion to the
// contract's payload; the codice fiscale is checked part by part in the browser too, before anything is sent.
import type { TFunction } from 'i18next';
import { emptyToNull, type FieldErrors } from '../../../web/forms.ts';
import type { ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import type { PersonView } from '../contract.ts';
import { taxCodeMismatches } from '../domain/tax-code-check.ts';

export type PersonValues = {
  taxCode: string;
  givenName: string;
  familyName: string;
  sex: string;
  birthDate: string;
  bornInItaly: boolean;
  birthComune: ComuneValue;
  birthCountry: string;
  citizenship: string;
  residenceComune: ComuneValue;
  residenceSubdivisionId: string;
  address: string;
  postcode: string;
  email: string;
  phone: string;
  employmentStatus: string;
  didDate: string;
  unemployedSince: string;
  incomeSupport: string[];
  declaredGroups: string[];
  availableFrom: string;
  maxCommuteKm: string;
  ownVehicle: boolean;
  contractTypes: string[];
  workingTimes: string[];
  shifts: string[];
};

export function initialValues(p?: PersonView): PersonValues {
  return {
    taxCode: p?.taxCode ?? '',
    givenName: p?.givenName ?? '',
    familyName: p?.familyName ?? '',
    sex: p?.sex ?? '',
    birthDate: p?.birthDate ?? '',
    bornInItaly: (p?.birthCountry ?? 'IT') === 'IT',
    birthComune: p?.birthComuneCode ? { code: p.birthComuneCode, name: p.birthComuneName ?? '' } : null,
    birthCountry: p && p.birthCountry !== 'IT' ? p.birthCountry : '',
    citizenship: p?.citizenship ?? 'IT',
    residenceComune: p ? { code: p.residenceComuneCode, name: p.residenceComuneName } : null,
    residenceSubdivisionId: p?.residenceSubdivisionId ?? '',
    address: p?.address ?? '',
    postcode: p?.postcode ?? '',
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    employmentStatus: p?.employmentStatus ?? '',
    didDate: p?.didDate ?? '',
    unemployedSince: p?.unemployedSince ?? '',
    incomeSupport: p?.incomeSupport ?? [],
    declaredGroups: p?.declaredGroups ?? [],
    availableFrom: p?.availableFrom ?? '',
    maxCommuteKm: p?.maxCommuteKm === null || p?.maxCommuteKm === undefined ? '' : String(p.maxCommuteKm),
    ownVehicle: p?.ownVehicle ?? false,
    contractTypes: p?.contractTypes ?? [],
    workingTimes: p?.workingTimes ?? [],
    shifts: p?.shifts ?? [],
  };
}

/** The fields of personInput / personUpdate (zod checks them next). */
export function toPayload(v: PersonValues, hasSubdivisions: boolean) {
  const km = v.maxCommuteKm.trim();
  return {
    taxCode: v.taxCode,
    givenName: v.givenName,
    familyName: v.familyName,
    sex: v.sex,
    birthDate: v.birthDate,
    birthComuneCode: v.bornInItaly ? (v.birthComune?.code ?? '') : null,
    birthCountry: v.bornInItaly ? 'IT' : v.birthCountry.trim().toUpperCase(),
    citizenship: v.citizenship.trim().toUpperCase(),
    residenceComuneCode: v.residenceComune?.code ?? '',
    residenceSubdivisionId: hasSubdivisions ? emptyToNull(v.residenceSubdivisionId) : null,
    address: emptyToNull(v.address),
    postcode: emptyToNull(v.postcode),
    email: emptyToNull(v.email),
    phone: emptyToNull(v.phone),
    employmentStatus: v.employmentStatus,
    didDate: emptyToNull(v.didDate),
    unemployedSince: emptyToNull(v.unemployedSince),
    incomeSupport: v.incomeSupport,
    declaredGroups: v.declaredGroups,
    availableFrom: emptyToNull(v.availableFrom),
    maxCommuteKm: km === '' ? null : Number(km),
    ownVehicle: v.ownVehicle,
    contractTypes: v.contractTypes,
    workingTimes: v.workingTimes,
    shifts: v.shifts,
  };
}

/** Which parts of the codice fiscale disagree with the declared identity (birthplace: checked by the server). */
export function taxCodeErrors(v: PersonValues, t: TFunction): FieldErrors {
  if (!v.taxCode.trim() || !v.givenName.trim() || !v.familyName.trim()) return {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.birthDate) || (v.sex !== 'M' && v.sex !== 'F')) return {};
  const parts = taxCodeMismatches(v.taxCode, {
    familyName: v.familyName,
    givenName: v.givenName,
    sex: v.sex,
    birthDate: v.birthDate,
    birthplaceCode: null,
  });
  if (parts.length === 0) return {};
  return { taxCode: parts.map((p) => t(`people.taxCodeParts.${p}`)).join(' ') };
}

/** Toggles `item` in a list (for groups of checkboxes). */
export function toggle(list: string[], item: string, on: boolean): string[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}
