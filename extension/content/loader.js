// Classic content script: content scripts cannot be ES modules, so this
// imports the real one (main.js, a web-accessible resource) into the same
// isolated world.
(() => {
  if (globalThis.__secondThoughtLoading) return;
  globalThis.__secondThoughtLoading = true;
  import(chrome.runtime.getURL('content/main.js')).catch((err) => {
    console.warn('Second Thought could not start on this page:', err && err.message);
  });
})();
