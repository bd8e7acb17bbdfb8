// Importing people from a spreadsheet: a 3-step wizard — (1) the file, (2) the column mapping and the dry run
// (POST /api/people/import?dryRun=true), (3) the write, all rows or none (dryRun=false; a big file becomes a
// background job that is polled). Focus moves to the step's heading on every step change.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUpload } from '../../../web/api/client.ts';
import { mappingOf, targetsOf } from '../../../web/components/ColumnMapping.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ImportCommitStep } from './ImportCommitStep.tsx';
import { ImportFileStep, withImportType } from './ImportFileStep.tsx';
import { ImportMappingStep } from './ImportMappingStep.tsx';
import {
  type ColumnTargets,
  type CommitResult,
  type DryRunResult,
  type ImportJob,
  type ImportStep,
  importSteps,
  StepIndicator,
} from './ImportSteps.tsx';

const mappingKey = (mapping: Record<string, string | undefined>) =>
  JSON.stringify(Object.entries(mapping).sort(([a], [b]) => a.localeCompare(b)));

function upload<T>(file: File, query: Record<string, string>) {
  return apiUpload<T>('/people/import', file, { ...query, filename: file.name.slice(0, 200) });
}

export default function ImportPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [step, setStep] = useState<ImportStep>('file');
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [targets, setTargets] = useState<ColumnTargets>([]);
  const [report, setReport] = useState<{ result: DryRunResult; key: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every step change
  useEffect(() => {
    // Not on the first render (the page title gets the focus on navigation), then on every step change.
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  const read = useMutation({
    mutationFn: (chosen: File) => upload<DryRunResult>(chosen, { dryRun: 'true' }),
    onSuccess: (result, chosen) => {
      setFile(chosen);
      setColumns(result.columns);
      setTargets(targetsOf(result.columns, result.mapping));
      setReport({ result, key: mappingKey(result.mapping) });
      setStep('mapping');
    },
  });
  const verify = useMutation({
    mutationFn: (mapping: Record<string, string>) =>
      upload<DryRunResult>(file as File, { dryRun: 'true', mapping: JSON.stringify(mapping) }),
    onSuccess: (result, mapping) => setReport({ result, key: mappingKey(mapping) }),
  });
  const commit = useMutation({
    mutationFn: (mapping: Record<string, string>) =>
      upload<CommitResult | ImportJob>(file as File, { dryRun: 'false', mapping: JSON.stringify(mapping) }),
    onSettled: () => client.invalidateQueries({ queryKey: ['people'] }),
  });
  const mapping = mappingOf(columns, targets);

  return (
    <>
      <PageHeader
        title={t('people.import.title')}
        lead={t('people.import.lead')}
        actions={
          <Link to="/people" className="btn btn-outline-primary">
            {t('people.import.backToList')}
          </Link>
        }
      />
      <StepIndicator current={step} />
      <section aria-labelledby="import-step-title" data-testid={`import-step-${step}`}>
        <h2 id="import-step-title" className="h4" tabIndex={-1} ref={heading}>
          {t('people.import.steps.heading', {
            n: importSteps.indexOf(step) + 1,
            total: importSteps.length,
            title: t(`people.import.steps.${step}`),
          })}
        </h2>
        {step === 'file' ? (
          <ImportFileStep
            file={file}
            busy={read.isPending}
            error={read.error}
            onSubmit={(chosen) => read.mutate(withImportType(chosen))}
          />
        ) : null}
        {step === 'mapping' ? (
          <ImportMappingStep
            columns={columns}
            targets={targets}
            onChange={setTargets}
            report={report?.result ?? null}
            current={report?.key === mappingKey(mapping)}
            busy={verify.isPending || commit.isPending}
            error={verify.error}
            onVerify={() => verify.mutate(mapping)}
            onCommit={() => {
              commit.mutate(mapping);
              setStep('commit');
            }}
            onBack={() => {
              read.reset();
              verify.reset();
              setStep('file');
            }}
          />
        ) : null}
        {step === 'commit' ? (
          <ImportCommitStep
            answer={commit.data ?? null}
            error={commit.error}
            onBack={() => {
              commit.reset();
              setStep('mapping');
            }}
          />
        ) : null}
      </section>
    </>
  );
}
