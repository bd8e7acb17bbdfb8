// The shortlist board of a vacancy: one column per stage (proposed → contacted → interview → hired / not selected /
// withdrew), a card per candidate with its move actions. Operators and the employer's users see the same board;
// the employer sees anonymised cards, with a name only where the person consented to disclosure.
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { shortlistStages } from '../domain/shortlist.ts';
import type { ShortlistBoardView } from '../shortlist-contract.ts';
import { ShortlistCard } from './ShortlistCard.tsx';
import { shortlistKey } from './ShortlistMoveForm.tsx';

export function ShortlistBoard({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const status = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const board = useQuery({
    queryKey: shortlistKey(vacancyId),
    queryFn: () => apiGet<ShortlistBoardView>(`/vacancies/${vacancyId}/shortlist`),
  });
  const data = board.data;
  const announce = (m: string) => {
    setMessage(m);
    // The pressed button may have gone with the card's move: the result takes the focus.
    requestAnimationFrame(() => status.current?.focus());
  };

  return (
    <section aria-labelledby="shortlist-title" data-testid="shortlist-board">
      <h2 id="shortlist-title" className="h4">
        {t('shortlist.title')}
      </h2>
      {data ? (
        <p data-testid="shortlist-summary">
          {t('shortlist.summary', {
            count: data.entries.length,
            hired: data.vacancy.hired,
            positions: data.vacancy.positions,
          })}
          {data.vacancy.state === 'filled' ? ` ${t('shortlist.filled')}` : ''}
        </p>
      ) : null}
      <div ref={status} tabIndex={-1} aria-live="polite" data-testid="shortlist-status">
        {board.isPending ? <Loading /> : null}
        <ProblemAlert error={board.error} />
        {message ? <StatusAlert>{message}</StatusAlert> : null}
      </div>
      {data && data.entries.length === 0 ? <p>{t('shortlist.empty')}</p> : null}
      {data && data.entries.length > 0 ? (
        <div className="row row-cols-1 row-cols-md-3 row-cols-xxl-6 g-3">
          {shortlistStages.map((stage) => {
            const cards = data.entries.filter((e) => e.stage === stage);
            return (
              <section
                key={stage}
                className="col"
                aria-labelledby={`shortlist-col-${stage}`}
                data-testid={`shortlist-column-${stage}`}
              >
                <h3 id={`shortlist-col-${stage}`} className="h6 text-uppercase border-bottom pb-2">
                  {t(`shortlist.stages.${stage}`)} <span className="badge bg-primary">{cards.length}</span>
                </h3>
                {cards.map((e) => (
                  <ShortlistCard
                    key={e.id}
                    entry={e}
                    stages={data.can.stages}
                    canDisclose={data.can.recordDisclosure}
                    onStatus={announce}
                  />
                ))}
              </section>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
