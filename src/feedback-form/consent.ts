/**
 * The data-protection notice Colombian law asks for (Ley 1581 de 2012): who
 * treats the data and how to reach them, what for, the person's rights, the
 * policy, and the consent checkbox.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FeedbackSettings } from '../shared/feed-schema.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import { heading } from '../core/heading.js';
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

/**
 * The notice, its heading at `level`, and the consent checkbox, whose hint
 * says that the message cannot be sent without it (Chromium announces no
 * aria-required on a checkbox, and `required` would read as invalid at once).
 */
export function renderConsent(
  fields: Fields,
  common: CommonStrings,
  lang: Lang,
  defaultLanguage: string,
  level: number,
  { controllerName, controllerContact, privacyPolicyUrl, settings }: DataController,
): TemplateResult {
  const { strings, errors } = fields;
  const name = controllerName?.trim();
  const contact = controllerContact?.trim() || settings?.controller.contact;
  const policy = privacyPolicyUrl?.trim() || settings?.privacyPolicyUrl;
  // The feed's purposes are feed text; the default ones are the interface's, in its language.
  const purposes = settings?.purposes.length
    ? settings.purposes.map((purpose) => renderText(purpose, lang, defaultLanguage))
    : strings.defaultPurposes;
  const invalid = errors.has('consent');
  const entry = (term: string, value: unknown) =>
    value
      ? html`<div>
          <dt>${term}</dt>
          <dd>${value}</dd>
        </div>`
      : nothing;
  const entries = [
    entry(strings.consentController, name || (settings && renderText(settings.controller.name, lang, defaultLanguage))),
    entry(strings.consentContact, contact && renderContact(contact, common)),
    entry(
      strings.consentAddress,
      !name && settings?.controller.address && renderText(settings.controller.address, lang, defaultLanguage),
    ),
  ].filter((item) => item !== nothing);
  // Its heading says what it is; a group named the same would say it twice.
  return html`<div part="consent" class="consent">
    ${heading(level, strings.consentTitle, { id: 'consent-title', class: 'section-title' })}
    ${entries.length ? html`<dl>${entries}</dl>` : nothing}
    <p>${strings.consentPurposes}</p>
    <ul>
      ${purposes.map((purpose) => html`<li>${purpose}</li>`)}
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
          aria-describedby=${invalid ? 'consent-hint consent-error' : 'consent-hint'}
          aria-invalid=${invalid}
        />
        <label for="consent">${strings.consentLabel}</label>
        <span id="consent-hint" class="hint">${strings.consentHint}</span>
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
