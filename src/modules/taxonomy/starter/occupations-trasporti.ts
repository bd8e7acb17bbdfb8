// Starter occupations, sector "trasporti": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const trasportiOccupations = occupations('trasporti', [
  {
    id: '45037d43-a8f5-4f46-b332-b2935bc305f4',
    isco: '8332',
    it: 'Autista di mezzi pesanti (patente C/CE)',
    alt: ['Autista camion', 'Camionista', 'Autotrasportatore/trice'],
    essential: [
      '059b2748-e1df-43d2-8a08-0331fb8d0ddf',
      '60493b7f-8613-431e-91ea-6a2c0410c6d4',
      '3172f001-a4dd-4e7e-9f74-9707b2e7c6e1',
    ],
    optional: ['8215bbba-2f6d-4530-bf41-904d871eaf72'],
  },
  {
    id: '0c408028-c48f-4df8-ba5d-c3d3be15f5a2',
    isco: '8322',
    it: 'Corriere (autista furgone)',
    alt: ['Autista consegne', 'Driver'],
    essential: [
      '1efe7dcb-ebdc-4410-bf21-1ebd9e590044',
      '2815f65d-6adb-46a6-8041-5768febf5580',
      '25e16679-a7d0-464d-916c-63210001bbab',
    ],
    optional: ['97fb21db-a4e5-4b03-af21-03b9d510d872'],
  },
  {
    id: 'b5f6bb2c-0602-484d-a87f-9cac33f83010',
    isco: '8321',
    it: 'Rider (consegne in moto o scooter)',
    alt: ['Fattorino/a', 'Rider'],
    essential: [
      '2815f65d-6adb-46a6-8041-5768febf5580',
      'fb1bae44-1ca4-4937-84e1-4abef47bf584',
      '25e16679-a7d0-464d-916c-63210001bbab',
    ],
    optional: ['6efef9df-ac86-45ca-8b1b-a8178ef17b5c'],
  },
  {
    id: '3a959644-beed-4afc-8e57-d5068ae6a43e',
    isco: '9331',
    it: 'Rider in bicicletta',
    alt: ['Pony express', 'Ciclofattorino/a'],
    essential: [
      '1efe7dcb-ebdc-4410-bf21-1ebd9e590044',
      'e7f63440-6007-486b-948f-ea124839c418',
      '25e16679-a7d0-464d-916c-63210001bbab',
    ],
    optional: ['97fb21db-a4e5-4b03-af21-03b9d510d872'],
  },
  {
    id: '00cee175-1376-43fb-9f02-ba3d7a910a58',
    isco: '8331',
    it: 'Autista di autobus (patente D)',
    alt: ['Autista di linea', 'Conducente di autobus'],
    essential: [
      '2815f65d-6adb-46a6-8041-5768febf5580',
      '08365fba-e874-497b-aa9a-1c09d2aecd4d',
      '3172f001-a4dd-4e7e-9f74-9707b2e7c6e1',
    ],
    optional: ['0ea0b260-617b-4d04-bf00-988dd0b122e5'],
  },
  {
    id: '03e02554-15d1-4697-960c-8909e7d36f7e',
    isco: '8331',
    it: 'Tranviere/a',
    alt: ['Conducente di tram'],
    essential: [
      '08365fba-e874-497b-aa9a-1c09d2aecd4d',
      '2815f65d-6adb-46a6-8041-5768febf5580',
      '74aa45cf-175f-47ef-9978-d9de437d92ba',
    ],
    optional: ['97fb21db-a4e5-4b03-af21-03b9d510d872'],
  },
  {
    id: '6f7c1e84-8162-4c20-a575-b57ff624eef5',
    isco: '8322',
    it: 'Tassista',
    alt: ['Autista di taxi', 'Conducente NCC'],
    essential: [
      '2815f65d-6adb-46a6-8041-5768febf5580',
      'd15f8745-28f8-4abf-a7b6-6cb8a304efd2',
      '3172f001-a4dd-4e7e-9f74-9707b2e7c6e1',
    ],
    optional: ['ebfe7b18-1fad-463f-9509-8ef1a5736045'],
  },
  {
    id: 'a504e79e-f146-4773-a1cf-2b15b9d614db',
    isco: '8332',
    it: 'Autista per traslochi',
    alt: ['Traslocatore/trice'],
    essential: [
      '2815f65d-6adb-46a6-8041-5768febf5580',
      '60493b7f-8613-431e-91ea-6a2c0410c6d4',
      '3172f001-a4dd-4e7e-9f74-9707b2e7c6e1',
    ],
    optional: ['74ad37e3-325b-4ccd-ab2a-04f7696750e8'],
  },
  {
    id: '2480f8b0-4c02-4c66-84ad-2677c1548e03',
    isco: '8332',
    it: 'Autista di mezzi per la raccolta rifiuti',
    alt: ['Autista compattatore'],
    essential: [
      '9a2d4c66-d687-491a-a12a-81427710aa29',
      'b9f67432-0057-4247-aa84-469f8c53b39d',
      '40f65a56-ccbe-4601-9f32-1cc6cdd24f28',
    ],
    optional: ['97fb21db-a4e5-4b03-af21-03b9d510d872'],
  },
  {
    id: '976f752c-5f10-42ca-84fb-89aa529af04f',
    isco: '8322',
    it: 'Autista soccorritore per trasporto infermi',
    alt: ['Autista trasporto disabili'],
    essential: [
      '949c119b-3433-439f-8ca9-1a9ce04b696d',
      '5924a1a6-507a-43bf-8609-23840e59dfd7',
      'b4b28d82-0a26-4b1c-a932-38d4378c189e',
    ],
    optional: ['248951cc-3b10-447f-a4b2-0037e6e7a9ab'],
  },
  {
    id: 'e75305db-9011-4ee0-ab62-8d41a98f807e',
    isco: '8322',
    it: 'Autista privato/a',
    alt: ['Chauffeur'],
    essential: [
      '08365fba-e874-497b-aa9a-1c09d2aecd4d',
      '2815f65d-6adb-46a6-8041-5768febf5580',
      '3172f001-a4dd-4e7e-9f74-9707b2e7c6e1',
    ],
    optional: ['74aa45cf-175f-47ef-9978-d9de437d92ba'],
  },
  {
    id: '81f6a814-1f4e-47d4-9c75-47977c7267ee',
    isco: '8311',
    it: 'Macchinista ferroviario/a',
    alt: ['Conducente di treni'],
    essential: [
      '08365fba-e874-497b-aa9a-1c09d2aecd4d',
      '008a0e0d-7380-4b31-abe5-0195e700f8c0',
      '74aa45cf-175f-47ef-9978-d9de437d92ba',
    ],
    optional: ['ebfe7b18-1fad-463f-9509-8ef1a5736045'],
  },
]);
