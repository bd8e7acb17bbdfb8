// Every table, for drizzle-kit (migration generation). Modules own their tables; this file only lists them.
export * from '../../modules/citizens/db.ts';
export * from '../../modules/employers/db.ts';
export * from '../../modules/geography/db.ts';
export * from '../../modules/identity/db.ts';
export * from '../../modules/network/db.ts';
export * from '../../modules/newsletters/db.ts';
export * from '../../modules/people/change-feed.ts';
export * from '../../modules/people/db.ts';
export * from '../../modules/surveys/db.ts';
export * from '../../modules/taxonomy/db.ts';
export * from '../../modules/vacancies/db.ts';
export * from '../audit/db.ts';
export * from '../mail/db.ts';
