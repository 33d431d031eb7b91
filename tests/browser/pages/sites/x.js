// X's post composer: Draft.js whose contenteditable carries data-testid="tweetTextarea_0".
import { draft, expose } from './_editors.js';

expose(draft(document.getElementById('mount'), { webDriverTestID: 'tweetTextarea_0', ariaLabel: 'Post text', ariaMultiLine: true, role: 'textbox', placeholder: "What's happening?" }), {
  search: '#search', login: ['#username', '#password'], send: '[data-testid="tweetButtonInline"]', audience: 'public', enterSends: false,
});
