/* Stand-in of the admin area's own scripts (nopCommerce: admin.common.js, admin.table.js and friends).
   Written for the test host: the global functions the nopCommerce tag helpers call, and standIn.dataTable, which
   builds the "Table" partial's grid with DataTables. Needs jQuery (loaded before this file by the stand-in layouts),
   DataTables and DataTables Buttons (loaded after it, as in nopCommerce's _AdminScripts) and, for grids,
   admin.table.js (loaded by the partial). */
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

    /* ---------- grids: DataTables options from the settings the "Table" partial writes ---------- */

    var text = function (value) { return $.fn.dataTable.render.text().display(value); };

    function cssName(name) { return String(name).replace(/-/g, '_'); }

    /* one DataTables render per IRender, with the markup nopCommerce's partial writes */
    function renderer(settings, column) {
        var r = column.render;
        if (!r)
            return column.encode ? function (data) { return escapeHtml(data); } : undefined;
        switch (r.kind) {
            case 'link':
                return function (data, type, row) {
                    return '<a href="' + r.url + text(row[r.dataId]) + '">' + (r.title ? r.title : text(data)) + '</a>';
                };
            case 'edit':
                return function (data) { return '<a class="' + r.className + '" href="' + r.url + data + '"><i class="fas fa-pencil"></i>' + r.title + '</a>'; };
            case 'view':
                return function (data) { return '<a class="' + r.className + '" href="' + r.url + data + '"><i class="far fa-eye"></i>' + r.title + '</a>'; };
            case 'remove':
                return function (data) {
                    return '<a href="#" class="' + r.className + '" onclick="table_deletedata_' + cssName(settings.name) + '(\'' + data + '\');return false;"><i class="far fa-trash-can"></i>' + (r.title || '') + '</a>';
                };
            case 'custom-button':
                if (r.onClick)
                    return function (data) { return '<a class="' + r.className + '" onclick="' + r.onClick + '(\'' + data + '\');">' + r.title + '</a>'; };
                return function (data) { return '<a class="' + r.className + '" href="' + r.url + data + '">' + r.title + '</a>'; };
            case 'date':
                /* Stand-in: nopCommerce formats with moment.js in the page's culture and the column's format */
                return function (data) { return data ? new Date(data).toLocaleString(settings.locale) : null; };
            case 'boolean':
                return function (data) {
                    return data ? '<i class="fas fa-check true-icon" nop-value="true"></i>' : '<i class="fas fa-times false-icon" nop-value="false"></i>';
                };
            case 'checkbox':
                /* ticked only when the column's value is true; for an id column, never */
                return function (data, type, row) {
                    return '<input name="' + r.name + '" value="' + row[r.key] + '" type="checkbox" class="checkboxGroups"' + (data === true ? ' checked="checked"' : '') + ' />';
                };
            case 'function':
                return function (data, type, row, meta) { return window[r.name](data, type, row, meta); };
            case 'picture':
                return function (data) {
                    return '<img src="' + (r.prefix || '') + (r.src ? r.src : data) + '"' + (r.width > 0 ? ' width=' + r.width : '') + ' />';
                };
            case 'caret':
                return function () { return '<i class="fas fa-caret-right" aria-hidden="true"></i>'; };
            default:
                throw new Error('stand-in grid: no render for ' + r.kind);
        }
    }

    function title(column) {
        if (!column.isMasterCheckBox)
            return column.title || undefined;
        return column.title
            ? '<div class="checkbox"><label><input class="mastercheckbox" type="checkbox" />' + column.title + '</label></div>'
            : '<input class="mastercheckbox" type="checkbox" />';
    }

    function layoutValue(value) {
        /* LayoutOptionType.Object is JavaScript text in nopCommerce's partial */
        return typeof value === 'string' && /^\s*[\{\[]/.test(value) ? new Function('return (' + value + ');')() : value;
    }

    function options(settings) {
        var tableSelector = '#' + settings.name;
        var result = {};
        if (settings.headerCallback)
            result.headerCallback = function (thead, data, start, end, display) { return window[settings.headerCallback](thead, data, start, end, display); };
        if (settings.footerCallback)
            result.footerCallback = function (tfoot, data, start, end, display) { return window[settings.footerCallback](tfoot, data, start, end, display); };
        if (settings.drawCallback)
            result.drawCallback = function (dtSettings) { return window[settings.drawCallback](dtSettings); };
        if (settings.processing)
            result.processing = true;
        if (settings.deferLoading !== null && settings.deferLoading !== undefined)
            result.deferLoading = settings.deferLoading;
        if (settings.serverSide)
            result.serverSide = true;
        if (settings.rowIdBasedOnField) {
            result.rowId = function (item) {
                var value = item[settings.rowIdBasedOnField];
                return value ? 'row_' + String(value).replace(/[^a-zA-Z0-9]/g, '').toLowerCase() : '';
            };
        }
        if (settings.data !== null && settings.data !== undefined) {
            result.data = JSON.parse(settings.data);
        } else {
            result.ajax = {
                url: settings.urlRead,
                type: 'POST',
                dataType: 'json',
                dataSrc: 'Data',
                /* before every load (first page, next page, page length, search, refresh) */
                beforeSend: function () {
                    if (settings.masterCheckBox)
                        clearMasterCheckbox(tableSelector);
                },
                data: function (data) {
                    $.each(settings.filters, function (_, filter) {
                        var id = filter.modelName ? filter.modelName + '_' + filter.name : filter.name;
                        if (filter.kind === 'string' || filter.kind === 'date')
                            data[filter.name] = $('#' + (filter.kind === 'date' ? filter.name : id)).val();
                        else if (filter.kind === 'bool')
                            data[filter.name] = $('#' + filter.name).is(':checked');
                        else if (filter.kind === 'int' && filter.value !== null && /^-?\d+$/.test(String(filter.value)))
                            data[filter.name] = parseInt(filter.value, 10);
                    });
                    window.addAntiForgeryToken(data);
                    return data;
                }
            };
        }
        result.scrollX = true;
        result.preDrawCallback = function (dtSettings) {
            $(dtSettings.nTableWrapper).find('colgroup').remove();
        };
        result.autoWidth = false;
        result.info = settings.info;
        result.paging = settings.paging;
        result.pagingType = settings.pagingType;
        result.language = settings.language;
        result.pageLength = settings.pageLength;
        if (settings.lengthMenu)
            result.lengthMenu = JSON.parse('[' + settings.lengthMenu + ']');
        else
            result.lengthChange = false;
        result.ordering = settings.ordering;
        if (settings.refreshButton) {
            result.buttons = [{
                name: 'refresh',
                text: '<i class="fas fa-rotate" style="padding: 0px"></i>',
                action: function () {
                    if (settings.serverSide)
                        updateTable(tableSelector, settings.masterCheckBox);
                    else
                        updateTableSrc(tableSelector, settings.masterCheckBox);
                }
            }];
        }
        result.layout = {};
        $.each(settings.layout, function (name, value) { result.layout[name] = layoutValue(value); });
        result.columns = $.map(settings.columns, function (column) {
            var definition = {
                width: column.width || '',
                visible: column.visible,
                searchable: column.searchable,
                data: column.data
            };
            var heading = title(column);
            if (heading !== undefined)
                definition.title = heading;
            if (column.autoWidth)
                definition.autoWidth = true;
            if (column.className)
                definition.className = column.className;
            var render = renderer(settings, column);
            if (render)
                definition.render = render;
            return definition;
        });
        return result;
    }

    function deleteFunction(settings) {
        window['table_deletedata_' + cssName(settings.name)] = function (dataId) {
            if (!window.confirm(settings.deleteConfirmation))
                return false;
            var postData = {};
            postData[settings.bindColumnNameActionDelete || 'id'] = dataId;
            window.addAntiForgeryToken(postData);
            $.ajax({ url: settings.urlDelete, type: 'POST', dataType: 'json', data: postData })
                .done(function (data) {
                    if (data)
                        window.display_nop_error(data);
                    $('#' + settings.name).DataTable().draw(false);
                })
                .fail(function (xhr, status, error) {
                    window.showAlert(settings.name + (xhr.status === 409 ? '_deleteConflict' : '_deleteCommonFailed'), xhr.status === 409 ? xhr.responseText : error);
                });
        };
    }

    window.standIn = {
        /* builds the grid of the "Table" partial (its settings: Areas/Admin/Views/Shared/Table.cshtml) on page
           ready, then binds what nopCommerce's partial binds after it: the search button, the master checkbox */
        dataTable: function (settings) {
            if (settings.childTable || settings.inlineEdit)
                throw new Error('stand-in grid: child tables and inline editing are not reproduced');
            var $table = $('#' + settings.name);
            if (settings.urlDelete)
                deleteFunction(settings);
            $table.DataTable(options(settings));

            if (settings.searchButtonId) {
                $('#' + settings.searchButtonId).on('click', function () {
                    $table.DataTable().ajax.reload();
                    $table.find('.checkboxGroups').prop('checked', false).trigger('change');
                    selectedIds = [];
                    return false;
                });
            }
            if (settings.masterCheckBox) {
                var $scroll = $table.parents('.dt-scroll').first();
                /* the master checkbox ticks or unticks the rows of the page shown, each with a change event */
                $scroll.find('.mastercheckbox').first().on('click', function () {
                    $table.find('.checkboxGroups').prop('checked', $(this).is(':checked')).trigger('change');
                });
                /* a row checkbox (class attribute exactly "checkboxGroups") adds or removes its value in selectedIds */
                $table.on('change', 'input[type=checkbox][class=checkboxGroups]', function () {
                    var value = $(this).val();
                    var at = $.inArray(value, selectedIds);
                    if ($(this).is(':checked')) {
                        if (at < 0)
                            selectedIds.push(value);
                    } else if (at >= 0) {
                        selectedIds = $.grep(selectedIds, function (id) { return id !== value; });
                    }
                    updateMasterCheckbox($scroll);
                });
            }
            $table.DataTable().columns.adjust();
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
