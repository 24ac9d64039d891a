// SPDX-License-Identifier: GPL-3.0-or-later
/* nc-guard-shadow.js — the only guard code in the page's own world,
 * injected at document start in every frame (about:blank frames too,
 * before their parent can reach them), before any script of the page.
 *
 * Isolated worlds share the DOM but not JavaScript, so the guard cannot
 * see into a shadow root the page made with {mode: 'closed'}. Here every
 * shadow root is made open at the DOM level, which the guard's world can
 * read, while the page's own world still sees what it asked for:
 * `element.shadowRoot` is null and `root.mode` is 'closed'. A page that
 * takes attachShadow from a fresh frame gets this same wrapper, since the
 * frame ran this script first. It holds no data and talks to nobody. */
(() => {
  'use strict';
  const proto = Element.prototype;
  const attach = proto.attachShadow;
  const rootOf = Object.getOwnPropertyDescriptor (proto, 'shadowRoot');
  const modeOf = Object.getOwnPropertyDescriptor (ShadowRoot.prototype, 'mode');
  if (typeof attach !== 'function' || !rootOf || !modeOf)
    return;
  const apply = Reflect.apply;
  const has = WeakSet.prototype.has;
  const add = WeakSet.prototype.add;

  /* Which roots the page asked to be closed, shared by every realm of the
   * same origin in this frame tree (a root made with a frame's
   * attachShadow is read through the parent's getters). Kept on the
   * topmost window of the same origin; the page could find it and fool
   * itself with it, never the guard, which does not use it. */
  const KEY = Symbol.for ('netconduct.closed-shadow-roots');
  let home = window;
  try {
    while (home.parent !== home && home.parent.document)
      home = home.parent;
  } catch (e) {
    /* a parent of another origin */
  }
  let closed = home[KEY];
  if (!closed) {
    closed = new WeakSet ();
    try {
      Object.defineProperty (home, KEY, { value: closed });
    } catch (e) {
      /* the page took the name: this realm keeps its own */
    }
  }
  const isClosed = (root) => {
    try {
      return apply (has, closed, [root]);
    } catch (e) {
      return false;
    }
  };

  const wrapped = {
    attachShadow (init) {
      const asked = init !== null && typeof init === 'object' ? init.mode : undefined;
      if (asked !== 'closed')
        return apply (attach, this, [init]);
      const options = {};
      for (const key of ['clonable', 'delegatesFocus', 'serializable', 'slotAssignment', 'customElementRegistry'])
        if (init[key] !== undefined)
          options[key] = init[key];
      options.mode = 'open';
      const root = apply (attach, this, [options]);
      try {
        apply (add, closed, [root]);
      } catch (e) {
        /* the root stays open to the page too */
      }
      return root;
    },
    get shadowRoot () {
      const root = apply (rootOf.get, this, []);
      return root && isClosed (root) ? null : root;
    },
    get mode () {
      return isClosed (this) ? 'closed' : apply (modeOf.get, this, []);
    },
  };
  Object.defineProperty (proto, 'attachShadow', { ...Object.getOwnPropertyDescriptor (proto, 'attachShadow'),
                                                  value: wrapped.attachShadow });
  Object.defineProperty (proto, 'shadowRoot', { ...rootOf,
                                                get: Object.getOwnPropertyDescriptor (wrapped, 'shadowRoot').get });
  Object.defineProperty (ShadowRoot.prototype, 'mode', { ...modeOf,
                                                         get: Object.getOwnPropertyDescriptor (wrapped, 'mode').get });
}) ();
