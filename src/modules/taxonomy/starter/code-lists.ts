// Small Italian code lists loaded with the starter taxonomy: ATECO 2007 (2022 update) sections and divisions, SAP
// education levels (→ ISCED 2011 level / EQF), CEFR levels, driving licences and professional licences, CO
// contract types, income-support measures and employment status. Labels are our own short wording.
import type { CodeListEntry } from './types.ts';

type Row = [code: string, labelIt: string, labelEn: string, extra?: Record<string, unknown>];

function list(scheme: string, version: string, rows: Row[], parentOf?: (code: string) => string | undefined) {
  return rows.map(([code, labelIt, labelEn, extra], i): CodeListEntry => {
    const parentCode = parentOf?.(code);
    return {
      scheme,
      version,
      code,
      ...(parentCode ? { parentCode } : {}),
      labelIt,
      labelEn,
      ...(extra ? { extra } : {}),
      sortOrder: i + 1,
    };
  });
}

/** ATECO 2007 sections with their divisions (the 2022 update keeps the same sections and divisions). */
const atecoSections: [section: string, labelIt: string, labelEn: string, divisions: Row[]][] = [
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

const atecoRows: Row[] = atecoSections.flatMap(([section, it, en, divisions]) => [
  [section, it, en, { level: 'section' }] as Row,
  ...divisions.map(([code, dIt, dEn]): Row => [code, dIt, dEn, { level: 'division' }]),
]);
const sectionOf = new Map(
  atecoSections.flatMap(([section, , , divisions]) => divisions.map(([d]) => [d, section])),
);

/** SAP education levels with ISCED 2011 level and EQF level (null where the EQF does not reference the title). */
const sapEducation: Row[] = [
  ['NT', 'Nessun titolo di studio', 'No formal education', { isced: '0', eqf: null }],
  ['LE', 'Licenza elementare', 'Primary school certificate', { isced: '1', eqf: null }],
  [
    'LM',
    'Licenza media (diploma di primo ciclo)',
    'Lower secondary school certificate',
    { isced: '2', eqf: 1 },
  ],
  [
    'QP',
    'Qualifica professionale triennale (IeFP)',
    'Three-year vocational qualification (IeFP)',
    { isced: '3', eqf: 3 },
  ],
  [
    'DP',
    'Diploma professionale quadriennale (IeFP)',
    'Four-year vocational diploma (IeFP)',
    { isced: '3', eqf: 4 },
  ],
  ['DS', 'Diploma di scuola secondaria superiore', 'Upper secondary school diploma', { isced: '3', eqf: 4 }],
  [
    'IFTS',
    'Certificato di specializzazione tecnica superiore (IFTS)',
    'Higher technical specialisation certificate (IFTS)',
    { isced: '4', eqf: 4 },
  ],
  [
    'ITS',
    'Diploma di tecnico superiore (ITS Academy)',
    'Higher technical diploma (ITS Academy)',
    { isced: '5', eqf: 5 },
  ],
  ['L', 'Laurea triennale', "Bachelor's degree", { isced: '6', eqf: 6 }],
  [
    'LMCU',
    'Laurea magistrale o a ciclo unico',
    "Master's degree or single-cycle degree",
    { isced: '7', eqf: 7 },
  ],
  ['MA1', 'Master universitario di I livello', 'First-level university master', { isced: '7', eqf: 7 }],
  ['MA2', 'Master universitario di II livello', 'Second-level university master', { isced: '7', eqf: 8 }],
  ['DR', 'Dottorato di ricerca', 'Doctorate (PhD)', { isced: '8', eqf: 8 }],
];

const cefr: Row[] = [
  ['A1', 'A1 — Livello base (contatto)', 'A1 — Breakthrough', { group: 'A' }],
  ['A2', 'A2 — Livello elementare (sopravvivenza)', 'A2 — Waystage', { group: 'A' }],
  ['B1', 'B1 — Livello intermedio (soglia)', 'B1 — Threshold', { group: 'B' }],
  ['B2', 'B2 — Livello intermedio superiore (progresso)', 'B2 — Vantage', { group: 'B' }],
  ['C1', 'C1 — Livello avanzato (efficacia)', 'C1 — Effective operational proficiency', { group: 'C' }],
  ['C2', 'C2 — Livello di padronanza', 'C2 — Mastery', { group: 'C' }],
];

/** Driving licence categories (D.Lgs. 59/2011, in force since 19 January 2013), with the usual minimum age. */
const drivingLicences: Row[] = [
  ['AM', 'AM — ciclomotori e quadricicli leggeri', 'AM — mopeds and light quadricycles', { minAge: 14 }],
  ['A1', 'A1 — motocicli fino a 125 cc e 11 kW', 'A1 — motorcycles up to 125 cc and 11 kW', { minAge: 16 }],
  ['A2', 'A2 — motocicli fino a 35 kW', 'A2 — motorcycles up to 35 kW', { minAge: 18 }],
  ['A', 'A — motocicli senza limiti di potenza', 'A — motorcycles of any power', { minAge: 24 }],
  ['B1', 'B1 — quadricicli non leggeri', 'B1 — heavy quadricycles', { minAge: 16 }],
  [
    'B',
    'B — autoveicoli fino a 3,5 t e 8 posti oltre al conducente',
    'B — vehicles up to 3.5 t and 8 passenger seats',
    { minAge: 18 },
  ],
  ['BE', 'BE — categoria B con rimorchio pesante', 'BE — category B with a heavy trailer', { minAge: 18 }],
  ['C1', 'C1 — autocarri da 3,5 a 7,5 t', 'C1 — lorries from 3.5 to 7.5 t', { minAge: 18 }],
  ['C1E', 'C1E — categoria C1 con rimorchio', 'C1E — category C1 with a trailer', { minAge: 18 }],
  ['C', 'C — autocarri oltre 3,5 t', 'C — lorries over 3.5 t', { minAge: 21 }],
  [
    'CE',
    'CE — autotreni e autoarticolati',
    'CE — category C with a trailer (articulated lorries)',
    { minAge: 21 },
  ],
  ['D1', 'D1 — minibus fino a 16 passeggeri', 'D1 — minibuses up to 16 passengers', { minAge: 21 }],
  ['D1E', 'D1E — categoria D1 con rimorchio', 'D1E — category D1 with a trailer', { minAge: 21 }],
  ['D', 'D — autobus', 'D — buses', { minAge: 24 }],
  ['DE', 'DE — autobus con rimorchio', 'DE — buses with a trailer', { minAge: 24 }],
];

/** Professional licences often required by employers. */
const licences: Row[] = [
  [
    'CQC-M',
    'CQC merci — carta di qualificazione del conducente per il trasporto di cose',
    'CPC goods — driver certificate of professional competence for goods',
    { requires: ['C1', 'C'] },
  ],
  [
    'CQC-P',
    'CQC persone — carta di qualificazione del conducente per il trasporto di persone',
    'CPC passengers — driver certificate of professional competence for passengers',
    { requires: ['D1', 'D'] },
  ],
  [
    'CARRELLISTA',
    'Patentino per carrelli elevatori (Accordo Stato-Regioni 22/02/2012)',
    'Forklift operator licence (State-Regions agreement of 22/02/2012)',
  ],
];

/** Contract types of the mandatory employment communications (CO / UNILAV). */
const coContracts: Row[] = [
  ['A.01.00', 'Lavoro a tempo indeterminato', 'Open-ended employment'],
  ['A.02.00', 'Lavoro a tempo determinato', 'Fixed-term employment'],
  ['A.02.01', 'Lavoro a tempo determinato per sostituzione', 'Fixed-term employment as a replacement'],
  [
    'A.03.08',
    'Apprendistato per la qualifica e il diploma professionale',
    'Apprenticeship for a vocational qualification or diploma',
  ],
  ['A.03.09', 'Apprendistato professionalizzante', 'Vocational (professionalising) apprenticeship'],
  ['A.03.10', 'Apprendistato di alta formazione e ricerca', 'Higher education and research apprenticeship'],
  ['A.05.01', 'Lavoro intermittente a tempo indeterminato', 'Open-ended on-call work'],
  ['A.05.02', 'Lavoro intermittente a tempo determinato', 'Fixed-term on-call work'],
  ['A.06.00', 'Lavoro in somministrazione a tempo indeterminato', 'Open-ended agency work'],
  ['A.06.01', 'Lavoro in somministrazione a tempo determinato', 'Fixed-term agency work'],
  ['A.07.02', 'Lavoro ripartito (job sharing)', 'Job sharing'],
  [
    'B.03.00',
    'Collaborazione coordinata e continuativa',
    'Coordinated and continuous collaboration (co.co.co.)',
  ],
  ['C.01.00', 'Tirocinio', 'Internship (tirocinio)'],
  ['C.03.00', 'Lavoro socialmente utile (LSU)', 'Socially useful work (LSU)'],
  ['H.01.00', 'Lavoro a tempo determinato in agricoltura', 'Fixed-term employment in agriculture'],
  [
    'I.01.00',
    'Lavoro a tempo indeterminato nella pubblica amministrazione',
    'Open-ended employment in the public sector',
  ],
  [
    'I.02.00',
    'Lavoro a tempo determinato nella pubblica amministrazione',
    'Fixed-term employment in the public sector',
  ],
];

const incomeSupport: Row[] = [
  [
    'NASPI',
    'NASpI — Nuova assicurazione sociale per l’impiego',
    'NASpI — unemployment benefit for employees',
    { since: '2015-05-01' },
  ],
  [
    'DIS-COLL',
    'DIS-COLL — indennità di disoccupazione per collaboratori',
    'DIS-COLL — unemployment benefit for collaborators',
    { since: '2015-01-01' },
  ],
  ['ADI', 'ADI — Assegno di inclusione', 'ADI — inclusion allowance', { since: '2024-01-01' }],
  [
    'SFL',
    'SFL — Supporto per la formazione e il lavoro',
    'SFL — support for training and work',
    { since: '2023-09-01' },
  ],
  ['CIGO', 'Cassa integrazione guadagni ordinaria', 'Ordinary wage guarantee fund (short-time work)'],
  [
    'CIGS',
    'Cassa integrazione guadagni straordinaria',
    'Extraordinary wage guarantee fund (short-time work)',
  ],
  [
    'RDC',
    'Reddito di cittadinanza (storico, fino al 2023)',
    'Citizenship income (historical, until 2023)',
    { since: '2019-04-01', until: '2023-12-31', historic: true },
  ],
];

/** Employment status as recorded in the SAP (D.Lgs. 150/2015). */
const employmentStatus: Row[] = [
  ['DISOCCUPATO', 'Disoccupato/a con DID', 'Unemployed with a declaration of availability (DID)'],
  ['INOCCUPATO', 'Inoccupato/a (in cerca di prima occupazione)', 'Never employed, looking for a first job'],
  ['OCCUPATO', 'Occupato/a', 'Employed'],
  ['OCCUPATO-IN-CERCA', 'Occupato/a in cerca di altra occupazione', 'Employed, looking for another job'],
  ['STUDENTE', 'Studente/studentessa', 'Student'],
  ['CASSA-INTEGRAZIONE', 'In cassa integrazione', 'On short-time work (cassa integrazione)'],
];

export const starterCodeLists: CodeListEntry[] = [
  ...list('ateco', '2007-2022', atecoRows, (code) => sectionOf.get(code)),
  ...list('sap-education', '2015', sapEducation),
  ...list('cefr', '2001', cefr),
  ...list('driving-licence', '2013', drivingLicences),
  ...list('licence', '2012', licences),
  ...list('co-contract', '2024', coContracts),
  ...list('income-support', '2024', incomeSupport),
  ...list('employment-status', '2015', employmentStatus),
];
