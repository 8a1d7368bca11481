import { expect, waitUntil } from '@open-wc/testing';
import {
  bubbles,
  chat,
  composer,
  launcher,
  list,
  openAndReady,
  realFetch,
  SERVER,
  stubConfig,
  textarea,
  type,
  visitorComposer,
} from '../../test/chat-harness.js';
import { message } from '../../test/fake-socket.js';
import { FakeXhr } from '../../test/fake-xhr.js';
import type { ParleyChat } from './chat.component.js';

const LIMITS = { messageMaxLength: 4000, uploadMaxBytes: 1048576, uploadImageTypes: ['image/png', 'image/jpeg'] };

const png = (name = 'photo.png', size = 2048) => new File([new Uint8Array(size)], name, { type: 'image/png' });
const files = (file: File) => {
  const data = new DataTransfer();
  data.items.add(file);
  return data;
};
const root = (el: ParleyChat) => visitorComposer(el).shadowRoot!;
const attachment = (el: ParleyChat) => root(el).querySelector<HTMLElement>('.attachment');
const status = (el: ParleyChat) => root(el).querySelector('[role=status]')!.textContent!.trim();
const sendButton = (el: ParleyChat) =>
  composer(el).shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;

async function settle(el: ParleyChat) {
  await el.updateComplete;
  await list(el).updateComplete;
}

/** Chooses a file with the attach button's file picker. */
async function pick(el: ParleyChat, file: File) {
  const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
  input.files = files(file).files;
  input.dispatchEvent(new Event('change'));
  await settle(el);
}

/** The server's answer to an upload. */
const uploaded = (id = 'img-1') => ({ id, contentType: 'image/png', size: 2048 });

/** The widget, configured with the server's limits, open and connected. */
async function ready(config: object = { limits: LIMITS }) {
  stubConfig(config);
  const { el, last } = await chat();
  const socket = await openAndReady(el, last);
  await waitUntil(() => el.configuration !== undefined, 'config fetched');
  await settle(el);
  return { el, last, socket };
}

