/**
 * What the staff inbox draws: the list, one submission open, and the
 * preview of what publishing makes public. Submissions are hostile text:
 * every one is a text binding (never markup) inside a <bdi>, so a
 * right-to-left override stays in its box, and long text wraps.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AuditEntry, Item, Status } from './inbox-api.js';

export const STATUS_NAMES: Record<Status, string> = {
  nueva: 'Nueva',
  en_revision: 'En revisión',
  respondida: 'Respondida',
  cerrada: 'Cerrada',
};

export const KIND_NAMES: Record<string, string> = {
  comment: 'Comentario',
  question: 'Pregunta',
  contribution: 'Aporte',
};

const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('es-CO', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Bogota' })
    : '';

/** One row of the list, with its button to open it. */
export function renderRow(item: Item, open: (reference: string) => void): TemplateResult {
  return html`<li class="row" data-reference=${item.reference}>
    <p class="row__meta">
      <strong>${item.reference}</strong> · ${when(item.receivedAt)} · ${KIND_NAMES[item.kind] ?? item.kind}
      ${item.commitmentId ? html` · compromiso <bdi>${item.commitmentId}</bdi>` : nothing} ·
      <span class="status">${STATUS_NAMES[item.status]}</span>${item.published ? ' · publicada' : ''}
    </p>
    <p class="text"><bdi>${item.message}</bdi></p>
    <button type="button" @click=${() => open(item.reference)}>Abrir ${item.reference}</button>
  </li>`;
}

/** Who wrote, as staff see it (never public). */
export function renderPerson(item: Item): TemplateResult {
  return html`<dl class="facts">
    <div>
      <dt>Nombre</dt>
      <dd><bdi>${item.name ?? '—'}</bdi></dd>
    </div>
    <div>
      <dt>Correo</dt>
      <dd><bdi>${item.email ?? '—'}</bdi></dd>
    </div>
    <div>
      <dt>Quiere respuesta por correo</dt>
      <dd>${item.wantsReply ? 'Sí' : 'No'}</dd>
    </div>
    <div>
      <dt>Recibido</dt>
      <dd>${when(item.receivedAt)}</dd>
    </div>
  </dl>`;
}

/** Exactly what publishing makes public (the fields of /api/answers.json), before confirming. */
export function renderPreview(
  item: Item,
  draft: { answer: string; publicQuestion: string },
  confirm: () => void,
  cancel: () => void,
): TemplateResult {
  return html`<section class="preview" aria-labelledby="preview-title">
    <h3 id="preview-title" tabindex="-1">Esto es lo que será público</h3>
    <p>Revise que la pregunta no tenga nombres, correos, teléfonos ni otros datos personales.</p>
    <dl class="facts">
      <div>
        <dt>Pregunta</dt>
        <dd class="text"><bdi>${draft.publicQuestion.trim()}</bdi></dd>
      </div>
      <div>
        <dt>Respuesta</dt>
        <dd class="text"><bdi>${draft.answer.trim()}</bdi></dd>
      </div>
      <div>
        <dt>Compromiso</dt>
        <dd><bdi>${item.commitmentId ?? 'El plan en general'}</bdi></dd>
      </div>
      <div>
        <dt>Preguntada el</dt>
        <dd>${when(item.receivedAt)}</dd>
      </div>
      <div>
        <dt>Respondida el</dt>
        <dd>${when(item.answeredAt) || 'al confirmar'}</dd>
      </div>
    </dl>
    <p>No se publican el nombre, el correo, el perfil ni la referencia de quien preguntó.</p>
    <div class="actions">
      <button type="button" class="primary" @click=${confirm}>Confirmar y publicar</button>
      <button type="button" @click=${cancel}>Volver a editar</button>
    </div>
  </section>`;
}

/** The audit trail of one submission: who changed what, and when. */
export function renderAudit(audit: readonly AuditEntry[]): TemplateResult {
  if (audit.length === 0) return html`<p>Todavía nadie lo ha cambiado.</p>`;
  return html`<ol class="audit">
    ${audit.map(
      (entry) =>
        html`<li>
          ${when(entry.at)} · <strong><bdi>${entry.actor}</bdi></strong
          >:
          ${Object.entries(entry.change)
            .map(
              ([field, value]) =>
                `${field} = ${typeof value === 'string' && value.length > 80 ? `${value.slice(0, 80)}…` : JSON.stringify(value)}`,
            )
            .join('; ')}
        </li>`,
    )}
  </ol>`;
}
