// Legal forms of employers (forma giuridica), as a code list: the codes are stored, the labels shown. The list
// covers what a local registry meets; the Registro Imprese's finer codes map onto these.
export const legalForms = [
  'ditta_individuale',
  'snc',
  'sas',
  'srl',
  'srls',
  'spa',
  'sapa',
  'cooperativa',
  'cooperativa_sociale',
  'consorzio',
  'associazione',
  'fondazione',
  'studio_associato',
  'ente_pubblico',
  'altro',
] as const;
export type LegalForm = (typeof legalForms)[number];

export const legalFormLabels: Record<LegalForm, { it: string; en: string }> = {
  ditta_individuale: { it: 'Ditta individuale', en: 'Sole trader' },
  snc: { it: 'Società in nome collettivo (S.n.c.)', en: 'General partnership (S.n.c.)' },
  sas: { it: 'Società in accomandita semplice (S.a.s.)', en: 'Limited partnership (S.a.s.)' },
  srl: { it: 'Società a responsabilità limitata (S.r.l.)', en: 'Limited liability company (S.r.l.)' },
  srls: { it: 'S.r.l. semplificata', en: 'Simplified limited liability company (S.r.l.s.)' },
  spa: { it: 'Società per azioni (S.p.A.)', en: 'Joint-stock company (S.p.A.)' },
  sapa: { it: 'Società in accomandita per azioni', en: 'Partnership limited by shares' },
  cooperativa: { it: 'Società cooperativa', en: 'Cooperative' },
  cooperativa_sociale: { it: 'Cooperativa sociale', en: 'Social cooperative' },
  consorzio: { it: 'Consorzio', en: 'Consortium' },
  associazione: { it: 'Associazione', en: 'Association' },
  fondazione: { it: 'Fondazione', en: 'Foundation' },
  studio_associato: { it: 'Studio associato', en: 'Professional partnership' },
  ente_pubblico: { it: 'Ente pubblico', en: 'Public body' },
  altro: { it: 'Altra forma', en: 'Other form' },
};

export const isLegalForm = (v: string): v is LegalForm => (legalForms as readonly string[]).includes(v);
