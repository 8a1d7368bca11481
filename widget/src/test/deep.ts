/** The open shadow roots inside an element, its own first, in document order. */
function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return roots;
}

/** Every element matching `selector` in the element's shadow root and in the shadow roots of the elements inside. */
export const qa = <T extends Element = HTMLElement>(el: Element, selector: string): T[] =>
  shadowRoots(el).flatMap((root) => [...root.querySelectorAll<T>(selector)]);

/** The first element matching `selector` anywhere inside the element's shadow roots, or null. */
export const q = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  qa<T>(el, selector)[0] ?? null;

/** Waits until the element and every element inside it have rendered what they were told. */
export async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const hosts = [el, ...shadowRoots(el).flatMap((root) => [...root.querySelectorAll('*')])].filter(
      (e): e is Element & { updateComplete: Promise<boolean>; isUpdatePending: boolean } => 'updateComplete' in e,
    );
    await Promise.all(hosts.map((h) => h.updateComplete));
    if (!hosts.some((h) => h.isUpdatePending)) return;
  }
}

/** The element that has the focus, inside shadow roots too. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
