// Valid person payloads for tests: the codice fiscale is computed by the kept library from the declared identity.
import type CodiceFiscaleClass from 'codice-fiscale-js';
import * as cfModule from 'codice-fiscale-js';

type CfModule = {
  CodiceFiscale?: typeof CodiceFiscaleClass;
  default?: { CodiceFiscale?: typeof CodiceFiscaleClass };
};
const CodiceFiscale = ((cfModule as unknown as CfModule).CodiceFiscale ??
  (cfModule as unknown as CfModule).default?.CodiceFiscale) as typeof CodiceFiscaleClass;

export function personPayload(
  over: { givenName?: string; familyName?: string; sex?: 'M' | 'F'; birthDate?: string } = {},
) {
  const givenName = over.givenName ?? 'Giovanni';
  const familyName = over.familyName ?? 'Esposito';
  const sex = over.sex ?? 'M';
  const birthDate = over.birthDate ?? '1968-05-14';
  const [year, month, day] = birthDate.split('-').map(Number);
  const taxCode = CodiceFiscale.compute({
    name: givenName,
    surname: familyName,
    gender: sex,
    day,
    month,
    year,
    birthplace: 'Chieri',
    birthplaceProvincia: 'TO',
  });
  return {
    taxCode,
    givenName,
    familyName,
    sex,
    birthDate,
    birthComuneCode: '001078',
    residenceComuneCode: '001078',
    address: 'Via Vittorio Emanuele II 10',
    postcode: '10023',
    email: `${givenName}.${familyName}@posta.example`.toLowerCase(),
    employmentStatus: 'unemployed' as const,
    didDate: '2024-03-01',
    incomeSupport: ['naspi' as const],
    maxCommuteKm: 20,
    ownVehicle: true,
  };
}
