/* Merchant Ops - what every screen's script shares: the AJAX POST to the plugin's controllers.
   Load it before packing.js and replies.js; it defines window.MerchantOps and nothing else. */
(function (window, document) {
    'use strict';

    /* The page's antiforgery token: nopCommerce's hidden __RequestVerificationToken field of the admin forms. */
    function antiforgeryToken() {
        var input = document.querySelector('input[name="__RequestVerificationToken"]');
        return input ? input.value : '';
    }

    /* The fields form-encoded; an array as the same name repeated (Ids=1&Ids=2), which ASP.NET Core binds to an
       int[] (a joined "1,2" it does not); null and undefined as an empty value. */
    function formBody(fields, token) {
        var body = new URLSearchParams();
        Object.keys(fields || {}).forEach(function (key) {
            var value = fields[key];
            (Array.isArray(value) ? value : [value]).forEach(function (item) {
                body.append(key, item === null || item === undefined ? '' : String(item));
            });
        });
        body.append('__RequestVerificationToken', token);
        return body.toString();
    }

    /* A form-encoded AJAX POST carrying the antiforgery token both as nopCommerce's form field and as the header
       ASP.NET Core reads by default; X-Requested-With makes a refused permission answer in JSON. Resolves to the
       JSON answer; rejects on a network error or an HTTP error status. options.token: a token to send instead of
       the page's (a view that renders its own). */
    function post(url, fields, options) {
        var token = options && options.token ? options.token : antiforgeryToken();
        return fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
                'RequestVerificationToken': token,
                'X-Requested-With': 'XMLHttpRequest'
            },
            body: formBody(fields, token)
        }).then(function (response) {
            if (!response.ok)
                throw new Error(String(response.status));
            return response.json();
        });
    }

    /* For callers that treat an answer { error: "..." } (a refused permission, a refused request) as a failure:
       rejects with its message (several joined by spaces), else passes the answer on. */
    function failOnError(answer) {
        if (answer && answer.error)
            throw new Error(Array.isArray(answer.error) ? answer.error.join(' ') : String(answer.error));
        return answer;
    }

    window.MerchantOps = {
        antiforgeryToken: antiforgeryToken,
        formBody: formBody,
        post: post,
        failOnError: failOnError
    };
})(window, document);
