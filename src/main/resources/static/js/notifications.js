// Live notifications for a signed-in member: the server pushes them over server-sent events
// (/notifications/stream); when the stream is unavailable, the page polls the original's
// /notifications?since= every 10 seconds instead.

const POLL_INTERVAL_MS = 10_000;
const NAMES = ['unread_message_count', 'task_progress'];
// Notifications newer than the page: the stream replays those raised before it opened.
let since = Number(document.getElementById('message_count')?.dataset.since) || 0;

// Two badges show the count: one in the menu, one beside the menu's toggle on narrow screens.
function setMessageCount(count) {
  for (const badge of document.querySelectorAll('.message-count')) {
    badge.textContent = String(count);
    badge.classList.toggle('d-none', !count);
  }
}

function handle(notification) {
  if (notification.timestamp > since) since = notification.timestamp;
  if (notification.name === 'unread_message_count') setMessageCount(notification.data);
  document.dispatchEvent(new CustomEvent('microblog:notification', { detail: notification }));
}

async function poll() {
  try {
    const response = await fetch(`/notifications?since=${since}`, { headers: { Accept: 'application/json' } });
    if (!response.ok || !(response.headers.get('Content-Type') || '').includes('json')) return;
    for (const notification of await response.json()) handle(notification);
  } catch {
    // offline for a moment: the next poll tries again
  }
}

let polling = null;
function startPolling() {
  if (polling) return;
  poll();
  polling = setInterval(poll, POLL_INTERVAL_MS);
}

function listen() {
  if (!('EventSource' in window)) {
    startPolling();
    return;
  }
  const stream = new EventSource(since ? `/notifications/stream?since=${since}` : '/notifications/stream');
  for (const name of NAMES) {
    stream.addEventListener(name, (event) => handle(JSON.parse(event.data)));
  }
  stream.addEventListener('error', () => {
    // EventSource reconnects by itself (sending Last-Event-ID); it gives up only when the
    // server refuses the stream, and then polling takes over.
    if (stream.readyState === EventSource.CLOSED) startPolling();
  });
}

if (document.getElementById('message_count')) listen();
