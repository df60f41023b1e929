/* Merchant Ops → KPI: draws the page's charts with the Chart.js nopCommerce's admin loads (~/lib_npm/chart.js).
   The numbers come from the page's JSON (script#kpi-chart-data, read with JSON.parse: never run, never HTML); every
   chart's numbers are also in the table under it, so without Chart.js the page says so and the tables remain.
   Each axis says what it counts (revenue in the currency on the left, orders on the right, visitors).
   Journal notes are drawn as markers on the revenue chart; their text is shown by Chart.js's tooltip, which paints
   text on the canvas (no HTML is ever built from a note). */
(function () {
  'use strict';

  /* A journal note is deleted only once the owner confirms (the form carries the question in their language). */
  function confirmNoteDeletes() {
    document.querySelectorAll('form.kpi-note-delete[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
      });
    });
  }

  function start() {
    confirmNoteDeletes();
    var source = document.getElementById('kpi-chart-data');
    if (!source) return;
    var data;
    try {
      data = JSON.parse(source.textContent);
    } catch (e) {
      return;
    }
    if (typeof window.Chart !== 'function') {
      document.querySelectorAll('.kpi-chart-missing').forEach(function (p) { p.hidden = false; });
      document.querySelectorAll('.kpi-chart').forEach(function (div) { div.hidden = true; });
      return;
    }
    var charts = {};
    charts.revenue = revenueChart(data);
    if (data.funnel) charts.funnel = funnelChart(data);
    window.merchantOpsKpiCharts = charts;
  }

  function notesByDay(data) {
    var byDay = {};
    (data.notes || []).forEach(function (note) {
      (byDay[note.day] = byDay[note.day] || []).push(String(note.text));
    });
    return byDay;
  }

  function revenueChart(data) {
    var canvas = document.getElementById('kpi-revenue-chart');
    if (!canvas) return null;
    var byDay = notesByDay(data);
    var top = Math.max.apply(null, [0].concat(data.revenue));
    var markers = data.days.map(function (day, i) { return byDay[day] ? data.revenue[i] : null; });
    var chart = new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: data.days,
        datasets: [
          { label: data.texts.revenue + ' (' + data.texts.currency + ')', data: data.revenue, borderColor: '#3c8dbc', backgroundColor: 'rgba(60,141,188,0.15)', fill: true, tension: 0.2, yAxisID: 'y' },
          { label: data.texts.orders, data: data.orders, borderColor: '#00a65a', backgroundColor: '#00a65a', tension: 0.2, yAxisID: 'y1' },
          { label: data.texts.journal, data: markers, showLine: false, pointStyle: 'triangle', pointRadius: 9, pointHoverRadius: 11,
            borderColor: '#f39c12', backgroundColor: '#f39c12', yAxisID: 'y', kpiNotes: true }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { ticks: { autoSkipPadding: 8, maxRotation: 60 } },
          y: { beginAtZero: true, suggestedMax: top || 1, position: 'left', title: { display: true, text: data.texts.revenue + ' (' + data.texts.currency + ')' } },
          y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, ticks: { precision: 0 }, title: { display: true, text: data.texts.orders } }
        },
        plugins: {
          // no "Journal" in the legend when no note is drawn (a vendor's page, or a period without notes)
          legend: { labels: { filter: function (item, chartData) { return !chartData.datasets[item.datasetIndex].kpiNotes || markers.some(function (m) { return m !== null; }); } } },
          tooltip: {
            callbacks: {
              label: function (item) {
                if (item.dataset.kpiNotes) {
                  var notes = byDay[data.days[item.dataIndex]];
                  return notes ? notes.map(function (text) { return data.texts.journal + ': ' + text; }) : null;
                }
                return item.dataset.label + ': ' + item.formattedValue;
              }
            }
          }
        }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
    return chart;
  }

  function funnelChart(data) {
    var canvas = document.getElementById('kpi-funnel-chart');
    if (!canvas) return null;
    var f = data.funnel, t = data.texts;
    var series = [
      [t.visitors, f.visitors, '#3c8dbc'], [t.productViews, f.productViews, '#00c0ef'], [t.addToCart, f.addToCart, '#f39c12'],
      [t.checkout, f.checkout, '#dd4b39'], [t.funnelOrders, f.orders, '#00a65a']
    ];
    var chart = new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: data.days,
        datasets: series.map(function (s) { return { label: s[0], data: s[1], borderColor: s[2], backgroundColor: s[2], tension: 0.2 }; })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { ticks: { autoSkipPadding: 8, maxRotation: 60 } },
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t.visitors } }
        }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
    return chart;
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
