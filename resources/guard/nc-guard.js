// SPDX-License-Identifier: GPL-3.0-or-later
/* nc-guard.js — the conduct guard, in NetConduct's private script world
 * of a frame, evaluated there by the web extension and started only when
 * a page needs it (nc-guard-boot.js, injected at document start in every
 * frame: at the first focus of a box, typing, Enter, click or submission;
 * it then hands over that event).
 *
 * Page scripts live in another world: they cannot see this code, its
 * variables, or the message handler it talks to. It runs inside a
 * function of `NC_CONFIG` (the translated strings and the profile's
 * settings, from the boot's block) and `NC_HIGHLIGHT` (nc-guard-checker.c);
 * this file holds no user-visible text of its own.
 *
 * It only builds DOM nodes with createElement and textContent (no innerHTML,
 * no eval), so it works under a strict Content-Security-Policy with Trusted
 * Types.
 *
 * A hostile page cannot switch it off or fake it:
 * - its listeners are on the window, capturing, from before any script
 *   of the page (nc-guard-boot.js), so they run before the page's own;
 * - it is injected again when the page calls document.open() (WebKit
 *   does), and then only re-arms the running guard; a MutationObserver on
 *   the document re-arms it too, since document.open() erases listeners;
 * - shadow roots a page makes closed are open to this world (see
 *   nc-guard-shadow.js, in the page's world); a box in a closed root it
 *   still cannot read (one declared in the HTML) fails closed: a chip
 *   says it cannot be checked and a post from it is held;
 * - the chip and the dialog live in closed shadow roots made here (see
 *   nc-guard-ui.js), styled from inside, in the top layer, re-made when
 *   the page removes or changes them, and drawn in the topmost document of
 *   the same origin, so never inside an editable frame;
 * - a post stopped for "Are you sure?" stays stopped until the child
 *   answers in the guard's own dialog, whatever happens to its elements;
 * - the problem highlight has a random name (NC_HIGHLIGHT, per web view).
 */
/* Starts the guard in this frame: returns { handle (event), arm (),
 * probe }, or null when this world has no way to the native side. */
