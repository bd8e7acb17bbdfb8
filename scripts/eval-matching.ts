// `npm run eval:matching [-- --vacancies 300 --seed 7]`: ranking quality of the matching engine against a
// keyword-overlap baseline on a labelled synthetic set (ground truth known by construction; see
// src/modules/matching/evaluation/dataset.ts). Prints a Markdown table.
import { parseArgs } from 'node:util';
import { evaluateMatching } from '../src/modules/matching/evaluation/evaluate.ts';

const { values } = parseArgs({
  options: { vacancies: { type: 'string', default: '300' }, seed: { type: 'string', default: '7' } },
});
const vacancies = Number(values.vacancies);
const seed = Number(values.seed);
if (!Number.isInteger(vacancies) || vacancies < 1 || !Number.isInteger(seed)) {
  console.error('--vacancies must be a positive whole number and --seed a whole number');
  process.exit(2);
}
const started = performance.now();
const result = evaluateMatching({ seed, vacancies });
const seconds = (performance.now() - started) / 1000;
console.log(
  `\n## Matching quality — ${result.vacancies} vacancies, ${result.candidates.toLocaleString('en')} labelled candidates (seed ${seed})\n`,
);
console.log('| method | precision@10 | nDCG@10 |');
console.log('|---|---:|---:|');
for (const r of result.rows)
  console.log(`| ${r.method} | ${r.precisionAt10.toFixed(3)} | ${r.ndcgAt10.toFixed(3)} |`);
console.log(`\nRelevant = grade ≥ 2 of 0–3; computed in ${seconds.toFixed(1)} s.`);
