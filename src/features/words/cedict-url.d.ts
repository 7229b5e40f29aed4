/** The browser's dictionary, emitted by scripts/vite-words-plugin.ts under a content-hashed name. */
declare module 'virtual:cedict-url' {
  const url: string;
  export default url;
}
