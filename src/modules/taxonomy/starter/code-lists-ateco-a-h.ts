// ATECO 2007 (2022 update) sections A–H with their divisions; the remaining sections are in code-lists-ateco.ts.
import type { Row } from './code-lists-row.ts';

export type AtecoSection = [section: string, labelIt: string, labelEn: string, divisions: Row[]];

export const atecoSectionsAToH: AtecoSection[] = [
  [
    'A',
    'Agricoltura, silvicoltura e pesca',
    'Agriculture, forestry and fishing',
    [
      [
        '01',
        'Coltivazioni agricole e produzione di prodotti animali, caccia e servizi connessi',
        'Crop and animal production, hunting and related service activities',
      ],
      ['02', 'Silvicoltura ed utilizzo di aree forestali', 'Forestry and logging'],
      ['03', 'Pesca e acquacoltura', 'Fishing and aquaculture'],
    ],
  ],
  [
    'B',
    'Estrazione di minerali da cave e miniere',
    'Mining and quarrying',
    [
      ['05', 'Estrazione di carbone (esclusa torba)', 'Mining of coal and lignite'],
      [
        '06',
        'Estrazione di petrolio greggio e di gas naturale',
        'Extraction of crude petroleum and natural gas',
      ],
      ['07', 'Estrazione di minerali metalliferi', 'Mining of metal ores'],
      ['08', 'Altre attività di estrazione di minerali da cave e miniere', 'Other mining and quarrying'],
      ['09', "Attività dei servizi di supporto all'estrazione", 'Mining support service activities'],
    ],
  ],
  [
    'C',
    'Attività manifatturiere',
    'Manufacturing',
    [
      ['10', 'Industrie alimentari', 'Manufacture of food products'],
      ['11', 'Industria delle bevande', 'Manufacture of beverages'],
      ['12', 'Industria del tabacco', 'Manufacture of tobacco products'],
      ['13', 'Industrie tessili', 'Manufacture of textiles'],
      [
        '14',
        'Confezione di articoli di abbigliamento; confezione di articoli in pelle e pelliccia',
        'Manufacture of wearing apparel',
      ],
      ['15', 'Fabbricazione di articoli in pelle e simili', 'Manufacture of leather and related products'],
      [
        '16',
        'Industria del legno e dei prodotti in legno e sughero (esclusi i mobili); articoli in paglia e materiali da intreccio',
        'Manufacture of wood and of products of wood and cork, except furniture; articles of straw and plaiting materials',
      ],
      ['17', 'Fabbricazione di carta e di prodotti di carta', 'Manufacture of paper and paper products'],
      ['18', 'Stampa e riproduzione di supporti registrati', 'Printing and reproduction of recorded media'],
      [
        '19',
        'Fabbricazione di coke e prodotti derivanti dalla raffinazione del petrolio',
        'Manufacture of coke and refined petroleum products',
      ],
      ['20', 'Fabbricazione di prodotti chimici', 'Manufacture of chemicals and chemical products'],
      [
        '21',
        'Fabbricazione di prodotti farmaceutici di base e di preparati farmaceutici',
        'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
      ],
      [
        '22',
        'Fabbricazione di articoli in gomma e materie plastiche',
        'Manufacture of rubber and plastic products',
      ],
      [
        '23',
        'Fabbricazione di altri prodotti della lavorazione di minerali non metalliferi',
        'Manufacture of other non-metallic mineral products',
      ],
      ['24', 'Metallurgia', 'Manufacture of basic metals'],
      [
        '25',
        'Fabbricazione di prodotti in metallo (esclusi macchinari e attrezzature)',
        'Manufacture of fabricated metal products, except machinery and equipment',
      ],
      [
        '26',
        'Fabbricazione di computer e prodotti di elettronica e ottica; apparecchi elettromedicali, di misurazione e orologi',
        'Manufacture of computer, electronic and optical products',
      ],
      [
        '27',
        'Fabbricazione di apparecchiature elettriche ed apparecchiature per uso domestico non elettriche',
        'Manufacture of electrical equipment',
      ],
      [
        '28',
        'Fabbricazione di macchinari ed apparecchiature nca',
        'Manufacture of machinery and equipment n.e.c.',
      ],
      [
        '29',
        'Fabbricazione di autoveicoli, rimorchi e semirimorchi',
        'Manufacture of motor vehicles, trailers and semi-trailers',
      ],
      ['30', 'Fabbricazione di altri mezzi di trasporto', 'Manufacture of other transport equipment'],
      ['31', 'Fabbricazione di mobili', 'Manufacture of furniture'],
      ['32', 'Altre industrie manifatturiere', 'Other manufacturing'],
      [
        '33',
        'Riparazione, manutenzione ed installazione di macchine ed apparecchiature',
        'Repair and installation of machinery and equipment',
      ],
    ],
  ],
  [
    'D',
    'Fornitura di energia elettrica, gas, vapore e aria condizionata',
    'Electricity, gas, steam and air conditioning supply',
    [
      [
        '35',
        'Fornitura di energia elettrica, gas, vapore e aria condizionata',
        'Electricity, gas, steam and air conditioning supply',
      ],
    ],
  ],
  [
    'E',
    'Fornitura di acqua; reti fognarie, attività di gestione dei rifiuti e risanamento',
    'Water supply; sewerage, waste management and remediation activities',
    [
      ['36', 'Raccolta, trattamento e fornitura di acqua', 'Water collection, treatment and supply'],
      ['37', 'Gestione delle reti fognarie', 'Sewerage'],
      [
        '38',
        'Attività di raccolta, trattamento e smaltimento dei rifiuti; recupero dei materiali',
        'Waste collection, treatment and disposal activities; materials recovery',
      ],
      [
        '39',
        'Attività di risanamento e altri servizi di gestione dei rifiuti',
        'Remediation activities and other waste management services',
      ],
    ],
  ],
  [
    'F',
    'Costruzioni',
    'Construction',
    [
      ['41', 'Costruzione di edifici', 'Construction of buildings'],
      ['42', 'Ingegneria civile', 'Civil engineering'],
      ['43', 'Lavori di costruzione specializzati', 'Specialised construction activities'],
    ],
  ],
  [
    'G',
    "Commercio all'ingrosso e al dettaglio; riparazione di autoveicoli e motocicli",
    'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    [
      [
        '45',
        "Commercio all'ingrosso e al dettaglio e riparazione di autoveicoli e motocicli",
        'Wholesale and retail trade and repair of motor vehicles and motorcycles',
      ],
      [
        '46',
        "Commercio all'ingrosso (escluso quello di autoveicoli e di motocicli)",
        'Wholesale trade, except of motor vehicles and motorcycles',
      ],
      [
        '47',
        'Commercio al dettaglio (escluso quello di autoveicoli e di motocicli)',
        'Retail trade, except of motor vehicles and motorcycles',
      ],
    ],
  ],
  [
    'H',
    'Trasporto e magazzinaggio',
    'Transportation and storage',
    [
      [
        '49',
        'Trasporto terrestre e trasporto mediante condotte',
        'Land transport and transport via pipelines',
      ],
      ['50', "Trasporto marittimo e per vie d'acqua", 'Water transport'],
      ['51', 'Trasporto aereo', 'Air transport'],
      [
        '52',
        'Magazzinaggio e attività di supporto ai trasporti',
        'Warehousing and support activities for transportation',
      ],
      ['53', 'Servizi postali e attività di corriere', 'Postal and courier activities'],
    ],
  ],
];
