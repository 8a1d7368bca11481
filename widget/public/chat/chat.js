// Parley's chat page: the link of a reply email (/chat/?c=<token>&lang=pl) opens the visitor's conversation here,
// full page. The token leaves the address bar at once (no history entry, no Referer, no screenshot keeps it); the
// tab keeps it for reconnecting and reloading, and it runs out on the server after the link's lifetime.
const params = new URLSearchParams(location.search);
const fromLink = params.get('c');
const lang = params.get('lang') === 'pl' ? 'pl' : params.get('lang') === 'en' ? 'en' : undefined;
if (fromLink) {
  sessionStorage.setItem('parley.resume', fromLink);
  if (lang) sessionStorage.setItem('parley.lang', lang);
  history.replaceState(null, '', location.pathname);
}
const token = fromLink ?? sessionStorage.getItem('parley.resume');
const language = lang ?? sessionStorage.getItem('parley.lang') ?? undefined;
if (language) document.documentElement.lang = language;
document.title = language === 'pl' ? 'Czat' : 'Chat';

const chat = document.createElement('parley-chat');
chat.setAttribute('server', location.origin);
if (language) chat.setAttribute('lang', language);
if (token) chat.setAttribute('resume', token);
// The only identity this page gives is the link's: when it is refused, the link has run out (or never existed).
chat.i18n = {
  identity:
    language === 'pl'
      ? 'Ten link już nie otwiera rozmowy. Rozpocznij nowy czat na stronie sklepu.'
      : 'This link no longer opens the conversation. Please start a new chat on the store’s website.',
};
document.getElementById('chat').append(chat);
customElements.whenDefined('parley-chat').then(() => chat.show());
