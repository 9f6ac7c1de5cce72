// The reading room shows pages, it does not hand them out: no "save image" menu, no
// dragging the page out, no Ctrl+S. A determined reader can still photograph the screen
// or take the image from the browser's developer tools; every page carries "BẢN SAO",
// his name and the time, and every page shown is logged.
(function () {
  var pages = document.querySelectorAll('.reader-page');
  pages.forEach(function (img) {
    img.addEventListener('contextmenu', function (e) { e.preventDefault(); });
    img.addEventListener('dragstart', function (e) { e.preventDefault(); });
  });
  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S')) { e.preventDefault(); }
  });
})();
