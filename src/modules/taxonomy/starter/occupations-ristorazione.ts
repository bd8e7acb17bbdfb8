// Starter occupations, sector "ristorazione": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const ristorazioneOccupations = occupations('ristorazione', [
  {
    id: '90f75f67-495d-49fa-ab57-2f320e251d7e',
    isco: '5120',
    it: 'Cuoco/a',
    alt: ['Chef di cucina', 'Capo partita'],
    essential: [
      'c42d2a2a-2f55-45ac-beb1-0a8a76412457',
      'f3934441-4bff-4076-9945-e6c51a01c467',
      '5e433def-210d-4dfa-bf07-dbf6d04e0eaa',
    ],
    optional: ['f7f56b20-8f05-4731-a1bf-79fdcffc72ce'],
  },
  {
    id: 'e1cf6897-158d-4b48-a39e-2a3a8cac216c',
    isco: '9412',
    it: 'Aiuto cuoco/a',
    alt: ['Commis di cucina', 'Addetto/a alla preparazione pasti'],
    essential: [
      'c42d2a2a-2f55-45ac-beb1-0a8a76412457',
      '44f6a65f-6be7-4818-9a66-73908797283f',
      '5e433def-210d-4dfa-bf07-dbf6d04e0eaa',
    ],
    optional: ['f7f56b20-8f05-4731-a1bf-79fdcffc72ce'],
  },
  {
    id: 'f756fdab-7726-4c48-bfcc-94ff8810fc08',
    isco: '9412',
    it: 'Lavapiatti',
    alt: ['Addetto/a al lavaggio stoviglie', 'Plongeur'],
    essential: [
      '9b31016e-c99d-4bd2-a550-d5660dac5041',
      '8c8da904-cdb3-47d9-bfbf-15ade747d9ec',
      '5e433def-210d-4dfa-bf07-dbf6d04e0eaa',
    ],
    optional: ['c42d2a2a-2f55-45ac-beb1-0a8a76412457'],
  },
  {
    id: 'd5db9d5c-2ebf-4a54-a79a-1b7e7ff70471',
    isco: '5131',
    it: 'Cameriere/a di sala',
    alt: ['Cameriere/a', 'Commis di sala'],
    essential: [
      '8c8da904-cdb3-47d9-bfbf-15ade747d9ec',
      '44773391-78b7-4500-b421-96a9ca622a99',
      '6ff01827-907d-43d8-b6e4-7162c1cf0aca',
    ],
    optional: ['5e433def-210d-4dfa-bf07-dbf6d04e0eaa'],
  },
  {
    id: 'bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61',
    isco: '5132',
    it: 'Barista',
    alt: ['Addetto/a al banco bar'],
    essential: [
      '8c8da904-cdb3-47d9-bfbf-15ade747d9ec',
      'e4fb4f26-1c0c-45e4-9250-5be32cee2a48',
      'f7f56b20-8f05-4731-a1bf-79fdcffc72ce',
    ],
    optional: ['de9d332c-f911-4579-8681-d8d8d954cd8e'],
  },
  {
    id: '2f5e38a0-6578-4665-bdbd-e2ab505be140',
    isco: '5132',
    it: 'Barman/barlady',
    alt: ['Bartender'],
    essential: [
      'e4fb4f26-1c0c-45e4-9250-5be32cee2a48',
      'eae7d1fd-8011-476e-9762-200d4162f957',
      '306a1555-9fa2-47af-b996-a0a8833cbe81',
    ],
    optional: ['efd806d5-8390-4591-9c52-14d8f74bfa43'],
  },
  {
    id: '01484951-15e6-4b88-a20f-1201868d36a0',
    isco: '3434',
    it: 'Capo cuoco/a (chef)',
    alt: ['Executive chef'],
    essential: [
      'f3934441-4bff-4076-9945-e6c51a01c467',
      '5c6ca864-76d5-4217-b3e1-9a7ba7f8f47b',
      '339ac029-066a-4985-9f9d-b3d7c8fea0bb',
    ],
    optional: ['f7f56b20-8f05-4731-a1bf-79fdcffc72ce'],
  },
  {
    id: '53ed8787-3423-4843-8c63-7be1877d29e2',
    isco: '5131',
    it: 'Maître di sala',
    alt: ['Capo cameriere/a'],
    essential: [
      '5c6ca864-76d5-4217-b3e1-9a7ba7f8f47b',
      '113d5db5-4fb4-418c-a4e0-2f01a71b26a1',
      'de9d332c-f911-4579-8681-d8d8d954cd8e',
    ],
    optional: ['a8562251-8f76-4217-b738-c348048c0f5d'],
  },
  {
    id: 'a02a1117-212f-4a49-b21a-d3b971e00e48',
    isco: '9411',
    it: 'Pizzaiolo/a',
    alt: ['Addetto/a al forno pizza'],
    essential: [
      '5c6ca864-76d5-4217-b3e1-9a7ba7f8f47b',
      'c42d2a2a-2f55-45ac-beb1-0a8a76412457',
      '5e433def-210d-4dfa-bf07-dbf6d04e0eaa',
    ],
    optional: ['75dfe1ee-5935-42ce-b820-697f827825c3'],
  },
  {
    id: '11e6d39e-1295-40e7-8eea-3eb042bc7e34',
    isco: '5120',
    it: 'Cuoco/a di mensa',
    alt: ['Cuoco/a per ristorazione collettiva'],
    essential: [
      'bf7a45c4-0d72-4e6e-9da7-127b2b6656b7',
      '5626b3b1-5415-47f6-acf1-b573d457d180',
      '5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350',
    ],
    optional: ['728cd984-19ad-441c-8145-b8edc9c53445'],
  },
  {
    id: 'b4bff870-5c8f-4c33-b07f-f04d79830633',
    isco: '5246',
    it: 'Addetto/a alla ristorazione collettiva',
    alt: ['Addetto/a mensa', 'Operatore/trice della ristorazione'],
    essential: [
      '9b31016e-c99d-4bd2-a550-d5660dac5041',
      'c1e6e283-bc66-4e78-b4ec-501ff082d9f1',
      '29b326ea-a9c8-4963-b35a-8541d0cdff77',
    ],
    optional: ['96c74a96-77dd-4285-a7f0-33966ec0df5e'],
  },
  {
    id: '96a0d8d3-d4a6-473d-80d6-b5dbadde940a',
    isco: '9411',
    it: 'Addetto/a fast food',
    alt: ['Crew member'],
    essential: [
      'f3934441-4bff-4076-9945-e6c51a01c467',
      '8c8da904-cdb3-47d9-bfbf-15ade747d9ec',
      '5e433def-210d-4dfa-bf07-dbf6d04e0eaa',
    ],
    optional: ['a8562251-8f76-4217-b738-c348048c0f5d'],
  },
  {
    id: '8f10ea9b-bfdf-4a4c-9fa7-b6e02daa93e5',
    isco: '3434',
    it: 'Pasticcere/a di ristorante',
    alt: ['Pasticcere'],
    essential: [
      '5c6ca864-76d5-4217-b3e1-9a7ba7f8f47b',
      'c42d2a2a-2f55-45ac-beb1-0a8a76412457',
      '339ac029-066a-4985-9f9d-b3d7c8fea0bb',
    ],
    optional: ['efd806d5-8390-4591-9c52-14d8f74bfa43'],
  },
  {
    id: '499f80e3-860c-48ef-8286-be929a93e254',
    isco: '5131',
    it: 'Sommelier',
    alt: ['Addetto/a ai vini'],
    essential: [
      '44773391-78b7-4500-b421-96a9ca622a99',
      '9fcfddf2-6f79-4452-a642-066dc55ddcbb',
      '306a1555-9fa2-47af-b996-a0a8833cbe81',
    ],
    optional: ['de9d332c-f911-4579-8681-d8d8d954cd8e'],
  },
]);
