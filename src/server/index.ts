#!/usr/bin/env node
/**
 * The reference receiver for <ogp-feedback-form>, and the demo's server.
 *
 *   node dist/server/index.js        (npm start builds first, then runs this)
 *
 * Configuration by environment variables: PORT, HOST, FEEDBACK_DATA_DIR,
 * FEEDBACK_DATABASE_URL, FEEDBACK_RETENTION_DAYS, FEEDBACK_SHUTDOWN_GRACE, FEEDBACK_RATE_LIMIT,
 * FEEDBACK_ALLOWED_ORIGINS, FEEDBACK_ADMIN_TOKEN, FEEDBACK_TRUST_PROXY,
 * FEEDBACK_QUIET. See docs/feedback-receiver.md.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from './app.js';
import { configFromEnv } from './config.js';

export { createServer, type Receiver } from './app.js';
export { configFromEnv, type ReceiverOptions } from './config.js';
export type { AnswerChange, AnswersStore, InboxItem, PublicAnswer, ReceiverStore, Status } from './answers-store.js';
export type { Correction, FeedbackStore, SaveResult, StoredKey, StoredSubmission, Subject } from './store.js';

async function main() {
  const config = configFromEnv(process.env);
  if (config.adminToken && config.adminToken.length < 24) {
    console.warn('FEEDBACK_ADMIN_TOKEN is short: use at least 24 random characters (openssl rand -hex 24).');
  }
  for (const { label, token } of config.adminTokens) {
    if (token.length < 24) console.warn(`The admin token of ${label} is short: use at least 24 random characters.`);
  }
  const receiver = await createServer({
    ...config,
    log: process.env.FEEDBACK_QUIET ? () => {} : (line) => console.log(line),
  });
  const { url } = await receiver.listen(config.port, config.host);
  console.log(`Demo and feedback receiver on ${url}/`);
  console.log(`Submissions are stored in ${receiver.store.location}`);
  if (!config.adminToken && config.adminTokens.length === 0) {
    console.log(
      'Exports and the staff inbox are off: set FEEDBACK_ADMIN_TOKEN or FEEDBACK_ADMIN_TOKENS to turn them on.',
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then closing the database.`);
    try {
      await receiver.close(config.shutdownGraceSeconds * 1000);
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url));

if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
