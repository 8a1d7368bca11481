import { css } from 'lit';

export default css`
  :host {
    display: block;
    height: 100%;
    overflow: auto;
    background: #f6f7fb;
  }
  .settings {
    display: grid;
    grid-template-columns: 220px minmax(0, 1fr);
    min-height: 100%;
  }
  nav {
    padding: 18px 12px;
    background: var(--_surface);
    border-right: 1px solid var(--_border);
  }
  nav h1 {
    margin: 0 8px 12px;
    font-size: 17px;
  }
  nav ul,
  .list,
  .faqs,
  .faq-preview {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav a {
    display: block;
    padding: 8px 10px;
    border-radius: 8px;
    color: var(--_text);
    text-decoration: none;
  }
  nav a[aria-current='page'] {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
    color: var(--_accent);
    font-weight: 600;
  }
  .pane {
    padding: 22px 28px 40px;
    max-width: 1100px;
  }
  .pane h2 {
    margin: 0 0 18px;
    font-size: 20px;
  }
  h3 {
    margin: 18px 0 8px;
    font-size: 15px;
  }
  .with-aside {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 340px);
    gap: 24px;
    align-items: start;
  }
  form,
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 12px;
    padding: 18px 20px;
  }
  .card {
    margin-top: 16px;
  }
  .card form {
    border: 0;
    padding: 0;
    background: none;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 6px;
    margin-bottom: 14px;
  }
  label,
  legend {
    font-weight: 600;
    font-size: 13px;
  }
  input:not([type='checkbox']):not([type='radio']):not([type='color']),
  textarea,
  select {
    font: inherit;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_text);
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_danger) 18%, transparent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 14px;
    display: flex;
    flex-wrap: wrap;
    gap: 6px 16px;
  }
  legend {
    margin-bottom: 6px;
    width: 100%;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: 400;
  }
  .toggle {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 10px;
    align-items: center;
    margin-bottom: 14px;
  }
  .toggle .hint {
    grid-column: 2;
  }
  .toggle input {
    width: 18px;
    height: 18px;
  }
  .hint {
    margin: 0;
    font-size: 12.5px;
    color: var(--_text-2);
  }
  .colour {
    display: flex;
    align-items: center;
    gap: 10px;
  }
  .colour input {
    width: 48px;
    height: 34px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  .buttons,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .spacer {
    flex: 1;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .primary {
    padding: 8px 16px;
    border: 0;
    border-radius: 8px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .primary:disabled {
    opacity: 0.6;
  }
  .ghost {
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_text);
  }
  .ghost:disabled {
    opacity: 0.5;
  }
  .small {
    padding: 2px 8px;
  }
  .chip {
    padding: 2px 8px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-2);
    font: 12px ui-monospace, monospace;
  }
  .refusal {
    margin: 0 0 12px;
    padding: 10px 12px;
    border-radius: 8px;
    background: #fdecea;
    color: var(--_danger);
  }
  .saved {
    margin: 0 0 12px;
    color: #067647;
  }
  .warning {
    margin: 0 0 14px;
    padding: 10px 12px;
    border-radius: 8px;
    background: #fff7e0;
    color: #6b4d00;
  }
  .status-line {
    margin: 0 0 14px;
    font-weight: 600;
  }
  .secret {
    margin: 12px 0 0;
    padding: 10px 12px;
    border-radius: 8px;
    background: #ecfdf3;
    overflow-wrap: anywhere;
  }
  .list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 10px 12px;
    margin-bottom: 6px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 10px;
  }
  .list li .hint {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-width: 380px;
  }
  .audit li {
    align-items: baseline;
  }
  .audit time {
    color: var(--_text-2);
    font-size: 12.5px;
    white-space: nowrap;
  }
  .audit .summary {
    flex-basis: 100%;
    font-size: 12px;
    color: var(--_text-2);
    overflow-wrap: anywhere;
  }
  .faqs li {
    padding: 12px;
    margin-bottom: 10px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface-2);
    cursor: grab;
  }
  .faqs li.dragging {
    opacity: 0.5;
  }
  .faqs .field {
    margin-bottom: 8px;
  }
  .week {
    border-collapse: collapse;
    margin-bottom: 14px;
  }
  .week th {
    text-align: start;
    font-weight: 600;
    padding: 6px 12px 6px 0;
    white-space: nowrap;
  }
  .week td {
    padding: 4px 0;
  }
  .range {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin: 2px 8px 2px 0;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    gap: 0 12px;
  }
  .preview {
    margin: 0;
    position: sticky;
    top: 16px;
  }
  .preview figcaption {
    font-weight: 600;
    font-size: 13px;
    margin-bottom: 8px;
  }
  .stage {
    position: relative;
    height: 560px;
    border: 1px dashed var(--_border);
    border-radius: 12px;
    background: repeating-linear-gradient(45deg, #fbfbfd, #fbfbfd 10px, #f3f4f8 10px, #f3f4f8 20px);
    overflow: hidden;
    transform: translateZ(0);
  }
  .stage parley-chat {
    position: absolute;
    --parley-chat-offset: 14px;
  }
  .faq-preview li,
  .bubble {
    margin: 0 0 6px;
    padding: 9px 13px;
    border-radius: 14px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    white-space: pre-wrap;
  }
  @media (max-width: 899.98px) {
    .settings,
    .with-aside {
      grid-template-columns: minmax(0, 1fr);
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .pane {
      padding: 16px;
    }
    .stage {
      height: 420px;
    }
  }
`;
