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
  const closed = new WeakSet ();
  const apply = Reflect.apply;
  const has = WeakSet.prototype.has;
  const add = WeakSet.prototype.add;

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
      apply (add, closed, [root]);
      return root;
    },
    get shadowRoot () {
      const root = apply (rootOf.get, this, []);
      return root && apply (has, closed, [root]) ? null : root;
    },
    get mode () {
      return apply (has, closed, [this]) ? 'closed' : apply (modeOf.get, this, []);
    },
  };
  Object.defineProperty (proto, 'attachShadow', { ...Object.getOwnPropertyDescriptor (proto, 'attachShadow'),
                                                  value: wrapped.attachShadow });
  Object.defineProperty (proto, 'shadowRoot', { ...rootOf,
                                                get: Object.getOwnPropertyDescriptor (wrapped, 'shadowRoot').get });
  Object.defineProperty (ShadowRoot.prototype, 'mode', { ...modeOf,
                                                         get: Object.getOwnPropertyDescriptor (wrapped, 'mode').get });
}) ();
