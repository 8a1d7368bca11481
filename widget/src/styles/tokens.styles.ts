import { css } from 'lit';

/**
 * Parley's design tokens. Public `--parley-*` custom properties (set them on the page or on the element)
 * map to private `--_*` ones that the components read. Also `.vh`: text for screen readers only.
 */
export default css`
  :host {
    --_accent: var(--parley-accent, var(--_config-accent, #2457d6));
    --_on-accent: var(--parley-on-accent, #fff);
    --_surface: var(--parley-surface, #fff);
    --_surface-2: var(--parley-surface-muted, #f3f4f7);
    --_text: var(--parley-text, #1b1f29);
    --_text-2: var(--parley-text-muted, #5d6474);
    --_border: var(--parley-border, #dfe2e8);
    --_danger: var(--parley-danger, #b42318);
    --_radius: var(--parley-radius, 14px);
    --_font: var(--parley-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_shadow: var(--parley-shadow, 0 12px 40px rgb(16 24 40 / 0.18), 0 2px 6px rgb(16 24 40 / 0.08));
    font-family: var(--_font);
    color: var(--_text);
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
