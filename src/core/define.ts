/**
 * Registers a custom element once. Loading the library twice on a page (a
 * CMS block and a theme both include the script) must throw nothing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
