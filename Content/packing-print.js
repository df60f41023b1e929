/* Merchant Ops - printed pages (pick list, packaging slips): the print button and the order-number barcodes. */
(function (window, document) {
    'use strict';

    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.addEventListener('click', function () {
            window.print();
        });
    });

    /* Code 128 of each order number, which the pack screen accepts as a scan to open that order */
    if (window.JsBarcode && document.querySelector('svg.order-barcode')) {
        document.querySelectorAll('svg.order-barcode').forEach(function (svg) {
            try {
                window.JsBarcode(svg).init();
                svg.setAttribute('data-rendered', 'true');
            } catch (e) {
                svg.setAttribute('data-rendered', 'false');
            }
        });
    }
})(window, document);
