import { css } from 'lit';

/** What the settings screens share: forms, fields, switches, buttons, lists, previews and the outcome of a save. */
export default css`
  :host {
    display: block;
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
  .secret {
    margin: 12px 0 0;
    padding: 10px 12px;
    border-radius: 8px;
    background: #ecfdf3;
    overflow-wrap: anywhere;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
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
  .bubble {
    margin: 0 0 6px;
    padding: 9px 13px;
    border-radius: 14px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    white-space: pre-wrap;
  }
  @media (max-width: 899.98px) {
    .with-aside {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
