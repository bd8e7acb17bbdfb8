// /newsletter — the lists the caller's networks keep, with subscriber counts, and a form to create one.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { useSubmit } from '../../../web/forms.ts';
import { type ListView, listInput } from '../contract.ts';
import { ListFields } from './ListFields.tsx';

export default function ListsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const lists = useQuery({
    queryKey: ['newsletters', 'lists'],
    queryFn: () => apiGet<{ items: ListView[] }>('/newsletters/lists'),
  });
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const { submit, errors, error, busy } = useSubmit();

  async function create(e: React.FormEvent) {
    e.preventDefault();
    let id = '';
    const ok = await submit(listInput, { name, description: description || null }, async (data) => {
      id = (await apiPost<ListView>('/newsletters/lists', data)).id;
    });
    if (ok) {
      await client.invalidateQueries({ queryKey: ['newsletters'] });
      navigate(`/newsletter/liste/${id}`);
    }
  }

  return (
    <>
      <PageHeader title={t('newsletters.lists.title')} lead={t('newsletters.lists.lead')} />
      <div aria-live="polite">
        {lists.isPending ? <Loading /> : null}
        <ProblemAlert error={lists.error} />
      </div>
      {lists.data?.items.length === 0 ? <p>{t('newsletters.lists.empty')}</p> : null}
      {lists.data && lists.data.items.length > 0 ? (
        <div className="table-responsive mb-5">
          <table className="table" data-testid="newsletter-lists">
            <caption className="visually-hidden">{t('newsletters.lists.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('newsletters.lists.name')}</th>
                <th scope="col">{t('newsletters.lists.owner')}</th>
                <th scope="col" className="text-end">
                  {t('newsletters.statuses.confirmed')}
                </th>
                <th scope="col" className="text-end">
                  {t('newsletters.statuses.pending')}
                </th>
                <th scope="col" className="text-end">
                  {t('newsletters.lists.issues')}
                </th>
              </tr>
            </thead>
            <tbody>
              {lists.data.items.map((l) => (
                <tr key={l.id}>
                  <th scope="row">
                    <Link to={`/newsletter/liste/${l.id}`} data-testid="newsletter-list-link">
                      {l.name}
                    </Link>
                    {l.description ? <div className="small fw-normal">{l.description}</div> : null}
                  </th>
                  <td>{l.ownerOrganisationName}</td>
                  <td className="text-end">{l.subscribers.confirmed}</td>
                  <td className="text-end">{l.subscribers.pending}</td>
                  <td className="text-end">{l.issues}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <section aria-labelledby="new-list-title">
        <h2 id="new-list-title" className="h4">
          {t('newsletters.lists.new')}
        </h2>
        <form onSubmit={create} noValidate className="row g-3">
          <ListFields
            idPrefix="list"
            name={name}
            description={description}
            onName={setName}
            onDescription={setDescription}
            errors={errors}
          />
          <div className="col-12">
            <ProblemAlert error={error} />
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="list-create">
              {t('newsletters.lists.create')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
