/**
 * The receiver's configuration: the options of createServer, and how the
 * environment variables documented in docs/feedback-receiver.md become them.
 */
import type { FeedbackStore } from './store.js';

export interface ReceiverOptions {
  /** Folder of the SQLite file (FEEDBACK_DATA_DIR, default ./data). Ignored when `store` is given. */
  dataDir?: string;
  /** Where submissions live; the receiver closes it when it closes. Default: SQLite in `dataDir`. */
  store?: FeedbackStore;
  /** New submissions a minute per client (FEEDBACK_RATE_LIMIT, default 10; 0 = off). */
  rateLimit?: number;
  /** Origins allowed to post from other sites (FEEDBACK_ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** Bearer token for the exports (FEEDBACK_ADMIN_TOKEN); none = exports off. */
  adminToken?: string;
  /** Take the client's address from X-Forwarded-For (FEEDBACK_TRUST_PROXY=1). */
  trustProxy?: boolean;
  /** The folder whose demo/, dist/ and schema/ are served (default: this package). */
  root?: string;
  /** One line per request and event (default: nothing). */
  log?: (line: string) => void;
}

export interface EnvironmentConfig {
  port: number;
  host: string;
  dataDir: string;
  rateLimit: number;
  allowedOrigins: string[];
  adminToken: string;
  trustProxy: boolean;
}

/** Reads the configuration from environment variables. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): EnvironmentConfig {
  const number = (value: string | undefined, fallback: number) => {
    if (value === undefined || value.trim() === '') return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`Not a valid number: ${value}`);
    return parsed;
  };
  return {
    port: number(env.PORT, 8000),
    host: env.HOST || '127.0.0.1',
    dataDir: env.FEEDBACK_DATA_DIR || './data',
    rateLimit: number(env.FEEDBACK_RATE_LIMIT, 10),
    allowedOrigins: parseOrigins(env.FEEDBACK_ALLOWED_ORIGINS ?? ''),
    adminToken: env.FEEDBACK_ADMIN_TOKEN ?? '',
    trustProxy: /^(1|true|yes)$/i.test(env.FEEDBACK_TRUST_PROXY ?? ''),
  };
}

/** Comma-separated origins, lowercase, without a trailing slash. */
export function parseOrigins(list: string): string[] {
  return list
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, '').toLowerCase())
    .filter(Boolean);
}
