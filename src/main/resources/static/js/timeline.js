// The live home timeline: the notification stream says "new_post" when someone the member
// follows has posted (notification.NewPostAnnouncer); the page counts them in a button
// ("3 new posts") and, when it is clicked, fetches the posts themselves from /index/new?after=
// (the server's rendered, escaped fragment) and puts them on top. No inline script (CSP).

const box = document.getElementById('new-posts');
const button = box?.querySelector('button');
let pending = 0;

function showCount() {
  button.textContent = pending === 1 ? box.dataset.one : box.dataset.many.replace('{count}', String(pending));
  box.classList.toggle('d-none', pending === 0);
}

async function showNewPosts() {
  button.disabled = true;
  try {
    const response = await fetch(`/index/new?after=${encodeURIComponent(box.dataset.after)}`);
    if (!response.ok) return;
    const template = document.createElement('template');
    template.innerHTML = await response.text();
    const batch = template.content.querySelector('.new-posts-batch');
    if (!batch) return;
    const list = document.querySelector('section.posts');
    const articles = [...batch.querySelectorAll('article.post')];
    // newest first in the batch: put the oldest on top first, so the newest ends up above it
    for (const article of articles.reverse()) {
      if (!document.getElementById(article.id)) list.prepend(article);
    }
    document.querySelector('.empty-state')?.remove();
    box.dataset.after = batch.dataset.after;
    pending = batch.hasAttribute('data-more') ? Math.max(pending - articles.length, 1) : 0;
    showCount();
  } catch {
    // offline for a moment: the button stays, a later click tries again
  } finally {
    button.disabled = false;
  }
}

if (box && button) {
  document.addEventListener('microblog:notification', (event) => {
    if (event.detail?.name !== 'new_post') return;
    pending += 1;
    showCount();
  });
  button.addEventListener('click', showNewPosts);
}
