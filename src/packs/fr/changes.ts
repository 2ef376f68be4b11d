import { html } from 'lit';
import { inCommitment, type RecentChangesStrings } from '../../core/recent-changes.strings.js';

export const changes: RecentChangesStrings = {
  heading: (date) => `Nouveautés depuis le ${date}`,
  changes: {
    'commitment-added': (p) => html`Nouvel engagement&nbsp;: ${p.commitment}.`,
    'commitment-status': (p) => html`${p.commitment}&nbsp;: ${p.status}.`,
    'milestone-added': (p) => html`Nouveau jalon&nbsp;: ${p.milestone}${inCommitment(p, 'dans')}.`,
    'milestone-status': (p) => html`Jalon ${p.milestone}${inCommitment(p, 'de')}&nbsp;: ${p.status}.`,
    'observation-added': (p) => html`Nouvelle donnée pour ${p.indicator}, au ${p.date}.`,
  },
};
