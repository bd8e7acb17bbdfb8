// The demo registry of local employers: the twelve companies that are organisations of the demo territory (their
// users manage them) and about sixty more across the demo comuni, with plausible ATECO 2007 codes, sizes, sites
// and contacts. Every name, codice fiscale / partita IVA (check digit computed in employers.ts), address, e-mail
// (.example) and phone (555) is FICTITIOUS. Pure data, one company per line ("|"-separated) to keep it readable.

export type DemoEmployerRow = {
  slug: string;
  name: string;
  legalForm: string;
  ateco: string;
  comuneCode: string;
  address: string;
  postcode: string;
  employees: number;
  hosts: boolean;
  contact: string;
  role: string;
};
export type LinkedEmployer = Pick<
  DemoEmployerRow,
  'ateco' | 'legalForm' | 'employees' | 'hosts' | 'contact' | 'role'
>;

const lines = (table: string) =>
  table
    .trim()
    .split('\n')
    .filter((l) => !l.trim().startsWith('#'))
    .map((l) => l.split('|').map((c) => c.trim()));

// key | ATECO 2007 | legal form | employees | hosts internships | contact | role
const linkedTable = `
tessitura-aurora-chieri | 13.20.00 | srl | 48 | sì | Paolo Vercellone | Responsabile del personale
meccanica-moncalierese | 25.62.00 | srl | 36 | sì | Giorgia Lisa | Amministrazione del personale
logisud-nichelino | 52.10.10 | srl | 120 | sì | Roberto Aimar | Responsabile selezione
conserve-carmagnola | 10.39.00 | srl | 64 | no | Anna Cravero | Ufficio amministrazione
verde-collina-santena | 81.30.00 | snc | 9 | sì | Mauro Tosco | Socio titolare
multiservizi-mirafiori | 81.21.00 | srl | 85 | sì | Sara Quaglia | Coordinatrice dei servizi
panificio-santa-rita | 10.71.10 | snc | 7 | sì | Enrico Gribaudo | Socio titolare
consorzio-pinerolese-energia | 35.11.00 | consorzio | 210 | no | Laura Bounous | Risorse umane
officine-val-chisone | 28.15.10 | srl | 140 | sì | Stefano Ribet | Responsabile del personale
pulizie-pinerolesi | 81.22.02 | srl | 58 | no | Monica Garnier | Ufficio personale
logistica-pinerolese | 49.41.00 | srl | 42 | sì | Davide Long | Responsabile operativo
formaggi-del-pellice | 10.51.20 | srl | 27 | sì | Elisa Malan | Amministrazione
`;

/** The demo organisations of kind 'employer' (src/demo/territory-orgs-*.ts), by key: ATECO, size, contact. */
export const linkedEmployers: Record<string, LinkedEmployer> = Object.fromEntries(
  lines(linkedTable).map(([key, ateco, legalForm, employees, hosts, contact, role]) => [
    key!,
    {
      ateco: ateco!,
      legalForm: legalForm!,
      employees: Number(employees),
      hosts: hosts === 'sì',
      contact: contact!,
      role: role!,
    },
  ]),
);

