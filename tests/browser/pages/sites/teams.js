// Microsoft Teams (web): the message box is CKEditor 5's editable, tagged data-tid="ckeditor".
// CKEditor itself is not bundled here (see the site pages' README): a contenteditable with its markup.
import { contenteditable, expose } from './_editors.js';

expose(contenteditable(document.getElementById('composer')), {
  search: '#search', login: ['#email', '#password'], send: '[data-tid="newMessageCommands-send"]', audience: 'private',
});
