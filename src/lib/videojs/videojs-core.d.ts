// video.js ships the core build (no HLS/DASH streaming engine) without its own type entry.
declare module 'video.js/core.es.js' {
  import videojs from 'video.js';
  export default videojs;
}
