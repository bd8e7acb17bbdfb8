// A legal text (accessibility statement, privacy notice) kept in the translation files as sections of paragraphs
// and bullet lists.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/Page.tsx';

type Section = { title: string; paragraphs?: string[]; items?: string[]; after?: string[] };

export function LegalPage({
  prefix,
  values,
}: {
  prefix: 'accessibility' | 'privacy';
  values?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const sections = t(`${prefix}.sections`, { returnObjects: true, ...values }) as unknown as Section[];
  return (
    <div className="row">
      <div className="col-lg-9">
        <PageHeader title={t(`${prefix}.title`)} lead={t(`${prefix}.lead`, { ...values })} />
        {Array.isArray(sections)
          ? sections.map((s) => (
              <section key={s.title} className="mb-4">
                <h2 className="h4">{s.title}</h2>
                {s.paragraphs?.map((p) => (
                  <p key={p}>{p}</p>
                ))}
                {s.items ? (
                  <ul>
                    {s.items.map((i) => (
                      <li key={i}>{i}</li>
                    ))}
                  </ul>
                ) : null}
                {s.after?.map((p) => (
                  <p key={p}>{p}</p>
                ))}
              </section>
            ))
          : null}
        <p className="small text-muted">{t(`${prefix}.updated`)}</p>
      </div>
    </div>
  );
}
