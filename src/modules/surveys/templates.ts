// Ready-made surveys. "Fabbisogni professionali" is the one the network sends every year to local employers:
// the hiring-needs grid (occupation, how many, within 6 or 6–24 months, skills) plus a few questions on how
// they hire, so that the answers feed both the results page and the territorial map.
import type { Question } from './domain/questions.ts';

export const hiringNeedsTemplate: { title: string; intro: string; questions: Question[] } = {
  title: 'Fabbisogni professionali',
  intro:
    'Con questo breve questionario la rete dei servizi per il lavoro raccoglie le figure professionali che la ' +
    'vostra impresa prevede di cercare nei prossimi due anni, per orientare corsi, tirocini e preselezioni. ' +
    'Bastano pochi minuti; potete modificare le risposte fino alla chiusura della rilevazione.',
  questions: [
    {
      id: 'fabbisogni',
      kind: 'hiring_needs',
      label: 'Quali figure professionali prevedete di cercare, quante e quando?',
      required: false,
    },
    {
      id: 'canali',
      kind: 'multiple_choice',
      label: 'Quali canali usate di solito per cercare personale?',
      required: false,
      options: [
        { value: 'cpi', label: 'Centro per l’impiego' },
        { value: 'agenzie', label: 'Agenzie per il lavoro' },
        { value: 'passaparola', label: 'Conoscenze e passaparola' },
        { value: 'web', label: 'Siti e social network' },
        { value: 'scuole', label: 'Scuole ed enti di formazione' },
      ],
    },
    {
      id: 'difficolta',
      kind: 'scale',
      label: 'Quanto è difficile trovare il personale che cercate?',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'Per nulla',
      maxLabel: 'Moltissimo',
    },
    {
      id: 'tirocini',
      kind: 'single_choice',
      label: 'Sareste disponibili ad accogliere tirocinanti?',
      required: true,
      options: [
        { value: 'si', label: 'Sì' },
        { value: 'forse', label: 'Forse, vorremmo saperne di più' },
        { value: 'no', label: 'No' },
      ],
    },
    {
      id: 'dipendenti_previsti',
      kind: 'number',
      label: 'Quanti dipendenti prevedete di avere tra un anno?',
      required: false,
      min: 0,
      integer: true,
    },
    {
      id: 'note',
      kind: 'text',
      label: 'Osservazioni o richieste alla rete dei servizi',
      required: false,
      maxLength: 2000,
    },
  ],
};
