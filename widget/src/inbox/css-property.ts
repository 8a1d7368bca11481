import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets one CSS custom property on the element, through the CSSOM (`style.setProperty`). Unlike a `style="…"`
 * attribute (or Lit's `styleMap`, whose first render writes the attribute), the CSSOM is allowed by the inbox's
 * Content-Security-Policy, which has no `'unsafe-inline'` for styles. Bind it to any attribute the element does not
 * otherwise use: `<span data-hue=${cssProperty('--_hue', '120')}>`; the attribute itself is never written.
 */
class CssPropertyDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE) throw new Error('cssProperty() belongs in an attribute binding');
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- render's parameters type the directive's arguments
  render(_name: string, _value: string) {
    return noChange;
  }

  override update(part: AttributePart, [name, value]: [string, string]) {
    (part.element as HTMLElement).style.setProperty(name, value);
    return noChange;
  }
}

export const cssProperty = directive(CssPropertyDirective);
