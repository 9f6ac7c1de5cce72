/*
 * LuuTru: a user changes their name and password on LuuTru's own page /account, where the
 * password policy and the audit apply; the engine's user routes are closed to them
 * (security/OwnUserReadOnly), so the Welcome app's own forms could only fail. Its "Đổi mật khẩu"
 * and "Sửa hồ sơ cá nhân" links lead to /account instead.
 */
const app = window.location.pathname.indexOf('/camunda/');
const ACCOUNT = (app >= 0 ? window.location.pathname.substring(0, app) : '') + '/account';

document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('.action-links a[ng-click^="showForm"]');
  if (link) {
    event.preventDefault();
    event.stopImmediatePropagation();
    window.location.assign(ACCOUNT);
  }
}, true);

// The links look like links (they have no href of their own).
new MutationObserver(() => {
  document.querySelectorAll('.action-links a[ng-click^="showForm"]:not([href])').forEach((a) => {
    a.setAttribute('href', ACCOUNT);
  });
}).observe(document.documentElement, { childList: true, subtree: true });
