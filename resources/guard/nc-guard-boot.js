// SPDX-License-Identifier: GPL-3.0-or-later
/* nc-guard-boot.js — the only part of the guard injected at page load,
 * at document start in every frame, in the guard's private world, after
 * `const NC_CONFIG` and `const NC_HIGHLIGHT` (nc-browser-context.c).
 *
 * It installs the guard's capturing listeners on the window, before any
 * script of the page (so a page's own listeners, even capturing ones on
 * the window that stop propagation, run after them), and nothing else:
 * no message to the UI process, no walk of the DOM, no warning surfaces.
 * The rest of the guard (nc-guard-ui.js, nc-guard.js) is not even
 * parsed: the web extension evaluates it in this world when it is first
 * needed (ncGuardNative.load (), nc-guard-checker.h), and it starts
 * (ncGuardStart) at the first event that needs it: a box that may take
 * text got the focus, the child typed (beforeinput, input), pressed
 * Enter, clicked, or a form is submitted. That event is then handed to
 * it, so nothing typed before it started is missed. When the rest cannot
 * be had, this frame fails closed (holdPosts). Tests and the probe start
 * it by reading window.ncGuardProbe (this world only).
 */
(function () {
  'use strict';

  /* Injected again into the same window (document.open): re-arm only. */
  if (window.ncGuardBoot) {
    window.ncGuardBoot.rearm ();
    return;
  }

  const TYPES = ['beforeinput', 'input', 'keydown', 'focusin', 'click', 'submit'];
  let guard = null;

  /* The rest of the guard could not be had: nothing can be checked, so
   * on a page the guard looks after (asked with `hello`, as the guard
   * does; held until it answers), once the child typed in this frame,
   * what may post it is held: Enter outside a textarea (Shift+Enter still
   * makes a new line), a form's submission, a click on a button or on a
   * custom element. Nothing is shown: the surfaces are in what failed. */
  function holdPosts () {
    const handlers = window.webkit && window.webkit.messageHandlers;
    const port = handlers && handlers.netconduct;
    let active = null;
    let typed = false;
    if (!port)
      return false;
    port.postMessage ({ kind: 'hello', frame: String (location.href).slice (0, 2048) })
      .then ((reply) => { active = !!(reply && reply.active); }, () => { active = false; });

    function isButton (node) {
      return node.nodeType === 1 &&
             (node.localName === 'button' || node.localName.includes ('-') || node.getAttribute ('role') === 'button' ||
              node.localName === 'input' && /^(submit|button|image)$/.test (node.type));
    }

    function mayPost (event) {
      const path = event.composedPath ();
      switch (event.type) {
        case 'submit':
          return true;
        case 'keydown':
          return event.key === 'Enter' && !event.shiftKey && !event.isComposing &&
                 !!path[0] && path[0].localName !== 'textarea';
        case 'click':
          return path.some (isButton);
        default:
          return false;
      }
    }

    function handle (event) {
      if (active === false)
        return;
      if (event.type === 'input' || event.type === 'beforeinput')
        typed = true;
      else if (typed && mayPost (event)) {
        event.preventDefault ();
        event.stopImmediatePropagation ();
      }
    }

    const probe = { failed: true, get active () { return active === true; }, held: () => active !== false && typed };
    return { handle, arm () {}, probe };
  }

  /* The rest of the guard, made in this world by the web extension (a
   * function (NC_CONFIG, NC_HIGHLIGHT) returning ncGuardStart), then
   * started; false when this world has no way to the UI process. */
  function start () {
    if (guard !== null)
      return guard;
    let begin = null;
    try {
      begin = ncGuardNative.load () (NC_CONFIG, NC_HIGHLIGHT);
    } catch (e) {
      /* no extension, or its script failed: held below */
    }
    guard = typeof begin === 'function' ? begin () || false : holdPosts ();
    return guard;
  }

  /* Whether @event needs the guard when it has not started yet. A focus
   * only when it may go to a box that takes text (an input, a textarea,
   * an editable region, a custom element or a host whose root this world
   * cannot see into); a key only when it is Enter (the guard holds no
   * other key); typing, clicks and submissions always. */
  function needsGuard (event) {
    if (event.type === 'keydown')
      return event.key === 'Enter';
    if (event.type !== 'focusin')
      return true;
    const node = event.composedPath ()[0];
    return !!node && node.nodeType === 1 &&
           (node.localName === 'input' || node.localName === 'textarea' || node.isContentEditable ||
            node.localName.includes ('-') || node.shadowRoot !== null);
  }

  function onEvent (event) {
    if (guard === null && !needsGuard (event))
      return;
    const started = start ();
    if (started)
      started.handle (event);
  }

  /* Adding a listener that is already there does nothing. */
  function arm () {
    for (const type of TYPES)
      window.addEventListener (type, onEvent, true);
    if (guard)
      guard.arm ();
  }

  /* For tests and the probe, in this world only: `started` tells whether
   * the rest of the guard runs (reading ncGuardProbe starts it). */
  Object.defineProperty (window, 'ncGuardBoot', {
    value: Object.freeze ({ rearm: arm, get started () { return guard !== null; } }),
  });
  Object.defineProperty (window, 'ncGuardProbe', { get: () => start () ? guard.probe : undefined });
  arm ();
  /* document.open() erases every listener of the window and the
   * document, then the page writes a new <html>: seen here. */
  new MutationObserver (arm).observe (document, { childList: true });
}) ();
