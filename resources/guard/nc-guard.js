/* nc-guard.js — the conduct guard, injected at document start in every frame
 * in NetConduct's private script world.
 *
 * Page scripts live in another world: they cannot see this code, its
 * variables, or the message handler it talks to. The native side prepends
 * `const NC_CONFIG = {...};` with the translated strings and the profile's
 * settings; this file holds no user-visible text of its own.
 *
 * It only builds DOM nodes with createElement and textContent (no innerHTML,
 * no eval), so it works under a strict Content-Security-Policy with Trusted
 * Types. Its look comes from the user style sheet nc-guard.css.
 */
(function () {
  'use strict';

  const config = NC_CONFIG;
  const S = config.strings;
  const handlers = window.webkit && window.webkit.messageHandlers;
  const port = handlers && handlers.netconduct;
  if (!port)
    return;

  const SEVERITY = { info: 0, warn: 1, block: 2 };
  const threshold = SEVERITY[config.threshold] ?? 1;
  const debounceMs = config.debounceMs;

  /* Everything the guard knows about one editor. */
  const editors = new WeakMap ();
  let active = false;
  let lastEditor = null;
  let bypass = false;
  let chip = null;
  let dialog = null;
  let seq = 0;

  /* State for tests, the probe and the benchmark, visible only in this
   * world. `phases`: performance.now() at each step of the last check that
   * drew a warning (input, timer, sent, reply, highlight, chip, frame,
   * painted), set once that frame is rendered. */
  const probe = { active: false, checks: 0, stopped: 0, findings: [], warningShown: false, lastInputAt: 0, phases: null };
  window.ncGuardProbe = probe;

  function send (message) {
    return port.postMessage (message);
  }

  /* The editor an event target belongs to: a textarea, a text input, or the
   * root of a contenteditable region (inside open shadow roots too, since
   * input events are composed). */
  function editorFor (node) {
    if (!node || node.nodeType !== 1)
      node = node && node.parentElement;
    if (!node)
      return null;
    if (node.closest && node.closest ('.nc-guard-ui'))
      return null;
    if (node.localName === 'textarea')
      return node;
    if (node.localName === 'input') {
      const type = (node.getAttribute ('type') || 'text').toLowerCase ();
      return (type === 'text' || type === 'search' || type === '') ? node : null;
    }
    if (node.isContentEditable) {
      let root = node;
      while (root.parentElement && root.parentElement.isContentEditable)
        root = root.parentElement;
      return root;
    }
    return null;
  }

  function stateOf (editor) {
    let state = editors.get (editor);
    if (!state) {
      state = { timer: 0, text: '', checked: null, findings: [], pending: null };
      editors.set (editor, state);
    }
    return state;
  }

  /* The text of an editor and, for contenteditable, a map from UTF-16
   * offsets back to DOM positions, so findings can be highlighted. */
  const BLOCKS = /^(address|article|blockquote|div|dl|dt|dd|h[1-6]|li|ol|p|pre|section|table|tr|ul)$/;

  function readEditor (editor) {
    if (editor.localName === 'textarea' || editor.localName === 'input')
      return { text: editor.value, pieces: null };

    const pieces = [];
    let text = '';
    const walker = document.createTreeWalker (editor, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    let node = walker.nextNode ();
    while (node) {
      if (node.nodeType === 3) {
        pieces.push ({ node, start: text.length });
        text += node.data;
      } else if (node.localName === 'br' || (BLOCKS.test (node.localName) && text.length > 0 && !text.endsWith ('\n'))) {
        text += '\n';
      }
      node = walker.nextNode ();
    }
    return { text, pieces };
  }

  function positionAt (pieces, offset) {
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i];
      if (offset >= piece.start)
        return { node: piece.node, offset: Math.min (offset - piece.start, piece.node.data.length) };
    }
    return null;
  }

  function highlight (editor, read, findings) {
    if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined')
      return;
    const ranges = [];
    if (read.pieces) {
      for (const finding of findings) {
        if (!(finding.end > finding.start))
          continue;   /* a finding about the whole draft marks no words */
        const start = positionAt (read.pieces, finding.start);
        const end = positionAt (read.pieces, finding.end);
        if (!start || !end)
          continue;
        const range = document.createRange ();
        try {
          range.setStart (start.node, start.offset);
          range.setEnd (end.node, end.offset);
          ranges.push (range);
        } catch (e) {
          /* the editor changed under us; the next check redraws */
        }
      }
    }
    const state = stateOf (editor);
    state.ranges = ranges;
    redrawHighlights ();
  }

  const highlighted = new Set ();

  function redrawHighlights () {
    if (typeof CSS === 'undefined' || !CSS.highlights)
      return;
    const all = [];
    for (const editor of highlighted) {
      if (!editor.isConnected) {
        highlighted.delete (editor);
        continue;
      }
      all.push (...(stateOf (editor).ranges || []));
    }
    if (all.length > 0)
      CSS.highlights.set ('nc-guard-problem', new Highlight (...all));
    else
      CSS.highlights.delete ('nc-guard-problem');
  }

  /* Small DOM helpers: nothing is ever parsed from a string. */
  function el (tag, className, text) {
    const node = document.createElement (tag);
    node.className = className;
    if (text !== undefined && text !== null)
      node.textContent = text;
    return node;
  }

  function button (className, label, onClick) {
    const node = el ('button', 'nc-guard-button ' + className, label);
    node.type = 'button';
    node.addEventListener ('click', (event) => {
      event.preventDefault ();
      event.stopPropagation ();
      onClick ();
    }, true);
    return node;
  }

  function learn (lesson) {
    send ({ kind: 'learn', lesson: lesson || '' });
  }

  function uiRoot () {
    return document.body || document.documentElement;
  }

  function findingBlock (finding) {
    const block = el ('div', 'nc-guard-finding');
    block.appendChild (el ('div', 'nc-guard-rule', finding.rule));
    block.appendChild (el ('div', 'nc-guard-explanation', finding.explanation));
    if (finding.suggestion)
      block.appendChild (el ('div', 'nc-guard-suggestion', S.tryInstead + ' ' + finding.suggestion));
    return block;
  }

  /* One entry per rule and explanation: two insults say the same thing. */
  function distinct (findings) {
    const seen = new Set ();
    return findings.filter ((f) => {
      const key = f.ref + '\u0000' + f.explanation;
      if (seen.has (key))
        return false;
      seen.add (key);
      return true;
    });
  }

  function hideChip () {
    if (chip) {
      chip.remove ();
      chip = null;
    }
  }

  /* The findings chip is built once per page and kept: a new check only
   * replaces its content when the findings changed. Its height, for
   * placing it above the editor, comes from a ResizeObserver, which reads
   * it after the frame's own layout instead of forcing one. */
  let findingsChip = null;
  let findingsKey = '';
  let chipHeight = 0;
  const CHIP_GAP = 6;

  function findingsChipFor (findings) {
    const key = distinct (findings).slice (0, 3).map ((f) => f.ref + '\u0000' + f.rule + '\u0000' +
                                                      f.explanation + '\u0000' + (f.suggestion || '')).join ('\u0001');
    if (!findingsChip) {
      findingsChip = el ('div', 'nc-guard-ui nc-guard-chip');
      findingsChip.setAttribute ('role', 'status');
      if (typeof ResizeObserver !== 'undefined')
        new ResizeObserver ((entries) => {
          for (const entry of entries)
            chipHeight = entry.borderBoxSize && entry.borderBoxSize[0] ? entry.borderBoxSize[0].blockSize
                                                                       : entry.contentRect.height;
        }).observe (findingsChip);
    }
    if (key !== findingsKey) {
      const nodes = [el ('div', 'nc-guard-title', S.chipTitle)];
      for (const finding of distinct (findings).slice (0, 3))
        nodes.push (findingBlock (finding));
      const actions = el ('div', 'nc-guard-actions');
      actions.appendChild (button ('nc-guard-learn', S.learnWhy, () => learn (findings[0].lesson)));
      actions.appendChild (button ('nc-guard-close', S.close, hideChip));
      nodes.push (actions);
      findingsChip.replaceChildren (...nodes);
      findingsKey = key;
    }
    return findingsChip;
  }

  /* Below the editor, or above it when it does not fit below and there is
   * more room above. All layout is read before anything is written, so
   * showing the chip never forces a layout of the page: the frame lays it
   * out once. */
  function placeChip (node, rect, viewHeight) {
    const below = viewHeight - rect.bottom - CHIP_GAP;
    const above = rect.top - CHIP_GAP;
    const style = node.style;

    style.setProperty ('--nc-guard-left', Math.max (rect.left, 4) + 'px');
    if (below >= (chipHeight || 160) || below >= above) {
      style.setProperty ('--nc-guard-top', Math.max (rect.bottom + CHIP_GAP, 0) + 'px');
      style.setProperty ('--nc-guard-bottom', 'auto');
    } else {
      style.setProperty ('--nc-guard-top', 'auto');
      style.setProperty ('--nc-guard-bottom', (viewHeight - rect.top + CHIP_GAP) + 'px');
    }
  }

  /* The warning chip by the editor: the rule, why, a kinder wording and
   * "Learn why". */
  function showChip (editor, findings, phases, layout) {
    if (findings.length === 0) {
      hideChip ();
      return;
    }
    /* Reads first (the page's layout is clean after the debounce)... */
    const rect = layout ? layout.rect : editor.getBoundingClientRect ();
    const viewHeight = layout ? layout.viewHeight : window.innerHeight;
    /* ...then writes. */
    const node = findingsChipFor (findings);
    if (chip !== node)
      hideChip ();
    placeChip (node, rect, viewHeight);
    if (!node.isConnected || node.parentNode !== uiRoot ())
      uiRoot ().appendChild (node);
    chip = node;
    if (phases) {
      phases.chip = performance.now ();
      requestAnimationFrame (() => {
        phases.frame = performance.now ();
        /* A task queued here runs once this frame's rendering update (the
         * one that draws the chip) is done. */
        setTimeout (() => {
          phases.painted = performance.now ();
          probe.phases = phases;
        }, 0);
      });
    }
    const refs = findings.map ((f) => f.ref);
    const key = refs.join (' ');
    if (stateOf (editor).shownRefs !== key) {
      stateOf (editor).shownRefs = key;
      send ({ kind: 'outcome', outcome: 'warning-shown', refs });
    }
  }

  function blocking (findings) {
    return findings.filter ((f) => (SEVERITY[f.severity] ?? 0) >= threshold);
  }

  /* Asks the native checker about the editor's text now. */
  async function check (editor, timerAt) {
    const state = stateOf (editor);
    const read = readEditor (editor);
    if (read.text === state.checked)
      return state.findings;
    const id = ++seq;
    const inputAt = probe.lastInputAt;
    state.text = read.text;
    const started = performance.now ();
    const phases = { origin: performance.timeOrigin, input: inputAt, timer: timerAt || started, sent: started };
    let reply;
    try {
      reply = await send ({ kind: 'draft', text: read.text, frame: String (location.href).slice (0, 2048) });
    } catch (e) {
      return state.findings;
    }
    if (!reply || id !== seq && readEditor (editor).text !== read.text)
      return state.findings;
    phases.reply = performance.now ();
    /* Findings come as a JSON string (cheaper to carry than an object). */
    if (typeof reply === 'string') {
      try {
        reply = JSON.parse (reply);
      } catch (e) {
        return state.findings;
      }
    }
    state.checked = read.text;
    state.findings = reply && Array.isArray (reply.findings) ? reply.findings : [];
    /* What the chip's place needs is read before the highlight and the
     * chip change anything. */
    const layout = state.findings.length > 0 ? { rect: editor.getBoundingClientRect (), viewHeight: window.innerHeight } : null;
    highlighted.add (editor);
    highlight (editor, read, state.findings);
    phases.highlight = performance.now ();
    showChip (editor, state.findings, phases, layout);
    probe.checks++;
    probe.findings = state.findings;
    probe.warningShown = probe.warningShown || state.findings.length > 0;
    return state.findings;
  }

  function schedule (editor) {
    const state = stateOf (editor);
    lastEditor = editor;
    clearTimeout (state.timer);
    state.pending = new Promise ((resolve) => {
      state.timer = setTimeout (() => {
        state.pending = null;
        resolve (check (editor, performance.now ()));
      }, debounceMs);
    });
  }

  /* Findings for a post attempt: waits for a check still to come. */
  async function currentFindings (editor) {
    const state = stateOf (editor);
    if (state.pending) {
      clearTimeout (state.timer);
      state.pending = null;
    }
    return check (editor);
  }

  function closeDialog () {
    if (dialog) {
      dialog.remove ();
      dialog = null;
    }
  }

  /* "Are you sure?": Edit, Post anyway (when the profile allows), Learn why. */
  function askSure (editor, findings, proceed) {
    closeDialog ();
    const refs = findings.map ((f) => f.ref);
    dialog = el ('div', 'nc-guard-ui nc-guard-dialog');
    dialog.setAttribute ('role', 'alertdialog');
    const box = el ('div', 'nc-guard-dialog-box');
    box.appendChild (el ('div', 'nc-guard-title', S.sureTitle));
    box.appendChild (el ('div', 'nc-guard-body', S.sureBody));
    for (const finding of distinct (findings).slice (0, 3))
      box.appendChild (findingBlock (finding));
    const actions = el ('div', 'nc-guard-actions');
    const edit = button ('nc-guard-edit', S.edit, () => {
      closeDialog ();
      send ({ kind: 'outcome', outcome: 'edited', refs });
      if (editor && editor.focus)
        editor.focus ();
    });
    actions.appendChild (edit);
    if (config.allowPostAnyway) {
      actions.appendChild (button ('nc-guard-post-anyway', S.postAnyway, () => {
        closeDialog ();
        send ({ kind: 'outcome', outcome: 'posted-anyway', refs });
        bypass = true;
        try {
          proceed ();
        } finally {
          bypass = false;
        }
      }));
    }
    actions.appendChild (button ('nc-guard-learn', S.learnWhy, () => learn (findings[0].lesson)));
    box.appendChild (actions);
    dialog.appendChild (box);
    uiRoot ().appendChild (dialog);
    send ({ kind: 'outcome', outcome: 'post-stopped', refs });
    probe.stopped++;
    edit.focus ();
  }

  /* Stops a post attempt, checks the draft, and either lets it through or
   * asks "Are you sure?". */
  function interceptPost (event, editor, proceed) {
    if (bypass || !active || !editor)
      return;
    const state = stateOf (editor);
    const known = blocking (state.findings);
    const fresh = state.checked === readEditor (editor).text && !state.pending;
    if (fresh && known.length === 0)
      return;
    event.preventDefault ();
    event.stopImmediatePropagation ();
    currentFindings (editor).then ((findings) => {
      const stop = blocking (findings);
      if (stop.length > 0) {
        askSure (editor, stop, proceed);
      } else {
        bypass = true;
        try {
          proceed ();
        } finally {
          bypass = false;
        }
      }
    });
  }

  function labelOf (node) {
    const label = node.getAttribute ('aria-label') || node.getAttribute ('title') ||
                  (node.localName === 'input' ? node.value : node.textContent) || '';
    return label.trim ().toLowerCase ().replace (/\s+/g, ' ');
  }

  function isPostButton (node) {
    const label = labelOf (node);
    if (label.length === 0 || label.length > 40)
      return null;
    for (const word of config.postLabels)
      if (label === word || label.startsWith (word + ' '))
        return 'post';
    for (const word of config.shareLabels)
      if (label === word || label.startsWith (word + ' '))
        return 'share';
    return null;
  }

  function showShareReminder () {
    hideChip ();
    chip = el ('div', 'nc-guard-ui nc-guard-chip nc-guard-share');
    chip.setAttribute ('role', 'status');
    chip.appendChild (el ('div', 'nc-guard-title', S.shareTitle));
    chip.appendChild (el ('div', 'nc-guard-explanation', S.shareBody));
    const actions = el ('div', 'nc-guard-actions');
    actions.appendChild (button ('nc-guard-learn', S.learnWhy, () => learn (config.shareLesson)));
    actions.appendChild (button ('nc-guard-close', S.close, hideChip));
    chip.appendChild (actions);
    chip.style.setProperty ('--nc-guard-top', '12px');
    chip.style.setProperty ('--nc-guard-right', '12px');
    uiRoot ().appendChild (chip);
    send ({ kind: 'outcome', outcome: 'share-reminder', refs: [config.shareRef] });
  }

  function onInput (event) {
    if (!active)
      return;
    const editor = editorFor (event.composedPath ()[0]);
    if (editor) {
      probe.lastInputAt = performance.now ();
      schedule (editor);
    }
  }

  function onKeyDown (event) {
    if (!active || event.key !== 'Enter' || event.shiftKey || event.isComposing)
      return;
    const editor = editorFor (event.composedPath ()[0]);
    if (!editor || editor.localName === 'textarea')
      return;
    const target = event.composedPath ()[0];
    interceptPost (event, editor, () => {
      const form = editor.form;
      if (form && form.requestSubmit)
        form.requestSubmit ();
      else
        target.dispatchEvent (new KeyboardEvent ('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true, composed: true }));
    });
  }

  function onClick (event) {
    if (!active || bypass)
      return;
    const path = event.composedPath ();
    for (const node of path) {
      if (node.nodeType !== 1)
        continue;
      if (node.closest ('.nc-guard-ui'))
        return;
      if (!node.matches ('button, [role="button"], input[type="submit"], input[type="button"], a'))
        continue;
      const kind = isPostButton (node);
      if (kind === 'share') {
        showShareReminder ();
        return;
      }
      if (kind === 'post') {
        const form = node.closest ('form');
        let editor = null;
        if (form)
          editor = [...form.querySelectorAll ('textarea, input, [contenteditable]')].map (editorFor)
            .find ((e) => e && readEditor (e).text.trim ().length > 0) || null;
        editor = editor || lastEditor;
        interceptPost (event, editor, () => node.click ());
      }
      return;
    }
  }

  function onSubmit (event) {
    if (!active || bypass)
      return;
    const form = event.target;
    const editor = [...form.querySelectorAll ('textarea, input')].map (editorFor).find ((e) => e && stateOf (e).text);
    if (editor)
      interceptPost (event, editor, () => form.requestSubmit ());
  }

  /* Editors such as Lexical handle beforeinput themselves and cancel it, so
   * no input event follows: both start the debounce, which reads the
   * editor once it has settled. */
  window.addEventListener ('beforeinput', onInput, true);
  window.addEventListener ('input', onInput, true);
  window.addEventListener ('keydown', onKeyDown, true);
  window.addEventListener ('click', onClick, true);
  window.addEventListener ('submit', onSubmit, true);

  /* The native side says whether this page is one the guard looks after. */
  /* The frame's address goes along: the native side guards a frame only
   * when both the page and the frame are social sites. */
  send ({ kind: 'hello', frame: String (location.href).slice (0, 2048) }).then ((reply) => {
    active = !!(reply && reply.active);
    probe.active = active;
  }, () => {
    active = false;
  });
}) ();
