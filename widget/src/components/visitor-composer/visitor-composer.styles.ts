import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .attach {
    display: grid;
    place-items: center;
    width: 40px;
    height: 40px;
    flex: none;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_text-2);
    cursor: pointer;
  }
  .attach:hover {
    color: var(--_accent);
  }
  .attach:focus-visible,
  .attachment button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .attachment {
    position: relative;
    display: flex;
    align-items: center;
    gap: 10px;
    width: fit-content;
    max-width: calc(100% - 12px);
    box-sizing: border-box;
    margin: 0 0 10px;
    padding: 6px 12px 6px 6px;
    border: 1px solid var(--_border);
    border-radius: 12px;
    background: var(--_surface);
  }
  .attachment img {
    display: block;
    flex: none;
    max-width: 96px;
    max-height: 72px;
    border-radius: 8px;
  }
  .state {
    min-width: 0;
  }
  progress {
    display: block;
    width: 96px;
    accent-color: var(--_accent);
  }
  .error {
    margin: 0;
    padding-right: 14px;
    font-size: 13px;
    line-height: 1.35;
    color: var(--_danger);
  }
  .error button {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .remove {
    position: absolute;
    top: -9px;
    right: -9px;
    display: grid;
    place-items: center;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
`;
