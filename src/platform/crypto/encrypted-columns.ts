// THE list of columns encrypted with the configured key (platform/crypto/secrets.ts). The key rotation
// (npm run keys:rotate) re-encrypts exactly these, so a capability that stores a new encrypted column adds it here.
// SQL names, not Drizzle tables, so that the platform does not import the modules.

export type EncryptedColumn = {
  /** Table name in SQL. */
  table: string;
  /** Primary-key column (unique, orderable): batches walk the table by it. */
  idColumn: string;
  /** Text column holding `v1:<keyId>:…` values (NULL allowed). */
  column: string;
};

export const encryptedColumns: readonly EncryptedColumn[] = [
  { table: 'users', idColumn: 'id', column: 'totp_secret' },
  { table: 'person_special_records', idColumn: 'id', column: 'payload' },
  // The personal link of a survey recipient, kept sealed so that a reminder can send the same link again.
  { table: 'survey_recipients', idColumn: 'id', column: 'token_sealed' },
];

export const columnLabel = (c: EncryptedColumn) => `${c.table}.${c.column}`;
