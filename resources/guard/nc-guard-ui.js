// SPDX-License-Identifier: GPL-3.0-or-later
/* nc-guard-ui.js — where the guard draws its chip and its "Are you
 * sure?" dialog, so that a page can neither reach them nor fake them.
 * Part of the guard's script (evaluated with nc-guard.js in the guard's
 * private world by the web extension, nc-guard-checker.c); NC_UI_CSS is
 * nc-guard-ui.css, given by the native side.
 *
 * - Drawn in the topmost document of the same origin (`frameElement`
 *   chain): a chip for an editor in a designMode or contenteditable frame
 *   goes to the parent's document, never into the child's draft.
 * - Each surface (chip, dialog) is a host element with a shadow root made
 *   closed from this world (the page's own attachShadow wrapper is not
 *   involved). The hosts live inside one more closed shadow root, on
 *   <body> (with a <slot> so the page renders as before): the page has no
 *   reference to them, its MutationObservers and querySelector do not see
 *   them, elementFromPoint answers <body>. Where <body> cannot take a root
 *   (it is editable, already has one, a frameset) the host is a child of
 *   <html> instead.
 * - Looks come from a style sheet adopted inside each root; the host's own
 *   place is set inline with `all: initial !important` and friends, which
 *   no page rule can override; the host is shown in the top layer
 *   (popover) where WebKit has it.
 * - A MutationObserver and a timer (while shown) put back what a page
 *   removed, replaced or restyled, at most a few times a second.
 * - What a page shows in the top layer after the host (a popover, a modal
 *   dialog, a full-screen element) would cover it: the host is shown
 *   again, which puts it back on top, before the page is drawn when the
 *   page's element came with an event or an `open` attribute
 *   (beforetoggle, fullscreenchange, a dialog's `open`), or at the next
 *   look of the timer (elements in the page's shadow roots).
 * - Buttons act on trusted clicks only: a page cannot press them.
 *
 * Nothing here runs at page load: ncGuardStart () (nc-guard.js) calls
 * ncGuardUiParts () once, when the guard starts.
 */
