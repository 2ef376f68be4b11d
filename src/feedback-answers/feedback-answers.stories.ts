import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NOT_FOUND_URL, pendingFeedUrl } from '../test-support/stories.js';
import './define.js';

/** The sample answers (demo/answers.json), as a receiver's /api/answers.json would serve them. */
const ANSWERS_URL = 'demo/answers.json';
const LOOKUP_URL = '/__storybook/lookup';

/**
 * Storybook has no receiver: lookups are answered here. OGP-7K3Q-M9PX-2D4F is
 * answered and published, OGP-2D4F-7K3Q-M9PX is in review, any other
 * reference is unknown.
 */
function mockLookup() {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      location.href,
    );
    if (url.pathname !== LOOKUP_URL) return original(input, init);
    const reference = url.searchParams.get('reference') ?? '';
    const answer = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (reference === 'OGP-7K3Q-M9PX-2D4F') {
      return answer(200, {
        reference,
        status: 'respondida',
        question: '¿Cuándo se publica el informe de avance del presupuesto participativo de mi comuna?',
        answer:
          'El informe de cada comuna se publica en el tablero de Sí Ciudadanía el último viernes de cada trimestre.',
        answeredAt: '2026-02-16T16:05:00.000Z',
      });
    }
    if (reference === 'OGP-2D4F-7K3Q-M9PX') return answer(200, { reference, status: 'en_revision' });
    return answer(404, { message: 'No encontramos ningún mensaje con esa referencia.' });
  };
}
mockLookup();

interface Args {
  answersSrc?: string;
  commitmentId?: string;
  reference?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Feedback answers',
  component: 'ogp-feedback-answers',
  args: { answersSrc: ANSWERS_URL },
  render: (args) =>
    html`<ogp-feedback-answers
      answers-src=${ifDefined(args.answersSrc)}
      lookup-src=${LOOKUP_URL}
      commitment-id=${ifDefined(args.commitmentId)}
      reference=${ifDefined(args.reference)}
      lang=${ifDefined(args.lang)}
    ></ogp-feedback-answers>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every published answer of the plan, searchable, and the reference lookup (try OGP-7K3Q-M9PX-2D4F). */
export const WholePlan: Story = {};

/** `commitment-id`: only the answers about one commitment. */
export const OneCommitment: Story = { args: { commitmentId: 'clubes-juveniles' } };

/** The lookup filled in, as a link from the form's success message would leave it: press "Consultar". */
export const WithReference: Story = { args: { reference: 'OGP-2D4F-7K3Q-M9PX' } };

/** `lang="en"`. */
export const English: Story = { args: { lang: 'en' } };

/** While the answers load. */
export const Loading: Story = { args: { answersSrc: pendingFeedUrl('answers') } };

/** The answers could not be loaded: plain words and "Reintentar". */
export const LoadError: Story = { args: { answersSrc: NOT_FOUND_URL } };
