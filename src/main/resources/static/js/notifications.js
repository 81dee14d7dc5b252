// Live notifications for a signed-in member: the server pushes them over server-sent events
// (/notifications/stream); when the stream is unavailable, the page polls the original's
// /notifications?since= every 10 seconds instead.

const POLL_INTERVAL_MS = 10_000;
const NAMES = ['unread_message_count', 'unread_notice_count', 'task_progress', 'new_post'];
// Notifications newer than the page: the stream replays those raised before it opened.
let since = Number(document.getElementById('message_count')?.dataset.since) || 0;

// Two badges show the count: one in the menu, one beside the menu's toggle on narrow screens.
function setMessageCount(count) {
  for (const badge of document.querySelectorAll('.message-count')) {
    badge.textContent = String(count);
    badge.classList.toggle('d-none', !count);
  }
}

// A background task's progress ({task_id, progress, failed}) in the navigation bar: "Exporting
// posts… 42%" while it runs, gone at 100, a failure until the member has seen the export page.
function setTaskProgress(task) {
  const item = document.getElementById('task_progress');
  if (!item || !task) return;
  const done = task.progress >= 100 && !task.failed;
  item.classList.toggle('d-none', done);
  const label = item.querySelector('.task-label');
  if (label && !done) {
    label.textContent = task.failed ? item.dataset.failed : item.dataset.running.replace('{0}', String(task.progress));
  }
}

// The notices page's badge (mentions, replies, likes, new followers), beside the messages'.
function setNoticeCount(count) {
  for (const badge of document.querySelectorAll('.notice-count')) {
    badge.textContent = String(count);
    badge.classList.toggle('d-none', !count);
  }
}

function handle(notification) {
  if (notification.timestamp > since) since = notification.timestamp;
  if (notification.name === 'unread_message_count') setMessageCount(notification.data);
  if (notification.name === 'task_progress') setTaskProgress(notification.data);
  if (notification.name === 'unread_notice_count') setNoticeCount(notification.data);
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

function stopPolling() {
  if (!polling) return;
  clearInterval(polling);
  polling = null;
}

// A refused stream (503 when the site holds as many streams as it may) is tried again after the
// server's Retry-After (NotificationStreams.RETRY_AFTER_SECONDS; EventSource cannot read the
// header), doubling up to ten minutes, spread so that pages refused together do not return together.
const STREAM_RETRY_MS = 60_000;
const STREAM_RETRY_MAX_MS = 600_000;
let refusals = 0;

function listen() {
  if (!('EventSource' in window)) {
    startPolling();
    return;
  }
  const stream = new EventSource(since ? `/notifications/stream?since=${since}` : '/notifications/stream');
  for (const name of NAMES) {
    stream.addEventListener(name, (event) => handle(JSON.parse(event.data)));
  }
  stream.addEventListener('open', () => {
    refusals = 0;
    stopPolling();
  });
  // The server ends a stream (its lifetime is over, a newer tab took its place, the member signed
  // out) by saying so; the page closes it and opens a new one, which replays what it missed.
  stream.addEventListener('close', () => {
    stream.close();
    setTimeout(listen, 1000 + Math.random() * 2000);
  });
  stream.addEventListener('error', () => {
    // EventSource reconnects by itself (sending Last-Event-ID) after a network error; it gives
    // up only when the server refuses the stream, and then polling takes over until a retry.
    if (stream.readyState !== EventSource.CLOSED) return;
    startPolling();
    const delay = Math.min(STREAM_RETRY_MS * 2 ** refusals, STREAM_RETRY_MAX_MS) * (0.5 + Math.random());
    refusals += 1;
    setTimeout(listen, delay);
  });
}

if (document.getElementById('message_count')) listen();
