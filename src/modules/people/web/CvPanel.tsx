// The CV of a person (SAP sections 3–4), read with the same purpose as the record: one block per section, each
// with its own edit form for who may update the person. The whole CV is saved with the person's version.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiPut } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { type FieldErrors, serverFieldErrors, validate } from '../../../web/forms.ts';
import { currentLanguage } from '../../../web/i18n.ts';
import type { PersonView, ReadPurpose } from '../contract.ts';
import { type CvSection, type CvView, cvSections, cvUpdate } from '../cv-contract.ts';
import { CvEditor } from './CvEditor.tsx';
import { type CvRow, cvInputWith, rowsOf } from './cv-sections.ts';
import { formatDate } from './shared.tsx';

const join = (parts: (string | number | null | undefined)[]) =>
  parts.filter((p) => p !== null && p !== undefined && p !== '').join(' — ');

/** The entries of one section as short lines of text. */
function lines(cv: CvView, section: CvSection, t: TFunction): string[] {
  switch (section) {
    case 'education':
      return cv.education.map((e) => join([e.levelLabel, e.title, e.institution, e.year, e.country]));
    case 'experiences':
      return cv.experiences.map((e) =>
        join([
          e.occupationLabel,
          e.employerName,
          `${formatDate(e.startDate)} – ${e.endDate ? formatDate(e.endDate) : t('people.cv.ongoing')}`,
          e.contractTypeLabel,
          e.description,
        ]),
      );
    case 'trainings':
      return cv.trainings.map((e) =>
        join([
          e.title,
          e.provider,
          e.hours ? t('people.cv.hours', { count: e.hours }) : null,
          e.year,
          e.certificate,
        ]),
      );
    case 'languages':
      return cv.languages.map((l) =>
        join([
          l.language.toUpperCase(),
          l.motherTongue
            ? t('people.cv.motherTongue')
            : t('people.cv.levels', { l: l.listening, r: l.reading, s: l.speaking, w: l.writing }),
        ]),
      );
    case 'licences':
      return cv.licences.map((l) => `${l.label} (${l.code})`);
    case 'skills':
      return cv.skills.map((k) => join([k.label, t(`people.cv.options.level.${k.level}`)]));
    case 'desiredOccupations':
      return cv.desiredOccupations.map((o) => o.label);
  }
}

/** Field errors of the CV keyed without the leading "cv." (the client's zod paths start with it). */
function cvErrors(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^cv\./, ''), v]));
}

/**
 * `self`: the citizen's own CV ("Il mio profilo"): read and saved through /api/me/cv, always editable, no purpose
 * (the citizen needs none to read their own data). Otherwise an operator's view of a person's CV.
 */
export function CvPanel({
  person,
  purpose,
  self = false,
}: {
  person: { id: string; can: Pick<PersonView['can'], 'update'> };
  purpose: ReadPurpose;
  self?: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const lang = currentLanguage();
  const key = ['cv', person.id, purpose, lang];
  const url = self ? '/me/cv' : `/people/${person.id}/cv`;
  const canUpdate = self || person.can.update;
  const cv = useQuery({
    queryKey: key,
    queryFn: () => apiGet<CvView>(url, self ? { lang } : { purpose, lang }),
  });
  const [editing, setEditing] = useState<CvSection | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<CvSection | null>(null);
  const conflict = error instanceof ApiError && error.code === 'version_conflict';

  async function save(section: CvSection, rows: CvRow[]) {
    if (!cv.data) return;
    setError(null);
    setSaved(null);
    const checked = validate(
      cvUpdate,
      { version: cv.data.version, cv: cvInputWith(cv.data, section, rows) },
      t,
    );
    if (!checked.ok) {
      setErrors(cvErrors(checked.errors));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const updated = await apiPut<CvView>(url, checked.data);
      client.setQueryData(key, updated);
      await client.invalidateQueries({ queryKey: self ? ['me'] : ['person', person.id] });
      setEditing(null);
      setSaved(section);
    } catch (err) {
      setError(err);
      setErrors(cvErrors(serverFieldErrors(err)));
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    setError(null);
    setEditing(null);
    await client.invalidateQueries({ queryKey: ['cv', person.id] });
    await client.invalidateQueries({ queryKey: self ? ['me'] : ['person', person.id] });
  }

  return (
    <>
      <div aria-live="polite">
        {cv.isPending ? <Loading /> : null}
        <ProblemAlert error={cv.error ?? error} />
        {conflict ? (
          <button type="button" className="btn btn-outline-primary mb-3" onClick={() => void reload()}>
            {t('people.reload')}
          </button>
        ) : null}
        {saved ? (
          <StatusAlert>{t('people.cv.saved', { section: t(`people.cv.sections.${saved}`) })}</StatusAlert>
        ) : null}
      </div>
      {cv.data
        ? cvSections.map((section) => {
            const data = cv.data;
            const items = lines(data, section, t);
            const headingId = `cv-${section}-title`;
            return (
              <section
                key={section}
                aria-labelledby={headingId}
                className="mb-4"
                data-testid={`cv-section-${section}`}
              >
                <div className="d-flex flex-wrap align-items-center gap-3 mb-2">
                  <h3 id={headingId} className="h5 mb-0">
                    {t(`people.cv.sections.${section}`)}
                  </h3>
                  {canUpdate && editing !== section ? (
                    <button
                      type="button"
                      className="btn btn-outline-primary btn-sm"
                      onClick={() => {
                        setErrors({});
                        setError(null);
                        setEditing(section);
                      }}
                      data-testid={`cv-edit-${section}`}
                    >
                      {t('common.edit')}
                      <span className="visually-hidden"> {t(`people.cv.sections.${section}`)}</span>
                    </button>
                  ) : null}
                </div>
                {editing === section ? (
                  <CvEditor
                    section={section}
                    initial={rowsOf(data, section)}
                    errors={errors}
                    busy={busy}
                    onSave={(rows) => void save(section, rows)}
                    onCancel={() => setEditing(null)}
                  />
                ) : items.length === 0 ? (
                  <p>{t('people.cv.none')}</p>
                ) : (
                  <ul data-testid={`cv-list-${section}`}>
                    {items.map((line, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity of their own
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })
        : null}
    </>
  );
}
