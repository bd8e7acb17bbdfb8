// A new sending of a survey: who receives it (employers by comune, ATECO section and willingness to host
// internships, or operators of the networks), with the number of recipients counted as the filters change, the
// opening and closing dates, and after how many days non-responders get a reminder.
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiPost } from '../../../web/api/client.ts';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { atecoSections } from '../../employers/domain/ateco.ts';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import type { CampaignView, RecipientFilters } from '../contract.ts';

const dayInput = (d: Date) => d.toISOString().slice(0, 10);

export function CampaignForm({ surveyId }: { surveyId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const today = new Date();
  const [name, setName] = useState('');
  const [audience, setAudience] = useState<'employers' | 'operators'>('employers');
  const [comune, setComune] = useState<ComuneValue>(null);
  const [section, setSection] = useState('');
  const [internships, setInternships] = useState(false);
  const [opensAt, setOpensAt] = useState(dayInput(today));
  const [closesAt, setClosesAt] = useState(dayInput(new Date(today.getTime() + 30 * 86_400_000)));
  const [reminderDays, setReminderDays] = useState('7');
  const filters: RecipientFilters = {
    audience,
    ...(comune ? { comuneCode: comune.code } : {}),
    ...(audience === 'employers' && section ? { atecoSection: section } : {}),
    ...(audience === 'employers' && internships ? { hostsInternships: true } : {}),
  };
  const preview = useQuery({
    queryKey: ['survey-recipients', surveyId, filters],
    queryFn: () =>
      apiPost<{ count: number; sample: { name: string; comune: string | null }[] }>(
        `/surveys/${surveyId}/recipients/preview`,
        filters,
      ),
  });
  const create = useMutation({
    mutationFn: () =>
      apiPost<CampaignView>(`/surveys/${surveyId}/campaigns`, {
        name,
        filters,
        opensAt: new Date(`${opensAt}T00:00:00`).toISOString(),
        closesAt: new Date(`${closesAt}T23:59:59`).toISOString(),
        reminderAfterDays: reminderDays ? Number(reminderDays) : null,
        maxReminders: reminderDays ? 1 : 0,
      }),
    onSuccess: (c) => navigate(`/surveys/campaigns/${c.id}`),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const lang = i18n.language === 'en' ? 'en' : 'it';
  return (
    <form onSubmit={submit} noValidate aria-labelledby="campaign-form-title" data-testid="campaign-form">
      <h2 id="campaign-form-title" className="h4">
        {t('surveys.campaign.newTitle')}
      </h2>
      <TextField
        id="campaign-name"
        label={t('surveys.campaign.name')}
        value={name}
        onChange={setName}
        required
        testId="campaign-name"
      />
      <div className="row g-3">
        <div className="col-md-4">
          <SelectField
            id="campaign-audience"
            label={t('surveys.campaign.audience')}
            value={audience}
            onChange={(v) => setAudience(v as 'employers' | 'operators')}
            options={[
              { value: 'employers', label: t('surveys.campaign.employers') },
              { value: 'operators', label: t('surveys.campaign.operators') },
            ]}
          />
        </div>
        <div className="col-md-4">
          <ComuneAutocomplete
            id="campaign-comune"
            label={t('surveys.campaign.comune')}
            value={comune}
            onChange={setComune}
          />
        </div>
        {audience === 'employers' ? (
          <div className="col-md-4">
            <SelectField
              id="campaign-section"
              label={t('surveys.campaign.section')}
              value={section}
              onChange={setSection}
              emptyLabel={t('surveys.campaign.anySection')}
              options={atecoSections('2007').map((s) => ({
                value: s.letter,
                label: `${s.letter} – ${s[lang]}`,
              }))}
            />
          </div>
        ) : null}
      </div>
      {audience === 'employers' ? (
        <Checkbox
          id="campaign-internships"
          label={t('surveys.campaign.internships')}
          checked={internships}
          onChange={setInternships}
        />
      ) : null}
      <p className="mt-3" role="status" data-testid="campaign-count">
        {preview.data
          ? t('surveys.campaign.count', { count: preview.data.count })
          : t('surveys.campaign.counting')}
      </p>
      <div className="row g-3">
        <div className="col-md-4">
          <TextField
            id="campaign-opens"
            type="date"
            label={t('surveys.campaign.opensAt')}
            value={opensAt}
            onChange={setOpensAt}
            required
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="campaign-closes"
            type="date"
            label={t('surveys.campaign.closesAt')}
            value={closesAt}
            onChange={setClosesAt}
            required
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="campaign-reminder"
            type="number"
            label={t('surveys.campaign.reminderDays')}
            hint={t('surveys.campaign.reminderHint')}
            value={reminderDays}
            onChange={setReminderDays}
          />
        </div>
      </div>
      <ProblemAlert error={create.error} />
      <button
        type="submit"
        className="btn btn-primary"
        disabled={create.isPending || !preview.data?.count}
        data-testid="campaign-create"
      >
        {t('surveys.campaign.create')}
      </button>
    </form>
  );
}
