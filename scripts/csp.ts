/**
 * The Content-Security-Policy of the built app: nothing inline, nothing evaluated, nothing from
 * elsewhere except a video the user links to (`?src=https://…`) and their own file (blob:).
 * Sent as a header by the preview server and as a meta tag in dist/index.html for any host.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' blob: https:",
  // blob:: video.js fetches caption tracks, and a lesson kept on the device has its captions
  // made in the page as object URLs, which only this origin's own scripts can create.
  "connect-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// frame-ancestors is ignored in a meta tag; it is sent as a header only.
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;
