// Threads: Lexical composer, public.
import { lexical, expose } from './_editors.js';

expose(lexical(document.getElementById('composer')), {
  search: '#search', login: ['#username', '#password'], send: '#box [role="button"]', audience: 'public', enterSends: false,
});
