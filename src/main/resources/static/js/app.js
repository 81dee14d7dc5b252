// Microblog page behaviour: one ES module, no inline scripts (the CSP forbids them).

/** Renders every <time data-relative> in the viewer's language and time zone ("3 minutes ago"). */
function renderRelativeTimes(root = document) {
  const language = document.documentElement.lang || navigator.language;
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const absolute = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const element of root.querySelectorAll('time[datetime]')) {
    const when = new Date(element.getAttribute('datetime'));
    if (Number.isNaN(when.getTime())) continue;
    element.title = absolute.format(when);
    if (!element.hasAttribute('data-relative')) {
      element.textContent = absolute.format(when);
      continue;
    }
    const seconds = Math.round((when.getTime() - Date.now()) / 1000);
    const [unit, size] = units.find(([, size]) => Math.abs(seconds) >= size) || ['second', 1];
    element.textContent = relative.format(Math.round(seconds / size), unit);
  }
}

renderRelativeTimes();
// "just now" turns into "2 minutes ago" while the page stays open.
setInterval(() => renderRelativeTimes(), 60 * 1000);

/**
 * Hovering a username (any link with class user-popup) shows the member's card in a Bootstrap
 * popover, fetched from /user/<name>/popup once per hover. The card is the server's own escaped
 * HTML, with a follow form that works from inside the popover.
 */
/** Hides a username's popover shortly after the pointer has left both the name and the card. */
function hidePopoverSoon(link) {
  setTimeout(() => {
    const tip = document.getElementById(link.getAttribute('aria-describedby'));
    if (link.matches(':hover') || tip?.matches(':hover')) return;
    bootstrap.Popover.getInstance(link)?.hide();
    delete link.dataset.popoverOpen;
  }, 300);
}

function enableUserPopovers() {
  if (!window.bootstrap || !document.querySelector('meta[name="csrf-token"]')?.content) return;
  let timer = null;
  let request = null;
  document.addEventListener('mouseover', (event) => {
    const link = event.target.closest?.('a.user-popup');
    if (!link || link.dataset.popoverOpen) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      request?.abort();
      request = new AbortController();
      try {
        const response = await fetch(`${link.getAttribute('href')}/popup`, { signal: request.signal });
        if (!response.ok || !link.matches(':hover')) return;
        const html = await response.text();
        const popover = bootstrap.Popover.getOrCreateInstance(link, {
          trigger: 'manual', html: true, sanitize: false, content: html, placement: 'right', container: 'body',
        });
        popover.setContent({ '.popover-body': html });
        link.dataset.popoverOpen = 'true';
        popover.show();
        const popoverElement = document.getElementById(link.getAttribute('aria-describedby'));
        renderRelativeTimes(popoverElement || document);
        // One listener each on the name and on the card, however often the card is shown.
        for (const element of [link, popoverElement]) {
          if (element && !element.dataset.popoverBound) {
            element.dataset.popoverBound = 'true';
            element.addEventListener('mouseleave', () => hidePopoverSoon(link));
          }
        }
      } catch {
        // the pointer moved on before the card arrived
      }
    }, 400);
  });
  document.addEventListener('mouseout', (event) => {
    if (event.target.closest?.('a.user-popup')) clearTimeout(timer);
  });
}

enableUserPopovers();

/*
 * Live character counters under the textareas (posts, messages, about me): "12 / 140", turning
 * to a warning over the limit. Counted as the server counts (core.FieldText): white space
 * around the text does not count (Java's white space and Unicode's space separators, not the
 * byte-order mark), a line break is one character, each code point (an emoji) one character.
 * The texts come from the template's data attributes, in the page's language.
 */
const SPACE = '[\\t\\n\\u000b\\f\\r\\u001c-\\u001f\\p{Zs}\\u2028\\u2029]';
const AROUND = new RegExp(`^${SPACE}+|${SPACE}+$`, 'gu');

function characterCount(text) {
  return [...text.replace(/\r\n?/g, '\n').replace(AROUND, '')].length;
}

function showCount(textarea) {
  const counter = document.getElementById(textarea.dataset.counter);
  if (!counter) return;
  const max = Number(textarea.dataset.max);
  const count = characterCount(textarea.value);
  const over = count - max;
  const text = over > 0 ? counter.dataset.textOver : counter.dataset.text;
  counter.textContent = text.replace('{count}', count).replace('{max}', max).replace('{over}', over);
  counter.classList.toggle('text-danger', over > 0);
  counter.classList.toggle('fw-semibold', over > 0);
}

for (const textarea of document.querySelectorAll('textarea[data-counter]')) {
  showCount(textarea);
  textarea.addEventListener('input', () => showCount(textarea));
}
