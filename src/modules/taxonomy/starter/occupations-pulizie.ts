// Starter occupations, sector "pulizie": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const pulizieOccupations = occupations('pulizie', [
  {
    id: '303a1e34-cb16-4054-b323-81e5eec17397',
    isco: '9112',
    it: 'Addetto/a alle pulizie',
    alt: ['Operatore/trice delle pulizie', 'Addetto pulizie uffici'],
    essential: [
      '329d7233-7231-4082-8ca4-0b5e295785aa',
      '67b169f0-8468-4cb7-a5ae-f227fe25f13e',
      '110d7aa3-e44e-4cce-a927-8d4de615f3d9',
    ],
    optional: ['6f4ea676-cb82-428f-949b-629747a34366'],
  },
  {
    id: 'cbad55a4-c7cf-4ab6-9540-eac72b26729b',
    isco: '9111',
    it: 'Collaboratore/trice domestico/a (colf)',
    alt: ['Colf', 'Domestico/a'],
    essential: [
      '329d7233-7231-4082-8ca4-0b5e295785aa',
      'e0c6fdd1-336a-4e2f-91d1-ab4a2f9c385d',
      '7bb01a18-4637-4535-ba18-258f48f705b8',
    ],
    optional: ['6f4ea676-cb82-428f-949b-629747a34366'],
  },
  {
    id: '92cba6b4-8fca-49bb-b68c-45c5096fedc9',
    isco: '9123',
    it: 'Addetto/a alla pulizia vetri',
    alt: ['Vetrista'],
    essential: [
      'e515466d-48ba-4a07-816e-d1cbce6af684',
      '889e4994-c934-447f-88a1-874867ffe705',
      'd05ae693-dc7d-4073-8806-2782f117c24a',
    ],
    optional: ['6f4ea676-cb82-428f-949b-629747a34366'],
  },
  {
    id: '0da51178-e386-4534-ae71-15ba789ad756',
    isco: '8157',
    it: 'Addetto/a alla lavanderia',
    alt: ['Lavandaio/a', 'Operatore/trice di lavanderia industriale'],
    essential: [
      '7230026d-778b-4461-a357-1f2bff0f9495',
      'f67f2cd7-f179-45a5-acde-a3c74c1ce3cc',
      '23c759df-9860-41d8-80be-d00e0e6ad613',
    ],
    optional: ['09dea77e-870c-49eb-9a97-1398bee57bd0'],
  },
  {
    id: '503ea267-93e9-4b8c-ae5e-817fe7e4a245',
    isco: '9613',
    it: 'Operatore/trice ecologico/a',
    alt: ['Spazzino/a', 'Netturbino/a'],
    essential: [
      'ae782b0e-d14e-4ac1-a64d-f81eb15b19b2',
      '30783499-3872-4b14-9684-6217e98c6e1d',
      '6f4ea676-cb82-428f-949b-629747a34366',
    ],
    optional: ['51a26193-9abe-4bce-9108-f50835be1c35'],
  },
  {
    id: '7cb71c5f-c310-481c-b46b-d0044328758c',
    isco: '9122',
    it: 'Addetto/a al lavaggio veicoli',
    alt: ['Lavamacchine'],
    essential: [
      '1b1c2d44-c487-4121-a2ed-dcda651f4d59',
      'd283f0ad-aff5-4d08-9098-81151ec6c511',
      '51a26193-9abe-4bce-9108-f50835be1c35',
    ],
    optional: ['2a82241a-216e-44d8-bb50-6b9a0ef82084'],
  },
  {
    id: 'cb932c74-c13b-47e9-9a85-318bd8eb2f96',
    isco: '9112',
    it: 'Addetto/a alle pulizie di mezzi di trasporto',
    alt: ['Pulitore/trice treni'],
    essential: [
      'cc948c21-aa71-47c5-8df6-c5d0deb99eb2',
      '4b66d435-e42a-4929-b729-a59919e61087',
      'd05ae693-dc7d-4073-8806-2782f117c24a',
    ],
    optional: ['51a26193-9abe-4bce-9108-f50835be1c35'],
  },
]);
