/*
 * LuuTru: the progress of long work in Cockpit. Bulk intake, the fixity audit, transfer packaging
 * and content erasure run in chunks of async steps and, after each chunk, set four variables on
 * their process instance: progressDone, progressTotal, progressPercent and progressText
 * (vn.luutru.process.StepProgress). This plugin shows them as a progress bar with the figures:
 *
 *  - on the dashboard, for every running instance the officer may see;
 *  - in a "Tiến độ / Progress" tab of a process definition (its running instances) and of a
 *    process instance.
 *
 * It reads them through the webapp's engine API as the signed-in officer (no privilege of its
 * own): the engine's authorizations decide which instances and variables he sees, as everywhere
 * else in Cockpit. It refreshes every few seconds while shown. Text is Vietnamese first, English
 * second. Built with DOM calls only (no inline script, no HTML from data), within the webapp's
 * content security policy.
 */
const NAMES = ['progressDone', 'progressTotal', 'progressPercent', 'progressText'];
const REFRESH_MS = 5000;
const MAX_INSTANCES = 50;

function getJson(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then((r) => {
    if (!r.ok) {
      throw new Error(url + ': ' + r.status);
    }
    return r.json();
  });
}

function query(params) {
  return Object.keys(params)
    .map((k) => encodeURIComponent(k) + '=' + encodeURIComponent(params[k]))
    .join('&');
}

/**
 * The progress of running instances: all those the officer may see that report progress, or only
 * the given ones. Resolves to [{ id, definitionId, done, total, percent, text }], most advanced
 * last.
 */
function loadProgress(engineApi, processInstanceIds) {
  const params = { variableName: 'progressPercent', maxResults: MAX_INSTANCES };
  if (processInstanceIds) {
    if (processInstanceIds.length === 0) {
      return Promise.resolve([]);
    }
    params.processInstanceIdIn = processInstanceIds.join(',');
  }
  return getJson(engineApi + '/variable-instance?' + query(params)).then((percents) => {
    const ids = [...new Set(percents.map((v) => v.processInstanceId))];
    if (ids.length === 0) {
      return [];
    }
    return Promise.all([
      getJson(engineApi + '/variable-instance?' + query({
        variableNameIn: NAMES.join(','), processInstanceIdIn: ids.join(','), deserializeValues: false
      })),
      getJson(engineApi + '/process-instance?' + query({ processInstanceIds: ids.join(',') }))
    ]).then(([variables, instances]) => {
      const byId = {};
      instances.forEach((pi) => {
        byId[pi.id] = { id: pi.id, definitionId: pi.definitionId, businessKey: pi.businessKey };
      });
      variables.forEach((v) => {
        const row = byId[v.processInstanceId];
        // Only the instance's own variables, not a sub-execution's of the same name.
        if (row && (v.executionId === v.processInstanceId || row[v.name] === undefined)) {
          row[v.name] = v.value;
        }
      });
      return Object.values(byId)
        .filter((row) => row.progressPercent !== undefined && row.progressPercent !== null)
        .map((row) => ({
          id: row.id,
          definitionId: row.definitionId,
          businessKey: row.businessKey,
          done: row.progressDone,
          total: row.progressTotal,
          percent: Math.max(0, Math.min(100, Number(row.progressPercent) || 0)),
          text: row.progressText || ''
        }))
        .sort((a, b) => a.percent - b.percent);
    });
  });
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined && text !== null) {
    e.textContent = String(text);
  }
  return e;
}

function definitionKey(definitionId) {
  return (definitionId || '').split(':')[0];
}

function bar(row) {
  const outer = el('div', 'progress luutru-progress');
  outer.style.marginBottom = '4px';
  const inner = el('div', 'progress-bar', row.percent + '%');
  inner.setAttribute('role', 'progressbar');
  inner.setAttribute('aria-valuenow', String(row.percent));
  inner.setAttribute('aria-valuemin', '0');
  inner.setAttribute('aria-valuemax', '100');
  inner.style.width = row.percent + '%';
  inner.style.minWidth = '3em';
  outer.appendChild(inner);
  return outer;
}

function figures(row) {
  const total = (row.total !== undefined && row.total !== null) ? ' / ' + row.total : '';
  return 'Đã xong / Done: ' + row.done + total + ' (' + row.percent + '%)';
}

