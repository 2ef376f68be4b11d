/**
 * The base of every event our widgets fire for host pages: an `ogp-` name,
 * a typed `detail`, and it bubbles out of the shadow root (composed).
 */
export class OgpEvent<Detail> extends Event {
  readonly detail: Detail;

  constructor(type: string, detail: Detail, { cancelable = false } = {}) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}
