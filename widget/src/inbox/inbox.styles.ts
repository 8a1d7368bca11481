import { css } from 'lit';

/** The inbox's frame: the top bar, the layout of the list, the thread and the profile, the shortcuts' dialog. */
export default css`
  :host {
    display: block;
    height: 100%;
    font-size: 14px;
    background: #f6f7fb;
  }
  .loading {
    margin: 20vh auto;
    text-align: center;
    color: var(--_text-2);
  }
  parley-sign-in {
    height: 100%;
  }
  .app {
    position: relative;
    height: 100%;
    display: grid;
    grid-template: auto auto 1fr / minmax(280px, 360px) minmax(0, 1fr);
    grid-template-areas: 'top top' 'notice notice' 'list thread';
  }
  .settings-view,
  .reports-view,
  .ai-view,
  .knowledge-view {
    grid-row: 3;
    grid-column: 1 / -1;
    min-height: 0;
  }
  .list {
    grid-area: list;
    min-height: 0;
  }
  .thread {
    grid-area: thread;
    display: flex;
    flex-direction: column;
    min-height: 0;
    min-width: 0;
  }
  .thread parley-ticket-thread {
    flex: 1;
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
  .account {
    margin-left: auto;
  }
  .notice {
    grid-area: notice;
    margin: 0;
    padding: 7px 18px;
    font-size: 13px;
    background: #fff7e0;
    color: #6b4d00;
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
  .tools + .account {
    margin-left: 4px;
  }
  .ghost[aria-pressed='true'] {
    background: var(--_surface-2);
    color: var(--_danger);
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
      padding: 8px 10px;
      gap: 6px;
    }
    .tools {
      gap: 4px;
    }
    nav.main a {
      padding: 6px 8px;
    }
    .account {
      flex: none;
    }
    .tools .ghost:not(.icon),
    .tools .ghost[aria-keyshortcuts],
    .topbar > .sign-out,
    .brand-name {
      display: none;
    }
    /* Helpdesk, Reports, AI agent, Knowledge and Settings may not all fit beside the account on a phone: the links scroll sideways. */
    nav.main {
      flex: 0 1 auto;
      min-width: 0;
      margin-left: 0;
      overflow-x: auto;
      scrollbar-width: none;
    }
    nav.main a {
      flex: none;
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
    .list {
      border-right: 0;
    }
  }
`;
