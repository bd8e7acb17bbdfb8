// The engine's factors and gaps in words ("4 di 5 competenze essenziali, 3 anni come magazziniere, 8 km,
// disoccupato di lunga durata"), from the codes and numbers of the API, in the reader's language. Pure: the
// caller passes `t` and the labels of the URIs the results name.
import type { TFunction } from 'i18next';

type Factor = { factor: string; points: number; max: number } & Record<string, unknown>;
type Missing = { kind: string } & Record<string, unknown>;
type Distance = { kind: string; km?: number };

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export function distanceText(t: TFunction, d: Distance): string {
  if (d.kind === 'km') return t('matching.reason.km', { km: Math.round(d.km ?? 0) });
  return t(`matching.distance.${d.kind}`);
}

/** What speaks for the candidate, factor by factor; factors worth nothing are left out. */
export function reasonsOf(t: TFunction, factors: Factor[], occupationLabel: string): string[] {
  const out: string[] = [];
  for (const f of factors) {
    switch (f.factor) {
      case 'occupation':
        if (f.match !== 'none') {
          out.push(
            t(`matching.reason.occupation.${String(f.match)}`) +
              (f.desiredOnly ? t('matching.reason.desired') : ''),
          );
        }
        break;
      case 'essential_skills':
      case 'optional_skills':
      case 'languages':
      case 'licences':
        if (num(f.required) > 0) {
          out.push(t(`matching.reason.${f.factor}`, { matched: num(f.matched), required: num(f.required) }));
        }
        break;
      case 'experience': {
        const months = num(f.months);
        if (months >= 12) {
          out.push(
            t('matching.reason.years', { count: Math.floor(months / 12), occupation: occupationLabel }),
          );
        } else if (months > 0) {
          out.push(t('matching.reason.months', { count: months, occupation: occupationLabel }));
        }
        break;
      }
      case 'education':
        if (f.requiredEqf !== null && f.points > 0) out.push(t('matching.reason.education'));
        break;
      case 'distance':
        out.push(distanceText(t, f.distance as Distance));
        break;
      case 'priority':
        if (f.longTermUnemployed) out.push(t('matching.reason.longTermUnemployed'));
        for (const g of (f.groups as string[]) ?? []) out.push(t(`people.groups.${g}`));
        break;
    }
  }
  return out;
}

/** What the candidate lacks for this vacancy. */
export function missingOf(
  t: TFunction,
  missing: Missing[],
  labels: Record<string, string>,
  licenceLabel: (code: string) => string = (code) => code,
): string[] {
  return missing.map((m) => {
    switch (m.kind) {
      case 'essential_skill':
      case 'optional_skill':
        return t(`matching.missing.${m.kind}`, { label: labels[String(m.uri)] ?? String(m.uri) });
      case 'experience':
        return t('matching.missing.experience', { months: num(m.months), required: num(m.requiredMonths) });
      case 'education':
        return t('matching.missing.education', { eqf: num(m.requiredEqf) });
      case 'language':
        return t('matching.missing.language', { code: String(m.code).toUpperCase(), level: String(m.level) });
      case 'licence':
        return t('matching.missing.licence', { label: licenceLabel(String(m.code)) });
      default:
        return m.kind;
    }
  });
}
