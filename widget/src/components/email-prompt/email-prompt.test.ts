import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './email-prompt.js';
import type { ParleyEmailPrompt } from './email-prompt.component.js';

const q = <T extends Element>(el: ParleyEmailPrompt, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const type = async (el: ParleyEmailPrompt, text: string) => {
  const input = q<HTMLInputElement>(el, 'input')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
};

describe('<parley-email-prompt>', () => {
  it('asks for an optional email address with a labelled field, in English', async () => {
    const el = await fixture<ParleyEmailPrompt>(html`<parley-email-prompt></parley-email-prompt>`);

    expect(q(el, 'h2')!.textContent).to.equal("Leave your email and we'll reply there");
    const input = q<HTMLInputElement>(el, 'input')!;
    expect(input.type).to.equal('email');
    expect(input.maxLength).to.equal(254);
    expect(q(el, `label[for="${input.id}"]`)!.textContent).to.equal('Your email address');
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Save',
      'No, thanks',
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('speaks Polish', async () => {
    const el = await fixture<ParleyEmailPrompt>(html`<parley-email-prompt locale="pl"></parley-email-prompt>`);

    expect(q(el, 'h2')!.textContent).to.equal('Zostaw e-mail, a wyślemy na niego odpowiedź');
    expect(q(el, 'label')!.textContent).to.equal('Twój adres e-mail');
    await type(el, 'bez małpy');
    q<HTMLButtonElement>(el, 'button')!.click();
    await el.updateComplete;
    expect(q(el, '.error')!.textContent).to.equal('Wpisz adres e-mail, np. jan@example.com.');
  });

  it('sends the trimmed address and says it is saving', async () => {
    const el = await fixture<ParleyEmailPrompt>(html`<parley-email-prompt></parley-email-prompt>`);
    await type(el, '  anna@example.com ');

    setTimeout(() => q<HTMLButtonElement>(el, 'button')!.click());
    const given = await oneEvent(el, 'parley-contact');

    expect(given.detail).to.deep.equal({ email: 'anna@example.com' });
    await el.updateComplete;
    expect(q<HTMLButtonElement>(el, 'button')!.disabled).to.equal(true);
    expect(q(el, 'button')!.textContent).to.equal('Saving…');
  });

  it('refuses an address without an @ before sending anything, and marks the field', async () => {
    const el = await fixture<ParleyEmailPrompt>(html`<parley-email-prompt></parley-email-prompt>`);
    let sent = false;
    el.addEventListener('parley-contact', () => (sent = true));
    await type(el, 'anna.example.com');

    q<HTMLButtonElement>(el, 'button')!.click();
    await el.updateComplete;

    expect(sent).to.equal(false);
    expect(q(el, 'input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '[role="alert"]')!.textContent).to.equal('Enter an email address such as name@example.com.');
  });

  it('says why the server refused the address', async () => {
    const el = await fixture<ParleyEmailPrompt>(html`<parley-email-prompt error="rate_limited"></parley-email-prompt>`);

    expect(q(el, '[role="alert"]')!.textContent).to.equal('Too many attempts in a short time. Try again later.');
  });

  it('lets the visitor skip it', async () => {
    const el = await fixture<ParleyEmailPrompt>(html`<parley-email-prompt></parley-email-prompt>`);

    setTimeout(() => q<HTMLButtonElement>(el, 'button.plain')!.click());
    await oneEvent(el, 'parley-contact-skip');
  });

  it('says the kept address back, in Polish, and lets the visitor change it', async () => {
    const el = await fixture<ParleyEmailPrompt>(
      html`<parley-email-prompt locale="pl" email="anna@example.com"></parley-email-prompt>`,
    );

    expect(q(el, '[role="status"] p')!.textContent).to.equal(
      'Dziękujemy! Jeśli nie będzie Cię tu, gdy odpowiemy, napiszemy na adres anna@example.com.',
    );
    q<HTMLButtonElement>(el, 'button')!.click();
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, 'input')!.value).to.equal('anna@example.com');
    expect(el.shadowRoot!.activeElement).to.equal(q(el, 'input'));
    expect(q(el, 'button.plain')).to.equal(null);
  });

  describe('mode="handoff"', () => {
    it('asks for the address the store’s helpdesk replies to, and hands the trimmed address on', async () => {
      const el = await fixture<ParleyEmailPrompt>(html`<parley-email-prompt mode="handoff"></parley-email-prompt>`);
      const fired: string[] = [];
      for (const type of ['parley-contact', 'parley-contact-skip', 'parley-handoff-live'])
        el.addEventListener(type, () => fired.push(type));

      expect(q(el, 'h2')!.textContent).to.equal('Get your answer by email');
      expect(q(el, '.hint')!.textContent).to.equal(
        "Our team answers this question by email. Give your address and we'll pass the question on.",
      );
      expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
        'Send to the team',
        'Chat here instead',
      ]);
      await expect(el).shadowDom.to.be.accessible();
      await type(el, ' anna@example.com  ');
      setTimeout(() => q<HTMLButtonElement>(el, 'button')!.click());
      const given = await oneEvent(el, 'parley-handoff-email');

      expect(given.detail).to.deep.equal({ email: 'anna@example.com' });
      expect(fired, 'nothing else').to.deep.equal([]);
      await el.updateComplete;
      expect(q(el, 'button')!.textContent).to.equal('Sending…');
      expect(q(el, '[role="status"]'), 'never said back: the conversation ends').to.equal(null);
    });

    it('lets the visitor chat here instead, and keeps asking', async () => {
      const el = await fixture<ParleyEmailPrompt>(html`<parley-email-prompt mode="handoff"></parley-email-prompt>`);
      let skipped = false;
      el.addEventListener('parley-contact-skip', () => (skipped = true));

      setTimeout(() => q<HTMLButtonElement>(el, 'button.plain')!.click());
      await oneEvent(el, 'parley-handoff-live');
      await el.updateComplete;

      expect(skipped).to.equal(false);
      expect(q(el, 'form'), 'the form stays until the conversation goes live').to.not.equal(null);
    });

    it('says the server’s refusals in Polish, an unknown one too', async () => {
      const el = await fixture<ParleyEmailPrompt>(
        html`<parley-email-prompt mode="handoff" locale="pl" .answer=${{ error: 'invalid_email' }}></parley-email-prompt>`,
      );
      expect(q(el, 'h2')!.textContent).to.equal('Odpowiedź otrzymasz e-mailem');
      expect(q(el, '[role="alert"]')!.textContent).to.equal('Wpisz adres e-mail, np. jan@example.com.');
      expect(q(el, 'input')!.getAttribute('aria-describedby')).to.equal(q(el, '[role="alert"]')!.id);

      for (const [code, said] of [
        ['handoff_not_waiting', 'Ta rozmowa nie czeka już na adres e-mail.'],
        ['rate_limited', 'Za dużo prób w krótkim czasie. Spróbuj ponownie później.'],
        ['offline', 'Nie udało się przekazać pytania. Spróbuj ponownie.'],
      ]) {
        el.answer = { error: code };
        await el.updateComplete;
        expect(q(el, '[role="alert"]')!.textContent).to.equal(said);
      }
    });

    it('takes the focus into the address', async () => {
      const el = await fixture<ParleyEmailPrompt>(html`<parley-email-prompt mode="handoff"></parley-email-prompt>`);
      el.focus();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(q(el, 'input'));
    });
  });
});
