// LinkedIn's share box: Quill, posting to "Anyone".
import { quill, expose } from './_editors.js';

expose(quill(document.getElementById('mount'), {
  placeholder: 'What do you want to talk about?',
  attributes: { role: 'textbox', 'aria-label': 'Text editor for creating content', 'aria-multiline': 'true' },
}), { search: '#search', login: ['#username', '#password'], send: '.share-actions__primary-action', audience: 'public', enterSends: false,
});
