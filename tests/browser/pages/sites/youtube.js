// YouTube's comment box: a plain contenteditable (#contenteditable-root) in ytd-commentbox, public.
import { contenteditable, expose } from './_editors.js';

expose(contenteditable(document.getElementById('contenteditable-root')), {
  search: '#search', login: ['#identifier', '#password'], send: '#submit-button button', audience: 'public', enterSends: false,
});
