/*
 * Runs in a lesson page's <head>, before its body is parsed: a classic script, so that it decides
 * before the first paint. The page's first screen is the lesson as a first visit sees it
 * (default settings, the start of the lesson, nothing kept for it). When this visit would not
 * look like that, the first screen stays hidden and the app's first render shows the page, so
 * that a reader never sees one look, then another. It does not fit:
 * - a link to a time or a passage (a query or a hash);
 * - storage that cannot be read;
 * - anything kept for Tandem that would show on this page: the data block before this script
 *   (src/app/first-screen.tsx, FirstScreenFits) says which kept values still fit. A setting
 *   equal to the first screen's, another lesson's notes or sheet, and values the first screen
 *   does not show fit; any other key (this lesson's notes, a changed setting, a value set aside,
 *   a key the data does not name) does not. Without the data block, no kept key fits.
 */
(function () {
  var fits = !location.search && !location.hash;
  var data = null;
  try {
    var block = document.getElementById('first-screen-fits');
    data = block ? JSON.parse(block.textContent) : null;
  } catch {
    data = null;
  }

  /** Whether `stored` (JSON text) equals `shown`, an object compared field by field. */
  function same(stored, shown) {
    var value = JSON.parse(stored);
    if (value === null || typeof value !== 'object' || typeof shown !== 'object')
      return value === shown;
    for (var field in value)
      if (Object.prototype.hasOwnProperty.call(value, field) && value[field] !== shown[field])
        return false;
    return true;
  }

  function keyFits(key) {
    if (!data) return false;
    if (Object.prototype.hasOwnProperty.call(data.same, key))
      return same(localStorage.getItem(key), data.same[key]);
    if (data.unseen.indexOf(key) >= 0) return true;
    if (data.thisLesson.indexOf(key) >= 0) return false;
    for (var i = 0; i < data.perLesson.length; i++)
      if (key.indexOf(data.perLesson[i]) === 0 && key.indexOf(':backup:') < 0) return true;
    return false;
  }

  try {
    for (var i = 0; fits && i < localStorage.length; i++) {
      var key = String(localStorage.key(i));
      if (key.indexOf('tandem:') === 0 && !keyFits(key)) fits = false;
    }
  } catch {
    // Storage that cannot be read, or a kept value that is not JSON: the app's render is the page.
    fits = false;
  }
  if (!fits) document.documentElement.setAttribute('data-first-screen', 'hidden');
})();
