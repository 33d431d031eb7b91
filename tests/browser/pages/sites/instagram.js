// Instagram Direct: a Lexical "Message" box in a conversation, private.
import { lexical, expose } from './_editors.js';

expose(lexical(document.getElementById('composer')), {
  search: '#search', login: ['#username', '#password'], send: '#box [role="button"]', audience: 'private', enterSends: true,
});
