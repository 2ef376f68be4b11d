/**
 * The form's submission module, in Node: it builds, checks and explains a
 * submission without the DOM (a DOM name in it would fail typecheck here).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateSubmission } from '../../src/shared/feedback-schema.js';
import { feedbackFormStrings } from '../../src/feedback-form/feedback-form.strings.js';
import { form as englishForm } from '../../src/packs/en/form.js';
import {
  buildSubmission,
  checkSubmission,
  EMPTY_VALUES,
  newSubmissionId,
  sanitizeDraft,
  type SubmissionContext,
  type Values,
  valuesFromBody,
  withInput,
} from '../../src/feedback-form/submission.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const NOW = new Date('2026-03-14T15:09:26.000Z');

const context = (extra: Partial<SubmissionContext> = {}): SubmissionContext => ({
  id: '6f1c3e0a-5d2b-4a8e-9c7f-2b1d0e4a6c58',
  consentVersion: 'v7',
  locale: 'es',
  planId: 'medellin-2025-2027',
  pageUrl: 'https://www.medellin.gov.co/plan',
  website: '',
  now: NOW,
  ...extra,
});

const valid: Values = {
  ...EMPTY_VALUES,
  kind: 'question',
  message: '  ¿Cuándo publican el informe de la comuna 13?  ',
  consent: true,
  consentAt: '2026-03-14T15:08:00.000Z',
};

/** What goes on the wire: the submission as JSON, which leaves out what is undefined. */
const wire = (submission: unknown) => JSON.parse(JSON.stringify(submission)) as Record<string, unknown>;

describe('the submission a form builds', () => {
  it('leaves out what the person left empty, and trims the text', () => {
    const built = wire(buildSubmission({ ...valid, name: '  Ana  ', email: ' ' }, context()));
    assert.deepEqual(built, {
      id: '6f1c3e0a-5d2b-4a8e-9c7f-2b1d0e4a6c58',
      kind: 'question',
      message: '¿Cuándo publican el informe de la comuna 13?',
      name: 'Ana',
      wantsReply: false,
      consent: { given: true, version: 'v7', at: '2026-03-14T15:08:00.000Z' },
      locale: 'es',
      planId: 'medellin-2025-2027',
      pageUrl: 'https://www.medellin.gov.co/plan',
      createdAt: '2026-03-14T15:09:26.000Z',
      website: '',
    });
  });

  it('sends a profile only when one of its questions was answered, and consent without a time takes the submission’s', () => {
    const built = wire(buildSubmission({ ...valid, consentAt: '', ageRange: '18-28' }, context()));
    assert.deepEqual(built.profile, { ageRange: '18-28' });
    assert.deepEqual(built.consent, { given: true, version: 'v7', at: '2026-03-14T15:09:26.000Z' });
    assert.equal(wire(buildSubmission(valid, context())).profile, undefined);
  });

  it('carries the honeypot as its field held it', () => {
    assert.equal(buildSubmission(valid, context({ website: 'http://spam.example' })).website, 'http://spam.example');
  });
});

describe('checking a submission', () => {
  const strings = feedbackFormStrings;

  it('answers the submission as built, which the shared schema accepts', () => {
    const checked = checkSubmission(valid, context(), strings);
    assert.ok(checked.ok);
    assert.deepEqual(checked.submission, buildSubmission(valid, context()));
    assert.equal(validateSubmission(checked.submission).ok, true);
  });

  it('says what is wrong with an empty form, in the order of the form', () => {
    const checked = checkSubmission(EMPTY_VALUES, context(), strings);
    assert.ok(!checked.ok);
    assert.deepEqual(
      [...checked.errors],
      [
        ['kind', 'Elija si su mensaje es un comentario, una pregunta o un aporte.'],
        ['message', 'Escriba su mensaje.'],
        ['consent', 'Para enviar su mensaje, marque la casilla de autorización del tratamiento de datos.'],
      ],
    );
  });

  it('says it in English for an English form', () => {
    const checked = checkSubmission(EMPTY_VALUES, context({ locale: 'en' }), englishForm);
    assert.ok(!checked.ok);
    assert.equal(checked.errors.get('message'), 'Write your message.');
  });

  it('tells a message too short from one too long, counting the trimmed text', () => {
    const message = (text: string) => {
      const checked = checkSubmission({ ...valid, message: text }, context(), strings);
      return checked.ok ? undefined : checked.errors.get('message');
    };
    assert.equal(message(`   ${'a'.repeat(8)}   `), 'Su mensaje debe tener al menos 10 caracteres.');
    assert.equal(message('a'.repeat(3012)), 'Su mensaje debe tener 3.000 caracteres o menos. Ahora tiene 3.012.');
    assert.equal(message('a'.repeat(3000)), undefined);
  });

  it('asks for an email only when an answer is wanted, and for a valid one when one is given', () => {
    const email = (values: Partial<Values>) => {
      const checked = checkSubmission({ ...valid, ...values }, context(), strings);
      return checked.ok ? undefined : checked.errors.get('email');
    };
    assert.match(email({ wantsReply: true })!, /para que podamos responderle/);
    assert.match(email({ email: 'ana@' })!, /correo electrónico válido/);
    assert.equal(email({ wantsReply: true, email: 'ana@ejemplo.co' }), undefined);
    assert.equal(email({}), undefined);
  });

  it('names the longest name allowed', () => {
    const checked = checkSubmission({ ...valid, name: 'a'.repeat(201) }, context(), strings);
    assert.ok(!checked.ok);
    assert.equal(checked.errors.get('name'), 'Su nombre debe tener 200 caracteres o menos.');
  });
});

