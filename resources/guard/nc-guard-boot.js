// SPDX-License-Identifier: GPL-3.0-or-later
/* nc-guard-boot.js — the only part of the guard that runs at page load:
 * the last piece of the guard's script (after nc-guard-ui.js and
 * nc-guard.js, whose functions are only declared), injected at document
 * start in every frame, in the guard's private world.
 *
 * It installs the guard's capturing listeners on the window, before any
 * script of the page (so a page's own listeners, even capturing ones on
 * the window that stop propagation, run after them), and nothing else:
 * no message to the UI process, no walk of the DOM, no warning surfaces.
 * The rest of the guard (ncGuardStart) starts at the first event that
 * needs it: a box that may take text got the focus, the child typed
 * (beforeinput, input), pressed Enter, clicked, or a form is submitted.
 * That event is then handed to it, so nothing typed before it started
 * is missed. Tests and the probe start it by reading window.ncGuardProbe
 * (this world only).
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

  function start () {
    if (guard === null)
      guard = ncGuardStart () || false;
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
