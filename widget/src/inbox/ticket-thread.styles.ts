import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    min-width: 0;
    background: var(--_surface);
  }
  .thread-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px;
    padding: 12px 18px;
    border-bottom: 1px solid var(--_border);
  }
  /* The name keeps room for itself: when the actions do not fit beside it, they move to the next line as a group. */
  .thread-head > div:not(.actions) {
    flex: 1 1 200px;
    min-width: 0;
  }
  /* The ticket's tags take a line of their own under the name and the actions. */
  .tag-picker {
    flex: 1 1 100%;
    order: 10;
  }
  .thread-head h2 {
    margin: 0;
    font-size: 16px;
  }
  .thread-head p {
    margin: 2px 0 0;
    color: var(--_text-2);
    font-size: 13px;
  }
  .status {
    font-weight: 600;
    color: #067647;
  }
  .status.closed {
    color: var(--_text-2);
  }
  .status.snoozed {
    color: #9a4a06;
  }
  .thread-head p.rating {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 6px;
    margin-top: 4px;
  }
  .rating strong {
    color: #067647;
  }
  .rating.bad strong {
    color: var(--_danger);
  }
  .rating svg {
    flex: none;
    color: #067647;
  }
  .rating.bad svg {
    color: var(--_danger);
    transform: rotate(180deg);
  }
  .rating q {
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .back {
    display: none;
    padding: 6px;
  }
  .close-ticket:disabled {
    opacity: 0.6;
    cursor: default;
  }
  /* The actions stay together on one line: when the header is too narrow, they move below the name as a group. */
  .actions {
    display: flex;
    flex: none;
    flex-wrap: nowrap;
    gap: 6px;
    align-items: center;
  }
  .actions select {
    flex: none;
    max-width: 180px;
  }
  .actions button {
    white-space: nowrap;
  }
  .head-error {
    margin: 8px 18px 0;
  }
  .menu {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 10px 18px;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface-2);
  }
  .menu p {
    flex-basis: 100%;
    margin: 0;
  }
  .menu form {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .menu label {
    margin: 0;
  }
  .menu small {
    color: var(--_text-2);
  }
  .menu .primary {
    margin: 0;
    padding: 6px 14px;
  }
  .primary.danger {
    background: var(--_danger);
  }
  parley-message-list {
    flex: 1;
  }
  p.typing {
    margin: 0;
    padding: 0 18px;
    font-size: 12.5px;
    color: var(--_text-2);
  }
  p.typing.on {
    padding: 4px 18px 6px;
  }
  .closed-note {
    margin: 0;
    padding: 10px 18px;
    border-top: 1px solid var(--_border);
    background: var(--_surface-2);
    color: var(--_text-2);
    text-align: center;
  }
  @media (min-width: 1100px) {
    .show-profile {
      display: none;
    }
  }
  @media (max-width: 719.98px) {
    .thread-head {
      padding: 10px 12px;
    }
    .thread-head .actions {
      flex-basis: 100%;
      flex-wrap: wrap;
    }
    /* On a phone the assignee takes a line of its own, so that names are read whole. */
    .actions select {
      flex: 1 1 100%;
      max-width: none;
    }
    .actions button {
      flex: 1 1 auto;
    }
    .back {
      display: grid;
    }
  }
  /* Internal notes: yellow, labelled, never mistaken for what the visitor reads. */
  parley-message-list::part(note-bubble) {
    background: #fff4c2;
    color: #3d2e00;
    border: 1px dashed #d4a900;
  }
  parley-message-list::part(note-label) {
    display: block;
    margin: 0 0 2px;
    color: #7a5c00;
    font-size: 11px;
    font-weight: 700;
  }
`;
