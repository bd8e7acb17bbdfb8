// ATECO codes (ISTAT classification of economic activities) in the two versions an employer record may carry:
// '2007' (ATECO 2007, 2022 update = NACE Rev. 2) and '2025' (ATECO 2025, in force since 1 April 2025 = NACE
// Rev. 2.1). A code is written NN (division), NN.N (group), NN.NN (class), NN.NN.N (category) or NN.NN.NN
// (subcategory); its first two digits, the division, decide the section letter. The two versions differ in the
// sections: NACE Rev. 2.1 split the old J into J (publishing, broadcasting, content: 58–60) and K
// (telecommunication, programming, computing infrastructure: 61–63), shifted the later letters by one (finance is
// L, real estate M, … extraterritorial bodies V) and moved the motor-vehicle trade (old division 45) into G 46–47
// and its repair into T 95, so division 45 no longer exists in 2025. Pure data and functions, no I/O.

export type AtecoVersion = '2007' | '2025';
export const atecoVersions: readonly AtecoVersion[] = ['2007', '2025'];

export type AtecoSection = { letter: string; it: string; en: string; divisions: readonly [number, number][] };

const sections2007: AtecoSection[] = [
  {
    letter: 'A',
    it: 'Agricoltura, silvicoltura e pesca',
    en: 'Agriculture, forestry and fishing',
    divisions: [[1, 3]],
  },
  {
    letter: 'B',
    it: 'Estrazione di minerali da cave e miniere',
    en: 'Mining and quarrying',
    divisions: [[5, 9]],
  },
  { letter: 'C', it: 'Attività manifatturiere', en: 'Manufacturing', divisions: [[10, 33]] },
  {
    letter: 'D',
    it: 'Fornitura di energia elettrica, gas, vapore e aria condizionata',
    en: 'Electricity, gas, steam and air conditioning supply',
    divisions: [[35, 35]],
  },
  {
    letter: 'E',
    it: 'Fornitura di acqua; reti fognarie, gestione dei rifiuti e risanamento',
    en: 'Water supply; sewerage, waste management and remediation',
    divisions: [[36, 39]],
  },
  { letter: 'F', it: 'Costruzioni', en: 'Construction', divisions: [[41, 43]] },
  {
    letter: 'G',
    it: "Commercio all'ingrosso e al dettaglio; riparazione di autoveicoli e motocicli",
    en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    divisions: [[45, 47]],
  },
  { letter: 'H', it: 'Trasporto e magazzinaggio', en: 'Transportation and storage', divisions: [[49, 53]] },
  {
    letter: 'I',
    it: 'Attività dei servizi di alloggio e di ristorazione',
    en: 'Accommodation and food service activities',
    divisions: [[55, 56]],
  },
  {
    letter: 'J',
    it: 'Servizi di informazione e comunicazione',
    en: 'Information and communication',
    divisions: [[58, 63]],
  },
  {
    letter: 'K',
    it: 'Attività finanziarie e assicurative',
    en: 'Financial and insurance activities',
    divisions: [[64, 66]],
  },
  { letter: 'L', it: 'Attività immobiliari', en: 'Real estate activities', divisions: [[68, 68]] },
  {
    letter: 'M',
    it: 'Attività professionali, scientifiche e tecniche',
    en: 'Professional, scientific and technical activities',
    divisions: [[69, 75]],
  },
  {
    letter: 'N',
    it: 'Noleggio, agenzie di viaggio, servizi di supporto alle imprese',
    en: 'Administrative and support service activities',
    divisions: [[77, 82]],
  },
  {
    letter: 'O',
    it: 'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria',
    en: 'Public administration and defence; compulsory social security',
    divisions: [[84, 84]],
  },
  { letter: 'P', it: 'Istruzione', en: 'Education', divisions: [[85, 85]] },
  {
    letter: 'Q',
    it: 'Sanità e assistenza sociale',
    en: 'Human health and social work activities',
    divisions: [[86, 88]],
  },
  {
    letter: 'R',
    it: 'Attività artistiche, sportive, di intrattenimento e divertimento',
    en: 'Arts, entertainment and recreation',
    divisions: [[90, 93]],
  },
  { letter: 'S', it: 'Altre attività di servizi', en: 'Other service activities', divisions: [[94, 96]] },
  {
    letter: 'T',
    it: 'Attività di famiglie e convivenze come datori di lavoro per personale domestico',
    en: 'Activities of households as employers',
    divisions: [[97, 98]],
  },
  {
    letter: 'U',
    it: 'Organizzazioni ed organismi extraterritoriali',
    en: 'Activities of extraterritorial organisations and bodies',
    divisions: [[99, 99]],
  },
];

