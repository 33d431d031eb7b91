// Microsoft Teams (web): the message box is a CKEditor 5 editable tagged
// data-tid="ckeditor"; chats and channel posts stay inside the
// organisation, so private.
import { composeBox, nearestButton } from './_common.js';

export default {
  id: 'teams',
  hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
  isCompose(el) {
    return composeBox(el);
  },
  sendButton(el) {
    return nearestButton(el, /^(newMessageCommands-send|send|Send.*)$/i, { levels: 12 });
  },
  /** New Teams sends on Enter (Shift+Enter is a new line). */
  enterSends() {
    return true;
  },
  audience() {
    return 'private';
  },
};
