/**
 * The staff exports, behind the admin token: every submission, oldest
 * first, as CSV (`/api/feedback/export.csv`, streamed a page at a time) or
 * as an Excel workbook (`/api/feedback/export.xlsx`). Never readable from
 * another site: no CORS header, ever.
 */
import { type CsvCell, toCsv } from '../shared/csv.js';
import { type AdminCredentials, adminCheck } from './admin-auth.js';
import { type Handler, type Response, writeChunk } from './http.js';
import { type InboxItem, type ReceiverStore, UNTOUCHED } from './answers-store.js';
import type { StoredSubmission } from './store.js';
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
  'status',
  'answer',
  'publicQuestion',
  'published',
] as const satisfies readonly (keyof InboxItem)[];

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
  answer: 60,
  publicQuestion: 60,
};

/** One submission as the cells of a row; wantsReply and published are 1, 0 or empty. */
function exportCells(row: InboxItem): CsvCell[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = row[column];
    return typeof value === 'boolean' ? Number(value) : value;
  });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportRouteOptions {
  store: ReceiverStore;
  /** No token: the exports answer 404. */
  adminToken: AdminCredentials;
}

/** A page of submissions with their statuses and answers. */
async function withAnswers(store: ReceiverStore, rows: StoredSubmission[]): Promise<InboxItem[]> {
  const states = await store.answerStates(rows.map((row) => row.reference));
  return rows.map((row) => ({ ...row, ...UNTOUCHED, ...states.get(row.reference) }));
}

export function exportRoutes({ store, adminToken }: ExportRouteOptions): { csv: Handler; xlsx: Handler } {
  const authorized = adminCheck(adminToken, ['GET', 'HEAD']);

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
        if (!(await writeChunk(res, toCsv((await withAnswers(store, rows)).map(exportCells))))) return;
      }
      res.end();
    },

    async xlsx(req, res) {
      if (!authorized(req, res)) return;
      if (req.method === 'HEAD') return void download(res, XLSX_TYPE, 'xlsx').end();
      const rows: CsvCell[][] = [];
      for await (const page of store.pages()) rows.push(...(await withAnswers(store, page)).map(exportCells));
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
