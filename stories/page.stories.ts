import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
import { DEMO_TODAY } from '../src/examples/index.js';
import { DEMO_FEED_URL } from '../src/test-support/stories.js';

/**
 * A whole page as Sí Ciudadanía could compose it: the host's own header and
 * headings, the plan overview under the page's h1, then one commitment's
 * section with its own h2 and the widgets one level below it
 * (`heading-level="3"`, `hide-title` where the page already names the
 * commitment), the published answers, and the form at the end. Switch the width in the toolbar to
 * see it on a phone. The form's endpoint is the sample feed's `/api/feedback`,
 * which Storybook does not serve: a message sent here waits in the queue. The
 * published answers are the sample file beside the feed (`answers-src`).
 */
const meta: Meta = {
  title: 'Scenarios/Página completa',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

export const SiCiudadania: Story = {
  name: 'Sí Ciudadanía: seguimiento al plan',
  render: () => html`
    <header style="padding: 1rem; border-bottom: 1px solid #ccc">
      <p style="margin: 0">Sí Ciudadanía · Alcaldía de Medellín (ejemplo)</p>
    </header>
    <main style="max-width: 60rem; margin: 0 auto; padding: 1rem">
      <h1>Seguimiento al plan de gobierno abierto 2025–2027</h1>
      <p>Aquí puede ver cómo avanzan los compromisos del plan y enviarnos sus preguntas.</p>
      <ogp-plan-overview src=${DEMO_FEED_URL} today=${DEMO_TODAY} detail-url="#compromiso-{id}"></ogp-plan-overview>

      <section id="compromiso-clubes-juveniles" aria-labelledby="clubes-heading">
        <h2 id="clubes-heading">Clubes juveniles de gobierno abierto</h2>
        <ogp-commitment
          src=${DEMO_FEED_URL}
          commitment-id="clubes-juveniles"
          today=${DEMO_TODAY}
          heading-level="3"
          hide-title
        ></ogp-commitment>
        <ogp-indicator-chart src=${DEMO_FEED_URL} indicator-id="jovenes-clubes" heading-level="3"></ogp-indicator-chart>
        <ogp-milestone-timeline
          src=${DEMO_FEED_URL}
          commitment-id="clubes-juveniles"
          today=${DEMO_TODAY}
          heading-level="3"
        ></ogp-milestone-timeline>
      </section>

      <section aria-labelledby="respuestas-heading">
        <h2 id="respuestas-heading">Preguntas que ya respondimos</h2>
        <ogp-feedback-answers
          id="respuestas"
          src=${DEMO_FEED_URL}
          answers-src="demo/answers.json"
          heading-level="3"
          hide-title
        ></ogp-feedback-answers>
      </section>

      <section aria-labelledby="opinion-heading">
        <h2 id="opinion-heading">Su opinión</h2>
        <ogp-feedback-form
          src=${DEMO_FEED_URL}
          commitment-id="clubes-juveniles"
          heading-level="3"
          hide-title
        ></ogp-feedback-form>
      </section>
    </main>
  `,
};
