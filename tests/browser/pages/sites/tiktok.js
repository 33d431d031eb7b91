// TikTok's comment box: Draft.js in [data-e2e="comment-input"], public.
import { draft, expose } from './_editors.js';

expose(draft(document.getElementById('mount'), { placeholder: 'Add comment...', ariaLabel: 'Add comment' }), {
  search: '#search', login: ['#username', '#password'], send: '[data-e2e="comment-post"]', audience: 'public', enterSends: true,
});
