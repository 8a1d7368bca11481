// The demo store's sign-in: Parley signs a demo customer's identity (only while PARLEY_DEMO_ENABLED is on),
// as a real store's server would sign its signed-in user's id, and the page passes it to <parley-chat>.
const button = document.getElementById('account');
const who = document.getElementById('who');
const signedIn = new URLSearchParams(location.search).get('customer') === 'demo';

function mount(customer) {
  const chat = document.createElement('parley-chat');
  if (customer) {
    chat.setAttribute('user-id', customer.userId);
    chat.setAttribute('user-hash', customer.userHash);
  }
  document.querySelector('parley-chat').replaceWith(chat);
  who.textContent = customer ? customer.name : 'Guest';
  button.textContent = customer ? 'Sign out' : 'Demo sign-in';
  const url = new URL(location.href);
  if (customer) url.searchParams.set('customer', 'demo');
  else url.searchParams.delete('customer');
  history.replaceState(null, '', url);
}

async function signIn() {
  const res = await fetch('/api/v1/demo/customer', { method: 'POST', headers: { accept: 'application/json' } });
  if (!res.ok) {
    const problem = await res.json().catch(() => ({}));
    who.textContent =
      problem.code === 'demo_disabled' ? 'Demo sign-in is off (PARLEY_DEMO_ENABLED)' : 'Demo sign-in failed';
    return;
  }
  mount(await res.json());
}

button.addEventListener('click', () =>
  document.querySelector('parley-chat').hasAttribute('user-id') ? mount() : signIn(),
);
if (signedIn) signIn();
