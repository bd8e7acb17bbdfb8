// Small Italian code lists loaded with the starter taxonomy: ATECO 2007 (2022 update) sections and divisions, SAP
// education levels (→ ISCED 2011 level / EQF), CEFR levels, driving licences and professional licences, CO
// contract types, income-support measures and employment status. Labels are our own short wording.
import { atecoRows, sectionOf } from './code-lists-ateco.ts';
import { cefr, sapEducation } from './code-lists-education.ts';
import {
  coContracts,
  drivingLicences,
  employmentStatus,
  incomeSupport,
  licences,
} from './code-lists-other.ts';
import { list } from './code-lists-row.ts';
import type { CodeListEntry } from './types.ts';

export const starterCodeLists: CodeListEntry[] = [
  ...list('ateco', '2007-2022', atecoRows, (code) => sectionOf.get(code)),
  ...list('sap-education', '2015', sapEducation),
  ...list('cefr', '2001', cefr),
  ...list('driving-licence', '2013', drivingLicences),
  ...list('licence', '2012', licences),
  ...list('co-contract', '2024', coContracts),
  ...list('income-support', '2024', incomeSupport),
  ...list('employment-status', '2015', employmentStatus),
];
