// Draws the dashboard's charts from the figures the page carries in data attributes
// (the same JSON as /api/v1/dashboard). No inline script: the page's CSP allows only
// scripts served by LuuTru itself.
(function () {
  'use strict';
  var holder = document.getElementById('dashboard-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-dashboard'));
  var labels = JSON.parse(holder.getAttribute('data-labels'));
  var charts = [];
  var colours = { DEPOSIT: '#1f6feb', TRANSFER: '#2e7d32', DESTRUCTION_REVIEW: '#b3261e' };

  function label(key) {
    return labels[key] || key;
  }

  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    charts.push(chart);
  }

  draw('chart-states', {
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category', inverse: true,
      data: data.filesPerState.map(function (c) { return label(c.status); })
    },
    series: [{ type: 'bar', name: label('files'), itemStyle: { color: '#1f6feb' },
      data: data.filesPerState.map(function (c) { return c.files; }) }]
  });

  // Twelve months from this one, each on the axis even when nothing falls due in it.
  var months = [];
  var start = data.scope.today.split('-');
  for (var i = 0; i < 12; i++) {
    var y = parseInt(start[0], 10) + Math.floor((parseInt(start[1], 10) - 1 + i) / 12);
    var m = (parseInt(start[1], 10) - 1 + i) % 12 + 1;
    months.push(y + '-' + (m < 10 ? '0' : '') + m);
  }
  var actions = ['DEPOSIT', 'TRANSFER', 'DESTRUCTION_REVIEW'];
  draw('chart-forecast', {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: actions.map(function (a) {
      return {
        type: 'bar', stack: 'due', name: label(a), itemStyle: { color: colours[a] },
        data: months.map(function (month) {
          var hit = data.forecast.filter(function (m) { return m.month === month && m.action === a; });
          return hit.length ? hit[0].files : 0;
        })
      };
    })
  });

  var measured = data.kpis.filter(function (k) { return k.targetPercent !== null && k.targetPercent !== undefined; });
  draw('chart-kpi', {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: measured.map(function (k) { return String(k.indicator); }) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    series: [
      { type: 'bar', name: label('kpi.actual'), itemStyle: { color: '#1f6feb' },
        data: measured.map(function (k) { return k.actualPercent === undefined ? null : k.actualPercent; }) },
      { type: 'bar', name: label('kpi.target'), itemStyle: { color: '#8c959f' },
        data: measured.map(function (k) { return k.targetPercent; }) }
    ]
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
