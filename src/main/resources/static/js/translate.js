// The "Translate" link under a post in another language (tag/translate.jte): asks /translate,
// the original's JSON, and puts the translation (or the short reason it failed) in its place.

const token = document.querySelector('meta[name="csrf-token"]')?.content;
const header = document.querySelector('meta[name="csrf-header"]')?.content;

async function translate(link) {
  const holder = link.closest('.post-translation');
  const body = document.querySelector(`#post${link.dataset.post} .post-body`);
  if (!holder || !body) return;
  holder.textContent = link.dataset.working;
  holder.setAttribute('aria-live', 'polite');
  let text = link.dataset.failed;
  let translated = false;
  try {
    const response = await fetch('/translate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(header && token ? { [header]: token } : {}) },
      body: JSON.stringify({
        text: body.textContent.trim(),
        source_language: link.dataset.source,
        dest_language: link.dataset.dest,
      }),
    });
    const answer = await response.json().catch(() => ({}));
    if (response.ok && typeof answer.text === 'string') {
      text = answer.text;
      translated = true;
    } else if (typeof answer.message === 'string') {
      text = answer.message;
    }
  } catch {
    // the network failed: the generic text says so
  }
  holder.textContent = text;
  holder.lang = translated ? link.dataset.dest : document.documentElement.lang;
  holder.classList.add(translated ? 'post-translated' : 'text-danger');
}

document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a.post-translate');
  if (!link) return;
  event.preventDefault();
  translate(link);
});
