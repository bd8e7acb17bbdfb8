// What services need from the platform, passed explicitly (no globals): the database, the configuration, the
// cipher for secrets and special-category data, and the clock (tests move it).
import type { Config } from '../config.ts';
import type { Cipher } from './crypto/secrets.ts';
import type { Db } from './db/client.ts';

export type Deps = {
  db: Db;
  config: Config;
  cipher: Cipher;
  now: () => Date;
};
