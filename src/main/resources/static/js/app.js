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
