/*
 * LuuTru: the Camunda webapps (Tasklist, Cockpit, Admin, Welcome) speak Vietnamese unless the
 * officer chose English. Each app's scripts/config.js lists 'vi' and 'en' and imports this file
 * (customScripts) before it starts.
 *
 * The webapps take the browser's first language when it is one they offer, so an English browser
 * would get English: this file makes the officer's own choice (kept in localStorage, 'vi' when
 * none) the language the webapps see, and puts a switch "Tiếng Việt | English" in the header.
 */
const KEY = 'luutru.language';
const LANGUAGES = { vi: 'Tiếng Việt', en: 'English' };

/** ?lang=en in the address chooses once and is remembered; otherwise the stored choice, else 'vi'. */
function chosen() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (Object.prototype.hasOwnProperty.call(LANGUAGES, asked)) {
    window.localStorage.setItem(KEY, asked);
    return asked;
  }
  const stored = window.localStorage.getItem(KEY);
  return Object.prototype.hasOwnProperty.call(LANGUAGES, stored) ? stored : 'vi';
}

const language = chosen();
try {
  // Read by the webapps' translation set-up (determinePreferredLanguage) when they start.
  Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => [language] });
  Object.defineProperty(window.navigator, 'language', { configurable: true, get: () => language });
}
catch (e) {
  console.warn('LuuTru: the browser keeps its own language', e);
}
document.documentElement.lang = language;

function choose(code) {
  window.localStorage.setItem(KEY, code);
  window.location.reload();
}

/**
 * The switch, once, first in the header's menu (beside the user and the apps): the chosen
 * language in bold, the other a link. Styled inline, as every webapp loads this file but each has
 * its own user-styles.css.
 */
function addSwitch() {
  const menu = document.querySelector('[cam-widget-header] nav.app-menu > ul');
  if (!menu || document.getElementById('luutru-language')) {
    return;
  }
  const li = document.createElement('li');
  li.id = 'luutru-language';
  li.className = 'luutru-language';
  li.style.cssText = 'display:inline-flex;align-items:center;gap:6px;height:42px;padding:0 12px;vertical-align:top;';
  Object.keys(LANGUAGES).forEach((code, i) => {
    if (i > 0) {
      li.appendChild(document.createTextNode('|'));
    }
    const a = document.createElement('a');
    a.href = '';
    a.lang = code;
    a.textContent = LANGUAGES[code];
    a.style.cssText = 'padding:0;display:inline;' + (code === language ? 'font-weight:bold;' : '');
    if (code === language) {
      a.setAttribute('aria-current', 'true');
    }
    a.addEventListener('click', (event) => {
      event.preventDefault();
      if (code !== language) {
        choose(code);
      }
    });
    li.appendChild(a);
  });
  menu.insertBefore(li, menu.firstChild);
}

new MutationObserver(addSwitch).observe(document.documentElement, { childList: true, subtree: true });

export { language };
