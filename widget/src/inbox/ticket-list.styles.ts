import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    background: var(--_surface);
    border-right: 1px solid var(--_border);
  }
  section {
    flex: 1;
    display: flex;
    flex-direction: column;
    overflow-y: auto;
    min-height: 0;
  }
  h1 {
    margin: 0;
    padding: 16px 18px 10px;
    font-size: 17px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0 8px 8px;
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
    flex-wrap: wrap;
    gap: 8px;
    padding: 8px 14px 0;
  }
  .search {
    padding: 8px 14px 0;
  }
  .search input {
    width: 100%;
    box-sizing: border-box;
    padding: 7px 10px;
  }
  .search-hint:empty {
    display: none;
  }
  .search-hint {
    margin: 4px 0 0;
    font-size: 12px;
    color: var(--_text-2);
  }
  .more {
    display: grid;
    padding: 8px;
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
  /* A row's tags line up with its text, under the avatar's column. */
  .ticket .tags {
    grid-column: 2;
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
  .channel {
    display: grid;
    color: var(--_text-2);
  }
  /* The visitor's rating of an ended conversation: a thumb up, or down. */
  .rating {
    display: grid;
    flex: none;
    color: #067647;
  }
  .rating.bad {
    color: var(--_danger);
  }
  .rating.bad svg {
    transform: rotate(180deg);
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
`;
