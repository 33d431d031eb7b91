// Microsoft Teams (web): the message box is a CKEditor 5 editable tagged
// data-tid="ckeditor"; chats and channel posts stay inside the
// organisation, so private.
import { editable, isWritable, nearestButton } from './_common.js';

export default {
  id: 'teams',
  hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
  isCompose(el) {
    const host = editable(el);
    return !!host && isWritable(host) && host.matches('[data-tid="ckeditor"], .ck-editor__editable, [role="textbox"]');
  },
  sendButton(el) {
    return nearestButton(el, /^(newMessageCommands-send|send|Send.*)$/i, { levels: 12 });
  },
  audience() {
    return 'private';
  },
};
