// Starter occupations, sector "cura": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const curaOccupations = occupations('cura', [
  {
    id: '1391bdf9-bd61-4fb5-91ca-c29036ab2b60',
    isco: '5322',
    it: 'Assistente familiare (badante)',
    alt: ['Badante', 'Assistente agli anziani a domicilio'],
    essential: [
      '71deea7b-d8a0-42de-9d85-2d6a506dade4',
      'e0c6fdd1-336a-4e2f-91d1-ab4a2f9c385d',
      'ff939984-b1a6-4d57-88bd-e453262433c4',
    ],
    optional: ['7bb01a18-4637-4535-ba18-258f48f705b8'],
  },
  {
    id: '0a5356bc-7f81-4e40-971d-c1dc789c5fb4',
    isco: '5311',
    it: 'Baby-sitter',
    alt: ['Tata'],
    essential: [
      '12efe5f2-f7ec-4f03-b359-afba5b9f62de',
      '28ca596e-5e2f-4149-a28d-42d2c4c20227',
      '6ff01827-907d-43d8-b6e4-7162c1cf0aca',
    ],
    optional: ['54411e8e-d62f-46d8-b87b-fce23f8e3bc8'],
  },
  {
    id: '3f74aad8-2d60-4be2-b059-8dba5568d530',
    isco: '5311',
    it: 'Educatore/trice di asilo nido',
    alt: ['Educatore/trice prima infanzia'],
    essential: [
      '28ca596e-5e2f-4149-a28d-42d2c4c20227',
      'd15f8745-28f8-4abf-a7b6-6cb8a304efd2',
      '4e097377-7950-4993-9e22-a61b067b5c00',
    ],
    optional: ['114f2179-b625-4333-b9f9-fe6a846a7c36'],
  },
  {
    id: '3413f234-6230-47a8-8cc7-2691fd54ce3a',
    isco: '5311',
    it: "Assistente all'infanzia",
    alt: ["Operatore/trice per l'infanzia"],
    essential: [
      '94b01483-f13d-48ba-b8a9-ef8f18fcb2dc',
      'f8d4a24c-fb62-444e-9525-7aa5662f440d',
      '06bd47bc-d9f3-4517-8e34-c55c2e81f8c2',
    ],
    optional: ['28ca596e-5e2f-4149-a28d-42d2c4c20227'],
  },
  {
    id: 'f219f643-4df1-4a9a-b6c5-dc2f48c22806',
    isco: '5311',
    it: 'Au pair',
    alt: ['Ragazza/o alla pari'],
    essential: [
      '12efe5f2-f7ec-4f03-b359-afba5b9f62de',
      '493a1805-6caa-4cda-8fd3-6495ec8ea451',
      '94b01483-f13d-48ba-b8a9-ef8f18fcb2dc',
    ],
    optional: ['28ca596e-5e2f-4149-a28d-42d2c4c20227'],
  },
  {
    id: '4d27152a-a8ee-4f5a-9f93-a2fb4fb2b2e3',
    isco: '5312',
    it: "Assistente di scuola dell'infanzia",
    alt: ['Ausiliario/a scuola materna'],
    essential: [
      '28ca596e-5e2f-4149-a28d-42d2c4c20227',
      '06bd47bc-d9f3-4517-8e34-c55c2e81f8c2',
      'a13566a2-4461-4dcc-82b2-8280fb5bb993',
    ],
    optional: ['efe801a5-8704-4def-8a96-c32f7a6cb9fb'],
  },
  {
    id: '1f137f0b-7097-4583-9d1b-b69e57369319',
    isco: '5312',
    it: "Assistente all'autonomia e alla comunicazione",
    alt: ['Educatore/trice di sostegno'],
    essential: [
      '54411e8e-d62f-46d8-b87b-fce23f8e3bc8',
      '28ca596e-5e2f-4149-a28d-42d2c4c20227',
      'a13566a2-4461-4dcc-82b2-8280fb5bb993',
    ],
    optional: ['efe801a5-8704-4def-8a96-c32f7a6cb9fb'],
  },
  {
    id: '6d50f735-dca9-4a02-96dc-e4310ed98ae2',
    isco: '5152',
    it: 'Governante domestico/a',
    alt: ['Governante', 'Colf convivente'],
    essential: [
      '71deea7b-d8a0-42de-9d85-2d6a506dade4',
      'e0c6fdd1-336a-4e2f-91d1-ab4a2f9c385d',
      '7bb01a18-4637-4535-ba18-258f48f705b8',
    ],
    optional: ['a65fb963-6faf-47b2-a3d9-c4e5e4d833c5'],
  },
  {
    id: 'b7507136-e71e-47e8-b873-e77d5cdf2922',
    isco: '2635',
    it: 'Educatore/trice di strada',
    alt: ['Animatore/trice giovanile', 'Educatore/trice territoriale'],
    essential: [
      'd15f8745-28f8-4abf-a7b6-6cb8a304efd2',
      '28ca596e-5e2f-4149-a28d-42d2c4c20227',
      '4e097377-7950-4993-9e22-a61b067b5c00',
    ],
    optional: ['19ae47ed-6368-448a-b237-4fd270fc6d4c'],
  },
]);
