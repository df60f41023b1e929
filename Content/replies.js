/* Merchant Ops - canned replies: the insert-token list of the reply editor, and the replies card of the order and
   customer pages (pick → preview → edit → send). The card's body is plain text (the server turns it into encoded
   HTML, the same way for the preview and the send); it never holds HTML.
   Every value that comes from customers or staff is written with textContent or as a form value, never as HTML; the
   rendered e-mail is shown in a sandboxed frame (no scripts, no same origin). The card lives inside nopCommerce's
   order/customer form: Enter in its fields never submits that form. */
(function (window, document) {
    'use strict';

    function byId(id) {
        return document.getElementById(id);
    }

    /* ---------- insert a token where the cursor was ---------- */

    function insertAtCursor(field, text) {
        var $ = window.jQuery;
        //nopCommerce's rich editor (Summernote) keeps the textarea in step with what it edits
        if ($ && $(field).hasClass('summernote') && typeof $(field).summernote === 'function' && $(field).next('.note-editor').length) {
            try {
                //Summernote remembers where the cursor was in the editor before the click on the token
                $(field).summernote('editor.focus');
                $(field).summernote('editor.insertText', text);
            } catch (e) {
                $(field).summernote('code', $(field).summernote('code') + text);
            }
            return;
        }
        var start = typeof field.selectionStart === 'number' ? field.selectionStart : field.value.length;
        var end = typeof field.selectionEnd === 'number' ? field.selectionEnd : start;
        field.value = field.value.slice(0, start) + text + field.value.slice(end);
        field.focus();
        field.selectionStart = field.selectionEnd = start + text.length;
        field.dispatchEvent(new Event('input', { bubbles: true }));
    }

    /* A list of token buttons inserting into the last focused of the given fields (the last one by default). */
    function tokenList(container, fieldIds) {
        if (!container)
            return;
        var fields = fieldIds.map(byId).filter(Boolean);
        var target = fields[fields.length - 1];
        fields.forEach(function (field) {
            field.addEventListener('focus', function () { target = field; });
            var $ = window.jQuery;
            if ($ && $(field).hasClass('summernote'))
                $(field).on('summernote.focus', function () { target = field; });
        });
        container.addEventListener('click', function (e) {
            var button = e.target.closest('[data-token]');
            if (!button || !target)
                return;
            e.preventDefault();
            insertAtCursor(target, button.getAttribute('data-token'));
        });
    }

    /* ---------- the card ---------- */

    function card(root) {
        if (!root || root.getAttribute('data-ready') === 'true')
            return;
        root.setAttribute('data-ready', 'true');

        var search = byId('replies-search');
        var picks = byId('replies-picks');
        var language = byId('replies-language');
        var compose = byId('replies-compose');
        var subject = byId('replies-subject');
        var body = byId('replies-body');
        var frame = byId('replies-preview-frame');
        var previewSubject = byId('replies-preview-subject');
        var previewLanguage = byId('replies-preview-language');
        var fallback = byId('replies-fallback');
        var formatting = byId('replies-formatting');
        var warnings = byId('replies-warnings');
        var sendButton = byId('replies-send');
        var refresh = byId('replies-refresh');
        var result = byId('replies-result');
        var sendEmail = byId('replies-send-email');
        var addNote = byId('replies-add-note');
        var noteVisible = byId('replies-note-visible');

        var state = {
            replyId: 0,
            languageId: 0,
            edited: false,
            sending: false,
            sent: false,
            items: [],
            active: -1,
            findSeq: 0,
            previewSeq: 0
        };

        function text(name) {
            return root.getAttribute('data-text-' + name) || '';
        }

        function setState(value) {
            root.setAttribute('data-state', value);
        }

        /* The shared AJAX POST (merchantops.js, loaded first) with the card's own token; an answer
           { error: "..." } (a refused permission) is a failure. */
        function post(url, fields) {
            return window.MerchantOps.post(url, fields, { token: root.getAttribute('data-antiforgery') || '' })
                .then(window.MerchantOps.failOnError);
        }

        function target() {
            return {
                OrderId: root.getAttribute('data-order-id'),
                CustomerId: root.getAttribute('data-customer-id')
            };
        }

        function showResult(message, ok) {
            result.textContent = message || '';
            result.className = 'replies-result ' + (ok ? 'text-success' : 'text-danger');
        }

        function showList(element, messages) {
            while (element.firstChild)
                element.removeChild(element.firstChild);
            if (!messages || !messages.length) {
                element.hidden = true;
                return;
            }
            var list = document.createElement('ul');
            messages.forEach(function (message) {
                var item = document.createElement('li');
                item.textContent = message;
                list.appendChild(item);
            });
            element.appendChild(list);
            element.hidden = false;
        }

        /* --- picker --- */

        function renderPicks(items, closing) {
            state.items = items || [];
            state.active = state.items.length ? 0 : -1;
            while (picks.firstChild)
                picks.removeChild(picks.firstChild);
            if (!state.items.length && !closing && search.value.trim()) {
                var none = document.createElement('li');
                none.className = 'list-group-item text-muted replies-none';
                none.textContent = text('nothing-found');
                picks.appendChild(none);
            }
            state.items.forEach(function (item, index) {
                var li = document.createElement('li');
                li.className = 'list-group-item replies-pick-item';
                li.id = 'replies-pick-' + item.Id;
                li.setAttribute('role', 'option');
                li.setAttribute('data-reply-id', item.Id);
                li.setAttribute('data-index', index);
                var title = document.createElement('span');
                title.className = 'replies-pick-title';
                title.textContent = item.Title;
                li.appendChild(title);
                if (item.Shortcut) {
                    var shortcut = document.createElement('code');
                    shortcut.className = 'replies-pick-shortcut';
                    shortcut.textContent = item.Shortcut;
                    li.appendChild(shortcut);
                }
                var meta = document.createElement('small');
                meta.className = 'text-muted replies-pick-meta';
                meta.textContent = [item.Category, item.Language].filter(Boolean).join(' · ');
                li.appendChild(meta);
                picks.appendChild(li);
            });
            highlight();
            search.setAttribute('aria-expanded', state.items.length ? 'true' : 'false');
            root.setAttribute('data-picks', String(state.items.length));
        }

        function highlight() {
            Array.prototype.forEach.call(picks.querySelectorAll('.replies-pick-item'), function (li, index) {
                var on = index === state.active;
                li.classList.toggle('active', on);
                li.setAttribute('aria-selected', on ? 'true' : 'false');
                if (on)
                    search.setAttribute('aria-activedescendant', li.id);
            });
        }

        function find() {
            var seq = ++state.findSeq;
            var fields = target();
            fields.query = search.value;
            fields.LanguageId = language.value;
            return post(root.getAttribute('data-url-find'), fields).then(function (answer) {
                if (seq === state.findSeq)
                    renderPicks(answer.items);
            }).catch(function (error) {
                showResult(text('failed') + ' ' + error.message, false);
            });
        }

        var findTimer = null;
        search.addEventListener('input', function () {
            window.clearTimeout(findTimer);
            findTimer = window.setTimeout(find, 200);
        });
        search.addEventListener('focus', function () {
            if (!state.items.length)
                find();
        });
        search.addEventListener('click', function () {
            if (!state.items.length)
                find();
        });
        search.addEventListener('keydown', function (e) {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                if (!state.items.length)
                    return;
                state.active = (state.active + (e.key === 'ArrowDown' ? 1 : -1) + state.items.length) % state.items.length;
                highlight();
            } else if (e.key === 'Enter') {
                //never the order/customer form around the card
                e.preventDefault();
                window.clearTimeout(findTimer);
                find().then(function () {
                    if (state.active >= 0)
                        choose(state.items[state.active].Id, true);
                });
            } else if (e.key === 'Escape') {
                renderPicks([], true);
            }
        });
        picks.addEventListener('click', function (e) {
            var li = e.target.closest('.replies-pick-item');
            if (li)
                choose(parseInt(li.getAttribute('data-reply-id'), 10), true);
        });

        /* --- preview --- */

        function choose(replyId, focusSend) {
            //the list closes; the search keeps what was typed (click it to see the list again)
            renderPicks([], true);
            state.replyId = replyId;
            state.edited = false;
            state.sent = false;
            showResult('', true);
            return preview(focusSend);
        }

        function preview(focusSend) {
            var seq = ++state.previewSeq;
            var fields = target();
            fields.ReplyId = state.replyId;
            fields.LanguageId = state.edited ? (state.languageId || language.value) : language.value;
            fields.Edited = state.edited ? 'true' : 'false';
            if (state.edited) {
                fields.Subject = subject.value;
                fields.BodyText = body.value;
            }
            setState('previewing');
            return post(root.getAttribute('data-url-preview'), fields).then(function (answer) {
                if (seq !== state.previewSeq)
                    return;
                if (!answer.Found) {
                    setState('error');
                    showResult(answer.Error, false);
                    return;
                }
                state.replyId = answer.ReplyId || state.replyId;
                state.languageId = answer.LanguageId;
                if (!state.edited) {
                    subject.value = answer.TemplateSubject || '';
                    body.value = answer.TemplateBodyText || '';
                }
                //a plain-text header (rendered like nopCommerce's own e-mail subjects): shown as text
                previewSubject.textContent = answer.Subject || '';
                previewLanguage.textContent = answer.LanguageName || '';
                frame.srcdoc = answer.BodyHtml || '';
                if (!state.edited) {
                    fallback.textContent = answer.FallbackMessage || '';
                    fallback.hidden = !answer.FallbackMessage;
                }
                formatting.textContent = answer.FormattingNotice || '';
                formatting.hidden = !answer.FormattingNotice;
                showList(warnings, answer.Warnings);
                root.setAttribute('data-unknown-tokens', (answer.UnknownTokens || []).join(' '));
                compose.hidden = false;
                sendButton.disabled = false;
                setState('preview');
                if (focusSend)
                    sendButton.focus();
            }).catch(function (error) {
                setState('error');
                showResult(text('failed') + ' ' + error.message, false);
            });
        }

        function edited() {
            state.edited = true;
            if (state.sent) {
                state.sent = false;
                sendButton.disabled = false;
            }
        }

        subject.addEventListener('input', edited);
        body.addEventListener('input', edited);
        subject.addEventListener('keydown', function (e) {
            if (e.key === 'Enter') {
                e.preventDefault();
                preview(false);
            }
        });
        refresh.addEventListener('click', function () { preview(false); });
        language.addEventListener('change', function () {
            state.languageId = parseInt(language.value, 10);
            if (state.replyId)
                preview(false);
            if (search.value.trim())
                find();
        });
        language.addEventListener('keydown', function (e) {
            if (e.key === 'Enter')
                e.preventDefault();
        });
        tokenList(byId('replies-card-tokens'), ['replies-subject', 'replies-body']);

        [sendEmail, addNote, noteVisible].forEach(function (box) {
            if (!box)
                return;
            box.addEventListener('keydown', function (e) {
                if (e.key === 'Enter')
                    e.preventDefault();
            });
        });
        if (addNote && noteVisible) {
            var syncVisible = function () {
                noteVisible.disabled = !addNote.checked;
                if (!addNote.checked)
                    noteVisible.checked = false;
            };
            addNote.addEventListener('change', syncVisible);
            syncVisible();
        }

        /* --- send: once per key; the button stays off while the request runs and after it went out --- */

        function send() {
            if (state.sending || state.sent || !state.replyId)
                return;
            state.sending = true;
            sendButton.disabled = true;
            setState('sending');
            showResult(text('sending'), true);
            var fields = target();
            fields.SendKey = root.getAttribute('data-send-key');
            fields.ReplyId = state.replyId;
            fields.LanguageId = state.languageId || language.value;
            fields.Subject = subject.value;
            fields.BodyText = body.value;
            fields.SendEmail = sendEmail && sendEmail.checked && !sendEmail.disabled ? 'true' : 'false';
            fields.AddOrderNote = addNote && addNote.checked ? 'true' : 'false';
            fields.NoteVisibleToCustomer = noteVisible && noteVisible.checked ? 'true' : 'false';
            post(root.getAttribute('data-url-send'), fields).then(function (answer) {
                state.sending = false;
                showResult(answer.Message, answer.Succeeded || answer.AlreadySent);
                if (answer.NextSendKey)
                    root.setAttribute('data-send-key', answer.NextSendKey);
                if (answer.Succeeded || answer.AlreadySent) {
                    state.sent = true;
                    setState('sent');
                } else {
                    sendButton.disabled = false;
                    setState('refused');
                }
            }).catch(function (error) {
                //the same key is kept: sending again resumes what is missing and repeats nothing
                state.sending = false;
                sendButton.disabled = false;
                setState('refused');
                showResult(text('failed') + ' ' + error.message, false);
            });
        }

        sendButton.addEventListener('click', function (e) {
            e.preventDefault();
            send();
        });
    }

    window.MerchantOpsReplies = { card: card, tokenList: tokenList, insertAtCursor: insertAtCursor };
})(window, document);
