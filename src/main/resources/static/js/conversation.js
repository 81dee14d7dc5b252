// An open conversation (/messages/<name>) shows new messages as they arrive: every message to
// the member changes their unread count, which the notification stream pushes
// (unread_message_count); the page then asks /messages/<name>/new?after= for the messages after
// the newest one it shows and puts the server's rendered fragment on top. Sending reloads the page.

const live = document.getElementById('conversation-live');
let fetching = null;

async function fetchNew() {
  const response = await fetch(`${live.dataset.path}?after=${encodeURIComponent(live.dataset.after)}`);
  if (!response.ok) return;
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  const batch = template.content.querySelector('.new-messages-batch');
  if (!batch) return;
  const list = document.querySelector('section.messages');
  for (const article of [...batch.querySelectorAll('article.message')].reverse()) {
    if (!document.getElementById(article.id)) list.prepend(article);
  }
  if (batch.querySelector('article.message')) document.querySelector('.empty-state')?.remove();
  live.dataset.after = batch.dataset.after;
}

if (live) {
  document.addEventListener('microblog:notification', (event) => {
    if (event.detail?.name !== 'unread_message_count') return;
    // one request at a time; a count arriving meanwhile asks again afterwards
    fetching = (fetching || Promise.resolve()).then(fetchNew).catch(() => {}).finally(() => { fetching = null; });
  });
}
