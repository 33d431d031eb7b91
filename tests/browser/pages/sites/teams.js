// Microsoft Teams (web): the message box is CKEditor 5's editable, tagged data-tid="ckeditor".
import { ckeditor, expose } from './_editors.js';

expose(ckeditor(document.getElementById('composer'), {
  label: 'Type a message',
  attributes: { 'data-tid': 'ckeditor', 'aria-label': 'Type a message' },
}), { search: '#search', login: ['#email', '#password'], send: '[data-tid="newMessageCommands-send"]', audience: 'private', enterSends: true,
});
