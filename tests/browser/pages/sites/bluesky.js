// Bluesky's composer: Tiptap (ProseMirror), "Rich-Text Editor".
import { tiptap, expose } from './_editors.js';

expose(tiptap(document.getElementById('mount'), { role: 'textbox', 'aria-label': 'Rich-Text Editor', translate: 'no' }), {
  search: '#search', login: ['#username', '#password'], send: '[data-testid="composerPublishBtn"]', audience: 'public', enterSends: false,
});
