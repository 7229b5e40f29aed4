/*
 * Runs in a lesson page's <head>, before its body is parsed: a classic script, so that it decides
 * before the first paint. The page's first screen is the lesson as a first visit sees it
 * (default settings, the start of the lesson, nothing kept on this device). When this visit would
 * not look like that (a link to a time or a passage, or anything this device keeps for Tandem:
 * settings, notes, the sheet), the first screen stays hidden and the app's first render shows
 * the page, so that a reader never sees one look, then another.
 */
(function () {
  var fits = !location.search && !location.hash;
  try {
    for (var i = 0; fits && i < localStorage.length; i++)
      if (String(localStorage.key(i)).indexOf('tandem:') === 0) fits = false;
  } catch {
    // Storage that cannot be read: the app says so, and its own render is the page.
    fits = false;
  }
  if (!fits) document.documentElement.setAttribute('data-first-screen', 'hidden');
})();
