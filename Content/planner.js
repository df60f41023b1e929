/* Merchant Ops - the planner's week page and block form.
   Blocks move and resize with the mouse (snapped to 15 minutes) or the keyboard (focus a block: arrows move it by
   15 minutes or a day, Shift+arrows resize it, Enter opens it, Space ticks it done). An occurrence of a series moves
   alone (PlannerOccurrence/Move); a one-off block is saved with its new time (Planner/MoveBlock, with its version).
   Every page works without this script (forms post and come back). Texts are written with textContent only. */
(function (window, document) {
    'use strict';

    var STEP = 15;

    /* ---------- local times "yyyy-MM-ddTHH:mm", counted in UTC so the browser's own zone never shifts them ---------- */

    function parse(text) {
        var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text || '');
        return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) : NaN;
    }

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function format(ms) {
        var d = new Date(ms);
        return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + 'T' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
    }

    /* ---------- requests: the form fields, the page's antiforgery token, a JSON answer { ok, message } ---------- */

    function post(url, fields) {
        var token = window.MerchantOps.antiforgeryToken();
        return fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
                'Accept': 'application/json',
                'RequestVerificationToken': token,
                'X-Requested-With': 'XMLHttpRequest'
            },
            body: window.MerchantOps.formBody(fields, token)
        }).then(function (response) {
            if (!response.ok)
                throw new Error(String(response.status));
            return response.json();
        }).then(function (answer) {
            if (answer && answer.error)
                return { ok: false, message: String(answer.error) };
            return answer;
        });
    }

    /* ---------- the week grid ---------- */

    function week(grid) {
        var announcer = document.getElementById('planner-announce');
        var firstHour = +grid.getAttribute('data-first-hour');
        var busy = false;
        var dragged = false;

        function announce(text) {
            if (announcer)
                announcer.textContent = text;
        }

        function dayBody(date) {
            var day = document.getElementById('planner-day-' + date);
            return day ? day.querySelector('.planner-day-body') : null;
        }

        function pixelsPerMinute(body) {
            var hours = +grid.getAttribute('data-last-hour') - firstHour;
            return body.getBoundingClientRect().height / (hours * 60) || 0.8;
        }

        /* Shows the block at its new place; a day outside this week (or hours outside the grid) reloads the page. */
        function place(block, start, minutes) {
            var body = dayBody(start.slice(0, 10));
            var top = (parse(start) - parse(start.slice(0, 10) + 'T00:00')) / 60000 - firstHour * 60;
            if (!body || top < 0 || top + minutes > (+grid.getAttribute('data-last-hour') - firstHour) * 60) {
                window.location.reload();
                return;
            }
            block.style.setProperty('--top', String(top));
            block.style.setProperty('--height', String(Math.max(minutes, STEP)));
            block.style.setProperty('--col', '0');
            block.style.setProperty('--cols', '1');
            if (block.parentNode !== body) {
                body.appendChild(block);
                block.focus();
            }
        }

        /* Saves a new start and duration; on refusal the block goes back where it was and the reason is said. */
        function save(block, start, minutes) {
            var oldStart = block.getAttribute('data-start');
            var oldMinutes = +block.getAttribute('data-minutes');
            var recurring = block.getAttribute('data-recurring') === 'true';
            var fields = recurring
                ? { blockId: block.getAttribute('data-block-id'), occurrenceStart: block.getAttribute('data-occurrence'), newStart: start, minutes: minutes }
                : { blockId: block.getAttribute('data-block-id'), version: block.getAttribute('data-version'), newStart: start, minutes: minutes };
            busy = true;
            place(block, start, minutes);
            return post(grid.getAttribute(recurring ? 'data-move-url' : 'data-move-block-url'), fields).then(function (answer) {
                if (answer.ok) {
                    block.setAttribute('data-start', start);
                    block.setAttribute('data-minutes', String(minutes));
                    if (!recurring) {
                        /* a one-off block's only occurrence starts where the block now starts */
                        block.setAttribute('data-occurrence', start);
                        block.setAttribute('data-version', String(answer.version));
                    }
                    announce(grid.getAttribute('data-moved-text').replace('{0}', start.replace('T', ' ')).replace('{1}', String(minutes)));
                } else {
                    place(block, oldStart, oldMinutes);
                    announce(answer.message);
                }
            }).catch(function () {
                place(block, oldStart, oldMinutes);
                announce(grid.getAttribute('data-failed-text'));
            }).then(function () {
                busy = false;
            });
        }

        function toggleDone(block) {
            var done = block.getAttribute('data-done') === 'true';
            busy = true;
            return post(grid.getAttribute(done ? 'data-undo-url' : 'data-done-url'), {
                blockId: block.getAttribute('data-block-id'),
                occurrenceStart: block.getAttribute('data-occurrence')
            }).then(function (answer) {
                if (answer.ok) {
                    block.setAttribute('data-done', done ? 'false' : 'true');
                    block.classList.toggle('is-done', !done);
                    block.classList.remove('is-late');
                    var button = block.querySelector('.planner-done');
                    var form = block.querySelector('.planner-done-form');
                    if (button)
                        button.setAttribute('aria-pressed', done ? 'false' : 'true');
                    if (form)
                        form.setAttribute('action', grid.getAttribute(done ? 'data-done-url' : 'data-undo-url'));
                }
                announce(answer.message);
            }).catch(function () {
                announce(grid.getAttribute('data-failed-text'));
            }).then(function () {
                busy = false;
            });
        }

        grid.addEventListener('keydown', function (e) {
            var block = e.target;
            if (!block.classList || !block.classList.contains('planner-block') || busy)
                return;
            if (e.key === 'Enter') {
                e.preventDefault();
                window.location.href = block.getAttribute('data-edit-url');
                return;
            }
            if (e.key === ' ' || e.key === 'Spacebar') {
                e.preventDefault();
                if (block.getAttribute('data-skipped') !== 'true')
                    toggleDone(block);
                return;
            }
            var moves = { ArrowUp: [-STEP, 0], ArrowDown: [STEP, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
            var move = moves[e.key];
            if (!move || block.getAttribute('data-skipped') === 'true')
                return;
            e.preventDefault();
            var start = parse(block.getAttribute('data-start'));
            var minutes = +block.getAttribute('data-minutes');
            if (e.shiftKey) {
                if (move[0] === 0)
                    return;
                save(block, format(start), Math.max(STEP, minutes + move[0]));
            } else
                save(block, format(start + (move[0] + move[1] * 1440) * 60000), minutes);
        });

        /* A drag that ends on the block's title is not a click on it. */
        grid.addEventListener('click', function (e) {
            if (dragged) {
                dragged = false;
                e.preventDefault();
            }
        }, true);

        /* The mouse: drag a block to move it (across days too), drag its bottom edge to resize it. */
        grid.addEventListener('pointerdown', function (e) {
            var block = e.target.closest ? e.target.closest('.planner-block') : null;
            if (!block || busy || e.button !== 0 || block.getAttribute('data-skipped') === 'true' || e.target.closest('button, form, .planner-live'))
                return;
            var resizing = e.target.classList.contains('planner-resize');
            var body = block.parentNode;
            var perMinute = pixelsPerMinute(body);
            var startMs = parse(block.getAttribute('data-start'));
            var minutes = +block.getAttribute('data-minutes');
            var days = Array.prototype.slice.call(grid.querySelectorAll('.planner-day-body'));
            var x0 = e.clientX, y0 = e.clientY;
            var target = { start: format(startMs), minutes: minutes };
            e.preventDefault();
            block.focus();

            function onMove(ev) {
                var delta = Math.round((ev.clientY - y0) / perMinute / STEP) * STEP;
                if (resizing) {
                    target = { start: format(startMs), minutes: Math.max(STEP, minutes + delta) };
                } else {
                    var over = days.filter(function (d) {
                        var r = d.getBoundingClientRect();
                        return ev.clientX >= r.left && ev.clientX < r.right;
                    })[0];
                    var dayShift = over ? (parse(over.parentNode.getAttribute('data-date') + 'T00:00') - parse(format(startMs).slice(0, 10) + 'T00:00')) / 86400000 : 0;
                    target = { start: format(startMs + (delta + dayShift * 1440) * 60000), minutes: minutes };
                }
                block.classList.add('is-dragging');
                place(block, target.start, target.minutes);
            }

            function onUp(ev) {
                document.removeEventListener('pointermove', onMove);
                document.removeEventListener('pointerup', onUp);
                block.classList.remove('is-dragging');
                if (Math.abs(ev.clientX - x0) + Math.abs(ev.clientY - y0) < 3)
                    return;
                dragged = true;
                if (target.start !== format(startMs) || target.minutes !== minutes)
                    save(block, target.start, target.minutes);
            }

            document.addEventListener('pointermove', onMove);
            document.addEventListener('pointerup', onUp);
        });
    }

    /* ---------- day tabs (narrow screens show one day) and the filter ---------- */

    function tabs() {
        var buttons = Array.prototype.slice.call(document.querySelectorAll('.planner-tab'));
        buttons.forEach(function (button) {
            button.addEventListener('click', function () {
                var date = button.getAttribute('data-day');
                buttons.forEach(function (other) {
                    var on = other === button;
                    other.classList.toggle('is-active', on);
                    other.setAttribute('aria-selected', on ? 'true' : 'false');
                });
                Array.prototype.forEach.call(document.querySelectorAll('.planner-day'), function (day) {
                    day.classList.toggle('is-active', day.getAttribute('data-date') === date);
                });
            });
        });
    }

    function filter(form) {
        Array.prototype.forEach.call(form.querySelectorAll('select, input[type="checkbox"]'), function (input) {
            input.addEventListener('change', function () {
                form.submit();
            });
        });
    }

    /* ---------- the block form: only the parts of the chosen recurrence; delete asks first ---------- */

    function blockForm(form) {
        var repeat = document.getElementById('Repeat');
        var end = document.getElementById('RepeatEnd');

        function show() {
            Array.prototype.forEach.call(form.querySelectorAll('.planner-repeat-part'), function (part) {
                part.hidden = part.getAttribute('data-repeat').split(' ').indexOf(repeat.value) < 0;
            });
            document.getElementById('RepeatUntil').hidden = end.value !== '1';
            document.getElementById('RepeatCount').hidden = end.value !== '2';
        }

        if (repeat && end) {
            repeat.addEventListener('change', show);
            end.addEventListener('change', show);
            show();
        }

        var deleteForm = document.getElementById('planner-delete-form');
        var deleteButton = document.getElementById('planner-delete');
        if (deleteForm && deleteButton)
            deleteForm.addEventListener('submit', function (e) {
                if (!window.confirm(deleteButton.getAttribute('data-confirm')))
                    e.preventDefault();
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var grid = document.getElementById('planner-week');
        if (grid)
            week(grid);
        tabs();
        var filterForm = document.getElementById('planner-filter');
        if (filterForm)
            filter(filterForm);
        var form = document.getElementById('planner-block-form');
        if (form)
            blockForm(form);
    });
})(window, document);
