import { css } from 'lit';

/** The settings' frame: the list of screens beside the open one. Each screen has its own styles. */
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
  nav ul {
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
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .pane {
    padding: 22px 28px 40px;
    max-width: 1100px;
  }
  .pane h2 {
    margin: 0 0 18px;
    font-size: 20px;
  }
  .refusal {
    margin: 0 0 12px;
    padding: 10px 12px;
    border-radius: 8px;
    background: #fdecea;
    color: var(--_danger);
  }
  @media (max-width: 899.98px) {
    .settings {
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
  }
`;
