/* Stand-in of the admin area's own scripts (nopCommerce: admin.common.js, admin.table.js and friends).
   Written for the test host: the global functions the nopCommerce tag helpers call, and a small grid
   renderer for the "Table" partial. Needs jQuery (loaded before this file by the stand-in layouts). */
(function ($) {
    'use strict';

    $.fn.showElement = function () { return this.show(); };
    $.fn.hideElement = function () { return this.hide(); };

    function token() {
        return $('input[name=__RequestVerificationToken]').first().val();
    }

    window.addAntiForgeryToken = function (data) {
        data = data || {};
        var value = token();
        if (value)
            data.__RequestVerificationToken = value;
        return data;
    };

    window.setLocation = function (url) { window.location.href = url; };

    window.display_nop_error = function (data) {
        if (data && data.error)
            $('#admin-notifications').append($('<div class="alert alert-danger notification" role="alert"></div>').text(
                Array.isArray(data.error) ? data.error.join(' ') : data.error));
    };

    window.showAlert = function (alertId, text) {
        $('#' + alertId + '-info').text(text || '');
        $('#' + alertId + '-action-alert').addClass('show').show();
    };

    window.bindBootstrapTabSelectEvent = function (tabsId, inputName) {
        $('#' + tabsId).on('click', 'a[data-tab-name]', function (e) {
            e.preventDefault();
            var $tabs = $('#' + tabsId);
            $tabs.find('a[data-tab-name]').removeClass('active');
            $tabs.find('.tab-pane').removeClass('active');
            $(this).addClass('active');
            $tabs.find('#' + $(this).data('tab-name')).addClass('active');
            $('[name="' + inputName + '"]').val($(this).data('tab-name'));
        });
    };

    window.initNestedSetting = function () { };

    window.checkOverriddenStoreValue = function (checkbox, selector) {
        $(selector).prop('disabled', !$(checkbox).is(':checked'));
    };

    window.checkAllOverriddenStoreValue = function (checkbox) {
        $('input.multi-store-override-option').each(function () {
            $(this).prop('checked', checkbox.checked);
            window.checkOverriddenStoreValue(this, $(this).data('for-input-selector'));
        });
    };

    $(function () {
        $('input.multi-store-override-option').each(function () {
            window.checkOverriddenStoreValue(this, $(this).data('for-input-selector'));
        });
        //modal open/close without Bootstrap's script
        $(document).on('click', '[data-toggle=modal]', function (e) {
            e.preventDefault();
            $($(this).data('target')).addClass('show').show();
        });
        $(document).on('click', '[data-dismiss=modal]', function () {
            $(this).closest('.modal').removeClass('show').hide();
        });
        $(document).on('click', '[data-card-widget=collapse]', function () {
            $(this).closest('.card').toggleClass('collapsed-card');
        });
    });

    function cell(column, row) {
        var data = row[column.data];
        var text = function (value) { return $('<div>').text(value === null || value === undefined ? '' : value).html(); };
        var r = column.render;
        if (!r)
            return column.encode ? text(data) : (data === null || data === undefined ? '' : data);
        switch (r.kind) {
            case 'link':
                return '<a href="' + r.url + text(row[r.dataId]) + '">' + (r.title ? text(r.title) : text(data)) + '</a>';
            case 'edit':
            case 'view':
                return '<a class="' + r.className + '" href="' + r.url + text(data) + '">' + text(r.title) + '</a>';
            case 'remove':
                return '<a href="#" class="' + r.className + '" data-grid-delete="' + text(data) + '">' + text(r.title) + '</a>';
            case 'date':
                return data ? text(new Date(data).toLocaleString()) : '';
            case 'boolean':
                return data ? '<i class="fas fa-check true-icon" nop-value="true"></i>' : '<i class="fas fa-times false-icon" nop-value="false"></i>';
            case 'checkbox':
                return '<input name="' + r.name + '" value="' + text(row[r.key]) + '" type="checkbox" class="checkboxGroups"' + (data === true ? ' checked="checked"' : '') + ' />';
            case 'function':
                return window[r.name](data, 'display', row, {});
            default:
                return text(data);
        }
    }

    window.standIn = {
        grid: function (name) {
            var $table = $('#' + name);
            var config = $table.data('standin-grid');
            var start = 0;

            function render(rows, total) {
                var $body = $table.find('tbody').empty();
                $.each(rows || [], function (_, row) {
                    var $tr = $('<tr>');
                    $.each(config.columns, function (_, column) {
                        $('<td>').addClass(column.className || '').html(cell(column, row)).appendTo($tr);
                    });
                    $body.append($tr);
                });
                if (!rows || !rows.length)
                    $body.append($('<tr class="no-data"><td colspan="' + config.columns.length + '"></td></tr>'));
                $table.attr('data-records-total', total);
                $table.trigger('standin:drawn');
            }

            function load() {
                if (!config.serverSide || !config.urlRead) {
                    render(config.data || [], (config.data || []).length);
                    return;
                }
                var data = { draw: 1, start: start, length: config.length };
                $.each(config.filters, function (_, filter) {
                    var id = filter.modelName ? filter.modelName + '_' + filter.name : filter.name;
                    data[filter.name] = filter.value !== null && filter.value !== undefined ? filter.value : $('#' + id).val();
                });
                $.ajax({ url: config.urlRead, type: 'POST', dataType: 'json', data: window.addAntiForgeryToken(data) })
                    .done(function (answer) { render(answer.Data, answer.recordsTotal); })
                    .fail(function (xhr) { $table.attr('data-load-error', xhr.status); $table.trigger('standin:error'); });
            }

            $table.on('click', '[data-grid-delete]', function (e) {
                e.preventDefault();
                if (!config.urlDelete || !window.confirm('Delete?'))
                    return;
                $.ajax({ url: config.urlDelete, type: 'POST', dataType: 'json', data: window.addAntiForgeryToken({ id: $(this).data('grid-delete') }) })
                    .done(function (answer) { window.display_nop_error(answer); load(); });
            });
            if (config.searchButtonId)
                $('#' + config.searchButtonId).on('click', function (e) { e.preventDefault(); start = 0; load(); });
            load();
        },

        confirmAction: function (buttonId, windowId) {
            $(function () {
                var opener = document.getElementById(buttonId);
                if (!opener)
                    return;
                opener.type = 'button';
                opener.setAttribute('data-toggle', 'modal');
                opener.setAttribute('data-target', '#' + windowId);
                $('#' + windowId + '-submit-button').on('click', function () {
                    if (!opener.name)
                        return;
                    opener.type = 'submit';
                    opener.click();
                });
            });
        }
    };
})(jQuery);