describe('<parley-chat> images from the visitor', () => {
  beforeEach(() => {
    localStorage.clear();
    FakeXhr.install();
  });
  afterEach(() => {
    window.fetch = realFetch;
    FakeXhr.uninstall();
  });

  it('should upload an image attached before the chat was connected as soon as it is', async () => {
    stubConfig({ limits: LIMITS });
    const { el, last } = await chat();
    launcher(el).click();
    await waitUntil(() => el.configuration !== undefined, 'config fetched');
    await settle(el);
    await pick(el, png());
    expect(FakeXhr.requests, 'nothing is sent before the chat is connected').to.have.length(0);
    expect(status(el)).to.equal('');

    const socket = last();
    socket.open();
    socket.receive({ type: 'ready', visitorId: 'v-1', token: 'tok-1', conversation: null });
    await waitUntil(() => FakeXhr.requests.length === 1, 'the upload starts once connected');
    expect(FakeXhr.last.headers).to.include({ authorization: 'Bearer tok-1' });
    FakeXhr.last.answer(201, uploaded());
    await waitUntil(() => status(el) === 'The image is ready to send.', 'the upload is done');
    expect(FakeXhr.requests, 'uploaded once').to.have.length(1);
  });

  it('should attach an image from the labelled attach button, upload it with progress and send it with text', async () => {
    const { el, socket } = await ready();
    const attach = root(el).querySelector<HTMLButtonElement>('button.attach')!;
    expect(attach.getAttribute('aria-label')).to.equal('Attach an image (or paste or drop one)');
    expect(root(el).querySelector('input[type=file]')!.getAttribute('accept')).to.equal('image/png,image/jpeg');
    await pick(el, png());

    const upload = FakeXhr.last;
    expect(upload.method).to.equal('POST');
    expect(upload.url).to.equal(`${SERVER}/api/v1/uploads`);
    expect(upload.headers).to.include({ authorization: 'Bearer tok-1', 'content-type': 'image/png' });
    expect(attachment(el)!.querySelector('img')!.getAttribute('alt')).to.equal('The image to send');
    expect(status(el)).to.equal('Uploading the image…');
    upload.progress(1024, 2048);
    await settle(el);
    expect(root(el).querySelector('progress')!.value).to.equal(0.5);

    upload.answer(201, uploaded());
    await waitUntil(() => status(el) === 'The image is ready to send.', 'the upload is done');
    expect(root(el).querySelector('progress')).to.equal(null);

    await type(el, 'This one is broken');
    const [send] = socket.sentOfType('send');
    expect(send).to.include({ text: 'This one is broken', imageId: 'img-1' });
    expect(attachment(el), 'the composer is cleared').to.equal(null);
    await waitUntil(
      () =>
        list(el).shadowRoot!.querySelector<HTMLImageElement>('li.sending button.image img')?.src.startsWith('blob:'),
      'the image shows from its preview',
    );
    socket.receive({ type: 'ack', clientMessageId: send.clientMessageId, conversationId: 'c-1', seq: 1 });
    await settle(el);
    expect(bubbles(el)).to.deep.equal([{ text: 'This one is broken', state: 'sent' }]);
  });

  it('should send an image alone, without text, once its upload is done', async () => {
    const { el, socket } = await ready();
    await pick(el, png());
    expect(sendButton(el).disabled, 'an image may go without text').to.equal(false);
    sendButton(el).click();
    await settle(el);
    expect(socket.sentOfType('send'), 'not before the upload finished').to.have.length(0);
    expect(list(el).shadowRoot!.querySelector('li.sending .meta')!.textContent).to.equal('Sending…');
    FakeXhr.last.answer(201, uploaded('img-2'));
    await waitUntil(() => socket.sentOfType('send').length === 1, 'sent once uploaded');
    const [send] = socket.sentOfType('send');
    expect(send.imageId).to.equal('img-2');
    expect(send).to.not.have.property('text');
  });

  it('should attach a pasted image and leave pasted text alone', async () => {
    const { el } = await ready();
    const paste = (data: DataTransfer) =>
      textarea(el).dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }),
      );
    const text = new DataTransfer();
    text.setData('text/plain', 'hello');
    text.items.add(png());
    expect(paste(text), 'text is pasted as text').to.equal(true);
    await settle(el);
    expect(attachment(el)).to.equal(null);

    expect(paste(files(png('screenshot.png'))), 'the image is taken').to.equal(false);
    await settle(el);
    expect(attachment(el)!.querySelector('img')).to.not.equal(null);
    expect(FakeXhr.requests).to.have.length(1);
  });

  it('should attach an image dropped anywhere on the panel', async () => {
    const { el } = await ready();
    const data = files(png());
    const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, composed: true, cancelable: true });
    list(el).dispatchEvent(over);
    expect(over.defaultPrevented, 'the browser does not open the file instead').to.equal(true);
    list(el).dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }),
    );
    await settle(el);
    expect(attachment(el)!.querySelector('img')).to.not.equal(null);
    expect(FakeXhr.requests).to.have.length(1);
  });

  it('should refuse a file of another type or over the size the server gives, saying why', async () => {
    const { el } = await ready();
    await pick(el, new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' }));
    const alert = () => attachment(el)!.querySelector('[role=alert]')!.textContent!.trim();
    expect(alert()).to.equal('Only PNG and JPEG images can be sent.');
    expect(attachment(el)!.querySelector('img')).to.equal(null);
    expect(sendButton(el).disabled, 'nothing to send').to.equal(true);

    await pick(el, png('huge.png', 2 * 1048576));
    expect(alert()).to.equal('The image is too large (at most 1 MB).');
    expect(FakeXhr.requests, 'nothing uploaded').to.have.length(0);
    const remove = attachment(el)!.querySelector<HTMLButtonElement>('button.remove')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove the image');
    remove.click();
    await settle(el);
    expect(attachment(el)).to.equal(null);
  });

  it('should say when an upload failed and try it again', async () => {
    const { el, socket } = await ready();
    await pick(el, png());
    FakeXhr.last.fail();
    await waitUntil(() => attachment(el)!.querySelector('[role=alert]'), 'the failure shows');
    const alert = attachment(el)!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('The image could not be uploaded.');
    alert.querySelector<HTMLButtonElement>('button.retry')!.click();
    await settle(el);
    expect(FakeXhr.requests).to.have.length(2);
    expect(attachment(el)!.querySelector('[role=alert]')).to.equal(null);
    FakeXhr.last.answer(201, uploaded());
    await waitUntil(() => status(el) === 'The image is ready to send.', 'uploaded on the second try');
    sendButton(el).click();
    await waitUntil(() => socket.sentOfType('send').length === 1, 'sent');
    expect(socket.sentOfType('send')[0].imageId).to.equal('img-1');
  });

  it('should remove an image before sending, stopping its upload', async () => {
    const { el, socket } = await ready();
    await pick(el, png());
    const upload = FakeXhr.last;
    attachment(el)!.querySelector<HTMLButtonElement>('button.remove')!.click();
    await settle(el);
    expect(upload.aborted).to.equal(true);
    expect(attachment(el)).to.equal(null);
    await waitUntil(() => root(el).activeElement === composer(el), 'the text keeps the focus');
    await type(el, 'Never mind');
    const [send] = socket.sentOfType('send');
    expect(send.text).to.equal('Never mind');
    expect(send).to.not.have.property('imageId');
  });

  it('should fail a message whose upload failed, with retry and remove, keeping its id and the order', async () => {
    const { el, socket } = await ready();
    await pick(el, png());
    sendButton(el).click();
    await settle(el);
    await type(el, 'Second');
    expect(socket.sentOfType('send'), 'the next message waits for the image').to.have.length(0);
    FakeXhr.last.answer(500, { code: 'internal_error' });
    await waitUntil(() => bubbles(el).some((b) => b.state === 'failed'), 'the image message failed');
    expect(
      socket.sentOfType('send').map((f) => f.text),
      'the queue goes on',
    ).to.deep.equal(['Second']);

    const error = list(el).shadowRoot!.querySelector('li.failed .error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    const buttons = [...error.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Try again', 'Remove']);
    const failed = list(el).shadowRoot!.querySelector('li.failed')!;
    expect(failed.querySelector('button.image'), 'the image shows from its preview').to.not.equal(null);
    error.querySelector('button')!.click();
    await settle(el);
    expect(FakeXhr.requests, 'uploaded again').to.have.length(2);
    FakeXhr.last.answer(201, uploaded('img-3'));
    await waitUntil(() => socket.sentOfType('send').length === 2, 'the image message is sent');
    const [second, image] = socket.sentOfType('send');
    expect(image.imageId).to.equal('img-3');
    expect(image.clientMessageId).to.not.equal(second.clientMessageId);
  });

  it('should discard a message whose upload failed', async () => {
    const { el, socket } = await ready();
    await pick(el, png());
    sendButton(el).click();
    FakeXhr.last.fail();
    await waitUntil(() => list(el).shadowRoot!.querySelector('li.failed .error'), 'failed');
    const remove = [...list(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('li.failed .error button')].at(-1)!;
    remove.click();
    await settle(el);
    expect(bubbles(el)).to.deep.equal([]);
    expect(JSON.parse(localStorage.getItem(`parley.chat:${SERVER}`)!).pending).to.deep.equal([]);
    expect(socket.sentOfType('send')).to.have.length(0);
  });

  it('should hold an image message sent offline until connected, then upload and send it once', async () => {
    stubConfig({ limits: LIMITS });
    const { el, last } = await chat();
    const socket = await openAndReady(el, last);
    await settle(el);
    socket.drop();
    await settle(el);
    await pick(el, png());
    expect(FakeXhr.requests, 'nothing uploaded while offline').to.have.length(0);
    await type(el, 'From the train');
    const pending = JSON.parse(localStorage.getItem(`parley.chat:${SERVER}`)!).pending;
    expect(pending).to.have.length(1);
    expect(pending[0].image).to.deep.equal({ id: '', url: '' });

    await waitUntil(() => last() !== socket, 'reconnecting', { timeout: 4000 });
    const again = last();
    again.open();
    again.receive({ type: 'ready', visitorId: 'v-1', token: 'tok-1', conversation: null });
    await settle(el);
    expect(FakeXhr.requests).to.have.length(1);
    FakeXhr.last.answer(201, uploaded('img-4'));
    await waitUntil(() => again.sentOfType('send').length === 1, 'sent once uploaded');
    const [send] = again.sentOfType('send');
    expect(send).to.include({ text: 'From the train', imageId: 'img-4' });
    const kept = JSON.parse(localStorage.getItem(`parley.chat:${SERVER}`)!).pending;
    expect(kept[0]).to.deep.include({ clientMessageId: send.clientMessageId });
    expect(kept[0].image).to.deep.equal({ id: 'img-4', url: '/api/v1/uploads/img-4' });

    // Another connection sends it again with the same id, without uploading again.
    again.drop();
    await waitUntil(() => last() !== again, 'reconnecting', { timeout: 4000 });
    const third = last();
    third.open();
    third.receive({ type: 'ready', visitorId: 'v-1', token: 'tok-1', conversation: null });
    await settle(el);
    expect(third.sentOfType('send').map((f) => [f.clientMessageId, f.imageId])).to.deep.equal([
      [send.clientMessageId, 'img-4'],
    ]);
    expect(FakeXhr.requests).to.have.length(1);
    third.receive(
      message(1, 'From the train', {
        author: 'visitor',
        clientMessageId: send.clientMessageId,
        image: { id: 'img-4', url: '/api/v1/uploads/img-4' },
      }),
    );
    await settle(el);
    expect(bubbles(el)).to.deep.equal([{ text: 'From the train', state: 'sent' }]);
  });

  it('should upload a store user’s image with their REST token', async () => {
    stubConfig({ limits: LIMITS });
    const config = window.fetch;
    window.fetch = async (url: RequestInfo | URL, init?: RequestInit) =>
      String(url).endsWith('/api/v1/visitor/session')
        ? new Response(JSON.stringify({ token: 'rest-1' }), { headers: { 'content-type': 'application/json' } })
        : config(url, init);
    const { el, last } = await chat();
    el.userId = 'u-1';
    el.userHash = 'h';
    await openAndReady(el, last);
    await settle(el);
    await pick(el, png());
    await waitUntil(() => FakeXhr.requests.length === 1, 'uploading');
    expect(FakeXhr.last.headers.authorization).to.equal('Bearer rest-1');
  });

  it("should upload with the link's token on the chat page a reply email opened, which holds no visitor token", async () => {
    stubConfig({ limits: LIMITS });
    const { el, last } = await chat();
    el.resume = 'link-1';
    await openAndReady(el, last, { conversation: null, token: undefined });
    await settle(el);
    expect(last().sentOfType('hello')[0].resume).to.equal('link-1');
    await pick(el, png());
    await waitUntil(() => FakeXhr.requests.length === 1, 'uploading');
    expect(FakeXhr.last.headers.authorization).to.equal('Bearer link-1');
  });

  it('should speak Polish about images', async () => {
    stubConfig({ limits: LIMITS });
    const { el, last } = await chat('pl');
    await openAndReady(el, last);
    await waitUntil(() => el.configuration !== undefined, 'config fetched');
    await settle(el);
    expect(root(el).querySelector('button.attach')!.getAttribute('aria-label')).to.equal(
      'Załącz obraz (możesz go też wkleić lub przeciągnąć)',
    );
    await pick(el, png('huge.png', 2 * 1048576));
    expect(attachment(el)!.querySelector('[role=alert]')!.textContent!.trim()).to.equal(
      'Obraz jest za duży (najwyżej 1 MB).',
    );
    await pick(el, png());
    expect(status(el)).to.equal('Przesyłanie obrazu…');
  });

  it('is accessible with an image attached', async () => {
    const { el } = await ready();
    await pick(el, png());
    await expect(el).to.be.accessible();
  });
});
