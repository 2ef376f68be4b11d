/**
 * One delivery attempt of the form's outbox (src/feedback-form/outbox-delivery.ts),
 * in Node against a small receiver of its own: the request it makes, and
 * what each kind of answer means (sent, refused, failed). And the page's
 * claims (src/feedback-form/claims.ts): which form answers for what.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type Claimant, Claims } from '../../../src/feedback-form/claims.js';
import { classify, deliver, parseRetryAfter } from '../../../src/feedback-form/outbox-delivery.js';

const ID = '6f1c3e0a-5d2b-4a8e-9c7f-2b1d0e4a6c58';

const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

describe('what an answer means', () => {
  it('a 2xx is sent, with the receiver’s reference (cut at 100 characters), or the id when it gave none', () => {
    assert.deepEqual(classify(answer(201, { reference: ' REF-0001 ' }), { reference: ' REF-0001 ' }, ID), {
      kind: 'sent',
      status: 201,
      reference: 'REF-0001',
    });
    assert.equal(
      (classify(answer(200), { reference: 'R'.repeat(150) }, ID) as { reference: string }).reference.length,
      100,
    );
    assert.deepEqual(classify(answer(201), undefined, ID), { kind: 'sent', status: 201, reference: ID });
  });

  it('408, 425, 429 and 5xx are failures to try again, as late as Retry-After asks', () => {
    for (const status of [408, 425, 429, 500, 503]) {
      assert.deepEqual(classify(answer(status, undefined, { 'Retry-After': '120' }), undefined, ID), {
        kind: 'failed',
        status,
        retryAfter: 120,
      });
    }
  });

  it('any other 4xx is a refusal, with the receiver’s message and its language, when it gave them', () => {
    const refused = classify(answer(422, {}, { 'Content-Language': 'es_CO, en' }), { message: ' No. ' }, ID);
    assert.deepEqual(refused, { kind: 'rejected', status: 422, message: 'No.', lang: 'es-CO' });
    // No message: no language either, and no empty keys.
    assert.deepEqual(classify(answer(400, {}, { 'Content-Language': 'es' }), {}, ID), {
      kind: 'rejected',
      status: 400,
    });
    assert.deepEqual(classify(answer(409), { message: 'x'.repeat(1200) }, ID), {
      kind: 'rejected',
      status: 409,
      message: 'x'.repeat(1000),
    });
  });

  it('reads Retry-After as seconds or as an HTTP date, and nothing else', () => {
    const now = Date.parse('2026-03-14T15:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter(' 7 ', now), 7);
    assert.equal(parseRetryAfter('Sat, 14 Mar 2026 15:02:00 GMT', now), 120);
    assert.equal(parseRetryAfter('Sat, 14 Mar 2026 14:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});

describe('one attempt', () => {
  let server: Server;
  let origin = '';
  const seen: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
    '/ok': (_, response) =>
      response.writeHead(201, { 'Content-Type': 'application/json' }).end('{"reference":"REF-1"}'),
    '/page': (_, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>Hola</p>'),
    '/moved': (_, response) => response.writeHead(302, { Location: '/page' }).end(),
    '/kept': (_, response) => response.writeHead(307, { Location: '/ok' }).end(),
    '/drop': (request) => request.socket.destroy(),
    '/hang': () => undefined,
  };

  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, headers: request.headers, body });
        routes[request.url ?? '']?.(request, response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const envelope = (path: string) => ({ id: ID, endpoint: `${origin}${path}`, body: '{"id":"x"}' });

  it('posts the body as it is, with its id as the Idempotency-Key, and reads the reference', async () => {
    seen.length = 0;
    assert.deepEqual(await deliver(envelope('/ok'), 2000), { kind: 'sent', status: 201, reference: 'REF-1' });
    const [request] = seen;
    assert.equal(request!.method, 'POST');
    assert.equal(request!.body, '{"id":"x"}');
    assert.equal(request!.headers['idempotency-key'], ID);
    assert.equal(request!.headers['content-type'], 'application/json');
  });

  it('never counts a page that a redirect turned the POST into a GET for as sent; a redirect that keeps the POST is', async () => {
    assert.deepEqual(await deliver(envelope('/moved'), 2000), { kind: 'failed', status: 200, retryAfter: undefined });
    assert.equal((await deliver(envelope('/kept'), 2000)).kind, 'sent');
  });

  it('fails, without rejecting, when the connection drops or the receiver takes too long', async () => {
    assert.deepEqual(await deliver(envelope('/drop'), 2000), { kind: 'failed' });
    const started = Date.now();
    assert.deepEqual(await deliver(envelope('/hang'), 200), { kind: 'failed' });
    assert.ok(Date.now() - started < 2000);
  });
});

describe('the page’s claims', () => {
  const form = (waiting: string[], draftEndpoint?: string): Claimant => ({
    waiting: new Map(waiting.map((id) => [id, 0])),
    draftEndpoint,
  });

  it('find the form that sent a queued item, and whether a form took an endpoint’s draft, among the forms on the page', () => {
    const claims = new Claims();
    const sender = form(['a', 'b']);
    const holder = form([], 'https://example.org/feedback');
    claims.add(sender).add(holder);
    assert.equal(claims.senderOf('b'), sender);
    assert.equal(claims.senderOf('c'), undefined);
    assert.equal(claims.draftTaken('https://example.org/feedback'), true);
    assert.equal(claims.draftTaken('https://example.org/other'), false);
  });

  it('forget a form that left the page', () => {
    const claims = new Claims();
    const sender = form(['a'], 'https://example.org/feedback');
    claims.add(sender);
    claims.delete(sender);
    assert.equal(claims.senderOf('a'), undefined);
    assert.equal(claims.draftTaken('https://example.org/feedback'), false);
  });
});
