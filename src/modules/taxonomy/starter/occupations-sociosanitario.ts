// Starter occupations, sector "sociosanitario": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const sociosanitarioOccupations = occupations('sociosanitario', [
  {
    id: 'd38c2107-98f2-47b7-8bb4-f69750d51082',
    isco: '5321',
    it: 'Operatore/trice socio-sanitario/a (OSS)',
    alt: ['OSS', 'Operatore socio sanitario'],
    essential: [
      'bccafecc-4d80-43d3-8c9f-aef382c3926f',
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      '62268d9a-42f9-4c65-9ed3-d7ba69249896',
    ],
    optional: ['54411e8e-d62f-46d8-b87b-fce23f8e3bc8'],
  },
  {
    id: 'f4525ed8-54eb-4a3b-90db-55cc01b0d9fd',
    isco: '3412',
    it: 'Operatore/trice di assistenza domiciliare',
    alt: ['Assistente domiciliare', 'OSA'],
    essential: [
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      'd15f8745-28f8-4abf-a7b6-6cb8a304efd2',
      '4e097377-7950-4993-9e22-a61b067b5c00',
    ],
    optional: ['b469a01e-2d3c-4143-8af8-687630fb4ee5'],
  },
  {
    id: '8d3e8aaa-791b-4c75-a465-f3f827028f50',
    isco: '2221',
    it: 'Infermiere/a',
    alt: ['Infermiere/a professionale'],
    essential: [
      '54411e8e-d62f-46d8-b87b-fce23f8e3bc8',
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      'db8a9ba7-96ad-4c53-b552-d4f1570dfefb',
    ],
    optional: ['e724205b-6b9a-45b4-b629-cd32a6c80b4f'],
  },
  {
    id: '64e909ad-1bd0-493c-a8dc-1afbed0c9c2f',
    isco: '3258',
    it: 'Autista soccorritore/trice',
    alt: ['Soccorritore/trice 118'],
    essential: [
      'd15f8745-28f8-4abf-a7b6-6cb8a304efd2',
      'f9246b8b-d8c4-4c28-ba6c-b50680dd0c79',
      'f7464f30-662b-4177-85a0-3df9693e9e58',
    ],
    optional: ['d3eccb86-f02d-4950-bfbd-20b9510774a1'],
  },
  {
    id: '4b05bef2-ded4-4b09-ab94-f4c6a555a775',
    isco: '2635',
    it: 'Assistente sociale',
    alt: ['Assistente sociale professionale'],
    essential: [
      'd15f8745-28f8-4abf-a7b6-6cb8a304efd2',
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      '4e097377-7950-4993-9e22-a61b067b5c00',
    ],
    optional: ['9fcf9918-fdef-49c3-aedc-518eb1e7e1f5'],
  },
  {
    id: '8d703e8f-1e57-4246-8a6b-cb87a760d4ab',
    isco: '3412',
    it: 'Operatore/trice sociale',
    alt: ['Operatore/trice di comunità'],
    essential: [
      'd15f8745-28f8-4abf-a7b6-6cb8a304efd2',
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      '4e097377-7950-4993-9e22-a61b067b5c00',
    ],
    optional: ['54411e8e-d62f-46d8-b87b-fce23f8e3bc8'],
  },
  {
    id: '9c55aa23-e3f2-4c00-8c90-5ed5204951a3',
    isco: '3412',
    it: 'Operatore/trice per la disabilità',
    alt: ['Assistente per persone con disabilità'],
    essential: [
      '54411e8e-d62f-46d8-b87b-fce23f8e3bc8',
      'd15f8745-28f8-4abf-a7b6-6cb8a304efd2',
      '4e097377-7950-4993-9e22-a61b067b5c00',
    ],
    optional: ['0f298334-ae4a-4ab7-96c2-0d90d2883768'],
  },
  {
    id: 'c1a86d6d-7785-43e1-994b-958eba58fff7',
    isco: '3213',
    it: 'Commesso/a di farmacia',
    alt: ['Addetto/a parafarmacia'],
    essential: [
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      '279101c1-e325-4349-bf58-401b6c8ff208',
      'd3eccb86-f02d-4950-bfbd-20b9510774a1',
    ],
    optional: ['d93f9e29-9740-4231-8486-13d377b99f05'],
  },
  {
    id: '7b74626d-b487-48a1-9e80-47faf9928210',
    isco: '3213',
    it: 'Tecnico/a di farmacia',
    alt: ['Assistente di farmacia'],
    essential: [
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      '0cb013af-6dd9-4fb2-b34e-63dda1a5cf82',
      'd3eccb86-f02d-4950-bfbd-20b9510774a1',
    ],
    optional: ['d93f9e29-9740-4231-8486-13d377b99f05'],
  },
  {
    id: 'bdc74965-1d1a-4f8e-a490-9cf71f494e02',
    isco: '3251',
    it: 'Assistente di studio odontoiatrico (ASO)',
    alt: ['ASO'],
    essential: [
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      '8b7f2ac7-605c-4975-83d0-d1014852fdaf',
      'd3eccb86-f02d-4950-bfbd-20b9510774a1',
    ],
    optional: ['e724205b-6b9a-45b4-b629-cd32a6c80b4f'],
  },
  {
    id: '0c041d1e-1841-4acb-b0a1-2c387a61bf65',
    isco: '3256',
    it: 'Assistente di studio medico',
    alt: ['Assistente ambulatoriale'],
    essential: [
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      '3d395072-95d7-4706-986f-a7d29ddbd547',
      'd3eccb86-f02d-4950-bfbd-20b9510774a1',
    ],
    optional: ['e724205b-6b9a-45b4-b629-cd32a6c80b4f'],
  },
  {
    id: '006cc1f9-2841-41c3-991a-dc3f2f3bd533',
    isco: '2264',
    it: 'Fisioterapista',
    alt: ['Terapista della riabilitazione'],
    essential: [
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      '394028bf-8dd1-4910-ad46-bc9e8e6e5b6d',
      'f7464f30-662b-4177-85a0-3df9693e9e58',
    ],
    optional: ['e724205b-6b9a-45b4-b629-cd32a6c80b4f'],
  },
  {
    id: 'a30734bb-2f10-4747-a94c-75f5ec3c63a4',
    isco: '5329',
    it: 'Ausiliario/a ospedaliero/a',
    alt: ['Portantino/a'],
    essential: [
      'd15f8745-28f8-4abf-a7b6-6cb8a304efd2',
      'f90d4810-8bac-4e5e-b870-3e35a4138ff7',
      'f7464f30-662b-4177-85a0-3df9693e9e58',
    ],
    optional: ['d3eccb86-f02d-4950-bfbd-20b9510774a1'],
  },
  {
    id: 'c7ad889f-10fc-4346-b740-bd479ad82b47',
    isco: '3253',
    it: 'Operatore/trice sanitario/a di comunità',
    alt: ['Mediatore/trice sanitario/a'],
    essential: [
      'a95e0f9f-726e-4b0a-97c5-fa7a9d40ae8f',
      '8d927aab-9202-4c02-9f39-5d478458f25c',
      '4a752bd2-9fe9-4539-ab5a-8edc0dec6ef0',
    ],
    optional: ['13724e7d-b946-4773-915e-9621340237bc'],
  },
]);
