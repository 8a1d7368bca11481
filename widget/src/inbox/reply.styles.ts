import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .modes {
    display: flex;
    gap: 4px;
    margin: 0 0 6px;
  }
  .mode {
    padding: 4px 12px;
    border: 1px solid transparent;
    border-radius: 999px;
    background: none;
    color: var(--_text-2);
    font: inherit;
    font-size: 13px;
    font-weight: 600;
    cursor: pointer;
  }
  .mode[aria-selected='true'] {
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  .mode.note[aria-selected='true'] {
    border-color: #e6c200;
    background: #fff4c2;
    color: #5c4500;
  }
  .panel.note {
    padding: 6px 8px 8px;
    border: 1px solid #e6c200;
    border-radius: 14px;
    background: #fff8d6;
  }
  .note-hint {
    margin: 0 0 6px;
    color: #5c4500;
    font-size: 12px;
    font-weight: 600;
  }
  .note-composer {
    --parley-composer-background: #fffbea;
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
  .attachment {
    position: relative;
    width: fit-content;
    margin: 0 0 8px 48px;
  }
  .attachment img {
    display: block;
    max-width: 200px;
    max-height: 120px;
    border-radius: 10px;
    border: 1px solid var(--_border);
  }
  .attachment button {
    position: absolute;
    top: -8px;
    right: -8px;
    border-radius: 50%;
  }
  .attachment .error {
    margin: 0;
    padding-right: 28px;
  }
  .macros {
    margin: 0 0 8px;
    border: 1px solid var(--_border);
    border-radius: 12px;
    background: var(--_surface);
    box-shadow: 0 8px 24px rgb(16 24 40 / 0.08);
    overflow: hidden;
  }
  .macros input {
    width: 100%;
    box-sizing: border-box;
    border: 0;
    border-bottom: 1px solid var(--_border);
    border-radius: 0;
  }
  .macros ul {
    list-style: none;
    margin: 0;
    max-height: 220px;
    overflow-y: auto;
    padding: 4px;
  }
  .macros li {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 8px 10px;
    border-radius: 8px;
    cursor: pointer;
  }
  .macros li[aria-selected='true'],
  .macros li:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .macros li span {
    color: var(--_text-2);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .macros .none {
    margin: 0;
    padding: 10px 12px;
    color: var(--_text-2);
  }
  .sms-info {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 2px 12px;
    margin: 0 14px 8px;
    font-size: 12px;
    color: var(--_text-2);
  }
  .sms-info p {
    margin: 0;
  }
  .sms-counter {
    font-variant-numeric: tabular-nums;
  }
  .sms-counter.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .sms-no-images {
    margin-inline-start: auto !important;
  }
`;
