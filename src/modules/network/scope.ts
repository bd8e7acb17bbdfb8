// Turns a policy scope into the SQL condition that limits which organisations (or rows owned by them) a caller
// sees. Every list query in every module takes its tenant filter from here, never hand-written per handler.
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import { networkMembers } from './db.ts';

/** Condition on a column holding an organisation id. 'self' has no organisation meaning: it matches nothing. */
export function organisationScope(column: AnyPgColumn, actor: Actor, scope: Scope): SQL {
  switch (scope) {
    case 'all':
      return sql`true`;
    case 'network':
      if (actor.networkIds.length === 0) return sql`false`;
      return inArray(
        column,
        sql`(SELECT ${networkMembers.organisationId} FROM ${networkMembers} WHERE ${inArray(networkMembers.networkId, actor.networkIds)})`,
      );
    case 'organisation':
      return actor.organisationId ? eq(column, actor.organisationId) : sql`false`;
    case 'self':
      return sql`false`;
  }
}

export async function networkIdsOf(tx: Tx, organisationId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: networkMembers.networkId })
    .from(networkMembers)
    .where(eq(networkMembers.organisationId, organisationId));
  return rows.map((r) => r.id);
}

/** Is one organisation inside the scope? (For single resources: outside → 404.) */
export async function organisationInScope(tx: Tx, actor: Actor, scope: Scope, organisationId: string) {
  switch (scope) {
    case 'all':
      return true;
    case 'organisation':
      return actor.organisationId === organisationId;
    case 'self':
      return false;
    case 'network': {
      if (actor.networkIds.length === 0) return false;
      const rows = await tx
        .select({ id: networkMembers.organisationId })
        .from(networkMembers)
        .where(
          sql`${networkMembers.organisationId} = ${organisationId} AND ${inArray(networkMembers.networkId, actor.networkIds)}`,
        )
        .limit(1);
      return rows.length > 0;
    }
  }
}

/**
 * The organisations inside the scope, as a list (null = every organisation): the same tenant condition as
 * organisationScope, for code that filters in memory (matching's candidate index).
 */
export async function organisationsInScope(tx: Tx, actor: Actor, scope: Scope): Promise<string[] | null> {
  switch (scope) {
    case 'all':
      return null;
    case 'organisation':
      return actor.organisationId ? [actor.organisationId] : [];
    case 'self':
      return [];
    case 'network': {
      if (actor.networkIds.length === 0) return [];
      const rows = await tx
        .selectDistinct({ id: networkMembers.organisationId })
        .from(networkMembers)
        .where(inArray(networkMembers.networkId, actor.networkIds));
      return rows.map((r) => r.id);
    }
  }
}
