// Starter occupations, sector "sport": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const sportOccupations = occupations('sport', [
  {
    id: '3025dea4-1752-40a9-9431-fd874420386f',
    isco: '5419',
    it: 'Bagnino di salvataggio',
    alt: ['Assistente bagnanti', 'Bagnino/a'],
    essential: [
      'eb0d83b2-3aa4-4a36-a60a-99b6746429e2',
      'd15f8745-28f8-4abf-a7b6-6cb8a304efd2',
      'f7464f30-662b-4177-85a0-3df9693e9e58',
    ],
    optional: ['8dd42bbd-0c08-461d-8790-a2ef21adbb73'],
  },
  {
    id: '62975936-0853-4a5d-9f59-bf943aca3cc6',
    isco: '3422',
    it: 'Istruttore/trice di nuoto',
    alt: ['Insegnante di nuoto'],
    essential: [
      'eb0d83b2-3aa4-4a36-a60a-99b6746429e2',
      '8dd42bbd-0c08-461d-8790-a2ef21adbb73',
      'b32e593b-cc7f-4f38-bf50-e69431ec7ada',
    ],
    optional: ['57437c77-18a4-45f2-aedd-5e146fc56681'],
  },
  {
    id: '5a80044b-9b2f-40eb-a210-0c1c3c958e0e',
    isco: '3422',
    it: 'Istruttore/trice di salvamento',
    alt: ['Formatore/trice per bagnini'],
    essential: [
      'eb0d83b2-3aa4-4a36-a60a-99b6746429e2',
      '499c05a2-6f36-4407-83c1-dc3448d35818',
      'f7464f30-662b-4177-85a0-3df9693e9e58',
    ],
    optional: ['be125781-7266-450a-945e-7a7ed94860dc'],
  },
  {
    id: '4779055b-f769-4c6d-8e0e-088bb74cfce9',
    isco: '9129',
    it: 'Addetto/a agli impianti natatori',
    alt: ['Addetto/a piscina'],
    essential: [
      '47732e3a-7aff-4323-9a16-e5d2b7cc8643',
      '610bc2a5-9137-43a9-9c72-b7c491798e0b',
      '5e433def-210d-4dfa-bf07-dbf6d04e0eaa',
    ],
    optional: ['eb0d83b2-3aa4-4a36-a60a-99b6746429e2'],
  },
  {
    id: 'c784c2db-e636-429f-8492-3191790a58d7',
    isco: '3423',
    it: 'Istruttore/trice fitness',
    alt: ['Istruttore/trice di palestra'],
    essential: [
      '5d589320-2a07-4994-837d-334b57f283d5',
      'da624cb9-3d9d-40c8-a2e9-e8fc26085416',
      '95a2acfe-3399-447d-bce1-bbe7c1643703',
    ],
    optional: ['b32e593b-cc7f-4f38-bf50-e69431ec7ada'],
  },
  {
    id: 'f7177f79-63e7-4944-8896-044056b62523',
    isco: '3423',
    it: 'Personal trainer',
    alt: ['Allenatore/trice personale'],
    essential: [
      '5d589320-2a07-4994-837d-334b57f283d5',
      'da624cb9-3d9d-40c8-a2e9-e8fc26085416',
      '59ad10b1-6f71-4dd4-ad1f-a1fdf68bc2fb',
    ],
    optional: ['57437c77-18a4-45f2-aedd-5e146fc56681'],
  },
  {
    id: '3e9c1262-4fe2-4eb1-bf94-4fe64498393a',
    isco: '3422',
    it: 'Allenatore/trice sportivo/a',
    alt: ['Allenatore/trice'],
    essential: [
      '733db58b-f62e-4548-8078-b0f4e5182383',
      'dbadb531-2fb9-4361-b80b-9be8c3c54229',
      'b32e593b-cc7f-4f38-bf50-e69431ec7ada',
    ],
    optional: ['57437c77-18a4-45f2-aedd-5e146fc56681'],
  },
  {
    id: '11695786-9fb7-4895-b161-0480419107e4',
    isco: '3422',
    it: 'Istruttore/trice sportivo/a',
    alt: ['Istruttore/trice di disciplina sportiva'],
    essential: [
      'dbadb531-2fb9-4361-b80b-9be8c3c54229',
      '14db3283-8b66-4649-9192-41defda9c33e',
      '75dfe1ee-5935-42ce-b820-697f827825c3',
    ],
    optional: ['57437c77-18a4-45f2-aedd-5e146fc56681'],
  },
  {
    id: '88c55070-444a-45db-abe3-7b95c40bc9ec',
    isco: '3423',
    it: 'Addetto/a al centro sportivo e ricreativo',
    alt: ['Operatore/trice del tempo libero'],
    essential: [
      'da624cb9-3d9d-40c8-a2e9-e8fc26085416',
      '2450b273-bc3f-418f-862b-27c2309f4c54',
      '988c06ea-7ab9-4ee4-a64b-9e93f2527c6d',
    ],
    optional: [],
  },
]);
