// Mastodon's compose form: a React textarea; the visibility dropdown says "Followers" (private).
import { reactTextarea, expose } from './_editors.js';

expose(reactTextarea(document.getElementById('mount'), {
  className: 'autosuggest-textarea__textarea', 'aria-label': "What's on your mind?", placeholder: "What's on your mind?", rows: 4,
}), { search: '#search', login: ['#email', '#password'], send: '.compose-form__publish button', audience: 'private', enterSends: false,
});
