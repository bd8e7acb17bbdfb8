// Checks a vacancy's requirements for contradictions the schema alone cannot see, each naming its field so the
// form can show it in place: part-time with full-time hours, a deadline after the start date, the same skill
// both essential and optional, an internship that is not reserved to people without work… Pure, no I/O.

export type VacancyRequirements = {
  occupationUri: string | null;
  workingTime: 'full_time' | 'part_time';
  weeklyHours: number | null;
  positions: number;
  startDate: string | null;
  deadline: string | null;
  essentialSkills: string[];
  optionalSkills: string[];
  minExperienceMonths: number;
  contractType: string;
  reservedFor: string[];
};

export type RequirementProblem = { field: keyof VacancyRequirements; code: string };

/** Above this a week is not part-time (CCNL: full time is usually 36–40 hours). */
export const PART_TIME_MAX_HOURS = 35;
export const MAX_WEEKLY_HOURS = 48; // D.Lgs. 66/2003 art. 4: average weekly maximum including overtime
/** The CO code of extracurricular internships (tirocini): they are not employment contracts. */
export const INTERNSHIP_CONTRACT = 'C.01.00';

export function requirementProblems(v: VacancyRequirements, today: string): RequirementProblem[] {
  const out: RequirementProblem[] = [];
  if (!v.occupationUri) out.push({ field: 'occupationUri', code: 'vacancy_occupation_required' });
  if (v.weeklyHours !== null) {
    if (v.weeklyHours > MAX_WEEKLY_HOURS)
      out.push({ field: 'weeklyHours', code: 'vacancy_hours_over_maximum' });
    else if (v.workingTime === 'part_time' && v.weeklyHours > PART_TIME_MAX_HOURS) {
      out.push({ field: 'weeklyHours', code: 'vacancy_part_time_hours' });
    }
  }
  if (v.positions < 1) out.push({ field: 'positions', code: 'vacancy_positions' });
  if (v.deadline && v.deadline < today) out.push({ field: 'deadline', code: 'vacancy_deadline_past' });
  if (v.deadline && v.startDate && v.deadline > v.startDate) {
    out.push({ field: 'deadline', code: 'vacancy_deadline_after_start' });
  }
  const optional = new Set(v.optionalSkills);
  if (v.essentialSkills.some((s) => optional.has(s))) {
    out.push({ field: 'optionalSkills', code: 'vacancy_skill_both_essential_and_optional' });
  }
  if (new Set(v.essentialSkills).size !== v.essentialSkills.length) {
    out.push({ field: 'essentialSkills', code: 'vacancy_skill_repeated' });
  }
  const internship = v.contractType === INTERNSHIP_CONTRACT;
  if (internship !== v.reservedFor.includes('internship')) {
    // An internship is open only to people without work, and only internships may be reserved that way.
    out.push({ field: 'reservedFor', code: 'vacancy_internship_reservation' });
  }
  if (internship && v.minExperienceMonths > 0) {
    // Extracurricular internships are for people who still have to learn the job.
    out.push({ field: 'minExperienceMonths', code: 'vacancy_internship_experience' });
  }
  return out;
}
