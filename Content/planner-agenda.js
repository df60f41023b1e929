/* Merchant Ops - the planner's agenda on the admin dashboard: ticks an occurrence done (or undoes it) without leaving
   the page. The forms work without this script (they post and come back); with it, the same form is posted by fetch
   asking for JSON { ok, message }, and the item is updated in place. */
(function (window, document) {
    'use strict';

    function agendaOf(element) {
        return element.closest('.planner-agenda');
    }

    function showMessage(item, text, failed) {
        var message = item.querySelector('.planner-agenda-message');
        message.textContent = text || '';
        message.classList.toggle('text-danger', !!failed);
        message.classList.toggle('text-success', !failed);
    }

    function submitted(event) {
        var form = event.target;
        if (!form.matches || !form.matches('form[data-agenda-action]') || !window.fetch)
            return;
        event.preventDefault();

        var item = form.closest('.planner-agenda-item');
        var button = form.querySelector('button[type="submit"]');
        if (button.disabled)
            return;
        button.disabled = true;
        var failedText = agendaOf(form).getAttribute('data-text-failed');

        fetch(form.action, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Accept': 'application/json',
                'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
                'X-Requested-With': 'XMLHttpRequest'
            },
            body: new URLSearchParams(new FormData(form)).toString()
        }).then(function (response) {
            if (!response.ok)
                throw new Error(String(response.status));
            return response.json();
        }).then(function (answer) {
            if (answer && answer.error)
                throw new Error(String(answer.error));
            var done = form.getAttribute('data-agenda-action') === 'done';
            if (answer.ok) {
                item.classList.toggle('is-done', done);
                form.remove();
                showMessage(item, answer.message, false);
                item.querySelector('.planner-agenda-state').focus();
            } else {
                button.disabled = false;
                showMessage(item, answer.message, true);
            }
        }).catch(function (error) {
            button.disabled = false;
            showMessage(item, failedText || error.message, true);
        });
    }

    document.addEventListener('submit', submitted);
})(window, document);
