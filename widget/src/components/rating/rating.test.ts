import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './rating.js';
import type { ParleyRating } from './rating.component.js';

const buttons = (el: ParleyRating) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.thumbs button')];

describe('<parley-rating>', () => {
  it('asks how the conversation was, with two labelled thumbs and no comment box yet', async () => {
    const el = await fixture<ParleyRating>(html`<parley-rating></parley-rating>`);

    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('How was this conversation?');
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Good', 'Bad']);
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
  });

  it('sends the score and the trimmed comment once chosen, and says it is sending', async () => {
    const el = await fixture<ParleyRating>(html`<parley-rating></parley-rating>`);
    buttons(el)[1].click();
    await el.updateComplete;
    expect(buttons(el)[1].getAttribute('aria-pressed')).to.equal('true');
    const box = el.shadowRoot!.querySelector('textarea')!;
    expect(box.maxLength).to.equal(500);
    expect(el.shadowRoot!.querySelector(`label[for="${box.id}"]`)!.textContent).to.equal('Add a comment (optional)');
    box.value = '  Too slow  ';
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.left')!.textContent).to.equal('488 characters left');

    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.send')!.click());
    const sent = await oneEvent(el, 'parley-rate');

    expect(sent.detail).to.deep.equal({ score: 'bad', comment: 'Too slow' });
    await el.updateComplete;
    const send = el.shadowRoot!.querySelector<HTMLButtonElement>('.send')!;
    expect(send.disabled).to.equal(true);
    expect(send.textContent).to.equal('Sending…');
  });

  it('takes a comment as long as the server’s limits say', async () => {
    const el = await fixture<ParleyRating>(html`<parley-rating .maxLength=${200}></parley-rating>`);
    buttons(el)[0].click();
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('textarea')!;
    expect(box.maxLength).to.equal(200);
    box.value = 'Quick';
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.left')!.textContent).to.equal('195 characters left');
  });

  it('leaves an empty comment out', async () => {
    const el = await fixture<ParleyRating>(html`<parley-rating></parley-rating>`);
    buttons(el)[0].click();
    await el.updateComplete;
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.send')!.click());
    expect((await oneEvent(el, 'parley-rate')).detail).to.deep.equal({ score: 'good' });
  });

  it('thanks the visitor once the server holds the rating, and lets them change it', async () => {
    const el = await fixture<ParleyRating>(html`<parley-rating locale="pl"></parley-rating>`);
    el.rating = { score: 'bad', comment: 'Za wolno' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Dziękujemy za opinię!');
    expect(el.shadowRoot!.textContent).to.contain('Twoja ocena rozmowy: źle.');

    el.shadowRoot!.querySelector<HTMLButtonElement>('.change')!.click();
    await el.updateComplete;

    expect(buttons(el)[1].getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('Za wolno');
  });

  it('says why a rating was refused, in an alert, and may be sent again', async () => {
    const el = await fixture<ParleyRating>(html`<parley-rating></parley-rating>`);
    buttons(el)[0].click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.send')!.click();
    el.error = 'rating_window_closed';
    await el.updateComplete;

    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
      'This conversation can no longer be rated.',
    );
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('.send')!.disabled).to.equal(false);
  });

  it('is accessible', async () => {
    const el = await fixture<ParleyRating>(html`<parley-rating></parley-rating>`);
    buttons(el)[0].click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
