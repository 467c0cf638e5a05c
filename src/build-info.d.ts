declare module 'virtual:customer-room/build' {
  /** The build's version (a hash of content and code) and when it was built. */
  const build: { version: string; built: string };
  export default build;
}
