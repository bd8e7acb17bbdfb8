// A survey's results: per question aggregates (domain/results.ts) as JSON for the charts, the same as an XLSX
// with a second sheet of raw answers (the employer's name and nothing else about the respondent), and the hiring
// needs summed by occupation, sector or comune (needs-stats.ts). The XLSX holds free-text answers, so its
// download is audited.
import { and, asc, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { employers } from '../employers/db.ts';
import { conceptLabels } from '../taxonomy/db.ts';
import { surveyResponses } from './db.ts';
import type { AnswerValue, HiringNeed, Question } from './domain/questions.ts';
import { type QuestionResult, questionResults } from './domain/results.ts';
import { hiringNeedsBy, type NeedsDimension, needsFiltersFor } from './needs-stats.ts';
import { surveyFor } from './surveys.ts';

async function responsesOf(tx: Tx, surveyId: string) {
  return tx
    .select({ answers: surveyResponses.answers, at: surveyResponses.updatedAt, employer: employers.name })
    .from(surveyResponses)
    .leftJoin(employers, eq(employers.id, surveyResponses.employerId))
    .where(eq(surveyResponses.surveyId, surveyId))
    .orderBy(asc(surveyResponses.submittedAt));
}

export async function getResults(deps: Deps, actor: Actor, surveyId: string) {
  return deps.db.transaction(async (tx) => {
    const s = await surveyFor(tx, actor, surveyId, 'survey.results');
    const rows = await responsesOf(tx, surveyId);
    return {
      survey: { id: s.id, title: s.title, questions: s.questions },
      responses: rows.length,
      results: questionResults(
        s.questions,
        rows.map((r) => r.answers),
      ) as unknown as Record<string, unknown>[],
    };
  });
}

const horizonText: Record<string, string> = { '0_6_months': 'entro 6 mesi', '6_24_months': '6-24 mesi' };

function answerText(q: Question, v: AnswerValue | undefined, labels: Record<string, string>): string {
  if (v === undefined || v === null) return '';
  if (q.kind === 'hiring_needs') {
    return (v as HiringNeed[])
      .map(
        (n) => `${labels[n.occupationUri] ?? n.occupationUri} × ${n.positions} (${horizonText[n.horizon]})`,
      )
      .join('; ');
  }
  if (q.kind === 'single_choice' || q.kind === 'multiple_choice') {
    return [v]
      .flat()
      .map((x) => q.options.find((o) => o.value === x)?.label ?? String(x))
      .join('; ');
  }
  return String(v);
}

/** Rows of the aggregates sheet: one per option or scale point, one for numbers, text and hiring needs. */
function aggregateRows(q: Question, r: QuestionResult) {
  const rows: (string | number | null)[][] = [];
  if (r.kind === 'single_choice' || r.kind === 'multiple_choice' || r.kind === 'scale') {
    for (const [value, count] of Object.entries(r.counts)) {
      const option = 'options' in q ? q.options.find((o) => o.value === value)?.label : undefined;
      rows.push([q.label, r.answered, option ?? value, count, r.kind === 'scale' ? r.mean : null]);
    }
  } else if (r.kind === 'number') {
    rows.push([q.label, r.answered, 'somma / mediana', r.sum, r.mean]);
  } else if (r.kind === 'hiring_needs') {
    rows.push([q.label, r.answered, 'posti richiesti', r.positions, null]);
  } else {
    rows.push([q.label, r.answered, 'risposte di testo', r.answered, null]);
  }
  return rows;
}

export async function resultsXlsx(deps: Deps, actor: Actor, surveyId: string) {
  return deps.db.transaction(async (tx) => {
    const s = await surveyFor(tx, actor, surveyId, 'survey.results');
    const rows = await responsesOf(tx, surveyId);
    const results = questionResults(
      s.questions,
      rows.map((r) => r.answers),
    );
    const hiringIds = s.questions.filter((q) => q.kind === 'hiring_needs').map((q) => q.id);
    const uris = [
      ...new Set(
        rows.flatMap((r) =>
          hiringIds.flatMap((id) =>
            ((r.answers[id] as HiringNeed[] | null) ?? []).map((n) => n.occupationUri),
          ),
        ),
      ),
    ];
    const labelRows = uris.length
      ? await tx
          .select({ uri: conceptLabels.uri, label: conceptLabels.preferredLabel })
          .from(conceptLabels)
          .where(and(inArray(conceptLabels.uri, uris), eq(conceptLabels.lang, 'it')))
      : [];
    const labels = Object.fromEntries(labelRows.map((l) => [l.uri, l.label]));
    const book = new ExcelJS.Workbook();
    book.creator = 'ReteLavoro';
    const summary = book.addWorksheet('Riepilogo');
    summary.addRow(['Domanda', 'Risposte', 'Opzione', 'Conteggio', 'Media']).font = { bold: true };
    s.questions.forEach((q, i) => {
      for (const row of aggregateRows(q, results[i]!)) summary.addRow(row);
    });
    summary.columns.forEach((c, i) => {
      c.width = i === 0 ? 50 : 18;
    });
    const raw = book.addWorksheet('Risposte');
    raw.addRow(['Impresa', 'Data risposta', ...s.questions.map((q) => q.label)]).font = { bold: true };
    for (const r of rows) {
      raw.addRow([
        r.employer ?? '',
        r.at.toISOString().slice(0, 10),
        ...s.questions.map((q) => answerText(q, r.answers[q.id], labels)),
      ]);
    }
    raw.views = [{ state: 'frozen', ySplit: 1 }];
    await recordAudit(tx, auditActorOf(actor), {
      action: 'survey.results_export',
      entityType: 'survey',
      entityId: surveyId,
      purpose: 'employer_relations',
      details: { rows: rows.length },
    });
    return { title: s.title, data: Buffer.from(await book.xlsx.writeBuffer()) };
  });
}

export async function getNeeds(
  deps: Deps,
  actor: Actor,
  q: { by: NeedsDimension; surveyId?: string; horizon?: HiringNeed['horizon'] },
  lang: 'it' | 'en',
) {
  const scope = authorize(actor, 'survey.results');
  return deps.db.transaction(async (tx) => {
    if (q.surveyId) await surveyFor(tx, actor, q.surveyId, 'survey.results');
    const items = await hiringNeedsBy(tx, q.by, {
      ...needsFiltersFor(actor, scope),
      surveyId: q.surveyId,
      horizon: q.horizon,
      lang,
    });
    return { by: q.by, items };
  });
}
