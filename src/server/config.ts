/**
 * The receiver's configuration: the options of createServer, and how the
 * environment variables documented in docs/feedback-receiver.md become them.
 */
import { type AdminToken, parseAdminTokens } from './admin-auth.js';
import type { ReceiverStore } from './answers-store.js';

export interface ReceiverOptions {
  /** Folder of the SQLite file (FEEDBACK_DATA_DIR, default ./data). Ignored when `store` or `databaseUrl` is given. */
  dataDir?: string;
  /** PostgreSQL instead of SQLite (FEEDBACK_DATABASE_URL, postgres://…). Ignored when `store` is given. */
  databaseUrl?: string;
  /** Submissions received more than this many days ago are deleted, hourly (FEEDBACK_RETENTION_DAYS; 0 = keep). */
  retentionDays?: number;
  /** Where submissions live; the receiver closes it when it closes. Default: SQLite in `dataDir`. */
  store?: ReceiverStore;
  /** New submissions a minute per client (FEEDBACK_RATE_LIMIT, default 10; 0 = off). */
  rateLimit?: number;
  /** Origins allowed to post from other sites (FEEDBACK_ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** Bearer token for the staff routes (FEEDBACK_ADMIN_TOKEN, labelled "admin"); none and no `adminTokens` = staff routes off. */
  adminToken?: string;
  /** Labelled Bearer tokens, one per member of staff (FEEDBACK_ADMIN_TOKENS="ana:…,luis:…"); the audit records the label. */
  adminTokens?: AdminToken[];
  /** Reference lookups a minute per client (FEEDBACK_LOOKUP_RATE_LIMIT, default 10; 0 = off). */
  lookupRateLimit?: number;
  /**
   * Addresses of the reverse proxies whose X-Forwarded-For is believed
   * (FEEDBACK_TRUST_PROXY: a comma-separated list; `1` means this machine,
   * 127.0.0.1 and ::1). From any other address the header is ignored.
   */
  trustedProxies?: string[];
  /** The folder whose demo/, dist/ and schema/ are served (default: this package). */
  root?: string;
  /** One JSON line per request and event, without personal data (default: nothing). */
  log?: (line: string) => void;
}

export interface EnvironmentConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  retentionDays: number;
  /** On SIGTERM, how long requests in flight may take before their connections are closed (FEEDBACK_SHUTDOWN_GRACE, seconds). */
  shutdownGraceSeconds: number;
  rateLimit: number;
  allowedOrigins: string[];
  adminToken: string;
  adminTokens: AdminToken[];
  lookupRateLimit: number;
  trustedProxies: string[];
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
    databaseUrl: env.FEEDBACK_DATABASE_URL ?? '',
    retentionDays: number(env.FEEDBACK_RETENTION_DAYS, 0),
    shutdownGraceSeconds: number(env.FEEDBACK_SHUTDOWN_GRACE, 10),
    rateLimit: number(env.FEEDBACK_RATE_LIMIT, 10),
    allowedOrigins: parseOrigins(env.FEEDBACK_ALLOWED_ORIGINS ?? ''),
    adminToken: env.FEEDBACK_ADMIN_TOKEN ?? '',
    adminTokens: parseAdminTokens(env.FEEDBACK_ADMIN_TOKENS ?? ''),
    lookupRateLimit: number(env.FEEDBACK_LOOKUP_RATE_LIMIT, 10),
    trustedProxies: parseProxies(env.FEEDBACK_TRUST_PROXY ?? ''),
  };
}

/** Comma-separated origins, lowercase, without a trailing slash. */
export function parseOrigins(list: string): string[] {
  return list
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, '').toLowerCase())
    .filter(Boolean);
}

/** `1` (or true, yes) is the loopback proxy of the same machine; otherwise a comma-separated list of addresses. */
export function parseProxies(list: string): string[] {
  if (/^(1|true|yes)$/i.test(list.trim())) return ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
  return list
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
}
