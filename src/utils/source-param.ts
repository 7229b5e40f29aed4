/**
 * Reads `?src=` (a user's own copy of the video). Only http(s) URLs are taken: anything else
 * (javascript:, data:, file:, relative paths) is refused with a reason the page shows as text.
 */
export type SourceParam =
  | { kind: 'none' }
  | { kind: 'url'; src: string; type?: string }
  | { kind: 'refused'; reason: string; scheme?: string };

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
    return { kind: 'refused', reason: 'The video address in the link is not a valid URL.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      kind: 'refused',
      reason: `Only http and https video addresses can be opened (this link used "${url.protocol}").`,
      scheme: url.protocol,
    };
  const extension = /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1]?.toLowerCase() ?? '';
  return { kind: 'url', src: url.href, type: TYPES[extension] };
}
