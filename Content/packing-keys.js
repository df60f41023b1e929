/* Merchant Ops - the keyboard on the packing screens (queue, batch page, pack screen).
   A one-character key presses the element whose aria-keyshortcuts names it: a field gets the focus (its text
   selected), a button or a link is clicked. "?" shows or hides the list of the screen's keys (#packing-keys).
   No key fires while the cursor is in a field, while Ctrl, Alt or Cmd is held, or while a dialog is open; the pack
   screen's scan field keeps the keyboard, so there "?" + Enter shows the list. */
(function (window, document) {
    'use strict';

    var typedInputTypes = /^(text|search|number|email|tel|url|password|date|datetime-local|month|time|week)$/;

    function typingIn(element) {
        if (!element || element === document.body)
            return false;
        if (element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT')
            return true;
        return element.tagName === 'INPUT' && typedInputTypes.test(element.type);
    }

    function usable(element) {
        return !element.disabled && !element.closest('[hidden]') && element.getClientRects().length > 0;
    }

    function elementFor(key) {
        var wanted = key.toUpperCase();
        var elements = document.querySelectorAll('[aria-keyshortcuts]');
        for (var i = 0; i < elements.length; i++) {
            if (elements[i].getAttribute('aria-keyshortcuts').toUpperCase() === wanted && usable(elements[i]))
                return elements[i];
        }
        return null;
    }

    function press(element) {
        if (/^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
            element.focus();
            if (typeof element.select === 'function')
                element.select();
        } else {
            element.click();
        }
    }

    function list() {
        return document.getElementById('packing-keys');
    }

    function toggleList() {
        var dialog = list();
        if (!dialog)
            return;
        if (dialog.open)
            dialog.close();
        else
            dialog.showModal();
    }

    /* Tab enters a long table once: only the current row's links and buttons are in the tab order, and the arrow
       keys move to the same control of the row above or below. */
    function rows(table) {
        var body = table.tBodies[0];
        if (!body)
            return;

        function controls(row) {
            return Array.prototype.slice.call(row.querySelectorAll('a[href], button'));
        }

        var all = Array.prototype.slice.call(body.rows).filter(function (row) { return controls(row).length > 0; });
        if (all.length < 2)
            return;

        function makeCurrent(row) {
            all.forEach(function (other) {
                controls(other).forEach(function (control) { control.tabIndex = other === row ? 0 : -1; });
            });
        }

        makeCurrent(all[0]);
        body.addEventListener('focusin', function (e) {
            var row = e.target.closest('tr');
            if (all.indexOf(row) >= 0)
                makeCurrent(row);
        });
        body.addEventListener('keydown', function (e) {
            if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.ctrlKey || e.altKey || e.metaKey || typingIn(e.target))
                return;
            var row = e.target.closest('tr');
            var index = all.indexOf(row);
            var next = index < 0 ? null : all[index + (e.key === 'ArrowDown' ? 1 : -1)];
            if (!next)
                return;
            e.preventDefault();
            var targets = controls(next);
            targets[Math.min(Math.max(controls(row).indexOf(e.target), 0), targets.length - 1)].focus();
        });
    }

    function init() {
        var dialog = list();
        var opener = document.getElementById('packing-keys-open');
        if (dialog) {
            dialog.querySelectorAll('[data-packing-close]').forEach(function (button) {
                button.addEventListener('click', function () { dialog.close(); });
            });
        }
        if (opener)
            opener.addEventListener('click', toggleList);
        document.querySelectorAll('table[data-packing-rows]').forEach(rows);

        document.addEventListener('keydown', function (e) {
            if (e.defaultPrevented || e.repeat || e.ctrlKey || e.altKey || e.metaKey || e.isComposing)
                return;
            var open = document.querySelector('dialog[open]');
            if (e.key === '?' && dialog && (open === dialog || (!open && !typingIn(e.target)))) {
                e.preventDefault();
                toggleList();
                return;
            }
            if (open || typingIn(e.target) || e.key.length !== 1)
                return;
            var element = elementFor(e.key);
            if (!element)
                return;
            e.preventDefault();
            press(element);
        });
    }

    window.merchantOpsPackingKeys = { init: init, toggleList: toggleList };
})(window, document);
