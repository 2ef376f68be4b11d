/**
 * Closing the loop (issue 18): staff move a submission through its
 * statuses, answer it and publish it under their token's label, every
 * change audited; the public JSON shows the published ones and nothing
 * personal; a person looks up their own reference; the export carries the
 * status and the answer. Per store.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateAnswers } from '../../src/shared/answers-schema.js';
import { parseAdminTokens } from '../../src/server/admin-auth.js';
import { configFromEnv } from '../../src/server/config.js';
import { type Running, STORE_KINDS, post, startReceiver, storedText, submission } from './server-helpers.js';

const ANA = 'ana-token-0123456789abcdefghij';
const LUIS = 'luis-token-0123456789abcdefghi';

async function admin(
  url: string,
  path: string,
  init: { method?: string; body?: unknown; token?: string | null } = {},
): Promise<{ status: number; json: any }> {
  const token = init.token === undefined ? ANA : init.token;
  const response = await fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, json: await response.json() };
}

const change = (url: string, reference: string, body: unknown, token?: string) =>
  admin(url, `/api/admin/answer?reference=${reference}`, { method: 'PATCH', body, token });

/** Every admin route, with a method it takes. */
const ADMIN_ROUTES: [string, string][] = [
  ['GET', '/api/admin/submissions'],
  ['GET', '/api/admin/answer?reference=OGP-0000-0000-0000'],
  ['PATCH', '/api/admin/answer?reference=OGP-0000-0000-0000'],
  ['GET', '/api/admin/audit'],
  ['GET', '/api/feedback/export.csv'],
  ['GET', '/api/feedback/export.xlsx'],
  ['GET', '/api/feedback/submissions?reference=OGP-0000-0000-0000'],
];

const HOSTILE = `<img src=x onerror=alert(1)>=HYPERLINK("http://evil")\u202Eabc ${'x'.repeat(2900)}`;

describe('labelled admin tokens (FEEDBACK_ADMIN_TOKENS)', () => {
  it('reads label:token pairs, and refuses a pair without a label or a token rather than locking someone out', () => {
    assert.deepEqual(parseAdminTokens(' ana:abc , luis:d:e '), [
      { label: 'ana', token: 'abc' },
      { label: 'luis', token: 'd:e' },
    ]);
    assert.deepEqual(parseAdminTokens(''), []);
    for (const wrong of ['abc', ':abc', 'ana:', 'ana:abc,luis'])
      assert.throws(() => parseAdminTokens(wrong), /label:token/);
    const config = configFromEnv({ FEEDBACK_ADMIN_TOKENS: 'ana:abc', FEEDBACK_LOOKUP_RATE_LIMIT: '3' });
    assert.deepEqual(config.adminTokens, [{ label: 'ana', token: 'abc' }]);
    assert.equal(config.lookupRateLimit, 3);
  });
});

