/* Stand-in of nopCommerce 4.90.3's wwwroot/js/admin.table.js, written for the test host from what that file does
   (none of its text). The "Table" partial loads it in the footer. Globals, because nopCommerce's views use them:
   - selectedIds: the ids ticked in a grid with a master checkbox. nopCommerce empties it before EVERY load of such a
     grid (its ajax beforeSend calls clearMasterCheckbox), so on a page change, a page-length change, a search or a
     refresh it starts again from nothing: nopCommerce keeps no selection across pages.
   - escapeHtml(value), clearMasterCheckbox(table), updateMasterCheckbox(container), updateTable(table, master),
     updateTableSrc(table, master), updateTableWidth(table). */
var selectedIds = [];

var escapeHtml = (function () {
    var entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '/': '&#x2F;', '`': '&#x60;', '=': '&#x3D;' };
    return function (value) {
        if (value === null || value === undefined)
            return '';
        return String(value).replace(/[&<>"'`=\/]/g, function (c) { return entities[c]; });
    };
})();

/* unticks the master checkbox in the grid's scrolling wrapper (firing its change) and forgets the selection */
function clearMasterCheckbox(tableSelector) {
    jQuery(tableSelector).parents('.dt-scroll').find('input.mastercheckbox').prop('checked', false).trigger('change');
    selectedIds = [];
}

/* the master checkbox is ticked when every row checkbox in the container is ticked (and there is at least one);
   a row checkbox is an input whose class attribute is exactly "checkboxGroups" */
function updateMasterCheckbox(container) {
    var rows = jQuery('input[type=checkbox][class=checkboxGroups]', jQuery(container));
    var all = rows.length > 0 && rows.filter(':checked').length === rows.length;
    jQuery('.mastercheckbox', jQuery(container)).prop('checked', all);
}

function updateTableSrc(tableSelector, isMasterCheckBoxUsed) {
    var table = jQuery(tableSelector).DataTable();
    var rows = table.data();
    table.clear().rows.add(rows).draw();
    table.columns.adjust();
    if (isMasterCheckBoxUsed)
        clearMasterCheckbox(tableSelector);
}

function updateTable(tableSelector, isMasterCheckBoxUsed) {
    var table = jQuery(tableSelector).DataTable();
    table.ajax.reload();
    table.columns.adjust();
    if (isMasterCheckBoxUsed)
        clearMasterCheckbox(tableSelector);
}

function updateTableWidth(tableSelector) {
    if (jQuery.fn.DataTable.isDataTable(tableSelector))
        jQuery(tableSelector).DataTable().columns.adjust();
}
