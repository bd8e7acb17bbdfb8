// Moving one shortlist entry: the stages allowed from where it stands (the server's moves table, already filtered
// for the caller), and only the facts the chosen stage needs: date and place of an interview, contract type and
// start of a hire, the coded reason of "not selected". Field errors from the server are shown under the fields.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiPatch } from '../../../web/api/client.ts';
import { SelectField, TextField } from '../../../web/components/Field.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { notSelectedReasons, type ShortlistStage } from '../domain/shortlist.ts';
import type { ShortlistEntryView, UpdateShortlistEntryInput } from '../shortlist-contract.ts';

export const shortlistKey = (vacancyId: string) => ['shortlist', vacancyId] as const;

/** The contract types most used in hires (CO codes); the server accepts any well-formed code. */
const contractTypes = ['A.01.00', 'A.02.00', 'A.03.00', 'A.07.00', 'C.01.00'];

export function ShortlistMoveForm({
  entry,
  stages,
  onDone,
}: {
  entry: ShortlistEntryView;
  stages: ShortlistStage[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const allowed = entry.allowedMoves.filter((s) => stages.includes(s));
  const [stage, setStage] = useState<ShortlistStage | ''>(allowed[0] ?? '');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('09:00');
  const [place, setPlace] = useState('');
  const [contractType, setContractType] = useState(contractTypes[0]!);
  const [startDate, setStartDate] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const move = useMutation({
    mutationFn: (body: UpdateShortlistEntryInput) =>
      apiPatch<ShortlistEntryView>(`/shortlist-entries/${entry.id}`, body),
    onSuccess: (_data, body) => {
      void client.invalidateQueries({ queryKey: shortlistKey(entry.vacancyId) });
      void client.invalidateQueries({ queryKey: ['vacancies'] });
      onDone(t('shortlist.moved', { stage: t(`shortlist.stages.${body.stage}`) }));
    },
  });
  if (allowed.length === 0 || !stage) return null;
  const fieldError = (field: string) =>
    move.error instanceof ApiError
      ? move.error.problem.errors?.find((e) => e.field === field)?.message
      : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!stage) return;
    const body: UpdateShortlistEntryInput = { stage, version: entry.version };
    if (stage === 'interview') {
      // The date is taken in the browser's time zone and sent with its offset.
      if (date) body.interviewAt = new Date(`${date}T${time || '09:00'}`).toISOString();
      if (place.trim()) body.interviewPlace = place.trim();
    }
    if (stage === 'hired') {
      body.contractType = contractType;
      if (startDate) body.startDate = startDate;
    }
    if (stage === 'not_selected' && reason)
      body.notSelectedReason = reason as UpdateShortlistEntryInput['notSelectedReason'];
    if ((stage === 'not_selected' || stage === 'withdrew') && note.trim()) body.note = note.trim();
    move.mutate(body);
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3" data-testid="shortlist-move-form">
      <SelectField
        id={`${id}-stage`}
        label={t('shortlist.moveTo')}
        value={stage}
        onChange={(v) => setStage(v as ShortlistStage)}
        options={allowed.map((s) => ({ value: s, label: t(`shortlist.stages.${s}`) }))}
        testId="shortlist-move-stage"
      />
      {stage === 'interview' ? (
        <>
          <TextField
            id={`${id}-date`}
            label={t('shortlist.interviewDate')}
            type="date"
            value={date}
            onChange={setDate}
            required
            error={fieldError('interviewAt')}
            testId="shortlist-interview-date"
          />
          <TextField
            id={`${id}-time`}
            label={t('shortlist.interviewTime')}
            value={time}
            onChange={setTime}
            hint={t('shortlist.interviewTimeHint')}
            maxLength={5}
          />
          <TextField
            id={`${id}-place`}
            label={t('shortlist.interviewPlace')}
            value={place}
            onChange={setPlace}
            required
            maxLength={200}
            error={fieldError('interviewPlace')}
            testId="shortlist-interview-place"
          />
        </>
      ) : null}
      {stage === 'hired' ? (
        <>
          <SelectField
            id={`${id}-contract`}
            label={t('shortlist.contractType')}
            value={contractType}
            onChange={setContractType}
            options={contractTypes.map((c) => ({
              value: c,
              label: t(`shortlist.contracts.${c.replace(/\./g, '_')}`),
            }))}
            error={fieldError('contractType')}
            required
          />
          <TextField
            id={`${id}-start`}
            label={t('shortlist.startDate')}
            type="date"
            value={startDate}
            onChange={setStartDate}
            required
            error={fieldError('startDate')}
            testId="shortlist-start-date"
          />
        </>
      ) : null}
      {stage === 'not_selected' ? (
        <SelectField
          id={`${id}-reason`}
          label={t('shortlist.reason')}
          value={reason}
          onChange={setReason}
          emptyLabel={t('shortlist.chooseReason')}
          options={notSelectedReasons.map((r) => ({ value: r, label: t(`shortlist.reasons.${r}`) }))}
          error={fieldError('notSelectedReason')}
          required
          testId="shortlist-reason"
        />
      ) : null}
      {stage === 'not_selected' || stage === 'withdrew' ? (
        <TextField
          id={`${id}-note`}
          label={t('shortlist.note')}
          value={note}
          onChange={setNote}
          maxLength={500}
        />
      ) : null}
      <ProblemAlert error={move.error} testId="shortlist-move-problem" />
      <button
        type="submit"
        className="btn btn-primary btn-sm"
        disabled={move.isPending}
        data-testid="shortlist-move-submit"
      >
        {t('shortlist.confirmMove')}
      </button>
    </form>
  );
}
