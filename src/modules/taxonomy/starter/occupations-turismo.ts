// Starter occupations, sector "turismo": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const turismoOccupations = occupations('turismo', [
  {
    id: '82025c02-9082-416c-998b-f51eb0359ee6',
    isco: '4224',
    it: "Receptionist d'albergo",
    alt: ['Addetto/a al ricevimento', "Portiere d'albergo"],
    essential: [
      '46e8d7a2-5d09-4020-84a8-993778db3bc3',
      '68698869-c13c-4563-adc7-118b7644f45d',
      '26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da',
    ],
    optional: ['08cdec3b-0d81-4575-b405-168e3178a768'],
  },
  {
    id: '731ecac4-06e8-4ec2-a559-101fecbd9183',
    isco: '9112',
    it: 'Cameriere/a ai piani',
    alt: ['Addetto/a al riassetto camere'],
    essential: [
      '7bb01a18-4637-4535-ba18-258f48f705b8',
      '59dbeac8-de39-4b55-8671-f11e6092abe8',
      '75dfe1ee-5935-42ce-b820-697f827825c3',
    ],
    optional: ['26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da'],
  },
  {
    id: '3cc51201-cd20-47f8-92ad-4d5861f963cf',
    isco: '9621',
    it: "Facchino/a d'albergo",
    alt: ['Portabagagli'],
    essential: [
      'f8180a0a-fba3-43de-bab2-f25cb9d64ad7',
      '26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da',
      '75dfe1ee-5935-42ce-b820-697f827825c3',
    ],
    optional: ['28d715e3-3e5b-4fb6-8dd2-4be4919c8587'],
  },
  {
    id: '1ae8d28e-407c-48ab-88ff-4cb25bfcdea6',
    isco: '4229',
    it: 'Concierge',
    alt: ["Portiere/a d'albergo"],
    essential: [
      '68698869-c13c-4563-adc7-118b7644f45d',
      '350c932d-f9b3-4adb-a5cc-cd5cff4a1912',
      '26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da',
    ],
    optional: ['08cdec3b-0d81-4575-b405-168e3178a768'],
  },
  {
    id: 'fae51298-03a8-4df4-829a-685dddc1580e',
    isco: '5151',
    it: "Governante d'albergo",
    alt: ['Responsabile ai piani'],
    essential: [
      '44f6a65f-6be7-4818-9a66-73908797283f',
      '3dfee9b9-e63c-43ac-88db-4925a41832c2',
      '75dfe1ee-5935-42ce-b820-697f827825c3',
    ],
    optional: ['68698869-c13c-4563-adc7-118b7644f45d'],
  },
  {
    id: '26105840-8abb-4f91-a888-1211cb798b0b',
    isco: '5113',
    it: 'Guida naturalistica',
    alt: ['Accompagnatore/trice naturalistico/a', 'Guida del parco'],
    essential: [
      '350c932d-f9b3-4adb-a5cc-cd5cff4a1912',
      'ea7386d0-6437-46d6-a85f-30b35da14f6b',
      '75dfe1ee-5935-42ce-b820-697f827825c3',
    ],
    optional: ['28d715e3-3e5b-4fb6-8dd2-4be4919c8587'],
  },
  {
    id: '9b35eab1-2adc-4057-a620-181862656a19',
    isco: '4221',
    it: "Addetto/a all'informazione turistica",
    alt: ['Operatore/trice ufficio turistico'],
    essential: [
      '68698869-c13c-4563-adc7-118b7644f45d',
      '350c932d-f9b3-4adb-a5cc-cd5cff4a1912',
      '75dfe1ee-5935-42ce-b820-697f827825c3',
    ],
    optional: ['761e1acc-d38b-4524-9890-6a119fb7e98c'],
  },
  {
    id: '79f8f68c-5509-4119-9373-8bef1c364d31',
    isco: '4221',
    it: 'Agente di viaggio',
    alt: ['Consulente di viaggio', 'Addetto/a agenzia viaggi'],
    essential: [
      '761e1acc-d38b-4524-9890-6a119fb7e98c',
      '68698869-c13c-4563-adc7-118b7644f45d',
      '75dfe1ee-5935-42ce-b820-697f827825c3',
    ],
    optional: ['5284ecee-93dd-4145-a3c0-584af836c69e'],
  },
  {
    id: '67d8c64f-e0d9-4e0b-be8b-510f9e20e698',
    isco: '3423',
    it: 'Animatore/trice turistico/a',
    alt: ['Animatore/trice di villaggio'],
    essential: [
      '256e45bb-b918-4ac8-b87c-01a2e48ddb33',
      '698dccfd-c6e9-4a39-b3bf-0715d6246e44',
      'c73ea1b8-e121-4f91-b8f0-dee4ee28d6ec',
    ],
    optional: ['761e1acc-d38b-4524-9890-6a119fb7e98c'],
  },
]);
