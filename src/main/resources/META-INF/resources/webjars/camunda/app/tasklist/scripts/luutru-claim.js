/*
 * LuuTru: an officer who opens a task nobody has claimed sees, above its greyed-out form, that he
 * must claim it first, with the Tasklist's own "Nhận việc" (Claim) button repeated there. The
 * Tasklist greys the form out (.disabled-form) until the task is his; without this notice it does
 * not say why. A task claimed by someone else says so instead, and so does a task the officer may
 * only read (a manager watching another group's work): the engine would refuse his claim.
 */
const TEXT = {
  vi: {
    unclaimed: 'Việc này chưa có người nhận. Nhấn «Nhận việc» trước khi xử lý.',
    claim: 'Nhận việc',
    others: 'Việc này đã có người khác nhận; chỉ người nhận việc mới xử lý được.',
    readOnly: 'Bạn chỉ được xem việc này; việc do nhóm khác xử lý.'
  },
  en: {
    unclaimed: 'Nobody has claimed this task yet. Click «Claim» before working on it.',
    claim: 'Claim',
    others: 'Someone else has claimed this task; only they can work on it.',
    readOnly: 'You may only read this task; another group works on it.'
  }
};

const base = document.querySelector('base');

function text() {
  return TEXT[document.documentElement.lang] || TEXT.vi;
}

function getJson(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then((r) => {
    if (!r.ok) {
      throw new Error(url + ': ' + r.status);
    }
    return r.json();
  });
}

/** Whether the signed-in officer is a candidate of the task (the engine resolves his groups). */
function mayClaim(taskId) {
  return getJson(base.getAttribute('admin-api') + 'auth/user/default').then((me) => getJson(
    base.getAttribute('engine-api') + 'engine/default/task/count?taskId=' + encodeURIComponent(taskId)
      + '&candidateUser=' + encodeURIComponent(me.userId)).then((r) => r.count > 0));
}

function openTaskId() {
  const m = /[?&]task=([^&]+)/.exec(window.location.hash);
  return m ? decodeURIComponent(m[1]) : null;
}

function show(form, state) {
  const t = text();
  const div = document.createElement('div');
  div.id = 'luutru-claim-notice';
  div.className = 'alert alert-info luutru-claim-notice';
  div.setAttribute('role', 'status');
  div.dataset.state = state;
  const span = document.createElement('span');
  span.textContent = { unclaimed: t.unclaimed + ' ', others: t.others, readOnly: t.readOnly }[state];
  div.appendChild(span);
  if (state === 'unclaimed') {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-primary btn-sm';
    button.textContent = t.claim;
    button.addEventListener('click', () => {
      const own = document.querySelector('button.claim');
      if (own) {
        own.click();
      }
    });
    div.appendChild(button);
  }
  form.parentNode.insertBefore(div, form);
}

let scheduled = false;
let asked = null;

function refresh() {
  scheduled = false;
  const form = document.querySelector('.disabled-form');
  const claimable = !!document.querySelector('button.claim');
  const taskId = openTaskId();
  const key = taskId + (claimable ? ':free' : ':taken');
  const shown = document.getElementById('luutru-claim-notice');
  if (shown && (!form || shown.nextElementSibling !== form || shown.dataset.key !== key)) {
    shown.remove();
  }
  if (!form || document.getElementById('luutru-claim-notice') || asked === key) {
    return;
  }
  if (!claimable) {
    show(form, 'others');
    document.getElementById('luutru-claim-notice').dataset.key = key;
    return;
  }
  asked = key;
  mayClaim(taskId).catch(() => true).then((may) => {
    asked = null;
    const now = document.querySelector('.disabled-form');
    if (now && openTaskId() === taskId && !document.getElementById('luutru-claim-notice')) {
      show(now, may ? 'unclaimed' : 'readOnly');
      document.getElementById('luutru-claim-notice').dataset.key = key;
    }
  });
}

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(refresh);
  }
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
