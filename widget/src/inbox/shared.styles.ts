import { css } from 'lit';

/** What every element of the inbox shares: buttons, fields, errors, focus rings. */
export default css`
  button {
    font: inherit;
  }
  input {
    font: inherit;
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    outline: none;
  }
  input:focus-visible {
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 22%, transparent);
  }
  select {
    flex: 1;
    min-width: 0;
    font: inherit;
    padding: 6px 8px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_text);
  }
  .error {
    margin: 14px 0 0;
    padding: 10px 12px;
    border-radius: 10px;
    background: #fdecea;
    color: var(--_danger);
  }
  .primary {
    margin-top: 20px;
    padding: 11px;
    border: 0;
    border-radius: 10px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .primary:disabled {
    opacity: 0.6;
  }
  .ghost {
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    border-radius: 8px;
    padding: 6px 12px;
    cursor: pointer;
  }
  .ghost:hover {
    background: var(--_surface-2);
  }
  .ghost.icon {
    display: grid;
    place-items: center;
    min-width: 34px;
    padding: 6px;
    font-weight: 700;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .brand {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    font-weight: 700;
    font-size: 16px;
    color: var(--_accent);
  }
  .avatar {
    display: grid;
    place-items: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    background: hsl(var(--_hue) 65% 90%);
    color: hsl(var(--_hue) 45% 30%);
    font-weight: 700;
    font-size: 14px;
    flex: none;
  }
  .empty {
    margin: auto;
    padding: 24px;
    max-width: 320px;
    text-align: center;
    color: var(--_text-2);
  }
`;
