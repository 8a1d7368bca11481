/** Defines a custom element once, so the widget and the inbox can share elements on one page. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
