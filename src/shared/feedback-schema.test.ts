import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  isRetryableStatus,
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
  type FeedbackSubmission,
  validateSubmission,
} from './feedback-schema.js';

const valid = (): FeedbackSubmission => ({
  id: '0f8c2d1e-3b4a-4c5d-8e9f-a0b1c2d3e4f5',
  kind: 'question',
  message: '¿Cuándo publican el informe de la comuna 13?',
  commitmentId: 'rendicion-cuentas-pp',
  name: 'Ana',
  email: 'ana@example.org',
  wantsReply: true,
  profile: { territory: 'Comuna 13 - San Javier', ageRange: '18-28', gender: 'prefer-not-to-say' },
  consent: { given: true, version: '2026-11', at: '2026-11-27T15:04:05.000Z' },
  locale: 'es',
  planId: 'medellin-2025-2027',
  pageUrl: 'https://www.medellin.gov.co/plan',
  createdAt: '2026-11-27T15:04:09.123Z',
  website: '',
});

const problems = (input: unknown) => {
  const result = validateSubmission(input);
  return result.ok ? [] : result.issues;
};

describe('feedback submission schema', () => {
  it('accepts a full submission and a minimal anonymous one', () => {
    expect(validateSubmission(valid()).ok).to.equal(true);
    const { id, kind, message, consent, locale, createdAt } = valid();
    expect(validateSubmission({ id, kind, message, consent, locale, createdAt }).ok).to.equal(true);
  });

  it('keeps unknown fields, so an older receiver accepts a newer widget', () => {
    const result = validateSubmission({ ...valid(), futureField: 1 });
    expect(result.ok).to.equal(true);
  });

  it('names the field and says what is wrong, in Spanish', () => {
    expect(problems({ ...valid(), id: 'abc' })).to.deep.equal([
      { path: '/id', message: 'se esperaba un identificador UUID, como 0f8c2d1e-3b4a-4c5d-8e9f-a0b1c2d3e4f5' },
    ]);
    expect(problems({ ...valid(), kind: 'complaint' })[0]!.path).to.equal('/kind');
    expect(problems({ ...valid(), message: 42 })[0]).to.deep.equal({
      path: '/message',
      message: 'se esperaba un texto',
    });
    const { message: _message, ...withoutMessage } = valid();
    expect(problems(withoutMessage)).to.deep.equal([{ path: '/message', message: 'falta este campo obligatorio' }]);
  });

  it('bounds the message, after trimming', () => {
    expect(problems({ ...valid(), message: 'a'.repeat(MESSAGE_MIN_LENGTH) })).to.deep.equal([]);
    expect(problems({ ...valid(), message: 'a'.repeat(MESSAGE_MIN_LENGTH - 1) })[0]!.path).to.equal('/message');
    expect(problems({ ...valid(), message: `  ${'a'.repeat(5)}     ` })[0]!.path).to.equal('/message');
    expect(problems({ ...valid(), message: 'a'.repeat(MESSAGE_MAX_LENGTH) })).to.deep.equal([]);
    expect(problems({ ...valid(), message: 'a'.repeat(MESSAGE_MAX_LENGTH + 1) })[0]!.message).to.include('3000');
  });

  it('requires consent, given as true', () => {
    const { consent: _consent, ...withoutConsent } = valid();
    expect(problems(withoutConsent)[0]!.path).to.equal('/consent');
    expect(problems(withoutConsent)[0]!.message).to.include('autorización');
    expect(problems({ ...valid(), consent: { ...valid().consent, given: false } })[0]!.path).to.equal('/consent/given');
    expect(problems({ ...valid(), consent: { ...valid().consent, version: ' ' } })[0]!.path).to.equal(
      '/consent/version',
    );
    expect(problems({ ...valid(), consent: { ...valid().consent, at: 'ayer' } })[0]!.path).to.equal('/consent/at');
  });

  it('needs an email only when the person asks for an answer', () => {
    const { email: _email, ...withoutEmail } = valid();
    expect(problems(withoutEmail)).to.deep.equal([
      { path: '/email', message: 'para recibir una respuesta hace falta un correo electrónico' },
    ]);
    expect(problems({ ...withoutEmail, wantsReply: false })).to.deep.equal([]);
    expect(problems({ ...valid(), email: 'ana@' })[0]!.path).to.equal('/email');
    expect(problems({ ...valid(), email: 'ana@localhost' })[0]!.path).to.equal('/email');
  });

  it('checks the optional self-description', () => {
    expect(problems({ ...valid(), profile: { ageRange: '30' } })[0]!.path).to.equal('/profile/ageRange');
    expect(problems({ ...valid(), profile: { gender: 'x' } })[0]!.path).to.equal('/profile/gender');
    expect(problems({ ...valid(), profile: { territory: 'x'.repeat(101) } })[0]!.path).to.equal('/profile/territory');
    expect(problems({ ...valid(), profile: {} })).to.deep.equal([]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateSubmission(input);
        expect(typeof result.ok).to.equal('boolean');
      }),
    );
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(validateSubmission(hostile).ok).to.equal(false);
  });

  it('retries network failures, timeouts, rate limits and server errors, never other 4xx', () => {
    for (const status of [undefined, 408, 425, 429, 500, 502, 503]) expect(isRetryableStatus(status)).to.equal(true);
    for (const status of [400, 401, 403, 404, 409, 413, 415, 422]) expect(isRetryableStatus(status)).to.equal(false);
  });
});
