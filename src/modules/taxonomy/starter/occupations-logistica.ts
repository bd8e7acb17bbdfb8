// Starter occupations, sector "logistica": ESCO occupation ids, ISCO-08 unit groups, our own Italian labels and a
// few of the occupation's ESCO skills (essential / optional).
import { occupations } from './build.ts';

export const logisticaOccupations = occupations('logistica', [
  {
    id: 'bea705fe-06ac-4147-b8e0-6e8ac1208d8f',
    isco: '9333',
    it: 'Magazziniere/a',
    alt: ['Addetto/a al magazzino', 'Operaio/a di magazzino'],
    essential: [
      '2cae39d6-78c2-4ce3-bee8-628504371463',
      'fd9c8437-6e20-47b5-8508-f23f442446c2',
      '110d7aa3-e44e-4cce-a927-8d4de615f3d9',
    ],
    optional: ['fe29e658-7cad-4b70-a169-10a240ec0bef'],
  },
  {
    id: 'eeac6251-1974-42f5-91ed-513c6c883755',
    isco: '8344',
    it: 'Carrellista',
    alt: ['Conduttore/trice di carrelli elevatori', 'Mulettista'],
    essential: [
      'fe29e658-7cad-4b70-a169-10a240ec0bef',
      'fc0fbc9c-b24d-42fa-ae66-c9b4945b6bc0',
      '74aa45cf-175f-47ef-9978-d9de437d92ba',
    ],
    optional: ['25e16679-a7d0-464d-916c-63210001bbab'],
  },
  {
    id: 'cd94def5-3442-4c2e-ae3d-0761a3008bcb',
    isco: '9333',
    it: 'Addetto/a al picking',
    alt: ['Preparatore/trice di ordini', 'Picker'],
    essential: [
      '0511c6df-d1fb-4606-9c73-4baba77eea79',
      '0b3ee7c8-dc29-48de-a54b-2c91560161a4',
      'b1e4b6b3-c32e-426f-91a1-41b8adac086c',
    ],
    optional: ['089ddb19-1c7a-43ff-ba64-070f7ce4787a'],
  },
  {
    id: 'f5cb9901-86fc-48d0-9cde-667fbe8cef3a',
    isco: '9321',
    it: 'Addetto/a al confezionamento manuale',
    alt: ['Imballatore/trice'],
    essential: [
      '27536739-c38b-45d2-9e96-1573b1d32fdd',
      '6fcf2fc7-7b74-42e5-845f-f5854fd44f37',
      'b1e4b6b3-c32e-426f-91a1-41b8adac086c',
    ],
    optional: ['de804504-bd5c-465d-b54f-9da299d8ee90'],
  },
  {
    id: '2f5de1ab-eddf-4715-8193-e994912c22ea',
    isco: '1324',
    it: 'Responsabile di magazzino',
    alt: ['Capo magazziniere'],
    essential: [
      '089ddb19-1c7a-43ff-ba64-070f7ce4787a',
      'fe29e658-7cad-4b70-a169-10a240ec0bef',
      'de804504-bd5c-465d-b54f-9da299d8ee90',
    ],
    optional: ['25e16679-a7d0-464d-916c-63210001bbab'],
  },
  {
    id: 'd7a9f9e0-e2f5-4804-a0e0-b21ebb1403ee',
    isco: '4321',
    it: 'Addetto/a alla gestione delle scorte',
    alt: ['Addetto/a inventario'],
    essential: [
      'ab6265f2-a9bf-49e8-a9a5-67cbab4de38b',
      '44f6a65f-6be7-4818-9a66-73908797283f',
      'de804504-bd5c-465d-b54f-9da299d8ee90',
    ],
    optional: ['089ddb19-1c7a-43ff-ba64-070f7ce4787a'],
  },
  {
    id: 'd35f9e79-5778-43b4-8667-0e3ba1fcb19a',
    isco: '9334',
    it: 'Scaffalista',
    alt: ['Addetto/a al rifornimento scaffali'],
    essential: [
      '44f6a65f-6be7-4818-9a66-73908797283f',
      '7e9daad3-8604-4839-af9b-dc6f8db3ef68',
      '0ff99f51-40d9-42f1-a1ec-377b2bb5e15f',
    ],
    optional: ['ca55d9dd-f177-45b6-a2ee-1a4695044b76'],
  },
  {
    id: '29fa406d-de89-4515-be8d-0fe7bda993f1',
    isco: '3323',
    it: 'Addetto/a agli acquisti',
    alt: ['Buyer'],
    essential: [
      '31eecea5-c1ef-4e5c-96a9-808ff4e43813',
      '73225018-7139-433b-bdba-2b90774761d9',
      '92721092-fe7c-4689-96bd-4f02385bc0e7',
    ],
    optional: ['bc067d2e-e151-408f-8e34-24effd2b7fd6'],
  },
  {
    id: '7ed2e153-8da8-4c0d-b4c5-3402c623f34b',
    isco: '4412',
    it: 'Portalettere',
    alt: ['Postino/a'],
    essential: [
      '76f22707-8d30-453f-9eb7-3376e2960311',
      'a4346013-a967-4a58-a533-6b32ad1364c5',
      '25e16679-a7d0-464d-916c-63210001bbab',
    ],
    optional: ['81513fdf-5ea9-4375-9bc4-67ad959ac5de'],
  },
  {
    id: '4ed9ce62-75d4-4b05-80d4-e86528fecdcd',
    isco: '9612',
    it: 'Addetto/a alla selezione rifiuti e riciclo',
    alt: ['Cernitore/trice'],
    essential: [
      '73a9561d-112c-4d8a-9d5f-b2c11c5bbd5f',
      '1ead478f-4e9d-4aa7-a728-823fc1e894f5',
      '334e3e49-fb02-4051-809a-f06adfdc1c40',
    ],
    optional: ['110d7aa3-e44e-4cce-a927-8d4de615f3d9'],
  },
]);
