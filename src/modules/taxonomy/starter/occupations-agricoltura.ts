// Starter occupations, sector "agricoltura": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const agricolturaOccupations = occupations('agricoltura', [
  {
    id: '373db468-bd25-4b67-a6e0-4ac79d9a9e85',
    isco: '9211',
    it: 'Raccoglitore/trice di frutta e verdura',
    alt: ['Bracciante agricolo', 'Addetto/a alla raccolta'],
    essential: [
      'b9f621b2-fecb-417c-98ca-802cbf0ba0b9',
      '2e4e8114-e579-453d-918e-b0262818ab76',
      '0e355580-bd4a-465a-8058-92984623070e',
    ],
    optional: ['188ad0ce-1703-4d41-801b-201d739aeede'],
  },
  {
    id: 'e5e3ea36-4ed9-4c57-987c-9974385551a8',
    isco: '9211',
    it: 'Operaio/a viticolo/a',
    alt: ['Vignaiolo', 'Addetto/a alla vendemmia'],
    essential: [
      'a131d45c-7f0b-457e-9294-4e7e32f6b2af',
      'bed64efc-fd94-4fa4-aa3a-048c92c9255b',
      '06b1f593-ac31-42ba-a2cd-5d86c755b416',
    ],
    optional: ['85c1377a-b96f-4ad0-adb4-8d11f8a2eecd'],
  },
  {
    id: '1a9d99ba-4c08-4864-8f6a-1b0f2b4cf883',
    isco: '9214',
    it: 'Operaio/a orto-florovivaista',
    alt: ['Vivaista', 'Addetto/a alle serre'],
    essential: [
      'b9f621b2-fecb-417c-98ca-802cbf0ba0b9',
      '2e4e8114-e579-453d-918e-b0262818ab76',
      '188ad0ce-1703-4d41-801b-201d739aeede',
    ],
    optional: ['85c1377a-b96f-4ad0-adb4-8d11f8a2eecd'],
  },
  {
    id: '65bd2342-f7de-4932-9164-eb480e35a791',
    isco: '9212',
    it: "Addetto/a all'allevamento",
    alt: ['Allevatore/trice', 'Operaio/a zootecnico/a'],
    essential: [
      '60ac9cee-9ece-4c2c-ad16-d94a51127976',
      'a7309d64-6209-49d7-878e-2b0e403908a4',
      '9433da85-70fa-4a25-8f96-71fa59dd1989',
    ],
    optional: ['2e4e8114-e579-453d-918e-b0262818ab76'],
  },
  {
    id: '1b8c75a9-407b-4554-a7d6-df391672c6b1',
    isco: '8341',
    it: 'Trattorista',
    alt: ['Conduttore/trice di macchine agricole'],
    essential: [
      '2e4e8114-e579-453d-918e-b0262818ab76',
      '5b6abc4b-0cfe-4178-845d-479da3d2d699',
      '7e1edea2-3c00-44b0-b23e-982d9304cc49',
    ],
    optional: ['afdcb380-ef9f-4785-b877-cc551f035034'],
  },
  {
    id: '1b5ccfe7-1cc3-4f02-974c-f852d3faf57e',
    isco: '6114',
    it: 'Conduttore/trice di azienda agricola',
    alt: ['Imprenditore/trice agricolo/a'],
    essential: [
      'b9f621b2-fecb-417c-98ca-802cbf0ba0b9',
      '8034a1ea-5ee0-4a84-8fd3-16411c8d86fb',
      '188ad0ce-1703-4d41-801b-201d739aeede',
    ],
    optional: ['2e4e8114-e579-453d-918e-b0262818ab76'],
  },
  {
    id: '0b14d5d7-1bbe-4403-b9e6-7b0f37fc44fc',
    isco: '5164',
    it: 'Addetto/a alla cura degli animali',
    alt: ['Custode di animali', 'Addetto canile'],
    essential: [
      'f37dd722-72b4-4550-bca1-d19176208deb',
      'f022949a-39bf-4f54-978e-3d5fa8dd19d9',
      '4e6cfb60-9579-4822-8a5e-424bc0c8835c',
    ],
    optional: ['415abd43-e8e5-4643-b5da-5f11307af57a'],
  },
  {
    id: '1c1e86f9-6347-42d6-aa6e-c95b138bf640',
    isco: '6130',
    it: 'Agricoltore/trice',
    alt: ['Coltivatore/trice diretto/a'],
    essential: [
      '08dede9c-570a-462a-931a-481aef87fd6d',
      '9a6e9f3a-830d-4bdf-9aee-3db636e8e93d',
      'f2f463e5-2382-49cb-8199-e7e043d868df',
    ],
    optional: ['df0690fb-070b-4d63-9043-a65f18044787'],
  },
  {
    id: '00c8d1cf-24f2-47d1-9f10-765e1c102811',
    isco: '7233',
    it: 'Meccanico/a di macchine agricole',
    alt: ['Riparatore/trice mezzi agricoli'],
    essential: [
      '822e7177-9868-43b7-a31c-9bea1e8a57ec',
      'a6bbc19a-381c-4c60-a79a-41dea2d1a422',
      'f2f463e5-2382-49cb-8199-e7e043d868df',
    ],
    optional: ['415abd43-e8e5-4643-b5da-5f11307af57a'],
  },
]);
