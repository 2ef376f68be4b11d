/**
 * The data-protection notice Colombian law asks for (Ley 1581 de 2012): who
 * treats the data and how to reach them, what for, the person's rights, the
 * policy, and the consent checkbox.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FeedbackSettings } from '../shared/feed-schema.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import { safeHref } from '../core/safe-url.js';
import { renderLink, renderText } from '../core/templates.js';
import { fieldClass, type Fields, renderFieldError } from './fields.js';

/** Who treats the data: the page's attributes, which win, or the feed's `feedback` settings. */
export interface DataController {
  controllerName: string | undefined;
  controllerContact: string | undefined;
  privacyPolicyUrl: string | undefined;
  settings: FeedbackSettings | undefined;
}

export function renderConsent(
  fields: Fields,
  common: CommonStrings,
  lang: Lang,
  { controllerName, controllerContact, privacyPolicyUrl, settings }: DataController,
): TemplateResult {
  const { strings, errors } = fields;
  const name = controllerName?.trim();
  const contact = controllerContact?.trim() || settings?.controller.contact;
  const policy = privacyPolicyUrl?.trim() || settings?.privacyPolicyUrl;
  const purposes = settings?.purposes.length ? settings.purposes : strings.defaultPurposes;
  const invalid = errors.has('consent');
  const entry = (term: string, value: unknown) =>
    value
      ? html`<div>
          <dt>${term}</dt>
          <dd>${value}</dd>
        </div>`
      : nothing;
  return html`<div part="consent" class="consent" role="group" aria-labelledby="consent-title">
    <h3 id="consent-title">${strings.consentTitle}</h3>
    <dl>
      ${entry(strings.consentController, name || (settings && renderText(settings.controller.name, lang)))}
      ${entry(strings.consentContact, contact && renderContact(contact, common))}
      ${entry(strings.consentAddress, !name && settings?.controller.address && renderText(settings.controller.address, lang))}
    </dl>
    <p>${strings.consentPurposes}</p>
    <ul>
      ${purposes.map((purpose) => html`<li>${renderText(purpose, lang)}</li>`)}
    </ul>
    <p>${strings.consentOptional}</p>
    <p>${strings.consentRights}</p>
    <p>${safeHref(policy) ? renderLink(policy, strings.consentPolicy, common, 'policy') : strings.consentNoPolicy}</p>
    <div class=${fieldClass(errors, 'consent')}>
      ${renderFieldError(fields, 'consent', 'consent')}
      <div class="choice">
        <input
          id="consent"
          name="consent"
          type="checkbox"
          .checked=${live(fields.values.consent)}
          aria-describedby=${ifDefined(invalid ? 'consent-error' : undefined)}
          aria-invalid=${invalid}
        />
        <label for="consent">${strings.consentLabel}</label>
      </div>
    </div>
  </div>`;
}

/** An email address becomes a mailto link; anything else is shown as text. */
function renderContact(contact: string, common: CommonStrings): TemplateResult {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)
    ? renderLink(`mailto:${contact}`, contact, common, 'contact')
    : html`${contact}`;
}
