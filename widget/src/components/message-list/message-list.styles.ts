import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .log {
    flex: 1;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 16px 14px 8px;
    background: var(--_surface);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  li {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    max-width: 82%;
  }
  li.first {
    margin-top: 10px;
  }
  li.mine {
    align-self: flex-end;
    align-items: flex-end;
  }
  li.system {
    align-self: center;
    align-items: center;
    max-width: 92%;
  }
  .from {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin-bottom: 3px;
  }
  .from .name {
    margin: 0;
  }
  .name {
    font-size: 12px;
    color: var(--_text-2);
    margin: 0 4px 3px;
  }
  .from .avatar {
    display: inline-grid;
    place-items: center;
    width: 22px;
    height: 22px;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 10px;
    font-weight: 650;
  }
  .bubble {
    padding: 9px 13px;
    border-radius: 18px;
    background: var(--_surface-2);
    color: var(--_text);
    font-size: 14.5px;
    line-height: 1.4;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .mine .bubble {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .system .bubble {
    margin: 8px 0 2px;
    padding: 5px 12px;
    background: none;
    border: 1px solid var(--_border);
    color: var(--_text-2);
    font-size: 13px;
    text-align: center;
  }
  /* A handoff: why the AI agent gave the conversation to a person. */
  .handoff .bubble {
    border-color: color-mix(in srgb, var(--_accent) 45%, var(--_border));
    background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
    color: var(--_text);
  }
  /* The AI agent's answers in the team's list sit on the store's side, apart from the team's own. */
  li.ours {
    align-self: flex-end;
    align-items: flex-end;
  }
  .ours .bubble {
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_accent) 30%, transparent);
  }
  .from .ai {
    margin: 0;
  }
  .source {
    margin: 4px 4px 0;
    font-size: 12.5px;
    color: var(--_text-2);
  }
  .source a {
    color: var(--_accent);
    text-underline-offset: 2px;
    overflow-wrap: anywhere;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 6px 0 2px;
  }
  .choices span {
    padding: 4px 10px;
    border: 1px dashed var(--_border);
    border-radius: 14px;
    font-size: 12.5px;
    color: var(--_text-2);
  }
  .choices button {
    min-height: 36px;
    padding: 6px 13px;
    border: 1px solid var(--_accent);
    border-radius: 18px;
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-size: 13.5px;
    text-align: start;
    cursor: pointer;
  }
  .choices button:hover {
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .source a:focus-visible,
  .choices button:focus-visible {
    outline: 3px solid color-mix(in srgb, var(--_accent) 55%, transparent);
    outline-offset: 2px;
  }
  .sending .bubble {
    opacity: 0.7;
  }
  .failed .bubble {
    background: var(--_surface-2);
    color: var(--_text);
    outline: 1px solid var(--_danger);
  }
  .meta {
    font-size: 11.5px;
    color: var(--_text-2);
    margin: 3px 6px 6px;
  }
  .delivery {
    margin-top: 0;
  }
  .delivery.undelivered {
    color: var(--_danger);
  }
  .error {
    font-size: 12.5px;
    color: var(--_danger);
    margin: 4px 4px 6px;
    text-align: end;
  }
  .error button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0 2px;
    text-decoration: underline;
    cursor: pointer;
  }
  .image {
    display: block;
    min-width: 120px;
    min-height: 80px;
    margin: 2px 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 14px;
    overflow: hidden;
    background: var(--_surface-2);
    cursor: zoom-in;
  }
  .image img {
    display: block;
    max-width: 100%;
    max-height: 240px;
    object-fit: cover;
  }
  .image:focus-visible,
  dialog button:focus-visible {
    outline: 3px solid color-mix(in srgb, var(--_accent) 55%, transparent);
    outline-offset: 2px;
  }
  dialog {
    max-width: 96vw;
    max-height: 96vh;
    padding: 0;
    border: 0;
    border-radius: 12px;
    background: #000;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.75);
  }
  dialog img {
    display: block;
    max-width: 96vw;
    max-height: 96vh;
    object-fit: contain;
  }
  dialog form {
    position: absolute;
    top: 8px;
    right: 8px;
    margin: 0;
  }
  dialog button {
    display: grid;
    place-items: center;
    width: 40px;
    height: 40px;
    border: 0;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
    cursor: pointer;
  }
`;
