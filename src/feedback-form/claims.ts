/**
 * Which form on the page answers for what. Each form says what it holds:
 * the queued submissions it sent or took over from an earlier page (a later
 * answer goes back to that form, not to another one for the same endpoint) and the endpoint whose saved draft
 * it took (two forms for one endpoint: only the first takes the draft, so it
 * is never sent twice). A form is counted only while it is on the page. The
 * page's outbox holds the one registry its forms share.
 */
export interface Claimant {
  /** The submissions it answers for that still wait in the outbox: id → when it was queued. */
  readonly waiting: ReadonlyMap<string, number>;
  /** The endpoint whose saved draft it took, if any. */
  readonly draftEndpoint: string | undefined;
}

/** The forms on the page (a form adds itself when it connects, and deletes itself when it disconnects). */
export class Claims extends Set<Claimant> {
  /** The form on the page that sent submission `id`, if it is still here. */
  senderOf(id: string): Claimant | undefined {
    return [...this].find((claimant) => claimant.waiting.has(id));
  }

  /** Whether a form on the page took the draft saved for `endpoint`. */
  draftTaken(endpoint: string): boolean {
    return [...this].some((claimant) => claimant.draftEndpoint === endpoint);
  }
}
