// A Reddit comment box: Slate in a form whose submit button says "Comment".
import { slate, expose } from './_editors.js';

expose(slate(document.getElementById('mount'), { role: 'textbox', 'aria-label': 'Comment', placeholder: 'Add a comment' }), {
  search: '#search', login: ['#username', '#password'], send: '#box button[type="submit"]', audience: 'public', enterSends: false,
});
