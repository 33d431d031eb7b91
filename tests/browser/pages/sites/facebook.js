// Facebook's "Create post" dialog: Lexical on a div[role=textbox]; the privacy button says "Public".
import { lexical, expose } from './_editors.js';

expose(lexical(document.getElementById('composer')), {
  search: '#search', login: ['#email', '#pass'], send: '[aria-label="Post"]', audience: 'public', enterSends: false,
});
