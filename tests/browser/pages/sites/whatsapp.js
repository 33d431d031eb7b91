// WhatsApp Web: Lexical for the message box in the chat footer and for the chat-list search.
import { lexical, expose } from './_editors.js';

lexical(document.getElementById('search'), { rich: false });
expose(lexical(document.getElementById('composer')), {
  search: '#search', login: ['#phone'], send: 'button[aria-label="Send"]', audience: 'private', enterSends: true,
});