// slug | name | legal form | ATECO 2007 | comune ISTAT | address | CAP | employees | hosts internships | contact | role
const table = `
# Chierese
caseificio-collina-chieri | Caseificio della Collina S.r.l. | srl | 10.51.20 | 001078 | Via Andezeno 18 | 10023 | 22 | sì | Luisa Gili | Amministrazione
trattoria-del-duomo-chieri | Trattoria del Duomo di Ferrero Marco | ditta_individuale | 56.10.11 | 001078 | Via Vittorio Emanuele II 44 | 10023 | 6 | sì | Marco Ferrero | Titolare
supermercato-chieri-est | Supermercato Chieri Est S.r.l. | srl | 47.11.20 | 001078 | Strada Cambiano 120 | 10023 | 38 | sì | Valentina Sola | Direttrice di punto vendita
edil-chierese | Edil Chierese Costruzioni S.r.l. | srl | 41.20.00 | 001078 | Strada Pessione 15 | 10023 | 18 | no | Giuseppe Tamietti | Geometra di cantiere
tessile-pessione | Filatura di Pessione S.p.A. | spa | 13.10.00 | 001078 | Via Pessione 300 | 10023 | 95 | sì | Cristina Bosco | Risorse umane
rsa-villa-serena-chieri | Villa Serena Cooperativa Sociale | cooperativa_sociale | 87.30.00 | 001078 | Via Tana 8 | 10023 | 54 | sì | Francesca Rolle | Coordinatrice infermieristica
autofficina-cambiano | Autofficina Cambianese di Ruffino & C. S.n.c. | snc | 45.20.10 | 001048 | Via Torino 70 | 10020 | 5 | sì | Alberto Ruffino | Socio
pasticceria-pecetto | Pasticceria Collinare Pecetto S.a.s. | sas | 10.71.20 | 001183 | Via Umberto I 12 | 10020 | 8 | sì | Chiara Bertolino | Titolare
vivai-pecetto | Vivai Frutticoli Pecetto Società Agricola | altro | 01.30.00 | 001183 | Strada Valle Sauglio 5 | 10020 | 12 | sì | Luca Mosso | Responsabile vivaio
hotel-pino-torinese | Hotel Belvedere Pino S.r.l. | srl | 55.10.00 | 001192 | Via Roma 90 | 10025 | 24 | sì | Ilaria Chiesa | Direzione
riva-meccanica | Riva Meccanica di Precisione S.r.l. | srl | 25.62.00 | 001215 | Via Buttigliera 33 | 10020 | 31 | sì | Fabio Musso | Capo officina
poirino-agroalimentare | Agroalimentare Poirinese S.r.l. | srl | 10.39.00 | 001197 | Via Torino 210 | 10046 | 46 | no | Marina Gerbaudo | Ufficio personale
trasporti-poirino | Trasporti Gerbi & Figli S.r.l. | srl | 49.41.00 | 001197 | Strada Statale 29 n. 8 | 10046 | 28 | no | Andrea Gerbi | Responsabile flotta
santena-logistica | Santena Logistica Integrata S.r.l. | srl | 52.10.10 | 001257 | Via Tetti Agostino 4 | 10026 | 75 | sì | Simona Vaschetto | Responsabile magazzino
asparagi-santena | Azienda Agricola Asparagi di Santena di Tosco Luigi | ditta_individuale | 01.13.10 | 001257 | Strada Cambiano 60 | 10026 | 4 | sì | Luigi Tosco | Titolare
# Moncalierese, Nichelino, Carmagnola and the south-western comuni
moncalieri-carpenteria | Carpenteria Metallica Moncalierese S.r.l. | srl | 25.11.00 | 001156 | Strada Vallere 22 | 10024 | 27 | sì | Daniele Borgarello | Responsabile produzione
ristorante-castello-moncalieri | Ristorante Al Castello S.r.l.s. | srls | 56.10.11 | 001156 | Piazza Vittorio Emanuele II 5 | 10024 | 11 | sì | Noemi Racca | Responsabile di sala
iper-moncalieri-sud | Ipermercato Moncalieri Sud S.p.A. | spa | 47.11.10 | 001156 | Corso Savona 60 | 10024 | 180 | sì | Marco Vigna | Risorse umane
cooperativa-pulizie-moncalieri | Pulire Insieme Società Cooperativa | cooperativa | 81.21.00 | 001156 | Via Real Collegio 30 | 10024 | 67 | sì | Rosa Esposito | Responsabile commesse
moncalieri-edilizia | Costruzioni Testona S.r.l. | srl | 41.20.00 | 001156 | Strada Revigliasco 14 | 10024 | 23 | no | Pietro Ghione | Direttore tecnico
studio-contabile-moncalieri | Studio Associato Bertero Gili | studio_associato | 69.20.11 | 001156 | Via San Martino 9 | 10024 | 9 | sì | Elena Bertero | Commercialista
rsa-san-giuseppe-moncalieri | Residenza San Giuseppe Cooperativa Sociale | cooperativa_sociale | 87.30.00 | 001156 | Strada Genova 170 | 10024 | 72 | sì | Paola Marchisio | Coordinatrice
informatica-moncalieri | Dati e Reti Moncalieri S.r.l. | srl | 62.01.00 | 001156 | Corso Roma 3 | 10024 | 16 | sì | Federico Audisio | Responsabile tecnico
nichelino-stampaggio | Stampaggio Plastiche Nichelino S.r.l. | srl | 22.29.09 | 001164 | Via Pateri 25 | 10042 | 52 | sì | Giulia Carena | Ufficio personale
nichelino-corrieri | Corrieri Stupinigi S.r.l. | srl | 53.20.00 | 001164 | Via XXV Aprile 150 | 10042 | 44 | no | Salvatore Greco | Responsabile hub
pizzeria-nichelino | Pizzeria Il Boschetto di Russo Antonio | ditta_individuale | 56.10.20 | 001164 | Via Torino 98 | 10042 | 5 | sì | Antonio Russo | Titolare
market-nichelino-centro | Alimentari Nichelino Centro S.n.c. | snc | 47.11.40 | 001164 | Piazza Di Vittorio 7 | 10042 | 9 | sì | Katia Ferrara | Socia
nichelino-impianti | Impianti Elettrici Sangone S.r.l. | srl | 43.21.01 | 001164 | Via Juvarra 41 | 10042 | 19 | sì | Ivan Rosso | Capo squadra
carmagnola-logistica | Carmagnola Distribuzione Freddo S.r.l. | srl | 52.10.20 | 001059 | Via del Porto 33 | 10022 | 88 | sì | Laura Pautasso | Risorse umane
carmagnola-mobili | Mobilificio Carmagnolese S.a.s. | sas | 31.09.10 | 001059 | Strada Salsasio 61 | 10022 | 14 | sì | Michele Cavaglià | Titolare
carmagnola-cantina | Salumificio Carmagnola S.r.l. | srl | 10.13.00 | 001059 | Via Chieri 120 | 10022 | 33 | no | Barbara Ambrosio | Amministrazione
trofarello-meccanica | Officina Meccanica Trofarellese S.r.l. | srl | 25.62.00 | 001280 | Via Torino 28 | 10028 | 21 | sì | Claudio Deorsola | Responsabile produzione
vinovo-ippica-ristoro | Ristoro dell’Ippodromo S.r.l. | srl | 56.29.10 | 001309 | Via Stupinigi 182 | 10048 | 15 | sì | Sabrina Ghigo | Responsabile mensa
vinovo-serramenti | Serramenti Vinovesi S.r.l. | srl | 16.23.10 | 001309 | Via Cottolengo 45 | 10048 | 17 | sì | Luca Bonino | Titolare
candiolo-farmaceutica | Laboratori Farmaceutici Candiolo S.p.A. | spa | 21.20.09 | 001051 | Strada Provinciale 142 km 3 | 10060 | 160 | sì | Chiara Bellone | Selezione del personale
la-loggia-trasporti | Autotrasporti La Loggia S.r.l. | srl | 49.41.00 | 001127 | Via Carignano 77 | 10040 | 34 | no | Giorgio Ferro | Responsabile traffico
villastellone-carta | Cartotecnica Villastellone S.r.l. | srl | 17.21.00 | 001308 | Via Cossolo 10 | 10029 | 41 | sì | Ornella Cena | Ufficio personale
# Torino, Circoscrizione 2 (Santa Rita, Mirafiori)
mirafiori-componenti | Componenti Auto Mirafiori S.p.A. | spa | 29.32.09 | 001272 | Corso Settembrini 164 | 10135 | 230 | sì | Alessandra Giordano | Risorse umane
santa-rita-bar | Bar Caffetteria Santa Rita di Lombardi Sara | ditta_individuale | 56.30.00 | 001272 | Corso Sebastopoli 210 | 10136 | 4 | sì | Sara Lombardi | Titolare
mirafiori-mensa | Ristorazione Collettiva Mirafiori Cooperativa | cooperativa | 56.29.20 | 001272 | Via Guala 140 | 10135 | 96 | sì | Domenico Ferri | Responsabile del personale
torino-sud-assistenza | Assistenza Domiciliare Torino Sud Cooperativa Sociale | cooperativa_sociale | 88.10.00 | 001272 | Via Filadelfia 237 | 10137 | 110 | sì | Giovanna Ruggiero | Coordinatrice dei servizi
panetteria-lingotto | Forno del Lingotto S.n.c. | snc | 10.71.10 | 001272 | Via Nizza 280 | 10126 | 6 | sì | Massimo Perotti | Socio
market-santa-rita | Supermercato Santa Rita S.r.l. | srl | 47.11.20 | 001272 | Corso Orbassano 190 | 10137 | 29 | sì | Valeria Fiore | Direttrice
mirafiori-logistica | Logistica Mirafiori Sud S.r.l. | srl | 52.29.22 | 001272 | Strada del Drosso 33 | 10135 | 63 | sì | Gabriele Colombo | Responsabile magazzino
impresa-pulizie-torino-sud | Splendor Pulizie S.r.l. | srl | 81.21.00 | 001272 | Via Gaidano 110 | 10137 | 48 | no | Rita Costanzo | Responsabile cantieri
torino-sud-edile | Edilsud Torino S.r.l. | srl | 43.39.01 | 001272 | Via Plava 90 | 10135 | 26 | sì | Vincenzo Caruso | Capocantiere
parrucchiera-santa-rita | Acconciature Rita di Demaria Laura | ditta_individuale | 96.02.01 | 001272 | Via Tripoli 70 | 10137 | 3 | sì | Laura Demaria | Titolare
# Pinerolese
pinerolo-lattiero | Latteria Sociale del Pinerolese Società Cooperativa | cooperativa | 10.51.10 | 001191 | Via Saluzzo 52 | 10064 | 58 | sì | Enrico Bertalot | Direttore
pinerolo-hotel | Albergo Cavalieri Pinerolo S.r.l. | srl | 55.10.00 | 001191 | Piazza Cavour 12 | 10064 | 19 | sì | Martina Rostagno | Direzione
pinerolo-rsa | Residenza Il Castello Cooperativa Sociale | cooperativa_sociale | 87.30.00 | 001191 | Via dei Mille 40 | 10064 | 81 | sì | Silvia Peyrot | Coordinatrice
pinerolo-meccatronica | Meccatronica Pinerolese S.r.l. | srl | 28.29.99 | 001191 | Stradale San Secondo 96 | 10064 | 73 | sì | Matteo Sappé | Responsabile tecnico
pinerolo-supermercato | Supermercato Pinerolo Abbadia S.r.l. | srl | 47.11.20 | 001191 | Via Nazionale 300 | 10064 | 35 | sì | Sonia Jourdan | Direttrice
pinerolo-trattoria | Osteria del Pellice di Charbonnier Luca | ditta_individuale | 56.10.11 | 001275 | Via della Repubblica 15 | 10066 | 7 | sì | Luca Charbonnier | Titolare
luserna-pietra | Pietra di Luserna Estrazioni S.r.l. | srl | 08.11.00 | 001139 | Località Rorà Cave 3 | 10062 | 38 | no | Ugo Bertin | Capo cava
luserna-edilizia | Costruzioni Val Pellice S.r.l. | srl | 41.20.00 | 001139 | Via I Maggio 22 | 10062 | 24 | sì | Dario Pons | Direttore tecnico
cavour-frutta | Frutticoltori di Cavour Società Cooperativa Agricola | cooperativa | 46.31.10 | 001070 | Via Saluzzo 88 | 10061 | 47 | sì | Paola Bonansea | Responsabile magazzino
vigone-mangimi | Mangimificio Vigonese S.r.l. | srl | 10.91.00 | 001299 | Strada Pancalieri 12 | 10067 | 29 | no | Franco Trombotto | Responsabile produzione
none-plastica | None Tecnopolimeri S.r.l. | srl | 22.21.00 | 001168 | Strada Volvera 48 | 10060 | 66 | sì | Nadia Mensa | Risorse umane
cumiana-falegnameria | Falegnameria Cumianese di Giai Sergio | ditta_individuale | 16.23.20 | 001097 | Via Provinciale 150 | 10040 | 5 | sì | Sergio Giai | Titolare
perosa-tessile | Tessiture Alta Val Chisone S.r.l. | srl | 13.20.00 | 001184 | Via Roma 28 | 10063 | 32 | sì | Irene Breusa | Ufficio personale
airasca-magazzini | Magazzini Generali Airasca S.p.A. | spa | 52.10.10 | 001002 | Via Pinerolo 62 | 10060 | 140 | sì | Cesare Barale | Responsabile del personale
piscina-impianti | Termoidraulica Piscinese S.n.c. | snc | 43.22.01 | 001195 | Via Pinerolo 9 | 10060 | 8 | sì | Mirko Gay | Socio
`;

export const demoEmployerRows: readonly DemoEmployerRow[] = lines(table).map(
  ([slug, name, legalForm, ateco, comuneCode, address, postcode, employees, hosts, contact, role]) => ({
    slug: slug!,
    name: name!,
    legalForm: legalForm!,
    ateco: ateco!,
    comuneCode: comuneCode!,
    address: address!,
    postcode: postcode!,
    employees: Number(employees),
    hosts: hosts === 'sì',
    contact: contact!,
    role: role!,
  }),
);
