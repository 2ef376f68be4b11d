import { expect, html } from '@open-wc/testing';
import './define.js';
import type { OgpFeedbackAnswers } from './feedback-answers.js';
import { clearAnswersCache } from '../core/answers-task.js';
import { loadDemoFeed, serveFeed, showWidget, uniqueUrl } from '../test-support/fixtures.js';

const show = (template: ReturnType<typeof html>) => showWidget<OgpFeedbackAnswers>('ogp-feedback-answers', template);
const $ = (element: OgpFeedbackAnswers, selector: string) => element.shadowRoot!.querySelector(selector);
const $$ = (element: OgpFeedbackAnswers, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const HOSTILE = `<img src=x onerror="window.__pwned=1">=HYPERLINK("http://evil")\u202Eabc ${'x'.repeat(2900)}`;

const ANSWERS = {
  schemaVersion: '1.0',
  answers: [
    {
      id: 'a1b2c3d4e5f6',
      commitmentId: 'c-01',
      question: '¿Cuándo empieza la obra del parque?',
      answer: 'La obra empieza en marzo de 2027.',
      askedAt: '2026-11-27T15:04:05.000Z',
      answeredAt: '2026-12-01T20:00:00.000Z',
    },
    {
      id: 'b2c3d4e5f6a1',
      commitmentId: null,
      question: '¿Dónde se publican las actas de participación?',
      answer: 'En el portal de datos abiertos, cada mes.',
      askedAt: '2026-11-20T10:00:00.000Z',
      answeredAt: '2026-11-25T10:00:00.000Z',
    },
    {
      id: 'c3d4e5f6a1b2',
      commitmentId: 'c-02',
      question: HOSTILE,
      answer: HOSTILE,
      askedAt: '2026-11-19T10:00:00.000Z',
      answeredAt: '2026-11-24T10:00:00.000Z',
    },
  ],
};

describe('<ogp-feedback-answers>', () => {
  beforeEach(() => clearAnswersCache());

  it('lists every published answer from answers-src alone, accessibly', async () => {
    const url = await serveFeed(ANSWERS);
    const element = await show(html`<ogp-feedback-answers answers-src=${url}></ogp-feedback-answers>`);
    expect($$(element, '[part="answer"]')).to.have.length(3);
    expect(text($(element, 'h2'))).to.equal('Preguntas respondidas');
    expect(text($(element, '[part="count"]'))).to.equal('3 preguntas respondidas.');
    expect(text($(element, '[part="answer"]'))).to.include('La obra empieza en marzo de 2027.');
    await expect(element).to.be.accessible();
  });

  it('reads where the answers are from the plan feed (feedback.answersUrl), and shows one commitment’s', async () => {
    const answers = await serveFeed(ANSWERS);
    const feed = await loadDemoFeed();
    feed.feedback.answersUrl = answers;
    const src = await serveFeed(feed);
    const element = await show(html`<ogp-feedback-answers src=${src} commitment-id="c-01"></ogp-feedback-answers>`);
    expect(element.answersUrl).to.equal(new URL(answers, document.baseURI).href);
    expect($$(element, '[part="answer"]').map(text)).to.have.length(1);
    expect(text($(element, '[part="answer"]'))).to.include('¿Cuándo empieza la obra del parque?');
  });

  it('searches in any case and without accents, and says when nothing matches', async () => {
    const element = await show(
      html`<ogp-feedback-answers answers-src=${await serveFeed(ANSWERS)}></ogp-feedback-answers>`,
    );
    const search = $(element, 'input[type="search"]') as HTMLInputElement;
    expect(search.labels?.[0]?.textContent).to.equal('Buscar en las preguntas y respuestas');
    search.value = 'DONDE SE PUBLICAN';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect($$(element, '[part="answer"]')).to.have.length(1);
    expect(text($(element, '[part="count"]'))).to.equal('1 coincide de 3.');
    search.value = 'metro cable';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect($$(element, '[part="answer"]')).to.have.length(0);
    expect(text($(element, '[part="count"]'))).to.equal('Ninguna pregunta ni respuesta contiene «metro cable».');
  });

  it('shows hostile text as text: no markup, no formula, the right-to-left override kept inside its own box', async () => {
    const element = await show(
      html`<ogp-feedback-answers answers-src=${await serveFeed(ANSWERS)} commitment-id="c-02"></ogp-feedback-answers>`,
    );
    const item = $(element, '[part="answer"]')!;
    expect(item.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const boxes = [...item.querySelectorAll('bdi')];
    expect(boxes.map((box) => box.textContent)).to.deep.equal([HOSTILE, HOSTILE]);
    // Isolated: the override reverses nothing after its box.
    expect(text(item.querySelector('.answer__dates'))).to.match(/^Preguntada el/);
  });

  it('says plainly when there are no answers yet, and when they fail to load (with "Reintentar")', async () => {
    const empty = await show(
      html`<ogp-feedback-answers
        answers-src=${await serveFeed({ schemaVersion: '1.0', answers: [] })}
      ></ogp-feedback-answers>`,
    );
    expect(text($(empty, '.answers__empty'))).to.equal('Todavía no hay preguntas respondidas.');
    const failed = await show(
      html`<ogp-feedback-answers answers-src=${uniqueUrl('/__test/status/500')}></ogp-feedback-answers>`,
    );
    expect(text($(failed, '[part="error"]'))).to.include('No pudimos cargar las respuestas');
    expect($(failed, '[part="retry"]')).to.not.equal(null);
    await expect(failed).to.be.accessible();
  });

  it('follows heading-level and hide-title', async () => {
    const url = await serveFeed(ANSWERS);
    const element = await show(
      html`<ogp-feedback-answers answers-src=${url} heading-level="3"></ogp-feedback-answers>`,
    );
    expect($(element, 'h3')?.textContent).to.equal('Preguntas respondidas');
    expect($(element, 'h4')?.textContent).to.equal('¿Ya respondieron mi pregunta?');
    const hidden = await show(html`<ogp-feedback-answers answers-src=${url} hide-title></ogp-feedback-answers>`);
    expect($(hidden, 'h2')?.textContent).to.equal('¿Ya respondieron mi pregunta?');
  });

  it('speaks English with lang="en"', async () => {
    const element = await show(
      html`<ogp-feedback-answers lang="en" answers-src=${await serveFeed(ANSWERS)}></ogp-feedback-answers>`,
    );
    expect(text($(element, 'h2'))).to.equal('Answered questions');
    expect(text($(element, '[part="count"]'))).to.equal('3 answered questions.');
  });

  describe('"¿Ya respondieron mi pregunta?"', () => {
    async function lookUp(reply: unknown, typed: string, status?: number) {
      const lookupSrc = status ? uniqueUrl(`/__test/status/${status}`) : await serveFeed(reply);
      const element = await show(
        html`<ogp-feedback-answers
          answers-src=${await serveFeed(ANSWERS)}
          lookup-src=${lookupSrc}
        ></ogp-feedback-answers>`,
      );
      const input = $(element, '#reference') as HTMLInputElement;
      input.value = typed;
      ($(element, 'form') as HTMLFormElement).requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (let i = 0; i < 50 && text($(element, '[part="lookup-result"]')).startsWith('Consultando'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await element.updateComplete;
      return element;
    }

    it('has a labelled field, and announces the status and the published answer in a live region', async () => {
      const element = await lookUp(
        {
          reference: 'OGP-7K3Q-M9PX-2D4F',
          status: 'respondida',
          question: '¿Cuándo empieza la obra del parque?',
          answer: 'La obra empieza en marzo de 2027.',
          answeredAt: '2026-12-01T20:00:00.000Z',
        },
        ' ogp-7k3q-m9px-2d4f ',
      );
      const input = $(element, '#reference') as HTMLInputElement;
      expect(input.labels?.[0]?.textContent).to.equal('Su referencia');
      const result = $(element, '[part="lookup-result"]')!;
      expect(result.getAttribute('role')).to.equal('status');
      expect(result.getAttribute('aria-live')).to.equal('polite');
      expect(text(result)).to.include('Su mensaje OGP-7K3Q-M9PX-2D4F está: respondida.');
      expect(text(result)).to.include('La obra empieza en marzo de 2027.');
      await expect(element).to.be.accessible();
    });

    it('fills the field from the page address (#referencia=…, the form’s link) and looks it up at once', async () => {
      const lookupSrc = await serveFeed({ reference: 'OGP-7K3Q-M9PX-2D4F', status: 'nueva' });
      history.replaceState(null, '', '#referencia=OGP-7K3Q-M9PX-2D4F');
      try {
        const element = await show(
          html`<ogp-feedback-answers
            answers-src=${await serveFeed(ANSWERS)}
            lookup-src=${lookupSrc}
          ></ogp-feedback-answers>`,
        );
        const result = $(element, '[part="lookup-result"]')!;
        for (let i = 0; i < 50 && !text(result).startsWith('Su mensaje'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(($(element, '#reference') as HTMLInputElement).value).to.equal('OGP-7K3Q-M9PX-2D4F');
        expect(text(result)).to.include('Su mensaje OGP-7K3Q-M9PX-2D4F está: nueva.');
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('says when the answer is not published yet', async () => {
      const element = await lookUp({ reference: 'OGP-7K3Q-M9PX-2D4F', status: 'en_revision' }, 'OGP-7K3Q-M9PX-2D4F');
      expect(text($(element, '[part="lookup-result"]'))).to.equal(
        'Su mensaje OGP-7K3Q-M9PX-2D4F está: en revisión. La respuesta todavía no está publicada.',
      );
    });

    it('says plainly that a reference does not exist, or does not look like one', async () => {
      const missing = await lookUp(undefined, 'OGP-0000-0000-0000', 404);
      expect(text($(missing, '[part="lookup-result"]'))).to.equal(
        'No encontramos ningún mensaje con la referencia OGP-0000-0000-0000. Revise que esté bien escrita.',
      );
      const malformed = await lookUp(undefined, 'hola');
      expect(text($(malformed, '[part="lookup-result"]'))).to.include('Esa no parece una referencia');
      const limited = await lookUp(undefined, 'OGP-0000-0000-0000', 429);
      expect(text($(limited, '[part="lookup-result"]'))).to.include('Espere un minuto');
    });
  });
});

describe('<ogp-commitment> and the answers', () => {
  beforeEach(() => clearAnswersCache());

  it('shows how many questions about the commitment were answered, linked to the answers on the page', async () => {
    const { show: showCommitment } = await import('../test-support/commitment.js');
    const feed = await loadDemoFeed();
    const id = feed.commitments[0].id as string;
    const answers = structuredClone(ANSWERS);
    answers.answers[0]!.commitmentId = id;
    answers.answers[1]!.commitmentId = id;
    feed.feedback.answersUrl = await serveFeed(answers);
    const src = await serveFeed(feed);
    const element = await showCommitment(
      html`<div>
        <ogp-commitment src=${src} commitment-id=${id}></ogp-commitment>
        <ogp-feedback-answers id="respuestas" src=${src} commitment-id=${id}></ogp-feedback-answers>
      </div>`,
    );
    let answered: Element | null = null;
    for (let i = 0; i < 50 && !answered; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      answered = element.shadowRoot!.querySelector('[part="answered"]');
    }
    expect(text(answered)).to.equal('2 preguntas respondidas');
    expect(answered!.querySelector('a')?.getAttribute('href')).to.equal('#respuestas');
    await expect(element).to.be.accessible();
  });
});
