// Starter occupations, sector "verde": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const verdeOccupations = occupations('verde', [
  {
    id: 'e7970c7a-7769-4002-87d3-0a8ea94fdd6f',
    isco: '6113',
    it: 'Giardiniere/a',
    alt: ['Manutentore/trice del verde'],
    essential: [
      'c5f255ef-02d3-4ab0-a652-2bf055d1d493',
      'eadf0f36-cba0-4e68-8458-c91bc60b494d',
      'a8429098-ddac-481b-91e7-688d021c092e',
    ],
    optional: ['27ef6576-abf1-4825-8d9e-10f1c33dfe4f'],
  },
  {
    id: 'a10eb17a-3c78-4f7a-a1da-8f31146339d3',
    isco: '9214',
    it: 'Operaio/a addetto/a al verde',
    alt: ['Manutentore/trice del verde pubblico', 'Aiuto giardiniere'],
    essential: [
      'c5f255ef-02d3-4ab0-a652-2bf055d1d493',
      '7b3717e4-e963-44e0-b94f-1088a7242da0',
      '9d75efb9-0c77-4f86-b5e7-99100808564a',
    ],
    optional: ['eadf0f36-cba0-4e68-8458-c91bc60b494d'],
  },
  {
    id: 'a48b9a5a-5ded-482d-8cda-7fd097a32c16',
    isco: '6113',
    it: 'Manutentore/trice di aree verdi e impianti sportivi',
    alt: ['Addetto/a manutenzione campi sportivi'],
    essential: [
      '73997f48-cd9d-4724-872d-86ecbb2ed9a2',
      '6c1143b7-1a4c-49ba-849a-ae328673e566',
      'a8429098-ddac-481b-91e7-688d021c092e',
    ],
    optional: ['eadf0f36-cba0-4e68-8458-c91bc60b494d'],
  },
  {
    id: 'fa30c1cb-dbc5-409c-8124-7284592b123c',
    isco: '6113',
    it: 'Potatore/trice in tree climbing',
    alt: ['Tree climber', 'Arboricoltore'],
    essential: [
      '4322b221-7d85-425f-8d56-89ebcc1759cd',
      'bb859329-0cd8-45c0-a09f-48b6dcd9fc1a',
      'f3805809-9882-4bc5-bce1-b44040758b64',
    ],
    optional: ['eadf0f36-cba0-4e68-8458-c91bc60b494d'],
  },
  {
    id: 'b865693a-eb11-44cc-bf6c-38e5b4d7e169',
    isco: '6112',
    it: 'Arboricoltore/trice',
    alt: ['Tecnico/a del verde arboreo'],
    essential: [
      '4322b221-7d85-425f-8d56-89ebcc1759cd',
      'eadf0f36-cba0-4e68-8458-c91bc60b494d',
      'f3805809-9882-4bc5-bce1-b44040758b64',
    ],
    optional: ['ee62e616-b6e9-49c1-888b-1b4e81f3536e'],
  },
  {
    id: '98af7387-3974-457a-aa57-5397d1ea3949',
    isco: '6113',
    it: "Allestitore/trice di verde d'interni",
    alt: ["Florovivaista d'interni"],
    essential: [
      '73997f48-cd9d-4724-872d-86ecbb2ed9a2',
      '08881cb7-5331-4b11-9442-4d7c9fce749e',
      '9d75efb9-0c77-4f86-b5e7-99100808564a',
    ],
    optional: ['27ef6576-abf1-4825-8d9e-10f1c33dfe4f'],
  },
  {
    id: '773cf1de-50a4-42e7-bab1-e68dcbae3f54',
    isco: '9215',
    it: 'Operaio/a forestale',
    alt: ['Boscaiolo/a', 'Addetto/a ai lavori forestali'],
    essential: [
      'eadf0f36-cba0-4e68-8458-c91bc60b494d',
      '08881cb7-5331-4b11-9442-4d7c9fce749e',
      'f3805809-9882-4bc5-bce1-b44040758b64',
    ],
    optional: ['de131ede-cbfe-4e34-aff4-96f16831c3c4'],
  },
  {
    id: 'c0768628-46ad-4077-aee0-66ab6d7711df',
    isco: '5223',
    it: 'Fiorista',
    alt: ['Addetto/a vendita fiori e piante'],
    essential: [
      'e2b0d44f-df0f-47a7-882a-f8d7ffd40e60',
      '7e9daad3-8604-4839-af9b-dc6f8db3ef68',
      'f4b5e3fb-ea82-4307-887a-d1901c7d3a4d',
    ],
    optional: [],
  },
]);