const sections2025: AtecoSection[] = [
  ...sections2007.slice(0, 6), // A–F unchanged
  {
    letter: 'G',
    it: "Commercio all'ingrosso e al dettaglio",
    en: 'Wholesale and retail trade',
    divisions: [[46, 47]],
  },
  { letter: 'H', it: 'Trasporto e magazzinaggio', en: 'Transportation and storage', divisions: [[49, 53]] },
  {
    letter: 'I',
    it: 'Attività dei servizi di alloggio e di ristorazione',
    en: 'Accommodation and food service activities',
    divisions: [[55, 56]],
  },
  {
    letter: 'J',
    it: 'Attività editoriali, di trasmissione e di produzione e distribuzione di contenuti',
    en: 'Publishing, broadcasting, and content production and distribution activities',
    divisions: [[58, 60]],
  },
  {
    letter: 'K',
    it: 'Telecomunicazioni, programmazione e consulenza informatica, infrastrutture di calcolo e altri servizi di informazione',
    en: 'Telecommunication, computer programming, consulting, computing infrastructure and other information service activities',
    divisions: [[61, 63]],
  },
  {
    letter: 'L',
    it: 'Attività finanziarie e assicurative',
    en: 'Financial and insurance activities',
    divisions: [[64, 66]],
  },
  { letter: 'M', it: 'Attività immobiliari', en: 'Real estate activities', divisions: [[68, 68]] },
  {
    letter: 'N',
    it: 'Attività professionali, scientifiche e tecniche',
    en: 'Professional, scientific and technical activities',
    divisions: [[69, 75]],
  },
  {
    letter: 'O',
    it: 'Attività amministrative e di servizi di supporto',
    en: 'Administrative and support service activities',
    divisions: [[77, 82]],
  },
  {
    letter: 'P',
    it: 'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria',
    en: 'Public administration and defence; compulsory social security',
    divisions: [[84, 84]],
  },
  { letter: 'Q', it: 'Istruzione', en: 'Education', divisions: [[85, 85]] },
  {
    letter: 'R',
    it: 'Attività dei servizi sanitari e di assistenza sociale',
    en: 'Human health and social work activities',
    divisions: [[86, 88]],
  },
  {
    letter: 'S',
    it: 'Attività artistiche, sportive e di intrattenimento',
    en: 'Arts, sports and recreation',
    divisions: [[90, 93]],
  },
  {
    letter: 'T',
    it: 'Altre attività di servizi',
    en: 'Other service activities',
    divisions: [[94, 96]],
  },
  {
    letter: 'U',
    it: 'Attività di famiglie e convivenze come datori di lavoro per personale domestico',
    en: 'Activities of households as employers',
    divisions: [[97, 98]],
  },
  {
    letter: 'V',
    it: 'Attività di organizzazioni e organismi extraterritoriali',
    en: 'Activities of extraterritorial organisations and bodies',
    divisions: [[99, 99]],
  },
];

const byVersion: Record<AtecoVersion, AtecoSection[]> = { '2007': sections2007, '2025': sections2025 };

/** NN, NN.N, NN.NN, NN.NN.N or NN.NN.NN. */
const FORMAT = /^\d{2}(\.\d{1,2}(\.\d{1,2})?)?$/;

export function isAtecoVersion(value: unknown): value is AtecoVersion {
  return value === '2007' || value === '2025';
}

/** The sections of a version, in order, with their names in Italian and English. */
export function atecoSections(version: AtecoVersion): { letter: string; it: string; en: string }[] {
  return byVersion[version].map(({ letter, it, en }) => ({ letter, it, en }));
}

function sectionOfDivision(division: number, version: AtecoVersion): AtecoSection | null {
  return byVersion[version].find((s) => s.divisions.some(([a, b]) => division >= a && division <= b)) ?? null;
}

/** Normalises what people type: spaces removed, a compact '521010' written as '52.10.10'. */
export function normaliseAteco(value: string): string {
  const v = value.replace(/\s+/g, '');
  if (/^\d{3,6}$/.test(v)) return [v.slice(0, 2), v.slice(2, 4), v.slice(4, 6)].filter(Boolean).join('.');
  return v;
}

/** Well formed AND its division exists in that version (e.g. 45.20 is valid in 2007, not in 2025). */
export function isValidAteco(code: string, version: AtecoVersion): boolean {
  if (!isAtecoVersion(version) || !FORMAT.test(code)) return false;
  // A group is one digit (NN.N); a class two (NN.NN); a category NN.NN.N or a subcategory NN.NN.NN needs a class.
  const [, group] = code.split('.');
  if (code.split('.').length === 3 && group?.length !== 2) return false;
  return sectionOfDivision(Number(code.slice(0, 2)), version) !== null;
}

/** The section letter of a code (from its division), or null when the code is not valid in that version. */
export function atecoSection(code: string, version: AtecoVersion): string | null {
  if (!isValidAteco(code, version)) return null;
  return sectionOfDivision(Number(code.slice(0, 2)), version)?.letter ?? null;
}

/** Why a code is refused, for field errors: 'format' (not NN[.N[N][.N[N]]]) or 'division' (no such division). */
export function atecoProblem(code: string, version: AtecoVersion): 'format' | 'division' | null {
  if (isValidAteco(code, version)) return null;
  return FORMAT.test(code) && (code.split('.').length < 3 || code.split('.')[1]?.length === 2)
    ? 'division'
    : 'format';
}
