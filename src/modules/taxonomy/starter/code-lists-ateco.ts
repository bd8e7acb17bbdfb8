// ATECO 2007 (2022 update) sections I–U with their divisions, and the flattened ATECO rows with their parents.
import { type AtecoSection, atecoSectionsAToH } from './code-lists-ateco-a-h.ts';
import type { Row } from './code-lists-row.ts';

/** ATECO 2007 sections with their divisions (the 2022 update keeps the same sections and divisions). */
const atecoSections: AtecoSection[] = [
  ...atecoSectionsAToH,
  [
    'I',
    'Attività dei servizi di alloggio e di ristorazione',
    'Accommodation and food service activities',
    [
      ['55', 'Alloggio', 'Accommodation'],
      ['56', 'Attività dei servizi di ristorazione', 'Food and beverage service activities'],
    ],
  ],
  [
    'J',
    'Servizi di informazione e comunicazione',
    'Information and communication',
    [
      ['58', 'Attività editoriali', 'Publishing activities'],
      [
        '59',
        'Produzione cinematografica, di video e programmi televisivi, registrazioni musicali e sonore',
        'Motion picture, video and television programme production, sound recording and music publishing',
      ],
      ['60', 'Attività di programmazione e trasmissione', 'Programming and broadcasting activities'],
      ['61', 'Telecomunicazioni', 'Telecommunications'],
      [
        '62',
        'Produzione di software, consulenza informatica e attività connesse',
        'Computer programming, consultancy and related activities',
      ],
      [
        '63',
        "Attività dei servizi d'informazione e altri servizi informatici",
        'Information service activities',
      ],
    ],
  ],
  [
    'K',
    'Attività finanziarie e assicurative',
    'Financial and insurance activities',
    [
      [
        '64',
        'Attività di servizi finanziari (escluse le assicurazioni e i fondi pensione)',
        'Financial service activities, except insurance and pension funding',
      ],
      [
        '65',
        'Assicurazioni, riassicurazioni e fondi pensione (escluse le assicurazioni sociali obbligatorie)',
        'Insurance, reinsurance and pension funding, except compulsory social security',
      ],
      [
        '66',
        'Attività ausiliarie dei servizi finanziari e delle attività assicurative',
        'Activities auxiliary to financial services and insurance activities',
      ],
    ],
  ],
  [
    'L',
    'Attività immobiliari',
    'Real estate activities',
    [['68', 'Attività immobiliari', 'Real estate activities']],
  ],
  [
    'M',
    'Attività professionali, scientifiche e tecniche',
    'Professional, scientific and technical activities',
    [
      ['69', 'Attività legali e contabilità', 'Legal and accounting activities'],
      [
        '70',
        'Attività di direzione aziendale e di consulenza gestionale',
        'Activities of head offices; management consultancy activities',
      ],
      [
        '71',
        "Attività degli studi di architettura e d'ingegneria; collaudi ed analisi tecniche",
        'Architectural and engineering activities; technical testing and analysis',
      ],
      ['72', 'Ricerca scientifica e sviluppo', 'Scientific research and development'],
      ['73', 'Pubblicità e ricerche di mercato', 'Advertising and market research'],
      [
        '74',
        'Altre attività professionali, scientifiche e tecniche',
        'Other professional, scientific and technical activities',
      ],
      ['75', 'Servizi veterinari', 'Veterinary activities'],
    ],
  ],
  [
    'N',
    'Noleggio, agenzie di viaggio, servizi di supporto alle imprese',
    'Administrative and support service activities',
    [
      ['77', 'Attività di noleggio e leasing operativo', 'Rental and leasing activities'],
      ['78', 'Attività di ricerca, selezione, fornitura di personale', 'Employment activities'],
      [
        '79',
        'Attività dei servizi delle agenzie di viaggio, dei tour operator e servizi di prenotazione',
        'Travel agency, tour operator reservation service and related activities',
      ],
      ['80', 'Servizi di vigilanza e investigazione', 'Security and investigation activities'],
      ['81', 'Attività di servizi per edifici e paesaggio', 'Services to buildings and landscape activities'],
      [
        '82',
        "Attività di supporto per le funzioni d'ufficio e altri servizi di supporto alle imprese",
        'Office administrative, office support and other business support activities',
      ],
    ],
  ],
  [
    'O',
    'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria',
    'Public administration and defence; compulsory social security',
    [
      [
        '84',
        'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria',
        'Public administration and defence; compulsory social security',
      ],
    ],
  ],
  ['P', 'Istruzione', 'Education', [['85', 'Istruzione', 'Education']]],
  [
    'Q',
    'Sanità e assistenza sociale',
    'Human health and social work activities',
    [
      ['86', 'Assistenza sanitaria', 'Human health activities'],
      ['87', 'Servizi di assistenza sociale residenziale', 'Residential care activities'],
      ['88', 'Assistenza sociale non residenziale', 'Social work activities without accommodation'],
    ],
  ],
  [
    'R',
    'Attività artistiche, sportive, di intrattenimento e divertimento',
    'Arts, entertainment and recreation',
    [
      [
        '90',
        'Attività creative, artistiche e di intrattenimento',
        'Creative, arts and entertainment activities',
      ],
      [
        '91',
        'Attività di biblioteche, archivi, musei ed altre attività culturali',
        'Libraries, archives, museums and other cultural activities',
      ],
      [
        '92',
        'Attività riguardanti le lotterie, le scommesse, le case da gioco',
        'Gambling and betting activities',
      ],
      [
        '93',
        'Attività sportive, di intrattenimento e di divertimento',
        'Sports activities and amusement and recreation activities',
      ],
    ],
  ],
  [
    'S',
    'Altre attività di servizi',
    'Other service activities',
    [
      ['94', 'Attività di organizzazioni associative', 'Activities of membership organisations'],
      [
        '95',
        'Riparazione di computer e di beni per uso personale e per la casa',
        'Repair of computers and personal and household goods',
      ],
      ['96', 'Altre attività di servizi per la persona', 'Other personal service activities'],
    ],
  ],
  [
    'T',
    'Attività di famiglie e convivenze come datori di lavoro per personale domestico; produzione di beni e servizi indifferenziati per uso proprio',
    'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    [
      [
        '97',
        'Attività di famiglie e convivenze come datori di lavoro per personale domestico',
        'Activities of households as employers of domestic personnel',
      ],
      [
        '98',
        'Produzione di beni e servizi indifferenziati per uso proprio da parte di famiglie e convivenze',
        'Undifferentiated goods- and services-producing activities of private households for own use',
      ],
    ],
  ],
  [
    'U',
    'Organizzazioni ed organismi extraterritoriali',
    'Activities of extraterritorial organisations and bodies',
    [
      [
        '99',
        'Organizzazioni ed organismi extraterritoriali',
        'Activities of extraterritorial organisations and bodies',
      ],
    ],
  ],
];

export const atecoRows: Row[] = atecoSections.flatMap(([section, it, en, divisions]) => [
  [section, it, en, { level: 'section' }] as Row,
  ...divisions.map(([code, dIt, dEn]): Row => [code, dIt, dEn, { level: 'division' }]),
]);
export const sectionOf = new Map(
  atecoSections.flatMap(([section, , , divisions]) => divisions.map(([d]) => [d, section])),
);
