// Demo users used as fixtures (see src/demo/territory-users.ts).
export const COORDINATOR = 'elena.ferrero@comune-chieri.example';
export const CPI_OPERATOR = 'marco.bosio@agenziapiemontelavoro.example';
export const SOCIAL_WORKER = 'chiara.gallo@comune-torino.example';
export const AGENCY_OPERATOR = 'davide.rinaldi@scuolamestieri-torinosud.example';
export const ASSOCIATION_OPERATOR = 'silvia.costa@unprogettoalfemminile.example';
export const EMPLOYER_USER = 'paolo.vercellone@tessitura-aurora.example';
export const CITIZEN = 'luca.bianco@posta.example';
export const ANALYST = 'francesca.rosso@comune-moncalieri.example';
export const PLATFORM_ADMIN = 'andrea.ruffino@retelavoro.example';
export const DEMO_PASSWORD = 'ReteLavoro-demo-2026';

export const userByRole = {
  network_coordinator: COORDINATOR,
  cpi_operator: CPI_OPERATOR,
  social_worker: SOCIAL_WORKER,
  agency_operator: AGENCY_OPERATOR,
  association_operator: ASSOCIATION_OPERATOR,
  employer_user: EMPLOYER_USER,
  citizen: CITIZEN,
  analyst: ANALYST,
  platform_admin: PLATFORM_ADMIN,
} as const;