describe('the values of the form', () => {
  it('take a tick of consent with the moment it was given, and lose both when it is unticked', () => {
    const ticked = withInput(EMPTY_VALUES, 'consent', true, NOW)!;
    assert.equal(ticked.consent, true);
    assert.equal(ticked.consentAt, '2026-03-14T15:09:26.000Z');
    const unticked = withInput(ticked, 'consent', false, NOW)!;
    assert.equal(unticked.consent, false);
    assert.equal(unticked.consentAt, '');
  });

  it('take text for text fields and a checkbox’s state for "wants a reply", never in place', () => {
    const typed = withInput(EMPTY_VALUES, 'message', 'Hola')!;
    assert.equal(typed.message, 'Hola');
    assert.equal(EMPTY_VALUES.message, '');
    assert.equal(withInput(EMPTY_VALUES, 'wantsReply', true)!.wantsReply, true);
    assert.equal(withInput(EMPTY_VALUES, 'website', 'x')!.website, 'x');
  });

  it('ignore what is no field of the form, or a value of the wrong kind', () => {
    assert.equal(withInput(EMPTY_VALUES, 'role', 'admin'), undefined);
    assert.equal(withInput(EMPTY_VALUES, 'consentAt', '2020-01-01'), undefined);
    assert.equal(withInput(EMPTY_VALUES, 'message', true), undefined);
    assert.equal(withInput(EMPTY_VALUES, 'consent', 'on'), undefined);
  });

  it('come back from a draft with known fields and values only, and never the consent tick', () => {
    assert.deepEqual(
      sanitizeDraft({
        kind: 'complaint',
        ageRange: '18-28',
        gender: 'unknown',
        message: 'x'.repeat(7000),
        wantsReply: 'yes',
        ...({ consent: true, role: 'admin' } as object),
      }),
      { ageRange: '18-28', message: 'x'.repeat(6000) },
    );
  });

  it('come back from a refused submission’s body, its profile at the top level of the form', () => {
    const body = JSON.stringify({
      ...buildSubmission({ ...valid, territory: 'Comuna 13 - San Javier', wantsReply: true }, context()),
      kind: 'question',
    });
    const values = valuesFromBody(body);
    assert.equal(values.territory, 'Comuna 13 - San Javier');
    assert.equal(values.message, '¿Cuándo publican el informe de la comuna 13?');
    assert.equal(values.wantsReply, true);
    assert.equal(values.consent, false);
    assert.deepEqual(valuesFromBody('not json'), EMPTY_VALUES);
    assert.deepEqual(valuesFromBody('null'), EMPTY_VALUES);
  });
});

describe('submission ids', () => {
  it('are UUID v4, also where crypto.randomUUID is missing (a page served over plain http)', () => {
    assert.match(newSubmissionId(), UUID_V4);
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      assert.equal(crypto.randomUUID, undefined);
      const ids = Array.from({ length: 200 }, newSubmissionId);
      for (const id of ids) assert.match(id, UUID_V4);
      assert.equal(new Set(ids).size, ids.length);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    assert.equal(typeof crypto.randomUUID, 'function');
  });
});
