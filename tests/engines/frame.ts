import { FRAME_PATH } from '../../scripts/engine-server-plugins';
import type { WindowSize } from './engine';

/**
 * The address of the test server's page that shows `path` in a frame of `size`: a phone's
 * viewport in an engine whose window cannot be made that narrow.
 */
export const framedPath = (path: string, size: WindowSize) =>
  `${FRAME_PATH}?src=${encodeURIComponent(path)}&width=${size.width}&height=${size.height}`;
