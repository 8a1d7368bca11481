import { css } from 'lit';

export default css`
  :host {
    --_offset: var(--parley-chat-offset, 20px);
    position: fixed;
    right: calc(var(--_offset) + env(safe-area-inset-right, 0px));
    bottom: calc(var(--_offset) + env(safe-area-inset-bottom, 0px));
    z-index: 2147483000;
    font-size: 14px;
    line-height: 1.4;
  }
:host([data-left]) {
    right: auto;
    left: calc(var(--_offset) + env(safe-area-inset-left, 0px));
  }
  :host([data-left]) .panel {
    right: auto;
    left: 0;
    transform-origin: bottom left;
  }
  [hidden] {
    display: none !important;
  }
  .launcher {
    position: relative;
    display: grid;
    place-items: center;
    width: 58px;
    height: 58px;
    border: 0;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 6px 20px rgb(16 24 40 / 0.22);
    cursor: pointer;
    transition: transform 0.15s ease;
  }
  .launcher.labelled {
    display: flex;
    gap: 8px;
    width: auto;
    padding: 0 20px 0 16px;
    border-radius: 29px;
    font: inherit;
    font-size: 15px;
    font-weight: 600;
  }
  .launcher:hover {
    transform: scale(1.05);
  }
  .launcher:focus-visible,
  .close:focus-visible {
    outline: 3px solid color-mix(in srgb, var(--_accent) 45%, transparent);
    outline-offset: 3px;
  }
  .badge {
    position: absolute;
    top: -3px;
    right: -3px;
    min-width: 20px;
    height: 20px;
    padding: 0 5px;
    box-sizing: border-box;
    border-radius: 10px;
    background: #e11d48;
    color: #fff;
    font-size: 12px;
    font-weight: 700;
    line-height: 20px;
    text-align: center;
    border: 2px solid var(--_surface);
  }
  .panel {
    position: absolute;
    right: 0;
    bottom: 74px;
    display: flex;
    flex-direction: column;
    width: 370px;
    height: min(620px, calc(100vh - 120px));
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    overflow: hidden;
    animation: parley-pop 0.18s ease-out;
    transform-origin: bottom right;
  }
  @keyframes parley-pop {
    from {
      opacity: 0;
      transform: translateY(8px) scale(0.98);
    }
  }
  header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 12px;
    padding: 18px 16px 16px 20px;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  h2 {
    margin: 0;
    font-size: 17px;
    font-weight: 650;
  }
  header p {
    margin: 3px 0 0;
    font-size: 13px;
    opacity: 0.85;
  }
  .close {
    display: grid;
    place-items: center;
    width: 34px;
    height: 34px;
    border: 0;
    border-radius: 8px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: rgb(255 255 255 / 0.16);
  }
  header span {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .end {
    font: inherit;
    font-size: 12.5px;
    padding: 4px 8px;
    white-space: nowrap;
    border: 1px solid rgb(255 255 255 / 0.55);
    border-radius: 8px;
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 8px;
    padding: 12px 16px;
    border-top: 1px solid var(--_border);
    text-align: center;
    color: var(--_text-2);
  }
  .bar p {
    margin: 0;
    flex-basis: 100%;
  }
  .bar button {
    font: inherit;
    padding: 7px 14px;
    border: 1px solid var(--_accent);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .bar .primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .typing {
    margin: 0 16px 4px;
    font-size: 12.5px;
    color: var(--_text-2);
  }
  .notice {
    margin: 0;
    padding: 7px 16px;
    font-size: 12.5px;
    background: #fff7e0;
    color: #6b4d00;
    border-bottom: 1px solid #f2dfa6;
  }
  .unavailable {
    margin: auto;
    padding: 24px;
    text-align: center;
    color: var(--_text-2);
  }
  .skeleton {
    flex: 1;
    padding: 16px;
  }
  .skeleton i {
    display: block;
    height: 36px;
    width: 70%;
    margin-bottom: 12px;
    border-radius: 12px;
    background: var(--_border);
    animation: parley-pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton i:nth-child(3) {
    width: 55%;
    margin-left: auto;
  }
  @keyframes parley-pulse {
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton i {
      animation: none;
    }
  }
  .bar.unavailable {
    margin: 0;
    padding: 12px 16px;
  }
  .faqs {
    flex: 1;
    overflow-y: auto;
    padding: 16px;
  }
  .faqs h3 {
    margin: 14px 0 8px;
    font-size: 13px;
    font-weight: 650;
    color: var(--_text-2);
  }
  .faqs h3.answer {
    margin-top: 0;
    font-size: 15px;
    color: var(--_text);
  }
  .faqs > p {
    white-space: pre-line;
  }
  .faqs ul {
    margin: 0 0 14px;
    padding: 0;
    list-style: none;
  }
  .faqs button {
    display: block;
    width: 100%;
    margin: 0 0 6px;
    padding: 9px 12px;
    font: inherit;
    text-align: start;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .faqs .faq:hover,
  .faqs .back:hover {
    border-color: var(--_accent);
  }
  .faqs .primary {
    text-align: center;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .links {
    display: flex;
    justify-content: center;
    gap: 14px;
    margin: 0;
    padding: 0 16px 8px;
    font-size: 11.5px;
  }
  .links a {
    color: var(--_text-2);
  }
  parley-message-list {
    flex: 1;
  }
  header .avatar {
    display: grid;
    flex: none;
    place-items: center;
    width: 38px;
    height: 38px;
    border-radius: 50%;
    background: rgb(255 255 255 / 0.22);
    font-size: 14px;
    font-weight: 650;
  }
  header .heading {
    flex: 1;
    min-width: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .panel {
      animation: none;
    }
  }
  @media (max-width: 479.98px) {
    .panel {
      position: fixed;
      inset: 0;
      width: auto;
      height: auto;
      border-radius: 0;
      padding: env(safe-area-inset-top, 0px) env(safe-area-inset-right, 0px) env(safe-area-inset-bottom, 0px)
        env(safe-area-inset-left, 0px);
    }
    .launcher.open {
      display: none;
    }
  }
`;
