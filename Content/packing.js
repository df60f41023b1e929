/* Merchant Ops - packing screens (queue, batch page, pack screen).
   Keyboard first: on the pack screen a USB barcode scanner types into the scan field and presses Enter.
   Every value that comes from customers or staff is written with textContent, never as HTML. */
(function (window, document) {
    'use strict';

    function byId(id) {
        return document.getElementById(id);
    }

    /* The shared AJAX POST (merchantops.js, loaded first): form-encoded, antiforgery token, JSON answer. */
    function post(url, fields) {
        return window.MerchantOps.post(url, fields);
    }

    /* ---------- sound: a short high beep for a good scan, a low double buzz for a refusal ---------- */

    var audioContext = null;

    function tone(context, frequency, type, start, duration) {
        var oscillator = context.createOscillator();
        var gain = context.createGain();
        oscillator.type = type;
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.25, context.currentTime + start);
        gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + start + duration);
        oscillator.connect(gain);
        gain.connect(context.destination);
        oscillator.start(context.currentTime + start);
        oscillator.stop(context.currentTime + start + duration);
    }

    var sounds = {
        accepted: [[1046, 'sine', 0, 0.09]],
        packed: [[880, 'sine', 0, 0.09], [1318, 'sine', 0.1, 0.15]],
        shipped: [[784, 'sine', 0, 0.1], [1046, 'sine', 0.11, 0.1], [1568, 'sine', 0.22, 0.18]],
        refused: [[196, 'square', 0, 0.22], [147, 'square', 0.27, 0.32]]
    };

    function beep(kind) {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!Context)
            return;
        try {
            audioContext = audioContext || new Context();
            if (audioContext.state === 'suspended' && audioContext.resume)
                audioContext.resume();
            (sounds[kind] || sounds.refused).forEach(function (note) {
                tone(audioContext, note[0], note[1], note[2], note[3]);
            });
        } catch (e) {
            /* no sound device: the visible signal remains */
        }
    }

    /* ---------- queue ---------- */

    /* The product filter: what is typed is searched (name or SKU) on the server, the matches are offered in a
       datalist (as text), and the chosen product's id goes into the hidden ProductId the grid sends. */
    function productFilter(input, list, hidden) {
        if (!input || !list || !hidden)
            return;
        var timer = null;
        var lastTerm = null;
        var choices = [];

        function label(product) {
            return product.Sku ? product.Name + ' (' + product.Sku + ')' : product.Name;
        }

        function choose() {
            var text = input.value;
            var match = choices.filter(function (product) { return label(product) === text; })[0];
            hidden.value = match ? String(match.Id) : '0';
            input.classList.toggle('is-valid', !!match);
        }

        function search() {
            var term = input.value.trim();
            if (term.length < 2 || term === lastTerm)
                return;
            lastTerm = term;
            post(input.getAttribute('data-search-url'), { term: term }).then(function (found) {
                if (!Array.isArray(found) || input.value.trim() !== term)
                    return;
                choices = found;
                while (list.firstChild)
                    list.removeChild(list.firstChild);
                found.forEach(function (product) {
                    var option = document.createElement('option');
                    option.value = label(product);
                    list.appendChild(option);
                });
                choose();
            }).catch(function () { });
        }

        input.addEventListener('input', function () {
            choose();
            if (timer)
                window.clearTimeout(timer);
            /* a product of the list was chosen: searching its label would find nothing and undo the choice */
            if (hidden.value !== '0')
                return;
            timer = window.setTimeout(search, 250);
        });
        input.addEventListener('change', choose);
    }

    /* The queue's grid is nopCommerce's: the "Table" partial builds it with DataTables on page ready (after this
       script ran), loads each page by POST, draws the header in a table of its own (div.dt-scroll-head) with the
       master checkbox found by its class, "mastercheckbox", and the row checkboxes (class "checkboxGroups",
       name SelectedOrderIds, value the order id). nopCommerce ticks the page's rows from the master checkbox
       with jQuery (.prop + .change()), which fires jQuery handlers only: the events are therefore listened to
       with jQuery. nopCommerce forgets its own selection (selectedIds) before every load of the grid; the queue
       keeps its own, across pages, and ticks the rows it holds again when a page is drawn. */
    function queue(formId, gridId) {
        var $ = window.jQuery;
        var form = byId(formId);
        var grid = byId(gridId);
        var createSelected = byId('packing-create-selected');
        var count = byId('packing-selected-count');
        var search = byId('search-packing-queue');
        var carried = byId('packing-selected-carried');
        if (!form || !grid || !$)
            return;

        /* the ticked order ids, in the order they were ticked */
        var chosen = [];
        var restoring = false;

        function has(id) {
            return chosen.indexOf(id) >= 0;
        }

        function rowBoxes() {
            return $(grid).find('tbody input.checkboxGroups[name=SelectedOrderIds]');
        }

        /* DataTables draws the header in a table of its own and keeps a copy in the rows' table: both */
        function masterBox() {
            var container = $(grid).closest('.dt-container');
            return (container.length ? container : $(grid)).find('input.mastercheckbox');
        }

        function refresh() {
            count.textContent = String(chosen.length);
            createSelected.disabled = chosen.length === 0;
        }

        /* the page shown decides for its own rows; rows of other pages stay as they were */
        function readPage() {
            if (restoring)
                return;
            rowBoxes().each(function () {
                var at = chosen.indexOf(this.value);
                if (this.checked && at < 0)
                    chosen.push(this.value);
                else if (!this.checked && at >= 0)
                    chosen.splice(at, 1);
            });
            refresh();
        }

        /* a page was drawn: tick the rows already chosen (with a change event, so nopCommerce's selectedIds and
           master checkbox follow), and the master checkbox when the whole page is chosen */
        function restorePage() {
            var boxes = rowBoxes();
            restoring = true;
            try {
                boxes.each(function () {
                    if (has(this.value) && !this.checked)
                        $(this).prop('checked', true).trigger('change');
                });
            } finally {
                restoring = false;
            }
            masterBox().prop('checked', boxes.length > 0 && boxes.filter(':checked').length === boxes.length);
            readPage();
        }

        productFilter(byId('packing-product-search'), byId('packing-product-choices'), byId('ProductId'));

        $(grid).on('change', 'input.checkboxGroups', readPage);
        $(grid).on('draw.dt', restorePage);
        /* the master checkbox: nopCommerce ticks the rows with change events, read above; read the page once more
           after its handler ran in case a row changed without one */
        $(document).on('click', 'input.mastercheckbox', function () {
            if ($(this).closest('.dt-container').find(grid).length)
                window.setTimeout(readPage, 0);
        });
        /* a new search is a new selection, as nopCommerce's search button empties its own */
        if (search)
            search.addEventListener('click', function () {
                chosen = [];
                refresh();
            });

        /* Enter in a filter searches instead of creating a batch */
        form.querySelectorAll('.card-search input').forEach(function (input) {
            input.addEventListener('keydown', function (e) {
                if (e.key === 'Enter') {
                    e.preventDefault();
                    if (search)
                        search.click();
                }
            });
        });

        /* Enter in the count creates the batch of the N oldest: the form's default button is "create from
           selected", which is disabled while nothing is ticked, so Enter would do nothing */
        var nextCount = byId('NextCount');
        var createOldest = byId('packing-create-oldest');
        if (nextCount && createOldest) {
            nextCount.addEventListener('keydown', function (e) {
                if (e.key !== 'Enter')
                    return;
                e.preventDefault();
                if (form.requestSubmit)
                    form.requestSubmit(createOldest);
                else
                    createOldest.click();
            });
        }

        /* one submit only; "create from selected" posts every chosen id, the ticked rows of the page shown as
           themselves and the others as hidden fields of the same name */
        form.addEventListener('submit', function (e) {
            if (form.getAttribute('data-submitting') === 'true') {
                e.preventDefault();
                return;
            }
            var submitter = e.submitter;
            if (submitter === createSelected) {
                if (chosen.length === 0) {
                    e.preventDefault();
                    return;
                }
                var shown = {};
                rowBoxes().filter(':checked').each(function () { shown[this.value] = true; });
                while (carried.firstChild)
                    carried.removeChild(carried.firstChild);
                chosen.forEach(function (id) {
                    if (shown[id])
                        return;
                    var input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = 'SelectedOrderIds';
                    input.value = id;
                    carried.appendChild(input);
                });
            }
            form.setAttribute('data-submitting', 'true');
        });

        refresh();
    }

    /* ---------- batch page: confirmation of dangerous buttons, one submit per form ---------- */

    function confirmForms() {
        document.querySelectorAll('form[data-confirm]').forEach(function (form) {
            form.addEventListener('submit', function (e) {
                if (!window.confirm(form.getAttribute('data-confirm')))
                    e.preventDefault();
            });
        });
        document.querySelectorAll('form.packing-inline-form, form.packing-order-form').forEach(function (form) {
            form.addEventListener('submit', function (e) {
                if (e.defaultPrevented)
                    return;
                if (form.getAttribute('data-submitting') === 'true')
                    e.preventDefault();
                else
                    form.setAttribute('data-submitting', 'true');
            });
        });
    }

    /* ---------- batch page: one order dialog serves every row ----------
       Each row has one button; its data-actions say which parts of the dialog apply, and the dialog's forms post
       the row's BatchOrderId (with the page's antiforgery token) to the same actions as before. */

    function batch(dialogId) {
        confirmForms();
        var dialog = byId(dialogId);
        if (!dialog)
            return;
        var number = byId('packing-order-dialog-number');
        var opener = null;

        function open(button) {
            var id = button.getAttribute('data-batch-order-id');
            var actions = (button.getAttribute('data-actions') || '').split(' ');
            var packUrl = dialog.getAttribute('data-pack-url') + '?batchOrderId=' + encodeURIComponent(id);
            number.textContent = button.getAttribute('data-order-number') || '';
            dialog.querySelectorAll('input[name=BatchOrderId]').forEach(function (input) { input.value = id; });
            dialog.querySelectorAll('input[name=Note]').forEach(function (input) { input.value = ''; });
            dialog.querySelectorAll('[data-action]').forEach(function (part) {
                part.hidden = actions.indexOf(part.getAttribute('data-action')) < 0;
            });
            byId('packing-order-pack').href = packUrl;
            byId('packing-order-retry').href = packUrl;
            opener = button;
            dialog.showModal();
        }

        document.querySelectorAll('.packing-row-actions').forEach(function (button) {
            button.addEventListener('click', function () { open(button); });
        });
        dialog.querySelectorAll('[data-packing-close]').forEach(function (button) {
            button.addEventListener('click', function () { dialog.close(); });
        });
        dialog.addEventListener('close', function () {
            if (opener)
                opener.focus();
        });
    }

    /* ---------- pack screen ---------- */

    function pack(rootId) {
        var root = byId(rootId);
        if (!root)
            return;

        var scan = byId('pack-scan');
        var feedback = byId('pack-feedback');
        var tracking = byId('pack-tracking');
        var weight = byId('pack-weight');
        var shipButton = byId('pack-ship-button');
        var shipCard = byId('pack-ship');
        var status = byId('pack-order-status');
        var problem = byId('pack-problem');
        var problemMessage = byId('pack-problem-message');
        var problemNote = byId('pack-problem-note');
        var batchOrderId = root.getAttribute('data-batch-order-id');
        var batchId = root.getAttribute('data-batch-id');
        var pending = Promise.resolve();
        var shipping = false;
        var leaving = false;

        function state() {
            return root.getAttribute('data-state');
        }

        function setState(value) {
            root.setAttribute('data-state', value);
        }

        /* where the keyboard belongs: the scan field, or the ship form once the order is packed */
        function home() {
            if (leaving)
                return null;
            if ((state() === 'packed' || state() === 'problem') && shipCard && shipCard.style.display !== 'none')
                return tracking;
            return scan && !scan.disabled ? scan : null;
        }

        function focusHome() {
            var target = home();
            if (target && document.activeElement !== target)
                target.focus();
        }

        /* focus left to nothing (a click on the page, a finished request): take it back */
        function refocusSoon() {
            window.setTimeout(function () {
                if (document.querySelector('dialog[open]'))
                    return;
                var active = document.activeElement;
                var interactive = active && active !== document.body && root.contains(active)
                    && /^(INPUT|BUTTON|SELECT|TEXTAREA|A|SUMMARY)$/.test(active.tagName);
                if (!interactive)
                    focusHome();
            }, 0);
        }

        function signal(kind, message) {
            feedback.className = 'pack-feedback pack-feedback-' + kind;
            feedback.textContent = message || '';
            root.setAttribute('data-last-signal', kind);
            root.setAttribute('data-signal-count', String(parseInt(root.getAttribute('data-signal-count') || '0', 10) + 1));
            root.classList.remove('pack-flash-refused', 'pack-flash-accepted');
            void root.offsetWidth;
            root.classList.add(kind === 'refused' || kind === 'error' ? 'pack-flash-refused' : 'pack-flash-accepted');
            if (scan)
                scan.classList.toggle('is-invalid', kind === 'refused');
            beep(kind === 'error' ? 'refused' : kind);
        }

        function showProblem(message, note) {
            setState('problem');
            if (status) {
                status.className = 'badge bg-danger';
                status.textContent = root.getAttribute('data-text-problem');
            }
            problem.style.display = '';
            problemMessage.textContent = message || '';
            problemNote.textContent = note || '';
        }

        /* a failed ship attempt that may pass: the button says "Retry shipping"; one that cannot: no ship form */
        function showRetry(canRetry) {
            var hint = byId('pack-retry-hint');
            var label = byId('pack-ship-label');
            if (canRetry) {
                shipButton.setAttribute('data-retry', 'true');
                if (label)
                    label.textContent = root.getAttribute('data-text-retry-ship');
                if (hint)
                    hint.style.display = '';
            } else if (shipCard && root.getAttribute('data-state') === 'problem') {
                shipCard.style.display = 'none';
            }
        }

        function showPacked() {
            setState('packed');
            if (status) {
                status.className = 'badge bg-info';
                status.textContent = root.getAttribute('data-text-packed');
            }
            if (shipCard)
                shipCard.style.display = '';
            var override = byId('pack-override');
            if (override)
                override.style.display = 'none';
        }

        function updateLine(result) {
            if (!result.BatchItemId)
                return;
            var row = root.querySelector('tr[data-batch-item-id="' + String(parseInt(result.BatchItemId, 10)) + '"]');
            if (!row)
                return;
            row.querySelector('.pack-verified').textContent = String(result.VerifiedQuantity);
            row.classList.toggle('pack-line-done', result.VerifiedQuantity >= result.Quantity);
            row.classList.remove('pack-line-ticked');
            void row.offsetWidth;
            row.classList.add('pack-line-ticked');
        }

        function open(id) {
            leaving = true;
            window.location.href = root.getAttribute('data-pack-url') + (id ? '?batchOrderId=' + encodeURIComponent(id) : '');
        }

        function sendScan(code) {
            pending = pending.then(function () {
                return post(root.getAttribute('data-scan-url'), { BatchId: batchId, BatchOrderId: batchOrderId, Code: code })
                    .then(function (result) {
                        if (result.error) {
                            signal('refused', result.error);
                            return;
                        }
                        if (result.Outcome === 'OpenOrder' && result.OpenBatchOrderId) {
                            signal('accepted', result.Message);
                            open(result.OpenBatchOrderId);
                            return;
                        }
                        if (!result.Accepted) {
                            signal('refused', result.Message);
                            return;
                        }
                        updateLine(result);
                        if (result.OrderPacked) {
                            signal('packed', result.Message);
                            showPacked();
                        } else {
                            signal('accepted', result.Message);
                        }
                    })
                    .catch(function () {
                        signal('refused', root.getAttribute('data-text-network-error'));
                    })
                    .then(focusHome);
            });
        }

        function ship() {
            if (shipping)
                return;
            shipping = true;
            shipButton.disabled = true;
            tracking.readOnly = true;
            weight.readOnly = true;
            feedback.className = 'pack-feedback pack-feedback-busy';
            feedback.textContent = root.getAttribute('data-text-shipping');
            root.setAttribute('data-shipping', 'true');

            post(root.getAttribute('data-ship-url'), {
                BatchId: batchId,
                BatchOrderId: batchOrderId,
                TrackingNumber: tracking.value,
                Weight: weight.value
            }).then(function (result) {
                if (result.error) {
                    signal('refused', result.error);
                    return false;
                }
                if (result.Succeeded) {
                    signal('shipped', result.Message);
                    setState('shipped');
                    if (result.NextBatchOrderId)
                        open(result.NextBatchOrderId);
                    else if (result.BatchDone) {
                        leaving = true;
                        window.location.href = root.getAttribute('data-batch-url');
                    } else
                        open(0);
                    return true;
                }
                signal('refused', result.Message);
                if (result.Error)
                    showProblem(result.Message, result.Error);
                showRetry(result.Error && result.CanRetry);
                return false;
            }).catch(function () {
                signal('refused', root.getAttribute('data-text-network-error'));
                return false;
            }).then(function (done) {
                root.removeAttribute('data-shipping');
                if (done)
                    return;
                shipping = false;
                shipButton.disabled = false;
                tracking.readOnly = false;
                weight.readOnly = false;
                focusHome();
            });
        }

        if (scan) {
            scan.addEventListener('keydown', function (e) {
                if (e.key !== 'Enter')
                    return;
                e.preventDefault();
                var code = scan.value;
                scan.value = '';
                if (code.trim() === '')
                    return;
                /* the scan field keeps the keyboard, so the list of keys is asked for here */
                if (code.trim() === '?' && window.merchantOpsPackingKeys) {
                    window.merchantOpsPackingKeys.toggleList();
                    return;
                }
                sendScan(code);
            });
            scan.addEventListener('blur', refocusSoon);
        }

        if (tracking) {
            tracking.addEventListener('keydown', function (e) {
                if (e.key === 'Enter') {
                    e.preventDefault();
                    weight.focus();
                }
            });
            tracking.addEventListener('blur', refocusSoon);
        }
        if (weight) {
            weight.addEventListener('keydown', function (e) {
                if (e.key === 'Enter') {
                    e.preventDefault();
                    ship();
                }
            });
            weight.addEventListener('blur', refocusSoon);
        }
        if (shipButton)
            shipButton.addEventListener('click', ship);

        document.addEventListener('click', refocusSoon);
        window.addEventListener('focus', refocusSoon);
        var keysList = byId('packing-keys');
        if (keysList)
            keysList.addEventListener('close', refocusSoon);

        /* expose for tests and for a page that wants to know */
        root.merchantOpsPack = { scan: sendScan, ship: ship, focusHome: focusHome };
        focusHome();
    }

    window.merchantOpsPacking = { queue: queue, batch: batch, pack: pack, beep: beep };
})(window, document);
