// Discord: Slate for "Message #general" (Enter sends, no button); the search bar is Draft.js.
import { slate, draft, expose } from './_editors.js';

draft(document.getElementById('search-mount'), { ariaLabel: 'Search', placeholder: 'Search' });
expose(slate(document.getElementById('mount'), {
  role: 'textbox', 'aria-label': 'Message #general', 'aria-multiline': 'true', className: 'markup editor slateTextArea', placeholder: 'Message #general',
}), { search: '#search-mount .public-DraftEditor-content', login: ['#email', '#password'], send: null, audience: 'public', enterSends: true,
});
