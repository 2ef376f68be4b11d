/** The store the configuration asks for: PostgreSQL when a database URL is given, else SQLite in the data folder. */
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';
import type { ReceiverStore } from './answers-store.js';

export function openStore(
  { databaseUrl, dataDir }: { databaseUrl?: string; dataDir: string },
  log?: (line: string) => void,
): Promise<ReceiverStore> {
  return databaseUrl ? openPostgresStore(databaseUrl, log) : openSqliteStore(dataDir);
}
