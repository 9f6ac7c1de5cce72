/*
 * LuuTru: an officer who opens a task nobody has claimed sees, above its greyed-out form, that he
 * must claim it first, with the Tasklist's own "Nhận việc" (Claim) button repeated there. The
 * Tasklist greys the form out (.disabled-form) until the task is his; without this notice it does
 * not say why. A task claimed by someone else says so instead.
 */
const TEXT = {
  vi: {
    unclaimed: 'Việc này chưa có người nhận. Nhấn «Nhận việc» trước khi xử lý.',
    claim: 'Nhận việc',
    others: 'Việc này đã có người khác nhận; chỉ người nhận việc mới xử lý được.'
  },
  en: {
    unclaimed: 'Nobody has claimed this task yet. Click «Claim» before working on it.',
    claim: 'Claim',
    others: 'Someone else has claimed this task; only they can work on it.'
  }
};

function text() {
  return TEXT[document.documentElement.lang] || TEXT.vi;
}

function notice(form, claim) {
  const t = text();
  const div = document.createElement('div');
  div.id = 'luutru-claim-notice';
  div.className = 'alert alert-info luutru-claim-notice';
  div.setAttribute('role', 'status');
  const span = document.createElement('span');
  span.textContent = claim ? t.unclaimed + ' ' : t.others;
  div.appendChild(span);
  if (claim) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-primary btn-sm';
    button.textContent = t.claim;
    button.addEventListener('click', () => {
      const own = document.querySelector('.task-details button.claim, button.claim');
      if (own) {
        own.click();
      }
    });
    div.appendChild(button);
  }
  div.dataset.claim = claim ? 'yes' : 'no';
  form.parentNode.insertBefore(div, form);
}

let scheduled = false;

function refresh() {
  scheduled = false;
  const form = document.querySelector('.disabled-form');
  const claim = !!document.querySelector('button.claim');
  const shown = document.getElementById('luutru-claim-notice');
  if (shown && (!form || shown.nextElementSibling !== form || shown.dataset.claim !== (claim ? 'yes' : 'no'))) {
    shown.remove();
  }
  if (form && !document.getElementById('luutru-claim-notice')) {
    notice(form, claim);
  }
}

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(refresh);
  }
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
