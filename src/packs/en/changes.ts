import { html } from 'lit';
import { inCommitment, type RecentChangesStrings } from '../../core/recent-changes.strings.js';

export const changes: RecentChangesStrings = {
  heading: (date) => `What is new since ${date}`,
  changes: {
    'commitment-added': (p) => html`New commitment: ${p.commitment}.`,
    'commitment-status': (p) => html`${p.commitment}: ${p.status}.`,
    'milestone-added': (p) => html`New milestone: ${p.milestone}${inCommitment(p, 'in')}.`,
    'milestone-status': (p) => html`Milestone ${p.milestone}${inCommitment(p, 'of')}: ${p.status}.`,
    'observation-added': (p) => html`New data for ${p.indicator}, as of ${p.date}.`,
  },
};
