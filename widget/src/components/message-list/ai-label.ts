import { css, html } from 'lit';

/** The label of the store's AI agent's words: "AI", named in full for screen readers and on hover ("AI agent"). */
export function aiLabel(s: { ai: string; aiAgent: string }) {
  return html`<span class="ai" part="ai-label" role="img" aria-label=${s.aiAgent} title=${s.aiAgent}>${s.ai}</span>`;
}

export const aiLabelStyles = css`
  .ai {
    display: inline-block;
    margin: 0 4px 3px;
    padding: 0 5px;
    border-radius: 5px;
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    color: color-mix(in srgb, var(--_accent) 70%, var(--_text));
    font-size: 10.5px;
    font-weight: 700;
    line-height: 16px;
    letter-spacing: 0.04em;
  }
`;