for (const kind of STORE_KINDS)
  describe(`answers (${kind})`, () => {
    let running: Running;
    const lines: string[] = [];
    const question = submission({
      kind: 'question',
      commitmentId: 'c-01',
      name: 'Ana Pérez Secreta',
      email: 'ana.secreta@example.org',
      wantsReply: true,
      profile: { territory: 'Comuna 1 - Popular', ageRange: '29-44', gender: 'woman' },
      message: '¿Cuándo empieza la obra del parque? Mi nombre es Ana Pérez Secreta.',
    });
    const comment = submission({ message: 'Un comentario sin compromiso, sobre el plan en general.' });
    let reference = '';
    let other = '';
    before(async () => {
      running = await startReceiver(
        {
          adminTokens: [
            { label: 'ana', token: ANA },
            { label: 'luis', token: LUIS },
          ],
          lookupRateLimit: 5,
          log: (line) => lines.push(line),
        },
        kind,
      );
      reference = (await post(running.url, question)).json.reference;
      other = (await post(running.url, comment)).json.reference;
    });
    after(() => running.stop());

    it('every admin route refuses without the token, with a wrong one, and with the token in the URL', async () => {
      for (const [method, path] of ADMIN_ROUTES) {
        assert.equal((await admin(running.url, path, { method, token: null })).status, 401, `${method} ${path}`);
        assert.equal((await admin(running.url, path, { method, token: 'wrong' })).status, 401, `${method} ${path}`);
        const inUrl = `${path}${path.includes('?') ? '&' : '?'}token=${ANA}&access_token=${ANA}`;
        assert.equal((await admin(running.url, inUrl, { method, token: null })).status, 401, `${method} ${path}`);
      }
      const off = await startReceiver({}, kind);
      try {
        for (const [method, path] of ADMIN_ROUTES) {
          assert.equal((await admin(off.url, path, { method })).status, 404, `${method} ${path} without tokens`);
        }
      } finally {
        await off.stop();
      }
    });

    it('lists submissions newest first, with filters and counts by status', async () => {
      const all = await admin(running.url, '/api/admin/submissions');
      assert.equal(all.status, 200);
      assert.deepEqual(
        all.json.items.map((item: { reference: string }) => item.reference),
        [other, reference],
      );
      assert.equal(all.json.items[1].status, 'nueva');
      assert.equal(all.json.total, 2);
      assert.deepEqual(all.json.byStatus, { nueva: 2, en_revision: 0, respondida: 0, cerrada: 0 });
      const questions = await admin(running.url, '/api/admin/submissions?kind=question&commitmentId=c-01');
      assert.deepEqual(
        questions.json.items.map((item: { reference: string }) => item.reference),
        [reference],
      );
      const text = await admin(running.url, `/api/admin/submissions?text=${encodeURIComponent('OBRA DEL PARQUE')}`);
      assert.equal(text.json.total, 1);
      assert.equal((await admin(running.url, '/api/admin/submissions?status=cerrada')).json.total, 0);
      assert.equal((await admin(running.url, '/api/admin/submissions?status=perdida')).status, 400);
    });

    it('changes status, answer and publication under the token’s label, and audits each change', async () => {
      assert.equal(
        (await change(running.url, reference, { status: 'en_revision' })).json.submission.status,
        'en_revision',
      );
      const answered = await change(running.url, reference, { answer: 'La obra empieza en marzo de 2027.' }, LUIS);
      assert.equal(answered.json.submission.answer, 'La obra empieza en marzo de 2027.');
      assert.ok(answered.json.submission.answeredAt);
      // Publishing needs the question as it will be public.
      const refused = await change(running.url, reference, { published: true });
      assert.equal(refused.status, 409);
      assert.match(refused.json.message, /pregunta/);
      const published = await change(running.url, reference, {
        publicQuestion: '¿Cuándo empieza la obra del parque?',
        published: true,
      });
      assert.equal(published.status, 200);
      assert.equal(published.json.submission.status, 'respondida');
      assert.equal(published.json.submission.published, true);
      assert.equal((await change(running.url, reference, { status: 'rara' })).status, 400);
      assert.equal((await change(running.url, reference, { name: 'X' })).status, 400);
      assert.equal((await change(running.url, 'OGP-0000-0000-0000', { status: 'cerrada' })).status, 404);

      const trail = await admin(running.url, `/api/admin/answer?reference=${reference}`);
      assert.deepEqual(
        trail.json.audit.map((entry: { actor: string; change: object }) => [entry.actor, entry.change]),
        [
          ['ana', { status: 'en_revision' }],
          ['luis', { answer: 'La obra empieza en marzo de 2027.' }],
          ['ana', { publicQuestion: '¿Cuándo empieza la obra del parque?', published: true }],
        ],
      );
      assert.ok(trail.json.audit.every((entry: { at: string }) => !Number.isNaN(Date.parse(entry.at))));
      assert.equal((await admin(running.url, '/api/admin/audit')).json.audit.length, 3);
    });

    it('publishes the answers as JSON that follows its schema, readable from any site, with an ETag, nothing personal', async () => {
      const response = await fetch(`${running.url}/api/answers.json`, { headers: { Origin: 'https://otra.example' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      const text = await response.text();
      const body = JSON.parse(text);
      // The schema's source of truth (schema/feedback-answers.schema.json is generated from it).
      const validation = validateAnswers(body);
      assert.ok(validation.ok, JSON.stringify(validation));
      assert.equal(body.schemaVersion, '1.0');
      assert.equal(body.answers.length, 1);
      assert.deepEqual(Object.keys(body.answers[0]).sort(), [
        'answer',
        'answeredAt',
        'askedAt',
        'commitmentId',
        'id',
        'question',
      ]);
      assert.equal(body.answers[0].commitmentId, 'c-01');
      for (const personal of ['Secreta', 'ana.secreta', 'Popular', reference, question.id as string]) {
        assert.ok(!text.includes(personal), `no ${personal}`);
      }
      const etag = response.headers.get('etag')!;
      const again = await fetch(`${running.url}/api/answers.json`, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
    });

    it('looks up a reference: its status, the answer once published, a plain 404 for a wrong one', async () => {
      const lookup = async (ref: string) => {
        const response = await fetch(`${running.url}/api/answers/lookup?reference=${encodeURIComponent(ref)}`);
        const { headers } = response;
        return {
          status: response.status,
          json: (await response.json()) as any,
          cors: headers.get('access-control-allow-origin'),
          retryAfter: Number(headers.get('retry-after')),
        };
      };
      const mine = await lookup(reference.toLowerCase());
      assert.equal(mine.status, 200);
      assert.equal(mine.cors, '*');
      assert.deepEqual(mine.json, {
        reference,
        status: 'respondida',
        question: '¿Cuándo empieza la obra del parque?',
        answer: 'La obra empieza en marzo de 2027.',
        answeredAt: mine.json.answeredAt,
      });
      assert.deepEqual(await lookup(other).then((r) => r.json), { reference: other, status: 'nueva' });
      const wrong = await lookup('OGP-0000-0000-0000');
      assert.equal(wrong.status, 404);
      assert.match(wrong.json.message, /No encontramos ningún mensaje con la referencia OGP-0000-0000-0000/);
      assert.equal((await lookup('hola')).status, 400);
      // Five a minute here (wrong ones count too): the fifth passes, the sixth is refused.
      assert.equal((await lookup(reference)).status, 200);
      const limited = await lookup(reference);
      assert.equal(limited.status, 429);
      assert.ok(limited.retryAfter > 0);
    });

    it('exports the status and the answer', async () => {
      const response = await fetch(`${running.url}/api/feedback/export.csv`, {
        headers: { Authorization: `Bearer ${LUIS}` },
      });
      const csv = await response.text();
      const [header, ...rows] = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.ok(header!.endsWith(',status,answer,publicQuestion,published'));
      const row = rows.find((line) => line.startsWith(reference))!;
      assert.ok(row.includes(',respondida,La obra empieza en marzo de 2027.,¿Cuándo empieza la obra del parque?,1'));
      assert.ok(rows.find((line) => line.startsWith(other))!.endsWith(',nueva,,,0'));
    });

    it('keeps hostile text as it was written, in the inbox and the public answers', async () => {
      const hostile = (await post(running.url, submission({ message: HOSTILE }))).json.reference;
      const item = await admin(running.url, `/api/admin/answer?reference=${hostile}`);
      assert.equal(item.json.submission.message, HOSTILE);
      await change(running.url, hostile, { publicQuestion: HOSTILE, answer: HOSTILE, published: true });
      const body = (await (await fetch(`${running.url}/api/answers.json`)).json()) as any;
      assert.equal(body.answers.find((answer: { question: string }) => answer.question === HOSTILE)?.answer, HOSTILE);
    });

    it('serves the inbox page under its strict policy, with no cookie, never framed', async () => {
      const response = await fetch(`${running.url}/admin/`);
      assert.equal(response.status, 200);
      const policy = response.headers.get('content-security-policy') ?? '';
      for (const rule of [
        "default-src 'none'",
        "script-src 'self'",
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
        "frame-ancestors 'none'",
      ]) {
        assert.ok(policy.includes(rule), rule);
      }
      assert.equal(response.headers.get('set-cookie'), null);
      assert.equal(response.headers.get('x-frame-options'), 'DENY');
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.match(await response.text(), /<script type="module" src="\/dist\/admin\/inbox\.js"><\/script>/);
      const bare = await fetch(`${running.url}/admin`, { redirect: 'manual' });
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.get('location'), '/admin/');
    });

    it('never writes a token to the log', () => {
      const log = lines.join('\n');
      assert.ok(lines.length > 10);
      assert.ok(!log.includes(ANA) && !log.includes(LUIS));
      assert.ok(!log.includes('Secreta'));
    });

    it('deletes the answer and its audit with the submission (habeas data)', async () => {
      const removed = await admin(running.url, `/api/feedback/submissions?reference=${reference}`, {
        method: 'DELETE',
      });
      assert.equal(removed.json.deleted, 1);
      assert.deepEqual(await running.receiver.store.auditTrail(reference), []);
      assert.equal(await running.receiver.store.lookup(reference), undefined);
      const body = (await (await fetch(`${running.url}/api/answers.json`)).json()) as any;
      assert.ok(!body.answers.some((answer: { commitmentId: string }) => answer.commitmentId === 'c-01'));
      assert.ok(!(await storedText(running.storage)).includes('marzo de 2027'));
    });
  });
