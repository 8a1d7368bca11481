import { css } from 'lit';

export default css`
  :host {
    display: block;
    border-top: 1px solid var(--_border);
    background: var(--_surface);
    padding: 10px 12px 12px;
  }
  form {
    display: flex;
    align-items: flex-end;
    gap: 8px;
  }
  textarea {
    flex: 1;
    box-sizing: border-box;
    resize: none;
    field-sizing: content;
    min-height: 40px;
    max-height: 140px;
    padding: 9px 12px;
    border: 1px solid var(--_border);
    border-radius: 20px;
    font: inherit;
    font-size: 14.5px;
    line-height: 1.4;
    color: var(--_text);
    background: var(--_surface);
    outline: none;
  }
  textarea:focus-visible {
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 22%, transparent);
  }
  button {
    flex: none;
    display: grid;
    place-items: center;
    width: 40px;
    height: 40px;
    border: 0;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button.emoji {
    background: none;
    color: var(--_text-2);
  }
  button.emoji[aria-expanded='true'],
  button.emoji:hover {
    color: var(--_accent);
  }
  .palette {
    display: grid;
    grid-template-columns: repeat(8, 1fr);
    gap: 2px;
    margin: 0 0 8px;
    padding: 6px;
    border: 1px solid var(--_border);
    border-radius: 12px;
  }
  .palette button {
    width: auto;
    height: 36px;
    border-radius: 8px;
    background: none;
    font-size: 20px;
  }
  .palette button:hover {
    background: var(--_surface-2);
  }
  .palette img {
    display: block;
    margin: auto;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .counter {
    font-size: 12px;
    color: var(--_text-2);
    margin: 6px 4px 0;
    text-align: end;
  }
  .counter.over {
    color: var(--_danger);
  }
  @media (max-width: 479.98px) {
    textarea {
      /* 16 px or more: iOS does not zoom into the field. */
      font-size: 16px;
    }
  }
`;
