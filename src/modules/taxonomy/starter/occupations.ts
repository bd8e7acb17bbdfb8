// All starter occupations, one file per sector.

import { agricolturaOccupations } from './occupations-agricoltura.ts';
import { amministrazioneOccupations } from './occupations-amministrazione.ts';
import { commercioOccupations } from './occupations-commercio.ts';
import { curaOccupations } from './occupations-cura.ts';
import { ediliziaOccupations } from './occupations-edilizia.ts';
import { ictOccupations } from './occupations-ict.ts';
import { industriaOccupations } from './occupations-industria.ts';
import { logisticaOccupations } from './occupations-logistica.ts';
import { metalmeccanicaOccupations } from './occupations-metalmeccanica.ts';
import { pulizieOccupations } from './occupations-pulizie.ts';
import { ristorazioneOccupations } from './occupations-ristorazione.ts';
import { serviziOccupations } from './occupations-servizi.ts';
import { sociosanitarioOccupations } from './occupations-sociosanitario.ts';
import { sportOccupations } from './occupations-sport.ts';
import { trasportiOccupations } from './occupations-trasporti.ts';
import { turismoOccupations } from './occupations-turismo.ts';
import { verdeOccupations } from './occupations-verde.ts';
import type { StarterOccupation } from './types.ts';

export const starterOccupations: StarterOccupation[] = [
  ...logisticaOccupations,
  ...trasportiOccupations,
  ...metalmeccanicaOccupations,
  ...pulizieOccupations,
  ...ristorazioneOccupations,
  ...commercioOccupations,
  ...amministrazioneOccupations,
  ...sociosanitarioOccupations,
  ...curaOccupations,
  ...ediliziaOccupations,
  ...ictOccupations,
  ...verdeOccupations,
  ...sportOccupations,
  ...industriaOccupations,
  ...agricolturaOccupations,
  ...turismoOccupations,
  ...serviziOccupations,
];
