// Starter occupations, sector "ict": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const ictOccupations = occupations('ict', [
  {
    id: 'f2b15a0e-e65a-438a-affb-29b9d50b77d1',
    isco: '2512',
    it: 'Sviluppatore/trice software',
    alt: ['Programmatore/trice'],
    essential: [
      '2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1',
      '7111b95d-0ce3-441a-9d92-4c75d05c4388',
      '21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
    ],
    optional: ['020918ef-4b55-47c1-8430-ab7b8f6a7377'],
  },
  {
    id: 'c40a2919-48a9-40ea-b506-1f34f693496d',
    isco: '2513',
    it: 'Sviluppatore/trice web',
    alt: ['Web developer'],
    essential: [
      '2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1',
      '69bbd53f-fbb0-4476-b4b2-ef7844464e28',
      '21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
    ],
    optional: ['bb2b4485-2bad-402f-8517-44bf7d9afff4'],
  },
  {
    id: 'aaeec9a7-dc57-4485-890c-86b3eef735f9',
    isco: '3512',
    it: 'Tecnico/a helpdesk',
    alt: ['Operatore/trice help desk', 'Supporto IT di primo livello'],
    essential: [
      '61970f8b-099c-4e7e-82e0-9ccdced0baf3',
      'd6d3fee7-47e2-47f4-a0ec-6c75f28c6abd',
      '43b13058-68d0-40c6-8031-caf5a7b7d20c',
    ],
    optional: ['bb2b4485-2bad-402f-8517-44bf7d9afff4'],
  },
  {
    id: '9e2e6e1e-363b-4e1b-a673-7bc0f7343300',
    isco: '2522',
    it: 'Sistemista',
    alt: ['Amministratore/trice di sistema'],
    essential: [
      '020918ef-4b55-47c1-8430-ab7b8f6a7377',
      'bb2b4485-2bad-402f-8517-44bf7d9afff4',
      '4b51e76e-9e8a-455f-a289-5b48246345c4',
    ],
    optional: ['8359bd04-d2cb-4757-af1f-39a921df9efe'],
  },
  {
    id: '64c7d461-152c-477f-a8e2-c2c537e9d617',
    isco: '3513',
    it: 'Tecnico/a di reti informatiche',
    alt: ['Tecnico di rete'],
    essential: [
      'bb2b4485-2bad-402f-8517-44bf7d9afff4',
      '0da6cab1-0ee9-4391-a299-f71fbf21db56',
      'a99c6783-50c0-4f7a-99df-bf93429ef6dc',
    ],
    optional: ['8359bd04-d2cb-4757-af1f-39a921df9efe'],
  },
  {
    id: '8c57af09-719c-42b3-be40-6ed4946236cc',
    isco: '2521',
    it: 'Amministratore/trice di database',
    alt: ['DBA'],
    essential: [
      'fecf8a0d-62c4-4e71-9b03-0f4fc2ad7bf5',
      'a7f0fbe0-c546-4f30-8e41-34a58c64567e',
      '4463a721-69f3-413d-8321-43e3af13a4f1',
    ],
    optional: ['e5b5053e-0ef6-4c4e-a3f2-42f955f4322c'],
  },
  {
    id: 'b7aa4b4e-dbb6-4f58-b36c-35b9a7267972',
    isco: '7422',
    it: 'Tecnico/a riparatore/trice di computer',
    alt: ['Tecnico hardware'],
    essential: [
      'dda69c90-2355-4ab5-b0ef-6ada47f74cc1',
      '113d2de3-2150-4949-b91d-abd3d39b370b',
      '95c35c3a-035f-47c2-90cf-7e934d20fc08',
    ],
    optional: ['bb2b4485-2bad-402f-8517-44bf7d9afff4'],
  },
  {
    id: 'd3edb8f8-3a06-47a0-8fb9-9b212c006aa2',
    isco: '2511',
    it: 'Analista di dati',
    alt: ['Data analyst'],
    essential: [
      'fecf8a0d-62c4-4e71-9b03-0f4fc2ad7bf5',
      '25f0ea33-b4a2-4f31-b7b4-7d20e827b180',
      '4463a721-69f3-413d-8321-43e3af13a4f1',
    ],
    optional: ['d3286405-49f8-4e8a-8046-a4376b4e7963'],
  },
  {
    id: '69bcbb0a-8d80-4ecd-b0a4-9adea2a40de2',
    isco: '2166',
    it: 'Grafico/a',
    alt: ['Graphic designer'],
    essential: [
      '7378b8c3-3b62-46de-9d67-1c9528954615',
      '68698869-c13c-4563-adc7-118b7644f45d',
      '7fb699d9-182a-430e-b7a0-6d8ed05c284b',
    ],
    optional: ['234aeb8d-56c3-4531-9193-1c5e6a8d16cb'],
  },
  {
    id: 'a44a1dc5-be08-4840-8bd5-770c4ac1ca6d',
    isco: '3512',
    it: 'Tecnico/a della sicurezza informatica',
    alt: ['Addetto/a cybersecurity'],
    essential: [
      '501537a7-9d63-491d-ae02-09f04767ff1e',
      'f9a6f35b-01a7-40c9-8b61-b6ee46f97272',
      'f9e788df-d68a-4f92-92c7-80e135fc35ff',
    ],
    optional: ['bb2b4485-2bad-402f-8517-44bf7d9afff4'],
  },
  {
    id: '056bef79-c125-47ab-b6b9-8eed05c9458c',
    isco: '7422',
    it: 'Tecnico/a di telecomunicazioni',
    alt: ['Installatore di reti telefoniche'],
    essential: [
      '85ac537a-9233-42cc-a6e8-73851e77d214',
      'f0ff6f10-cbb4-44c0-acd5-ed17046b1396',
      '374ff115-fc97-4b64-afc1-86ef14a25e4d',
    ],
    optional: ['e5b5053e-0ef6-4c4e-a3f2-42f955f4322c'],
  },
]);
