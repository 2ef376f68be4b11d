/**
 * The staff exports, behind the admin token: every submission, oldest
 * first, as CSV (`/api/feedback/export.csv`, streamed a page at a time) or
 * as an Excel workbook (`/api/feedback/export.xlsx`). Never readable from
 * another site: no CORS header, ever.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type CsvCell, toCsv } from '../shared/csv.js';
import {
  type Handler,
  type Request,
  type Response,
  headerValue,
  methodNotAllowed,
  sendJson,
  writeChunk,
} from './http.js';
import type { FeedbackStore, StoredSubmission } from './store.js';
import { workbook } from './workbook.js';

/** The columns of both exports, in order (the wire format's names). */
const EXPORT_COLUMNS = [
  'reference',
  'receivedAt',
  'id',
  'kind',
  'commitmentId',
  'message',
  'name',
  'email',
  'wantsReply',
  'territory',
  'ageRange',
  'gender',
  'consentVersion',
  'consentAt',
  'locale',
  'planId',
  'pageUrl',
  'createdAt',
] as const satisfies readonly (keyof StoredSubmission)[];

/** Widths of the workbook's columns, in characters: the message gets room. */
const WIDTHS: Partial<Record<(typeof EXPORT_COLUMNS)[number], number>> = {
  receivedAt: 24,
  id: 38,
  message: 60,
  email: 28,
  territory: 30,
  consentAt: 24,
  pageUrl: 40,
  createdAt: 24,
};

/** One submission as the cells of a row; wantsReply is 1, 0 or empty. */
function exportCells(row: StoredSubmission): CsvCell[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = row[column];
    return typeof value === 'boolean' ? Number(value) : value;
  });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

export interface ExportRouteOptions {
  store: FeedbackStore;
  /** No token: the exports answer 404. */
  adminToken: string;
}

export function exportRoutes({ store, adminToken }: ExportRouteOptions): { csv: Handler; xlsx: Handler } {
  const tokenHash = adminToken ? sha256(adminToken) : undefined;

  /** Answers the request itself (404, 405 or 401) unless the token is right. */
  function authorized(req: Request, res: Response): boolean {
    if (!tokenHash) {
      sendJson(res, 404, { message: 'La exportación está desactivada: falta FEEDBACK_ADMIN_TOKEN.' });
      return false;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      methodNotAllowed(res, 'GET, HEAD');
      return false;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(headerValue(req.headers.authorization) ?? '');
    if (!match || !timingSafeEqual(sha256(match[1]!), tokenHash)) {
      sendJson(
        res,
        401,
        { message: 'Hace falta la clave de exportación (Authorization: Bearer …).' },
        { 'WWW-Authenticate': 'Bearer realm="feedback-export"' },
      );
      return false;
    }
    return true;
  }

  const download = (res: Response, type: string, extension: string, length?: number) =>
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="feedback-${new Date().toISOString().slice(0, 10)}.${extension}"`,
      'Cache-Control': 'no-store',
      ...(length === undefined ? {} : { 'Content-Length': length }),
    });

  return {
    async csv(req, res) {
      if (!authorized(req, res)) return;
      download(res, 'text/csv; charset=utf-8', 'csv');
      if (req.method === 'HEAD') return void res.end();
      if (!(await writeChunk(res, toCsv([], { bom: true, header: EXPORT_COLUMNS })))) return;
      for await (const rows of store.pages()) {
        if (!(await writeChunk(res, toCsv(rows.map(exportCells))))) return;
      }
      res.end();
    },

    async xlsx(req, res) {
      if (!authorized(req, res)) return;
      if (req.method === 'HEAD') return void download(res, XLSX_TYPE, 'xlsx').end();
      const rows: CsvCell[][] = [];
      for await (const page of store.pages()) rows.push(...page.map(exportCells));
      const bytes = await workbook({
        sheet: 'Mensajes',
        header: EXPORT_COLUMNS,
        rows,
        widths: EXPORT_COLUMNS.map((column) => WIDTHS[column] ?? 14),
      });
      download(res, XLSX_TYPE, 'xlsx', bytes.length).end(bytes);
    },
  };
}