const ncGuardUiParts = function () {
  'use strict';

  const CSS_TEXT = NC_UI_CSS;
  const REPAIRS_PER_SECOND = 10;
  const HOST_BASE = [
    ['all', 'initial'], ['display', 'block'], ['position', 'fixed'], ['z-index', '2147483647'],
    ['margin', '0'], ['padding', '0'], ['border', '0'], ['background', 'transparent'],
    ['overflow', 'visible'], ['opacity', '1'], ['visibility', 'visible'], ['pointer-events', 'auto'],
    ['inset', 'auto'], ['width', 'auto'], ['height', 'auto'], ['max-width', 'none'], ['max-height', 'none'],
  ];

  /* The topmost window of the same origin above this one. */
  function uiWindow () {
    let win = window;
    try {
      while (win.parent !== win && win.frameElement)
        win = win.parent;
    } catch (e) {
      /* a parent of another origin: stop here */
    }
    return win;
  }

  /* Where this frame's viewport starts in @win's viewport. */
  function frameOffset (win) {
    let x = 0, y = 0;
    for (let w = window; w !== win && w.frameElement; w = w.parent) {
      const frame = w.frameElement;
      const rect = frame.getBoundingClientRect ();
      x += rect.left + frame.clientLeft;
      y += rect.top + frame.clientTop;
    }
    return { x, y };
  }

  function editable (doc) {
    return doc.designMode === 'on' || !!(doc.body && doc.body.isContentEditable);
  }

  /* The closed layer on <body> shared by the guards of every frame that
   * draws in @win (kept on that window's global of this world). */
  function layerFor (win) {
    const doc = win.document;
    const body = doc.body;
    let layer = win.ncGuardLayer;
    if (layer && layer.body === body && body && body.isConnected)
      return layer.root;
    win.ncGuardLayer = null;
    if (!body || body.localName !== 'body' || editable (doc))
      return null;
    try {
      const root = body.attachShadow ({ mode: 'closed' });
      root.appendChild (doc.createElement ('slot'));
      win.ncGuardLayer = { body, root };
      return root;
    } catch (e) {
      return null;
    }
  }

  function styleSheetFor (win) {
    if (win.ncGuardSheet === undefined) {
      try {
        const sheet = new win.CSSStyleSheet ();
        sheet.replaceSync (CSS_TEXT);
        win.ncGuardSheet = sheet;
      } catch (e) {
        win.ncGuardSheet = null;
      }
    }
    return win.ncGuardSheet;
  }

  const ownHosts = new WeakSet ();

  class Surface {
    constructor (kind) {
      this.kind = kind;
      this.panel = null;
      this.place = null;
      this.host = null;
      this.root = null;
      this.current = null;
      this.win = null;
      this.actions = new Map ();
      this.shown = false;
      this.repairs = [];
      this.retry = 0;
      this.poll = 0;
      this.observer = null;
      this.topWatch = null;
      this.onTopOf = new WeakSet ();
      this.promotedAt = 0;
    }

    /* A button of this surface: @action names it for the probe. The
     * guard clears `actions` when it fills the panel again. */
    button (doc, className, action, label, onPress) {
      const node = doc.createElement ('button');
      node.className = 'button ' + className;
      node.type = 'button';
      node.textContent = label;
      this.actions.set (action, onPress);
      node.addEventListener ('click', (event) => {
        event.preventDefault ();
        event.stopPropagation ();
        if (event.isTrusted)
          onPress ();
      });
      return node;
    }

    press (action) {
      const onPress = this.actions.get (action);
      if (!onPress || !this.isShown ())
        return false;
      onPress ();
      return true;
    }

    /* Shows @panel; @place is { top, left, bottom, right } in this
     * frame's viewport (px or 'auto'), or 'full' for the whole view. */
    show (panel, place) {
      this.panel = panel;
      this.place = place;
      this.shown = true;
      if (this.isShown () && this.stylesIntact ()) {
        this.fill ();
        this.styleHost ();
      } else {
        this.repair ();
      }
      this.watch ();
    }

    /* Puts the panel to show in the root, in place of the last one. */
    fill () {
      if (this.panel.parentNode !== this.root) {
        if (this.current)
          this.current.remove ();
        this.root.appendChild (this.panel);
      }
      this.current = this.panel;
    }

    hide () {
      this.shown = false;
      clearInterval (this.poll);
      this.poll = 0;
      this.unwatchTop ();
      if (this.observer)
        this.observer.disconnect ();
      this.observer = null;
      if (this.host)
        this.host.remove ();
      this.host = null;
      this.root = null;
      this.current = null;
      this.panel = null;
    }

    /* Shown, in place, and not tampered with. */
    isShown () {
      const host = this.host;
      if (!this.shown || !host || !host.isConnected || host.ownerDocument !== this.win.document)
        return false;
      if (typeof host.showPopover === 'function' && !host.matches (':popover-open'))
        return false;
      return host.style.getPropertyValue ('display') === 'block' &&
             host.style.getPropertyPriority ('display') === 'important';
    }

    text () {
      return this.isShown () && this.panel ? this.panel.textContent : '';
    }

    /* Builds the host again when it is gone, moved, restyled or hidden. */
    repair () {
      if (!this.shown || this.isShown () && this.stylesIntact ())
        return;
      const now = performance.now ();
      this.repairs = this.repairs.filter ((t) => now - t < 1000);
      if (this.repairs.length >= REPAIRS_PER_SECOND) {
        if (!this.retry)
          this.retry = setTimeout (() => {
            this.retry = 0;
            this.repair ();
          }, 250);
        return;
      }
      this.repairs.push (now);
      this.build ();
    }

    stylesIntact () {
      return this.host.style.cssText === this.cssText;
    }

    build () {
      const win = uiWindow ();
      const doc = win.document;
      if (this.host)
        this.host.remove ();
      const host = doc.createElement ('div');
      const root = host.attachShadow ({ mode: 'closed' });
      const sheet = styleSheetFor (win);
      if (sheet) {
        root.adoptedStyleSheets = [sheet];
      } else {
        const style = doc.createElement ('style');
        style.textContent = CSS_TEXT;
        root.appendChild (style);
      }
      ownHosts.add (host);
      this.host = host;
      this.root = root;
      this.current = null;
      this.win = win;
      this.fill ();
      this.styleHost ();
      const layer = layerFor (win);
      (layer || doc.documentElement).appendChild (host);
      if (typeof host.showPopover === 'function') {
        host.setAttribute ('popover', 'manual');
        try {
          host.showPopover ();
        } catch (e) {
          /* not connected: the next repair tries again */
        }
      }
      this.observe (layer ? null : doc.documentElement);
    }

    styleHost () {
      const style = this.host.style;
      const offset = frameOffset (this.win);
      for (const [name, value] of HOST_BASE)
        style.setProperty (name, value, 'important');
      if (this.place === 'full') {
        style.setProperty ('inset', '0', 'important');
        style.setProperty ('width', '100vw', 'important');
        style.setProperty ('height', '100vh', 'important');
      } else {
        const p = this.place;
        const px = (value, shift) => value === 'auto' || value === undefined ? 'auto' : (value + shift) + 'px';
        style.setProperty ('top', px (p.top, offset.y), 'important');
        style.setProperty ('left', px (p.left, offset.x), 'important');
        /* bottom and right count from the far edges of the views */
        const below = this.win === window ? 0 : this.win.innerHeight - offset.y - window.innerHeight;
        const beside = this.win === window ? 0 : this.win.innerWidth - offset.x - window.innerWidth;
        style.setProperty ('bottom', px (p.bottom, below), 'important');
        style.setProperty ('right', px (p.right, beside), 'important');
      }
      this.cssText = style.cssText;
    }

    /* Shows the host again, which puts it last in the top layer: above
     * whatever the page showed there since. Keeps the focus where it was
     * inside the surface. */
    promote () {
      const host = this.host;
      if (!this.isShown () || typeof host.hidePopover !== 'function')
        return;
      const focused = this.root.activeElement;
      try {
        host.hidePopover ();
        host.showPopover ();
      } catch (e) {
        /* the next repair builds it again */
      }
      this.promotedAt = performance.now ();
      if (focused && focused.isConnected)
        focused.focus ();
    }

    /* Whether something of the page may be drawn over the host: a page
     * element in the top layer not seen before, or another element where
     * the host's middle is (looked at once a second at most). */
    covered () {
      if (!this.isShown ())
        return false;
      const doc = this.win.document;
      let fresh = false;
      for (const selector of [':modal', ':popover-open', ':fullscreen']) {
        let found = [];
        try {
          found = doc.querySelectorAll (selector);
        } catch (e) {
          /* a selector this engine does not know */
        }
        for (const node of found) {
          if (!this.onTopOf.has (node)) {
            this.onTopOf.add (node);
            fresh = true;
          }
        }
      }
      if (fresh)
        return true;
      if (performance.now () - this.promotedAt < 1000)
        return false;
      const rect = (this.current || this.host).getBoundingClientRect ();
      const scope = this.host.getRootNode ();
      if (!(rect.width > 0 && rect.height > 0) || typeof scope.elementFromPoint !== 'function')
        return false;
      const hit = scope.elementFromPoint (rect.left + rect.width / 2, rect.top + rect.height / 2);
      return hit !== null && hit !== this.host;
    }

    /* Events that tell a page element is entering the top layer. */
    watchTop () {
      if (this.topWatch && this.topWatch.win === this.win)
        return;
      this.unwatchTop ();
      const win = this.win;
      const later = (event) => {
        if (!ownHosts.has (event.target) && (event.type !== 'beforetoggle' || event.newState === 'open'))
          queueMicrotask (() => this.promote ());
      };
      const dialogs = new MutationObserver ((records) => {
        if (records.some ((r) => !ownHosts.has (r.target) && r.target.hasAttribute ('open')))
          this.promote ();
      });
      dialogs.observe (win.document, { subtree: true, attributes: true, attributeFilter: ['open'] });
      for (const type of ['beforetoggle', 'toggle', 'fullscreenchange', 'webkitfullscreenchange'])
        win.addEventListener (type, later, true);
      this.topWatch = { win, later, dialogs };
    }

    unwatchTop () {
      const watch = this.topWatch;
      if (!watch)
        return;
      for (const type of ['beforetoggle', 'toggle', 'fullscreenchange', 'webkitfullscreenchange'])
        watch.win.removeEventListener (type, watch.later, true);
      watch.dialogs.disconnect ();
      this.topWatch = null;
    }

    /* A host outside the closed layer can be reached: watch it. */
    observe (parent) {
      if (this.observer)
        this.observer.disconnect ();
      const observer = new MutationObserver (() => this.repair ());
      observer.observe (this.win.document, { childList: true });
      if (parent) {
        observer.observe (parent, { childList: true });
        observer.observe (this.host, { attributes: true });
      }
      if (this.win.document.documentElement)
        observer.observe (this.win.document.documentElement, { childList: true });
      this.observer = observer;
    }

    /* A popover hidden by the page, or a layer lost with its <body>,
     * shows no mutation: look twice a second while shown. */
    watch () {
      this.watchTop ();
      if (!this.poll)
        this.poll = setInterval (() => {
          this.repair ();
          if (this.covered ())
            this.promote ();
        }, 500);
    }
  }

  return {
    Surface,
    isOwnHost: (node) => ownHosts.has (node),
  };
};
