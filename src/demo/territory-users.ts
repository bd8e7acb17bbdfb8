// Demo users: at least one per role, plus colleagues for realistic lists. All share DEMO_PASSWORD.
// People are invented; e-mail domains are under .example.
import type { Role } from '../platform/policy/table.ts';
import type { DemoOrgKey } from './territory-organisations.ts';
import type { DemoUser } from './territory-types.ts';

export const demoUsers: readonly DemoUser<DemoOrgKey>[] = [
  {
    givenName: 'Elena',
    familyName: 'Ferrero',
    email: 'elena.ferrero@comune-chieri.example',
    job: 'Responsabile Ufficio Politiche Sociali e del Lavoro di Chieri; segue anche il Progetto Lavoro della Circoscrizione 2',
    memberships: [
      { org: 'comune-chieri-lavoro', role: 'network_coordinator' },
      { org: 'circ2-progetto-lavoro', role: 'network_coordinator' },
    ],
  },
  {
    givenName: 'Marco',
    familyName: 'Bosio',
    email: 'marco.bosio@agenziapiemontelavoro.example',
    job: "Operatore del Centro per l'Impiego di Chieri",
    memberships: [{ org: 'cpi-chieri', role: 'cpi_operator' }],
  },
  {
    givenName: 'Chiara',
    familyName: 'Gallo',
    email: 'chiara.gallo@comune-torino.example',
    job: 'Assistente sociale, Area Accoglienza e Adulti in difficoltà, Circoscrizione 2',
    memberships: [{ org: 'circ2-servizi-sociali', role: 'social_worker' }],
  },
  {
    givenName: 'Davide',
    familyName: 'Rinaldi',
    email: 'davide.rinaldi@scuolamestieri-torinosud.example',
    job: 'Tutor dei tirocini, Scuola di Mestieri Torino Sud',
    memberships: [{ org: 'scuola-mestieri-torino-sud', role: 'agency_operator' }],
  },
  {
    givenName: 'Silvia',
    familyName: 'Costa',
    email: 'silvia.costa@unprogettoalfemminile.example',
    job: 'Referente del progetto «Donne & Anziani: rete solidale nella Circoscrizione 2»',
    memberships: [{ org: 'un-progetto-al-femminile', role: 'association_operator' }],
  },
  {
    givenName: 'Paolo',
    familyName: 'Vercellone',
    email: 'paolo.vercellone@tessitura-aurora.example',
    job: 'Responsabile del personale, Tessitura Aurora Chierese',
    memberships: [{ org: 'tessitura-aurora-chieri', role: 'employer_user' }],
  },
  {
    givenName: 'Luca',
    familyName: 'Bianco',
    email: 'luca.bianco@posta.example',
    job: 'Cittadino in cerca di lavoro, residente a Chieri',
    memberships: [],
  },
  {
    givenName: 'Francesca',
    familyName: 'Rosso',
    email: 'francesca.rosso@comune-moncalieri.example',
    job: "Analista dell'Osservatorio sul mercato del lavoro del Patto Torino Sud",
    memberships: [{ org: 'comune-moncalieri-lavoro', role: 'analyst' }],
  },
  {
    givenName: 'Andrea',
    familyName: 'Ruffino',
    email: 'andrea.ruffino@retelavoro.example',
    job: 'Amministratore della piattaforma',
    memberships: [{ org: 'retelavoro-admin', role: 'platform_admin' }],
  },
  // Colleagues, for realistic lists.
  {
    givenName: 'Simona',
    familyName: 'Perotti',
    email: 'simona.perotti@agenziapiemontelavoro.example',
    job: "Operatrice del Centro per l'Impiego di Moncalieri",
    memberships: [{ org: 'cpi-moncalieri', role: 'cpi_operator' }],
  },
  {
    givenName: 'Laura',
    familyName: 'Ghione',
    email: 'laura.ghione@agenziapiemontelavoro.example',
    job: "Responsabile del Centro per l'Impiego di via Castelgomberto",
    memberships: [{ org: 'cpi-torino-castelgomberto', role: 'cpi_operator' }],
  },
  {
    givenName: 'Cristina',
    familyName: 'Bounous',
    email: 'cristina.bounous@agenziapiemontelavoro.example',
    job: "Coordinatrice dell'Osservatorio permanente, Centro per l'Impiego di Pinerolo",
    memberships: [{ org: 'cpi-pinerolo', role: 'network_coordinator' }],
  },
  {
    givenName: 'Giorgio',
    familyName: 'Morero',
    email: 'giorgio.morero@comune-torino.example',
    job: 'Responsabile Ufficio Progetto Lavoro, Circoscrizione 2',
    memberships: [{ org: 'circ2-progetto-lavoro', role: 'network_coordinator' }],
  },
  {
    givenName: 'Matteo',
    familyName: 'Barbero',
    email: 'matteo.barbero@comune-torino.example',
    job: 'Educatore referente per il lavoro, Area Disabili, Circoscrizione 2',
    memberships: [{ org: 'circ2-servizi-sociali', role: 'social_worker' }],
  },
  {
    givenName: 'Valentina',
    familyName: 'Cerutti',
    email: 'valentina.cerutti@servizisociali-chierese.example',
    job: 'Assistente sociale, Consorzio dei Servizi Socio Assistenziali del Chierese',
    memberships: [{ org: 'consorzio-socio-assistenziale-chierese', role: 'social_worker' }],
  },
  {
    givenName: 'Fabio',
    familyName: 'Long',
    email: 'fabio.long@patchanka.example',
    job: 'Operatore servizi al lavoro, Casa del Lavoro — Patchanka',
    memberships: [{ org: 'casa-del-lavoro-patchanka', role: 'agency_operator' }],
  },
  {
    givenName: 'Stefano',
    familyName: 'Cravero',
    email: 'stefano.cravero@coop-esserci.example',
    job: 'Referente del progetto «Aladino», Cooperativa Esserci',
    memberships: [{ org: 'coop-esserci', role: 'association_operator' }],
  },
  {
    givenName: 'Roberto',
    familyName: 'Giacone',
    email: 'roberto.giacone@meccanica-lisaborgarello.example',
    job: 'Titolare, Meccanica Lisa & Borgarello',
    memberships: [{ org: 'meccanica-moncalierese', role: 'employer_user' }],
  },
  {
    givenName: 'Sara',
    familyName: 'Peyronel',
    email: 'sara.peyronel@officine-valchisone.example',
    job: 'Ufficio risorse umane, Officine Meccaniche Val Chisone',
    memberships: [{ org: 'officine-val-chisone', role: 'employer_user' }],
  },
];

/** One login per role, for the README and the start banner (password: DEMO_PASSWORD). */
export const demoLogins: Readonly<Record<Role, string>> = {
  network_coordinator: 'elena.ferrero@comune-chieri.example',
  cpi_operator: 'marco.bosio@agenziapiemontelavoro.example',
  social_worker: 'chiara.gallo@comune-torino.example',
  agency_operator: 'davide.rinaldi@scuolamestieri-torinosud.example',
  association_operator: 'silvia.costa@unprogettoalfemminile.example',
  employer_user: 'paolo.vercellone@tessitura-aurora.example',
  citizen: 'luca.bianco@posta.example',
  analyst: 'francesca.rosso@comune-moncalieri.example',
  platform_admin: 'andrea.ruffino@retelavoro.example',
};
