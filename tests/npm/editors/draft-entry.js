// SPDX-License-Identifier: GPL-3.0-or-later
// A Draft.js editor in React, as older social sites build their compose boxes.
import React from 'react';
import ReactDOM from 'react-dom';
import { Editor, EditorState } from 'draft-js';

let current = EditorState.createEmpty();

function Compose () {
  const [state, setState] = React.useState(current);
  current = state;
  return React.createElement(Editor, {
    editorState: state,
    onChange: (next) => { current = next; setState(next); },
    placeholder: '…',
  });
}

window.editorText = () => current.getCurrentContent().getPlainText();
ReactDOM.render(React.createElement(Compose), document.getElementById('editor'), () => {
  window.editorReady = true;
});
