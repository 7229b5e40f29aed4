/**
 * Reads `?src=` (a user's own copy of the video). Only http(s) URLs are taken: anything else
 * (javascript:, data:, file:, relative paths) is refused with a reason, as a code the page says
 * in the interface's language.
 */
export type SourceParam =
  | { kind: 'none' }
  | { kind: 'url'; src: string; type?: string }
  | { kind: 'refused'; reason: 'invalid-url' }
  | { kind: 'refused'; reason: 'scheme'; scheme: string };

const TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
};

export function parseSourceParam(search: string): SourceParam {
  const raw = new URLSearchParams(search).get('src');
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { kind: 'refused', reason: 'invalid-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { kind: 'refused', reason: 'scheme', scheme: url.protocol };
  const extension = /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1]?.toLowerCase() ?? '';
  return { kind: 'url', src: url.href, type: TYPES[extension] };
}
