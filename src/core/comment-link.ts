/**
 * "Comentar este compromiso": from a commitment (<ogp-commitment>, or each
 * commitment of <ogp-plan-overview>) to where a person can comment on it.
 *
 * - When the host names a feedback form on the page (`feedback-form="id"`
 *   on the widget, the id of an <ogp-feedback-form>), an in-page link to it
 *   that first sets the form's `commitment-id`: the form then has this
 *   commitment chosen, and the browser scrolls to it and starts the next
 *   Tab there, as with any in-page link.
 * - Otherwise, when the feed gives a form's page (`plan.links.feedbackForm`,
 *   http or https only), a link to it with `?commitment=<id>`.
 * - Otherwise nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanFeed } from '../shared/feed-schema.js';
import { isExternal } from './safe-url.js';

/** Where "Comentar" leads, and what to do first when the form is on the page. */
export interface CommentTarget {
  href: string;
  /** Set for a form on the page: preselects the commitment before the browser follows the link. */
  choose?: () => void;
}

/** The <ogp-feedback-form> with this id beside `host` (in its document or shadow root), if any. */
function formOnPage(host: Element, formId: string | undefined): HTMLElement | undefined {
  const id = formId?.trim();
  if (!id) return undefined;
  const root = host.getRootNode() as Document | ShadowRoot;
  const form = root.getElementById?.(id);
  return form?.localName === 'ogp-feedback-form' ? form : undefined;
}

/** The feed's form address with `?commitment=<id>`; only http and https. */
export function formUrlFor(
  feed: PlanFeed,
  commitmentId: string,
  base = globalThis.document?.baseURI,
): string | undefined {
  const formUrl = feed.plan.links?.feedbackForm;
  if (!formUrl) return undefined;
  let url: URL;
  try {
    url = new URL(formUrl, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.searchParams.set('commitment', commitmentId);
  return url.href;
}

/** Where "Comentar" on this commitment leads, or undefined when there is nowhere to comment. */
export function commentTarget(
  host: Element,
  formId: string | undefined,
  feed: PlanFeed,
  commitmentId: string,
): CommentTarget | undefined {
  const form = formOnPage(host, formId);
  if (form) {
    return { href: `#${encodeURIComponent(form.id)}`, choose: () => form.setAttribute('commitment-id', commitmentId) };
  }
  const href = formUrlFor(feed, commitmentId);
  return href ? { href } : undefined;
}

/**
 * The link, its visible words first in its name ("Comentar este
 * compromiso"), then, for a list of them, the commitment's title only
 * screen readers get, so each link says which commitment it is about.
 */
export function renderCommentLink(
  target: CommentTarget | undefined,
  label: string,
  opensInNewTab: string,
  title?: TemplateResult | typeof nothing,
): TemplateResult | typeof nothing {
  if (!target) return nothing;
  const external = !target.choose && isExternal(target.href);
  return html`<p class="comment">
    <a
      part="comment"
      href=${target.href}
      target=${external ? '_blank' : nothing}
      rel=${external ? 'noopener noreferrer' : nothing}
      @click=${() => target.choose?.()}
      >${label}${title && title !== nothing ? html`<span class="visually-hidden">: ${title}</span>` : nothing}${
        external ? html`<span class="visually-hidden"> ${opensInNewTab}</span>` : nothing
      }</a
    >
  </p>`;
}
