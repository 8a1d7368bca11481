import { css } from 'lit';

export default css`
  :host {
    display: block;
    height: 100%;
    font-size: 14px;
    background: #f6f7fb;
  }
  button {
    font: inherit;
  }
  .loading {
    margin: 20vh auto;
    text-align: center;
    color: var(--_text-2);
  }
  .brand {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    font-weight: 700;
    font-size: 16px;
    color: var(--_accent);
  }

  /* sign-in */
  .signin {
    min-height: 100%;
    display: grid;
    place-items: center;
    padding: 24px;
    box-sizing: border-box;
    background: radial-gradient(circle at 20% 10%, #e7edff, transparent 50%), #f6f7fb;
  }
  .signin form {
    width: min(380px, 100%);
    box-sizing: border-box;
    padding: 32px;
    border-radius: 16px;
    background: var(--_surface);
    box-shadow: 0 10px 40px rgb(16 24 40 / 0.1);
    display: flex;
    flex-direction: column;
  }
  .signin h1 {
    margin: 18px 0 4px;
    font-size: 22px;
  }
  .lead {
    margin: 0 0 20px;
    color: var(--_text-2);
  }
  label {
    font-weight: 600;
    font-size: 13px;
    margin: 10px 0 6px;
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
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  /* app */
  .app {
    position: relative;
    height: 100%;
    display: grid;
    grid-template: auto auto 1fr / minmax(280px, 360px) minmax(0, 1fr);
    grid-template-areas: 'top top' 'notice notice' 'list thread';
  }
  .settings-view {
    grid-row: 3;
    grid-column: 1 / -1;
    min-height: 0;
  }
  .side {
    display: none;
    background: var(--_surface);
    border-left: 1px solid var(--_border);
    overflow-y: auto;
    min-height: 0;
  }
  .side.open {
    display: block;
    position: absolute;
    z-index: 2;
    top: 0;
    right: 0;
    bottom: 0;
    width: min(360px, 100%);
    box-shadow: -12px 0 40px rgb(16 24 40 / 0.15);
  }
  .close-profile {
    margin: 12px 16px 0;
  }
  @media (min-width: 1100px) {
    .app.has-thread {
      grid-template: auto auto 1fr / minmax(280px, 340px) minmax(0, 1fr) 300px;
      grid-template-areas: 'top top top' 'notice notice notice' 'list thread side';
    }
    .side,
    .side.open {
      display: block;
      grid-area: side;
      position: static;
      width: auto;
      box-shadow: none;
    }
    .show-profile,
    .close-profile {
      display: none;
    }
  }
  .topbar {
    grid-area: top;
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 10px 18px;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .me {
    margin-left: auto;
    color: var(--_text-2);
  }
  .notice {
    grid-area: notice;
    margin: 0;
    padding: 7px 18px;
    font-size: 13px;
    background: #fff7e0;
    color: #6b4d00;
  }
  .list {
    grid-area: list;
    overflow-y: auto;
    background: var(--_surface);
    border-right: 1px solid var(--_border);
    min-height: 0;
  }
  .list h1 {
    margin: 0;
    padding: 16px 18px 10px;
    font-size: 17px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0 8px 8px;
  }
  .ticket {
    width: 100%;
    display: grid;
    grid-template-columns: 40px 1fr;
    column-gap: 12px;
    row-gap: 2px;
    padding: 11px 10px;
    border: 0;
    border-radius: 10px;
    background: none;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .ticket:hover {
    background: var(--_surface-2);
  }
  .ticket[aria-current='true'] {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .ticket .avatar {
    grid-row: span 2;
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
  .row {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
  }
  .who {
    flex: 1;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  time {
    font-size: 12px;
    color: var(--_text-2);
    white-space: nowrap;
  }
  .preview {
    flex: 1;
    color: var(--_text-2);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .unread .who,
  .unread .preview {
    color: var(--_text);
    font-weight: 700;
  }
  .ticket.waiting {
    background: #fff8eb;
    box-shadow: inset 3px 0 #f79009;
  }
  .ticket.waiting:hover {
    background: #fef0d7;
  }
  .wait {
    font-size: 12px;
    font-weight: 600;
    color: #9a4a06;
    white-space: nowrap;
  }
  .preview.typing {
    font-style: italic;
    color: var(--_accent);
  }
  .dot {
    width: 9px;
    height: 9px;
    border-radius: 50%;
    background: var(--_accent);
    flex: none;
  }
  .thread {
    grid-area: thread;
    display: flex;
    flex-direction: column;
    min-height: 0;
    min-width: 0;
    background: var(--_surface);
  }
  .thread-head {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 12px 18px;
    border-bottom: 1px solid var(--_border);
  }
  .thread-head > div {
    flex: 1;
    min-width: 0;
  }
  .close-ticket:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .head-error {
    margin: 8px 18px 0;
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
  .back {
    display: none;
    padding: 6px;
  }
  parley-message-list {
    flex: 1;
  }
  .empty {
    margin: auto;
    padding: 24px;
    max-width: 320px;
    text-align: center;
    color: var(--_text-2);
  }
  nav.main {
    display: flex;
    gap: 4px;
    margin-left: 12px;
  }
  nav.main a {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 6px 10px;
    border-radius: 8px;
    color: var(--_text);
    font-weight: 600;
    text-decoration: none;
  }
  nav.main a[aria-current='page'] {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
    color: var(--_accent);
  }
  .badge {
    min-width: 20px;
    height: 20px;
    padding: 0 6px;
    box-sizing: border-box;
    border-radius: 10px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 12px;
    line-height: 20px;
    text-align: center;
  }
  .tools {
    display: flex;
    gap: 6px;
    margin-left: auto;
  }
  .tools + .me {
    margin-left: 4px;
  }
  .ghost.icon {
    display: grid;
    place-items: center;
    min-width: 34px;
    padding: 6px;
    font-weight: 700;
  }
  .ghost[aria-pressed='true'] {
    background: var(--_surface-2);
    color: var(--_danger);
  }
  .list {
    display: flex;
    flex-direction: column;
  }
  .list-head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
    padding-bottom: 8px;
    border-bottom: 1px solid var(--_border);
    margin-bottom: 6px;
  }
  .tabs {
    display: flex;
    gap: 4px;
    padding: 0 14px;
  }
  .tabs button {
    flex: 1;
    padding: 6px 8px;
    border: 0;
    border-radius: 8px;
    background: none;
    color: var(--_text-2);
    font-weight: 600;
    cursor: pointer;
  }
  .tabs button[aria-pressed='true'] {
    background: var(--_surface-2);
    color: var(--_text);
  }
  .filters {
    display: flex;
    gap: 8px;
    padding: 8px 14px 0;
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
  .search {
    padding: 8px 14px 0;
  }
  .search input {
    width: 100%;
    box-sizing: border-box;
    padding: 7px 10px;
  }
  .more {
    display: grid;
    padding: 8px;
  }
  .channel {
    display: grid;
    color: var(--_text-2);
  }
  .assignee {
    display: grid;
    place-items: center;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: var(--_surface-2);
    color: var(--_text-2);
    font-size: 10px;
    font-weight: 700;
    flex: none;
  }
  .thread-head {
    flex-wrap: wrap;
  }
  .actions {
    display: flex;
    flex: none;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  .actions select {
    flex: none;
    max-width: 180px;
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
  dialog.help {
    border: 0;
    border-radius: 14px;
    padding: 22px 26px;
    min-width: 300px;
    box-shadow: 0 20px 60px rgb(16 24 40 / 0.25);
  }
  dialog.help::backdrop {
    background: rgb(16 24 40 / 0.4);
  }
  dialog.help h2 {
    margin: 0 0 12px;
    font-size: 18px;
  }
  dialog.help dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 8px 16px;
    margin: 0 0 8px;
  }
  dialog.help dd {
    margin: 0;
  }
  kbd {
    display: inline-block;
    min-width: 22px;
    padding: 1px 6px;
    border: 1px solid var(--_border);
    border-bottom-width: 2px;
    border-radius: 6px;
    background: var(--_surface-2);
    font: 600 12px ui-monospace, monospace;
    text-align: center;
  }
  @media (max-width: 719.98px) {
    .topbar {
      padding: 8px 12px;
      gap: 8px;
    }
    .topbar .me,
    .tools .ghost:not(.icon),
    .brand-name {
      display: none;
    }
    nav.main {
      margin-left: 0;
    }
    .thread-head {
      padding: 10px 12px;
    }
    .thread-head .actions {
      flex-basis: 100%;
    }
    .actions select {
      flex: 1;
      max-width: none;
    }
    .app {
      grid-template: auto auto 1fr / minmax(0, 1fr);
      grid-template-areas: 'top' 'notice' 'list';
    }
    .app.has-thread {
      grid-template-areas: 'top' 'notice' 'thread';
    }
    .app.has-thread .list,
    .app:not(.has-thread) .thread {
      display: none;
    }
    .back {
      display: grid;
    }
    .list {
      border-right: 0;
    }
  }
`;
