/**
 * The words of "Novedades desde …" (core/recent-changes.ts), in Spanish
 * (other languages: src/packs/, section `changes`). Each change is a
 * template, since it holds the feed's titles with their own `lang`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChangeKind } from '../shared/feed-schema.js';

/** What a change is worded from: the feed's titles (as templates, with their `lang`), a status word, a date. */
export interface ChangeParts {
  commitment: TemplateResult | typeof nothing;
  milestone: TemplateResult | typeof nothing;
  indicator: TemplateResult | typeof nothing;
  status: string;
  date: string;
  /** In the overview, a milestone's change also names its commitment. */
  inPlan: boolean;
}

export interface RecentChangesStrings {
  heading: (date: string) => string;
  changes: Record<ChangeKind, (parts: ChangeParts) => TemplateResult>;
}

export const inCommitment = (parts: ChangeParts, word: string) =>
  parts.inPlan ? html` (${word} ${parts.commitment})` : nothing;

export const recentChangesStrings: RecentChangesStrings = {
  heading: (date) => `Novedades desde el ${date}`,
  changes: {
    'commitment-added': (p) => html`Nuevo compromiso: ${p.commitment}.`,
    'commitment-status': (p) => html`${p.commitment}: ${p.status}.`,
    'milestone-added': (p) => html`Nuevo hito: ${p.milestone}${inCommitment(p, 'en')}.`,
    'milestone-status': (p) => html`Hito ${p.milestone}${inCommitment(p, 'de')}: ${p.status}.`,
    'observation-added': (p) => html`Nuevo dato de ${p.indicator}, al ${p.date}.`,
  },
};
