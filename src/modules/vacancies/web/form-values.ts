// The vacancy editor's state (strings for inputs, lists for skills and codes) and its conversion to and from the
// API's shapes.
import type { VacancyInput, VacancyView } from '../contract.ts';

export type SkillChoice = { uri: string; label: string; essential: boolean };

export type VacancyFormValues = {
  employer: { id: string; name: string } | null;
  title: string;
  description: string;
  occupation: { uri: string; label: string } | null;
  skills: SkillChoice[];
  minExperienceMonths: string;
  minEqfLevel: string;
  languages: { code: string; level: string }[];
  licences: string[];
  contractType: string;
  workingTime: 'full_time' | 'part_time';
  weeklyHours: string;
  siteComune: { code: string; name: string } | null;
  siteAddress: string;
  positions: string;
  startDate: string;
  deadline: string;
  reservedFor: string[];
};

export const emptyVacancy: VacancyFormValues = {
  employer: null,
  title: '',
  description: '',
  occupation: null,
  skills: [],
  minExperienceMonths: '0',
  minEqfLevel: '',
  languages: [],
  licences: [],
  contractType: '',
  workingTime: 'full_time',
  weeklyHours: '',
  siteComune: null,
  siteAddress: '',
  positions: '1',
  startDate: '',
  deadline: '',
  reservedFor: [],
};

export function fromView(v: VacancyView): VacancyFormValues {
  return {
    employer: { id: v.employerId, name: v.employerName },
    title: v.title,
    description: v.description,
    occupation: { uri: v.occupationUri, label: v.occupationLabel },
    skills: [
      ...v.essentialSkills.map((s) => ({ ...s, essential: true })),
      ...v.optionalSkills.map((s) => ({ ...s, essential: false })),
    ],
    minExperienceMonths: String(v.minExperienceMonths),
    minEqfLevel: v.minEqfLevel ? String(v.minEqfLevel) : '',
    languages: v.languages,
    licences: v.licences,
    contractType: v.contractType,
    workingTime: v.workingTime,
    weeklyHours: v.weeklyHours ? String(v.weeklyHours) : '',
    siteComune: { code: v.siteComuneCode, name: v.siteComuneName },
    siteAddress: v.siteAddress ?? '',
    positions: String(v.positions),
    startDate: v.startDate ?? '',
    deadline: v.deadline ?? '',
    reservedFor: v.reservedFor,
  };
}

const int = (s: string) => (s.trim() === '' ? null : Number(s));

/** What the API receives (zod checks it again in the browser before sending, then the server). */
export function toPayload(v: VacancyFormValues): Omit<VacancyInput, 'employerId'> & { employerId?: string } {
  return {
    ...(v.employer ? { employerId: v.employer.id } : {}),
    title: v.title,
    description: v.description,
    occupationUri: v.occupation?.uri ?? null,
    essentialSkills: v.skills.filter((s) => s.essential).map((s) => s.uri),
    optionalSkills: v.skills.filter((s) => !s.essential).map((s) => s.uri),
    minExperienceMonths: int(v.minExperienceMonths) ?? 0,
    minEqfLevel: int(v.minEqfLevel),
    languages: v.languages as VacancyInput['languages'],
    licences: v.licences,
    contractType: v.contractType,
    workingTime: v.workingTime,
    weeklyHours: int(v.weeklyHours),
    siteComuneCode: v.siteComune?.code ?? '',
    siteAddress: v.siteAddress.trim() || null,
    positions: int(v.positions) ?? 1,
    startDate: v.startDate || null,
    deadline: v.deadline || null,
    reservedFor: v.reservedFor as VacancyInput['reservedFor'],
  };
}