const ncGuardStart = function () {
  'use strict';

  const config = NC_CONFIG;
  const S = config.strings;
  const NcGuardUi = ncGuardUiParts ();
  const handlers = window.webkit && window.webkit.messageHandlers;
  const port = handlers && handlers.netconduct;
  if (!port)
    return null;

  const SEVERITY = { info: 0, warn: 1, block: 2 };
  const threshold = SEVERITY[config.threshold] ?? 1;
  /* Categories whose findings are reminders even at severity info (a
   * link's source, a claim to check, personal data). An offence at info
   * is one the checker lowered (a negation, a quotation, a story retold,
   * a child telling an adult what was said to them): nothing to show.
   * `care` (the writer's own despair) is one too, and a calm one: it
   * never stops a post and marks none of the child's words. `crude` (a
   * swear word aimed at no one, "hay vl") is shown with its word marked,
   * and never stops a post either. */
  const REMINDERS = new Set (['link', 'fake-news', 'personal-data', 'care', 'crude']);
  const CALM = new Set (['link', 'care', 'crude']);
  const debounceMs = config.debounceMs;

  /* Everything the guard knows about one editor. */
  const editors = new WeakMap ();
  /* Whether the native side looks after this page: null until it said
   * (the "hello" sent as the guard starts, answered by `ready`). */
  let active = null;
  let ready = null;
  /* Editors the child typed in since the guard started. */
  const touched = new WeakSet ();
  let lastEditor = null;
  let bypass = false;
  let seq = 0;
  const chipSurface = new NcGuardUi.Surface ('chip');
  const dialogSurface = new NcGuardUi.Surface ('dialog');
  const surfaces = { chip: chipSurface, dialog: dialogSurface };
  /* The post "Are you sure?" is holding: it goes only through the
   * dialog's own buttons, whatever happens to the dialog's elements. */
  let held = null;

  /* State for tests, the probe and the benchmark, visible only in this
   * world. `phases`: performance.now() at each step of the last check that
   * drew a warning (input, timer, sent, reply, highlight, chip, frame,
   * painted), set once that frame is rendered; `phases.chip` is when the
   * warning was committed to the DOM. `shown (kind)`, `text (kind)` and
   * `press (kind, action)` read and press the chip ('chip') and the
   * dialog ('dialog'), which the page's world cannot reach. */
  const probe = {
    active: false, checks: 0, stopped: 0, findings: [], warningShown: false, lastInputAt: 0, phases: null,
    highlightName: NC_HIGHLIGHT,
    held: () => held !== null,
    shown: (kind) => surfaces[kind].isShown (),
    text: (kind) => surfaces[kind].text (),
    press: (kind, action) => surfaces[kind].press (action),
    has: (kind, action) => surfaces[kind].isShown () && surfaces[kind].actions.has (action),
    panelClass: (kind) => surfaces[kind].isShown () ? surfaces[kind].panel.className : '',
    /* A point of the panel's own background (in its left padding). */
    backgroundPoint: (kind) => {
      if (!surfaces[kind].isShown ())
        return null;
      const rect = surfaces[kind].panel.getBoundingClientRect ();
      return [Math.round (rect.left + 5), Math.round (rect.top + rect.height / 2)];
    },
    panelStyle: (kind, name) => surfaces[kind].isShown () ? getComputedStyle (surfaces[kind].panel)[name] : '',
  };

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
    if (NcGuardUi.isOwnHost (node))
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

  /* Hosts whose closed shadow root holds a box the child typed in, which
   * this world cannot read: a root declared in the HTML
   * (<template shadowrootmode="closed">) is made by the parser, never
   * through attachShadow, so nc-guard-shadow.js cannot open it. Trusted
   * input from inside is retargeted to the host, which is no editor. */
  const unreadable = new WeakSet ();
  /* Elements whose own (user agent) shadow tree sends input events. */
  const NOT_HOSTS = /^(input|textarea|select|button|option|video|audio)$/;

  function unreadableHost (event, node) {
    return event.isTrusted && node && node.nodeType === 1 && !NcGuardUi.isOwnHost (node) &&
           !NOT_HOSTS.test (node.localName) && !node.isContentEditable && node.shadowRoot === null;
  }

  /* What the chip and "Are you sure?" say about such a box. */
  const UNCHECKED = {
    ref: config.uncheckedRef, lesson: config.uncheckedRef, severity: 'block',
    rule: S.uncheckedTitle, explanation: S.uncheckedBody, start: 0, end: 0,
  };

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
        /* A finding about the whole draft has no span to mark; the care
         * reminder marks none of the child's words. */
        if (!(finding.end > finding.start) || finding.category === 'care')
          continue;
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
      CSS.highlights.set (NC_HIGHLIGHT, new Highlight (...all));
    else
      CSS.highlights.delete (NC_HIGHLIGHT);
  }

  /* Small DOM helpers: nothing is ever parsed from a string. */
  function el (tag, className, text) {
    const node = document.createElement (tag);
    node.className = className;
    if (text !== undefined && text !== null)
      node.textContent = text;
    return node;
  }


  function learn (lesson) {
    send ({ kind: 'learn', lesson: lesson || '' });
  }

  function findingBlock (finding) {
    const block = el ('div', 'finding');
    block.appendChild (el ('div', 'rule', finding.rule));
    block.appendChild (el ('div', 'explanation', finding.explanation));
    if (finding.suggestion)
      block.appendChild (el ('div', 'suggestion', S.tryInstead + ' ' + finding.suggestion));
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
    chipSurface.hide ();
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
      findingsChip = el ('div', 'panel chip');
      findingsChip.setAttribute ('role', 'status');
      if (typeof ResizeObserver !== 'undefined')
        new ResizeObserver ((entries) => {
          for (const entry of entries)
            chipHeight = entry.borderBoxSize && entry.borderBoxSize[0] ? entry.borderBoxSize[0].blockSize
                                                                       : entry.contentRect.height;
        }).observe (findingsChip);
    }
    if (key !== findingsKey) {
      /* the care reminder alone: a calm card with a title of its own */
      const care = findings.every ((f) => f.category === 'care');
      findingsChip.classList.toggle ('care', care);
      const nodes = [el ('div', 'title', care ? S.careTitle : S.chipTitle)];
      for (const finding of distinct (findings).slice (0, 3))
        nodes.push (findingBlock (finding));
      const actions = el ('div', 'actions');
      chipSurface.actions.clear ();
      /* (the care card asks nothing "why": it opens where to find help) */
      actions.appendChild (chipSurface.button (document, 'learn', 'learn', care ? S.careMore : S.learnWhy,
                                               () => learn (findings[0].lesson)));
      actions.appendChild (chipSurface.button (document, 'close', 'close', S.close, hideChip));
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
  function placeChip (rect, viewHeight) {
    const below = viewHeight - rect.bottom - CHIP_GAP;
    const above = rect.top - CHIP_GAP;
    const left = Math.max (rect.left, 4);

    if (below >= (chipHeight || 160) || below >= above)
      return { top: Math.max (rect.bottom + CHIP_GAP, 0), left, bottom: 'auto', right: 'auto' };
    return { top: 'auto', left, bottom: viewHeight - rect.top + CHIP_GAP, right: 'auto' };
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
    chipSurface.show (node, placeChip (rect, viewHeight));
    if (phases) {
      phases.chip = performance.now ();
      requestAnimationFrame (() => {
        phases.frame = performance.now ();
        /* A task queued here runs once this frame's rendering update (the
         * one that draws the chip) is done. */
        setTimeout (() => {
          phases.painted = performance.now ();
          probe.phases = phases;
          reportTiming (phases);
        }, 0);
      });
      phases.requested = performance.now ();
    }
    const refs = findings.map ((f) => f.ref);
    const key = refs.join (' ');
    if (stateOf (editor).shownRefs !== key) {
      stateOf (editor).shownRefs = key;
      send ({ kind: 'outcome', outcome: 'warning-shown', refs });
    }
  }

  /* Benchmarks only (NC_CONFIG.timing, never set by the app): the steps
   * of a check that drew a warning go to the native side, which hands them
   * to nc-bench-browser (NcWebView::guard-timing). Call it once the
   * warning's frame is rendered, wherever the warning lives. */
  function reportTiming (phases) {
    if (config.timing)
      send ({ kind: 'timing', phases });
  }

  /* Whether the guard shows finding @f: at the profile's threshold or
   * above, or a reminder. */
  function worthShowing (f) {
    return (SEVERITY[f.severity] ?? 0) >= threshold || REMINDERS.has (f.category);
  }

  /* The share reminder (a link: check its source) and the care reminder
   * (the writer's own despair) never stop a post. */
  function blocking (findings) {
    return findings.filter ((f) => !CALM.has (f.category) && (SEVERITY[f.severity] ?? 0) >= threshold);
  }

  /* The checker in this web process (nc-guard-checker.h, put in this
   * world by the web extension): the draft is checked where it was typed,
   * without a trip to the UI process. null when it is not there or cannot
   * take this draft; the UI process's checker answers then. */
  function nativeCheck (text) {
    const native = typeof ncGuardNative === 'object' ? ncGuardNative : null;
    try {
      return native ? native.check (text) : null;
    } catch (e) {
      return null;
    }
  }

  /* Runs @action now when the page is guarded, or once the native side
   * said it is. */
  function whenActive (action) {
    if (active)
      action ();
    else if (active === null)
      ready.then (() => {
        if (active)
          action ();
      });
  }

  /* Asks the native checker about the editor's text now. */
  async function check (editor, timerAt) {
    const state = stateOf (editor);
    if (active === null)
      await ready;
    if (!active)
      return state.findings;
    const read = readEditor (editor);
    if (read.text === state.checked)
      return state.findings;
    const id = ++seq;
    const inputAt = probe.lastInputAt;
    state.text = read.text;
    const started = performance.now ();
    const phases = { origin: performance.timeOrigin, input: inputAt, timer: timerAt || started, sent: started };
    let reply = nativeCheck (read.text);
    if (reply === null || reply === undefined) {
      try {
        reply = await send ({ kind: 'draft', text: read.text, frame: String (location.href).slice (0, 2048) });
      } catch (e) {
        return state.findings;
      }
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
    state.findings = reply && Array.isArray (reply.findings) ? reply.findings.filter (worthShowing) : [];
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
    dialogSurface.hide ();
    held = null;
  }

  /* "Are you sure?": Edit, Post anyway (when the profile allows), Learn why. */
  function askSure (editor, findings, proceed) {
    closeDialog ();
    held = { editor };
    const refs = findings.map ((f) => f.ref);
    const dialog = el ('div', 'panel dialog');
    dialog.setAttribute ('role', 'alertdialog');
    const box = el ('div', 'dialog-box');
    box.appendChild (el ('div', 'title', S.sureTitle));
    box.appendChild (el ('div', 'body', S.sureBody));
    for (const finding of distinct (findings).slice (0, 3))
      box.appendChild (findingBlock (finding));
    const actions = el ('div', 'actions');
    dialogSurface.actions.clear ();
    const edit = dialogSurface.button (document, 'edit', 'edit', S.edit, () => {
      closeDialog ();
      send ({ kind: 'outcome', outcome: 'edited', refs });
      if (editor && editor.focus)
        editor.focus ();
    });
    actions.appendChild (edit);
    if (config.allowPostAnyway) {
      actions.appendChild (dialogSurface.button (document, 'post-anyway', 'post-anyway', S.postAnyway, () => {
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
    actions.appendChild (dialogSurface.button (document, 'learn', 'learn', S.learnWhy, () => learn (findings[0].lesson)));
    box.appendChild (actions);
    dialog.appendChild (box);
    dialogSurface.show (dialog, 'full');
    send ({ kind: 'outcome', outcome: 'post-stopped', refs });
    probe.stopped++;
    edit.focus ();
  }

  /* Lets a post through: @proceed sends it again past the guard. */
  function release (proceed) {
    bypass = true;
    try {
      proceed ();
    } finally {
      bypass = false;
    }
  }

  function stop (event) {
    event.preventDefault ();
    event.stopImmediatePropagation ();
  }

  /* A post the guard holds: "Are you sure?" for a box it cannot read,
   * else the draft is checked and either let through or asked about. */
  function judgePost (editor, proceed) {
    if (unreadable.has (editor)) {
      told.delete (editor);
      askSure (editor, [UNCHECKED], proceed);
      return;
    }
    currentFindings (editor).then ((findings) => {
      const stopping = blocking (findings);
      if (stopping.length > 0)
        askSure (editor, stopping, proceed);
      else
        release (proceed);
    });
  }

  /* Stops a post attempt, checks the draft, and either lets it through or
   * asks "Are you sure?". */
  function interceptPost (event, editor, proceed) {
    if (bypass || active === false || !editor)
      return;
    if (held) {
      /* "Are you sure?" is still waiting for an answer. */
      stop (event);
      dialogSurface.repair ();
      return;
    }
    if (active === null) {
      /* The guard has just started: whether this page is guarded is not
       * known yet. A post of something the child typed waits for it. */
      if (!touched.has (editor) && !unreadable.has (editor))
        return;
      stop (event);
      ready.then (() => active ? judgePost (editor, proceed) : release (proceed));
      return;
    }
    if (unreadable.has (editor)) {
      if (passOnce.has (editor)) {
        passOnce.delete (editor);
        return;
      }
      stop (event);
      judgePost (editor, proceed);
      return;
    }
    const state = stateOf (editor);
    const known = blocking (state.findings);
    const fresh = state.checked === readEditor (editor).text && !state.pending;
    if (fresh && known.length === 0)
      return;
    stop (event);
    judgePost (editor, proceed);
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
    const chip = el ('div', 'panel chip share');
    chip.setAttribute ('role', 'status');
    chip.appendChild (el ('div', 'title', S.shareTitle));
    chip.appendChild (el ('div', 'explanation', S.shareBody));
    const actions = el ('div', 'actions');
    chipSurface.actions.clear ();
    findingsKey = '';
    actions.appendChild (chipSurface.button (document, 'learn', 'learn', S.learnWhy, () => learn (config.shareLesson)));
    actions.appendChild (chipSurface.button (document, 'close', 'close', S.close, hideChip));
    chip.appendChild (actions);
    chipSurface.show (chip, { top: 12, right: 12, left: 'auto', bottom: 'auto' });
    send ({ kind: 'outcome', outcome: 'share-reminder', refs: [config.shareRef] });
  }

  /* Input from a box the guard cannot read: the chip says so when the
   * child starts typing there, and again after each held post. */
  const told = new WeakSet ();
  /* A held Enter cannot be sent again inside a root this world cannot
   * reach: "Post anyway" lets the next one from that box through, unless
   * the child types there first. */
  const passOnce = new WeakSet ();

  function onUnreadable (host) {
    lastEditor = host;
    unreadable.add (host);
    passOnce.delete (host);
    if (told.has (host))
      return;
    told.add (host);
    showChip (host, [UNCHECKED], null, null);
  }

  function onInput (event) {
    if (active === false)
      return;
    const target = event.composedPath ()[0];
    const editor = editorFor (target);
    if (editor) {
      touched.add (editor);
      probe.lastInputAt = performance.now ();
      schedule (editor);
    } else if (unreadableHost (event, target)) {
      /* Held from now on; the chip once the page is known guarded. */
      unreadable.add (target);
      whenActive (() => onUnreadable (target));
    }
  }

  /* A box the child may type in got the focus: the checker in this
   * process loads now (in a thread), not at the first check. */
  function onFocusIn (event) {
    if (active === false || typeof ncGuardNative !== 'object' || !editorFor (event.composedPath ()[0]))
      return;
    whenActive (() => {
      try {
        ncGuardNative.warm ();
      } catch (e) {
        /* the UI process's checker answers then */
      }
    });
  }

  function onKeyDown (event) {
    if (active === false || event.key !== 'Enter' || event.shiftKey || event.isComposing)
      return;
    const target = event.composedPath ()[0];
    /* A box the guard cannot read may be an input or a textarea: Enter
     * is held either way (Shift+Enter still makes a new line). */
    const editor = unreadable.has (target) ? target : editorFor (target);
    if (!editor || editor.localName === 'textarea')
      return;
    interceptPost (event, editor, unreadable.has (editor) ? () => {
      passOnce.add (editor);
      editor.focus ();
    } : () => {
      const form = editor.form;
      if (form && form.requestSubmit)
        form.requestSubmit ();
      else
        target.dispatchEvent (new KeyboardEvent ('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true, composed: true }));
    });
  }

  /* A click whose path starts at an element holding a root this world
   * cannot read (a box the child typed in, or a custom element whose
   * closed root was declared in the HTML): it may be that root's own Post
   * button, which no label can tell. Held like one while the draft needs
   * it (fail closed); "Post anyway" lets the next click there through. */
  function hiddenClickHost (node) {
    if (!node || node.nodeType !== 1 || NcGuardUi.isOwnHost (node) || NOT_HOSTS.test (node.localName) ||
        node.isContentEditable || node.shadowRoot !== null)
      return null;
    return unreadable.has (node) || node.localName.includes ('-') ? node : null;
  }

  const passClick = new WeakSet ();

  function onHiddenClick (event, host) {
    if (passClick.has (host)) {
      passClick.delete (host);
      return;
    }
    const editor = unreadable.has (host) ? host : lastEditor;
    if (!editor || unreadable.has (editor) && editor !== host && passOnce.has (editor))
      return;
    interceptPost (event, editor, () => {
      passOnce.delete (editor);
      passClick.add (host);
    });
  }

  function onClick (event) {
    if (active === false || bypass)
      return;
    const path = event.composedPath ();
    const hidden = hiddenClickHost (path[0]);
    if (hidden) {
      onHiddenClick (event, hidden);
      return;
    }
    for (const node of path) {
      if (node.nodeType !== 1)
        continue;
      if (NcGuardUi.isOwnHost (node))
        return;
      if (!node.matches ('button, [role="button"], input[type="submit"], input[type="button"], a'))
        continue;
      const kind = isPostButton (node);
      if (kind === 'share') {
        whenActive (showShareReminder);
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
    if (active === false || bypass)
      return;
    const form = event.target;
    const editor = [...form.querySelectorAll ('textarea, input')].map (editorFor)
      .find ((e) => e && (touched.has (e) || stateOf (e).text));
    if (editor)
      interceptPost (event, editor, () => form.requestSubmit ());
  }

  /* A frame's chip and dialog may be drawn in its parent's document:
   * they go with the frame. */
  function onPageHide (event) {
    if (!event.isTrusted)
      return;
    chipSurface.hide ();
    dialogSurface.hide ();
    held = null;
  }

  /* The events nc-guard-boot.js listens to (capturing, on the window).
   * Editors such as Lexical handle beforeinput themselves and cancel it,
   * so no input event follows: both start the debounce, which reads the
   * editor once it has settled. */
  const listeners = {
    beforeinput: onInput, input: onInput, keydown: onKeyDown, focusin: onFocusIn, click: onClick, submit: onSubmit,
  };

  /* Its own listener, again after document.open() (nc-guard-boot.js). */
  function arm () {
    window.addEventListener ('pagehide', onPageHide, true);
  }

  arm ();
  /* Is this page one the guard looks after? The frame's address goes
   * along: the native side guards a frame only when both the page and
   * the frame are social sites. */
  ready = send ({ kind: 'hello', frame: String (location.href).slice (0, 2048) }).then ((reply) => {
    active = !!(reply && reply.active);
    probe.active = active;
  }, () => {
    active = false;
  });

  return { handle: (event) => listeners[event.type] (event), arm, probe };
};