function table(rows, withInstance) {
  const t = el('table', 'table table-condensed luutru-progress-table');
  const head = el('tr');
  if (withInstance) {
    head.appendChild(el('th', null, 'Tiến trình / Process'));
  }
  head.appendChild(el('th', null, 'Tiến độ / Progress'));
  head.appendChild(el('th', null, 'Số liệu / Figures'));
  const thead = el('thead');
  thead.appendChild(head);
  t.appendChild(thead);
  const body = el('tbody');
  rows.forEach((row) => {
    const tr = el('tr', 'luutru-progress-row');
    tr.dataset.processInstanceId = row.id;
    tr.dataset.percent = String(row.percent);
    if (withInstance) {
      const td = el('td');
      const a = el('a', null, definitionKey(row.definitionId));
      a.href = '#/process-instance/' + encodeURIComponent(row.id) + '/runtime';
      td.appendChild(a);
      td.appendChild(el('div', 'text-muted', row.businessKey || row.id));
      tr.appendChild(td);
    }
    const barCell = el('td');
    barCell.style.minWidth = '200px';
    barCell.appendChild(bar(row));
    tr.appendChild(barCell);
    const info = el('td');
    info.appendChild(el('div', 'luutru-progress-text', row.text));
    info.appendChild(el('div', 'text-muted luutru-progress-figures', figures(row)));
    tr.appendChild(info);
    body.appendChild(tr);
  });
  t.appendChild(body);
  return t;
}

/** Renders what load() gives into node, again every few seconds, until unmounted. */
function mount(node, title, load, withInstance) {
  const box = el('section', 'luutru-progress-view');
  if (title) {
    box.appendChild(el('h3', null, title));
  }
  const content = el('div');
  box.appendChild(content);
  node.appendChild(box);
  let timer = null;
  let stopped = false;
  function refresh() {
    load()
      .then((rows) => {
        content.replaceChildren(rows.length
          ? table(rows, withInstance)
          : el('p', 'text-muted luutru-progress-empty',
            'Không có công việc dài nào đang chạy. / No long work is running.'));
      })
      .catch((e) => {
        content.replaceChildren(el('p', 'text-danger',
          'Không đọc được tiến độ / Progress could not be read: ' + e.message));
      })
      .finally(() => {
        if (!stopped) {
          timer = window.setTimeout(refresh, REFRESH_MS);
        }
      });
  }
  refresh();
  return () => {
    stopped = true;
    window.clearTimeout(timer);
  };
}

const unmounts = {};

/** The webapp's engine API for the engine Cockpit shows, as the signed-in officer. */
function engineRoot(api) {
  const base = document.querySelector('base');
  const root = base && base.getAttribute('engine-api');
  return root ? root + 'engine/' + encodeURIComponent((api && api.engine) || 'default') : api.engineApi;
}

function plugin(id, pluginPoint, priority, label, render) {
  return {
    id: id,
    pluginPoint: pluginPoint,
    priority: priority,
    properties: { label: label },
    render: (node, context) => {
      if (unmounts[id]) {
        unmounts[id]();
      }
      unmounts[id] = render(node, context);
    },
    unmount: () => {
      if (unmounts[id]) {
        unmounts[id]();
        delete unmounts[id];
      }
    }
  };
}

export default [
  plugin('luutru-progress-dashboard', 'cockpit.dashboard', 100, 'Tiến độ / Progress',
    (node, { api }) => mount(node, 'Tiến độ công việc dài / Progress of long work',
      () => loadProgress(engineRoot(api), null), true)),

  plugin('luutru-progress-definition', 'cockpit.processDefinition.runtime.tab', 5, 'Tiến độ / Progress',
    (node, { api, processDefinitionId }) => mount(node, null,
      () => getJson(engineRoot(api) + '/process-instance?' + query({
        processDefinitionId: processDefinitionId, active: true, maxResults: MAX_INSTANCES
      })).then((instances) => loadProgress(engineRoot(api), instances.map((pi) => pi.id))), true)),

  plugin('luutru-progress-instance', 'cockpit.processInstance.runtime.tab', 5, 'Tiến độ / Progress',
    (node, { api, processInstanceId }) => mount(node, null,
      () => loadProgress(engineRoot(api), [processInstanceId]), false))
];
