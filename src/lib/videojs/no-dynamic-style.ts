// video.js injects a <style> element at load unless this flag is set first; a strict
// Content-Security-Policy (style-src 'self') would block it. Imported before video.js.
(window as unknown as { VIDEOJS_NO_DYNAMIC_STYLE: boolean }).VIDEOJS_NO_DYNAMIC_STYLE = true;
export {};
