/**
 * <ogp-staff-inbox>: the staff's inbox, served by the receiver at /admin/
 * under a strict CSP with Trusted Types. It opens with the admin token typed
 * into a password field; the token lives in memory, or in sessionStorage
 * when the person asks to keep it for this tab (never a cookie, never the
 * URL). It lists submissions newest first with filters and counts, and lets
 * staff change a status, write an answer and publish, after a preview of
 * exactly what becomes public.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  type AuditEntry,
  type Change,
  changeSubmission,
  type Filters,
  getSubmission,
  type Item,
  listSubmissions,
  type Page,
  STATUSES,
  type Status,
} from './inbox-api.js';
import { KIND_NAMES, renderAudit, renderPerson, renderPreview, renderRow, STATUS_NAMES } from './inbox-templates.js';
import { inboxStyles } from './staff-inbox.styles.js';

const KEPT_TOKEN = 'ogp-staff-inbox-token';

export class OgpStaffInbox extends LitElement {
  static override styles = inboxStyles;

  @state() private token = sessionStorage.getItem(KEPT_TOKEN) ?? '';
  @state() private page?: Page;
  @state() private filters: Filters = { kind: '', commitmentId: '', status: '', text: '' };
  @state() private open?: { item: Item; audit: AuditEntry[] };
  @state() private draft = { status: 'nueva' as Status, answer: '', publicQuestion: '' };
  @state() private previewing = false;
  /** What the last action ended in, for the polite status region. */
  @state() private notice = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.token) void this.refresh();
  }

  protected override render(): TemplateResult {
    return html`<main>
      <h1>Bandeja de mensajes</h1>
      <p class="notice" role="status" aria-live="polite">${this.notice}</p>
      ${this.token && this.page ? this.renderInbox(this.page) : this.renderSignIn()}
    </main>`;
  }

  private renderSignIn(): TemplateResult {
    return html`<form class="sign-in" @submit=${this.signIn}>
      <label for="token">Clave de administración</label>
      <input id="token" name="token" type="password" autocomplete="off" required />
      <label class="check"><input id="keep" type="checkbox" /> Recordarla mientras esta pestaña esté abierta</label>
      <button type="submit" class="primary">Abrir la bandeja</button>
    </form>`;
  }

  private renderInbox(page: Page): TemplateResult {
    return html`<div class="bar">
        <p>
          ${page.total} ${page.total === 1 ? 'mensaje' : 'mensajes'}:
          ${STATUSES.map((status) => `${STATUS_NAMES[status]} ${page.byStatus[status]}`).join(' · ')}
        </p>
        <button type="button" @click=${this.signOut}>Cerrar la bandeja</button>
      </div>
      <form class="filters" @submit=${this.applyFilters}>
        <label
          >Tipo
          <select name="kind">
            <option value="">Todos</option>
            ${Object.entries(KIND_NAMES).map(([value, name]) => html`<option value=${value}>${name}</option>`)}
          </select>
        </label>
        <label>Compromiso <input name="commitmentId" type="text" /></label>
        <label
          >Estado
          <select name="status">
            <option value="">Todos</option>
            ${STATUSES.map((status) => html`<option value=${status}>${STATUS_NAMES[status]}</option>`)}
          </select>
        </label>
        <label>Texto <input name="text" type="search" /></label>
        <button type="submit">Filtrar</button>
      </form>
      ${this.open ? this.renderOpen(this.open.item, this.open.audit) : nothing}
      <h2>Mensajes, el más reciente primero</h2>
      ${
        page.items.length
          ? html`<ul class="list">
              ${page.items.map((item) => renderRow(item, (reference) => this.show(reference)))}
            </ul>`
          : html`<p>No hay mensajes con estos filtros.</p>`
      }`;
  }

  private renderOpen(item: Item, audit: AuditEntry[]): TemplateResult {
    const draft = this.draft;
    return html`<section class="open" aria-labelledby="open-title">
      <h2 id="open-title" tabindex="-1">Mensaje ${item.reference}</h2>
      <p class="text"><bdi>${item.message}</bdi></p>
      ${renderPerson(item)}
      ${
        this.previewing
          ? renderPreview(
              item,
              draft,
              () => this.publish(),
              () => (this.previewing = false),
            )
          : html`<form class="edit" @submit=${this.save}>
              <label for="status">Estado</label>
              <select id="status" .value=${draft.status} @change=${this.edit('status')}>
                ${STATUSES.map((status) => html`<option value=${status}>${STATUS_NAMES[status]}</option>`)}
              </select>
              <label for="answer">Respuesta</label>
              <textarea id="answer" rows="5" .value=${draft.answer} @input=${this.edit('answer')}></textarea>
              <label for="public-question">Pregunta como se publicará (sin datos personales)</label>
              <textarea
                id="public-question"
                rows="4"
                .value=${draft.publicQuestion}
                @input=${this.edit('publicQuestion')}
              ></textarea>
              <div class="actions">
                <button type="submit">Guardar</button>
                ${
                  item.published
                    ? html`<button
                        type="button"
                        @click=${() => this.apply({ published: false }, 'Publicación retirada.')}
                      >
                        Retirar la publicación
                      </button>`
                    : html`<button type="button" class="primary" @click=${this.startPreview}>Publicar…</button>`
                }
                <button type="button" @click=${() => (this.open = undefined)}>Cerrar</button>
              </div>
            </form>`
      }
      <h3>Cambios</h3>
      ${renderAudit(audit)}
    </section>`;
  }

  private edit(field: 'status' | 'answer' | 'publicQuestion') {
    return (event: Event) => {
      this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
    };
  }

  private async signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const token = (form.elements.namedItem('token') as HTMLInputElement).value.trim();
    if (!token) return;
    if ((form.elements.namedItem('keep') as HTMLInputElement).checked) sessionStorage.setItem(KEPT_TOKEN, token);
    this.token = token;
    await this.refresh();
  }

  private signOut(): void {
    sessionStorage.removeItem(KEPT_TOKEN);
    this.token = '';
    this.page = undefined;
    this.open = undefined;
    this.notice = 'Bandeja cerrada.';
  }

  private async applyFilters(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(data.get(name) ?? '');
    this.filters = {
      kind: value('kind'),
      commitmentId: value('commitmentId'),
      status: value('status'),
      text: value('text'),
    };
    await this.refresh();
  }

  /** Loads the list again; a refused token signs out. */
  private async refresh(): Promise<void> {
    const result = await listSubmissions(this.token, this.filters);
    if (result.ok) {
      this.page = result.body;
      return;
    }
    if (result.unauthorized) {
      this.signOut();
      this.notice = 'La clave no es válida, o la bandeja está desactivada en el servidor.';
    } else this.notice = result.message;
  }

  private async show(reference: string): Promise<void> {
    const result = await getSubmission(this.token, reference);
    if (!result.ok) return void (this.notice = result.message);
    const { submission, audit } = result.body;
    this.open = { item: submission, audit };
    this.previewing = false;
    this.draft = {
      status: submission.status,
      answer: submission.answer ?? '',
      publicQuestion: submission.publicQuestion ?? '',
    };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#open-title')?.focus();
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { status, answer, publicQuestion } = this.draft;
    await this.apply(
      { status, answer: answer.trim() || null, publicQuestion: publicQuestion.trim() || null },
      'Guardado.',
    );
  }

  private async startPreview(): Promise<void> {
    if (!this.draft.answer.trim() || !this.draft.publicQuestion.trim()) {
      this.notice = 'Para publicar hacen falta la respuesta y la pregunta como se publicará.';
      return;
    }
    this.previewing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#preview-title')?.focus();
  }

  private async publish(): Promise<void> {
    const { answer, publicQuestion } = this.draft;
    const status = this.draft.status === 'cerrada' ? 'cerrada' : 'respondida';
    await this.apply(
      { status, answer: answer.trim(), publicQuestion: publicQuestion.trim(), published: true },
      'Publicada.',
    );
  }

  /** Sends a change of the open submission, then shows it and the list again. */
  private async apply(change: Change, done: string): Promise<void> {
    const reference = this.open?.item.reference;
    if (!reference) return;
    const result = await changeSubmission(this.token, reference, change);
    if (!result.ok) return void (this.notice = result.message);
    this.notice = done;
    await this.show(reference);
    await this.refresh();
  }
}

customElements.define('ogp-staff-inbox', OgpStaffInbox);
