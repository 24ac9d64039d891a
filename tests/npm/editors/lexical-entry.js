// SPDX-License-Identifier: GPL-3.0-or-later
// A plain-text Lexical editor, as social sites build their compose boxes.
import { $getRoot, createEditor } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';

const root = document.getElementById('editor');
const editor = createEditor({ namespace: 'netconduct-test', onError: (error) => { throw error; } });
editor.setRootElement(root);
registerPlainText(editor);
window.editorText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
window.editorReady = true;
